"""Where Qt finds its plugins in the packaged folder, set without loading Qt.

Replaces PyInstaller's own PySide6 run-time hook (designer.spec drops it),
which imports PySide6.QtCore in every run to give Qt an embedded qt.conf: the
PySide6 wheels embed their own, so that import only loads Qt and ICU into
every command-line run that never opens the window (0.2 s on a shared
2-core machine). The window imports Qt when it opens, as from source.
"""

import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]
if sys.platform != "win32":
    _qt = os.path.join(_qt, "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
del _qt
