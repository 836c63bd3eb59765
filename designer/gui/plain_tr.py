"""Qt's translator for the words of ``designer.gui.plain_words``.

That module is Qt-free and calls the ``tr`` it is given. ``pyside6-lupdate``
files those bare ``tr("...")`` calls under the empty context, so the window
must look them up there too, not in the context of the widget showing them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def plain_tr(text: str) -> str:
    return QCoreApplication.translate("", text)
