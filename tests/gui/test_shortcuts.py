"""Every shortcut in the menus fires from every focus, text boxes included.

A text box takes some Ctrl+letter keys for itself (Ctrl+E moves to the end of
the line in a Linux line edit), and one key given twice to an action makes
Qt log "Ambiguous shortcut overload" and fire nothing. Each menu shortcut is
pressed with the focus in each kind of text box, and the action must fire.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcutEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from designer.gui.main_window import MainWindow
from designer.gui.shortcuts import menu_actions, unique


def shortcut_actions(window: MainWindow) -> list[QAction]:
    return [a for a in menu_actions(window.menuBar()) if a.shortcuts()]


def text_boxes(window: MainWindow) -> dict[str, QWidget]:
    """A field's box, the area's typing box, the search box, the approved wording."""
    return {"search": window.panels.gallery.search, "area": window.panels.region.combo,
            "field": window.panels.form.editor("local_note"),
            "wording": window.panels.form.copy_text}


class Fired(QObject):
    """Records the shortcut events an action gets, and keeps them from running its slots.

    The test is that the key reaches the action, not what the action then does
    (a dialog, quitting). Qt hands an ambiguous key to one action flagged as
    ambiguous, and the action then only logs a warning: that does not count.
    """

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QShortcutEvent):
            if not event.isAmbiguous():
                self.keys.append(event.key().toString())
            return True
        return False


def settle(window: MainWindow) -> None:
    """Let the start-up work finish (the restored values' render), which re-decides what
    is enabled, so the actions enabled below stay so while the keys are pressed."""
    changes: list[object] = []
    window.controller.changed.connect(changes.append)
    for _ in range(20):
        changes.clear()
        QApplication.processEvents()
        if not changes:
            break
    window.controller.changed.disconnect(changes.append)


def press(widget: QWidget, keys: QKeySequence) -> None:
    """Put the cursor in ``widget`` and press ``keys`` there, as a person would."""
    combination = keys[0]
    widget.setFocus()
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert focused is widget, f"{widget} did not take the focus"
    QTest.keyClick(focused, combination.key(), combination.keyboardModifiers())


def test_the_menus_have_shortcuts_to_press(window: MainWindow) -> None:
    keys = {k.toString() for a in shortcut_actions(window) for k in a.shortcuts()}
    assert {"Ctrl+E", "Ctrl+Shift+E", "Ctrl+B", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Q",
            "Ctrl+0", "F1"} <= keys


def test_no_key_is_given_twice(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action in shortcut_actions(window):
        for keys in action.shortcuts():
            name = keys.toString()
            assert name not in seen, f"{name} is on {seen.get(name)!r} and {action.text()!r}"
            seen[name] = action.text()


@pytest.mark.parametrize("box", ["search", "area", "field", "wording"])
def test_every_menu_shortcut_fires_from_a_text_box(window: MainWindow, box: str) -> None:
    widget = text_boxes(window)[box]
    settle(window)
    missed: list[str] = []
    for action in shortcut_actions(window):
        action.setEnabled(True)  # undo with nothing to undo still has its key
        fired = Fired()
        action.installEventFilter(fired)
        for keys in action.shortcuts():
            press(widget, keys)
            if keys.toString() not in fired.keys:
                missed.append(f"{keys.toString()} ({action.text()})")
        action.removeEventFilter(fired)
    assert not missed, f"from the {box} box: {missed}"


def test_a_key_given_twice_is_kept_once() -> None:
    redo = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
    assert [k.toString() for k in unique(redo)] == ["Ctrl+Shift+Z", "Ctrl+Y"]


class EmacsLineEdit(QLineEdit):
    """A line edit as GNOME and KDE key themes make it: Ctrl+E is "end of line"."""

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()).toString() == "Ctrl+E"):
            event.accept()
            return True
        return super().event(event)


def test_a_box_that_claims_ctrl_e_still_lets_export_fire(window: MainWindow) -> None:
    box = EmacsLineEdit(window.panels.gallery)
    box.show()
    window.menu_keys.guard(window)
    settle(window)
    export = window.exporter.final_action
    export.setEnabled(True)
    fired = Fired()
    export.installEventFilter(fired)
    press(box, QKeySequence("Ctrl+E"))
    export.removeEventFilter(fired)
    assert fired.keys == ["Ctrl+E"]
