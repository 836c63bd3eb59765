"""Work around a PySide6 bug that would crash the window after a few hundred edits.

PySide6-Essentials 6.12.0 on CPython 3.11 drops one reference to ``None``
every time Python calls a Qt function that returns nothing (``setText``,
``setEnabled``, ``processEvents``...): about 60 per keystroke in this window.
When the count reaches zero, CPython aborts with "deallocating None". 6.11
does not do this, and from CPython 3.12 ``None`` is immortal (PEP 683), so it
cannot happen there.

Where the leak is detected, we do for ``None`` what PEP 683 does: give it a
reference count so large that no session can use it up. Nothing else is
touched; on a fixed PySide6 or a newer Python this is a no-op.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

_PROBES = 16
_IMMORTAL_MARGIN = 1 << 40  # a trillion calls: far beyond any session

_done = False


def leaks_none_references() -> bool:
    """True when a void Qt call drops a reference to None (measured, not guessed)."""
    name = QCoreApplication.applicationName()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        QCoreApplication.setApplicationName(name)  # changes nothing; returns void
    return before - sys.getrefcount(None) >= _PROBES


def protect_none() -> bool:
    """Apply the workaround once if needed; True when it was applied."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    _done = True
    if not leaks_none_references():
        return False
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the header's first field
    before = sys.getrefcount(None)
    count.value += _IMMORTAL_MARGIN
    if sys.getrefcount(None) - before != _IMMORTAL_MARGIN:  # not the layout we know: undo
        count.value -= _IMMORTAL_MARGIN
        return False
    log.warning("PySide6 %s leaks references to None on this Python; worked around "
                "(use PySide6-Essentials 6.11, or Python 3.12+)", pyside_version)
    return True
