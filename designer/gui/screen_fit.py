"""Where the window opens the first time: inside the screen's free area, never past it.

A fixed first size (1440 x 900) put the status bar, the only place that says
"Saved", under the bottom of a 1440 x 900 screen once the title bar and the
taskbar took their share. The first geometry is the preferred size, cut to
the screen's available area (taskbar and panels excluded) less room for the
window frame the desktop adds, and centred there. A remembered geometry is
used as it was, except that it too is brought inside the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1440, 900)
# The frame is not known before the window is shown; a title bar and thin borders.
FRAME = QMargins(8, 36, 8, 8)


def first_geometry(available: QRect, preferred: QSize = PREFERRED,
                   frame: QMargins = FRAME) -> QRect:
    """The window's inner rectangle: as big as preferred, as small as the screen needs."""
    room = available.marginsRemoved(frame)
    size = preferred.boundedTo(room.size())
    inner = QRect(0, 0, size.width(), size.height())
    inner.moveCenter(room.center())
    return inner


def inside(rect: QRect, available: QRect) -> QRect:
    """``rect`` moved and, if need be, shrunk to lie within ``available``."""
    size = rect.size().boundedTo(available.size())
    moved = QRect(rect.topLeft(), size)
    moved.moveLeft(max(available.left(), min(moved.left(), available.right() - size.width() + 1)))
    moved.moveTop(max(available.top(), min(moved.top(), available.bottom() - size.height() + 1)))
    return moved


def place(window: QWidget, remembered: bool) -> None:
    """First launch: fit and centre. Later: keep the remembered place, on screen."""
    available = window.screen().availableGeometry()
    if not remembered:
        window.setGeometry(first_geometry(available))
    elif not window.isMaximized():
        window.setGeometry(inside(window.geometry(), available.marginsRemoved(FRAME)))
