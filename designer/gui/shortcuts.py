"""The menus' keys work from every focus, text boxes included.

A text box claims some keys before the window sees them (Qt asks it first,
with a "shortcut override" event): a line edit takes Ctrl+Z for its own
undo, and on Linux desktops Ctrl+E for "end of line", so Undo and "Export
print-ready PDF" did nothing while the cursor was in a box. ``MenuKeys``
answers that question for the window's text boxes: a key that belongs to a
menu action goes to the action. ``unique`` drops a key given twice to one
action (the platform's Redo keys may include Ctrl+Shift+Z already), which
Qt treats as two shortcuts for one key and refuses as "ambiguous".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TEXT_BOXES = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


def unique(keys: Iterable[QKeySequence]) -> list[QKeySequence]:
    """Each key once, in the order given, with empty ones left out."""
    seen: set[str] = set()
    kept: list[QKeySequence] = []
    for key in keys:
        name = key.toString()
        if name and name not in seen:
            seen.add(name)
            kept.append(key)
    return kept


def menu_actions(menu: QMenu | QMenuBar) -> Iterator[QAction]:
    """Every action in ``menu`` and its submenus."""
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_actions(sub)
        elif not action.isSeparator():
            yield action


class MenuKeys(QObject):
    """An event filter for text boxes: refuse to override a key a menu action has."""

    def __init__(self, menus: QMenuBar) -> None:
        super().__init__(menus)
        self._menus = menus

    def guard(self, root: QWidget) -> None:
        """Watch every text box under ``root`` (again after a panel rebuilds its boxes)."""
        for box in root.findChildren(QWidget):
            if isinstance(box, TEXT_BOXES):
                box.installEventFilter(self)  # installing twice keeps one filter

    def menu_keys(self) -> set[str]:
        return {key.toString() for action in menu_actions(self._menus)
                for key in action.shortcuts()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if QKeySequence(event.keyCombination()).toString() in self.menu_keys():
            event.ignore()  # not the box's key: Qt goes on to the window's shortcut
            return True
        return False
