"""Typing past a field's limit: nothing is cut, the excess is said in words, export waits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from designer.gui.main_window import MainWindow

LIMIT = 90  # local_note on the worried-about-yourself poster


def test_typing_past_the_limit_keeps_every_character_and_says_how_many_too_many(
    window: MainWindow, qtbot: QtBot
) -> None:
    editor = window.panels.form.editor("local_note")
    assert isinstance(editor, QLineEdit)
    start = "Open on weekdays at the Waverley Community Hub, Market Street, with drop-in sess"
    QApplication.clipboard().setText(start)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "ions and walk-in advice")
    typed = start + "ions and walk-in advice"
    excess = len(typed) - LIMIT
    assert excess > 0
    assert editor.text() == typed  # nothing cut at the limit
    assert window.controller.state.value("local_note") == typed

    message = window.panels.form.message("local_note")
    assert f"{excess} characters too long" in message
    assert "mm" not in message and "pt" not in message.split()
    assert not window.exporter.final_action.isEnabled()
    assert not window.exporter.proof_action.isEnabled()
    assert not window.panels.export.final_button.isEnabled()

    for _ in range(excess):  # back to the limit: export is offered again
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert window.controller.state.value("local_note") == typed[:LIMIT]
    # the count is gone; what may remain is that 90 characters still do not fit the frame
    assert "characters too long" not in window.panels.form.message("local_note")
    assert window.exporter.proof_action.isEnabled(), window.exporter.proof_blocked_reason()


def test_one_character_over_is_said_in_the_singular(window: MainWindow) -> None:
    window.edits.set_value("local_note", "x" * (LIMIT + 1))
    assert "1 character too long" in window.panels.form.message("local_note")


def test_a_long_inline_message_is_shown_whole_in_a_narrow_window(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.edits.set_value("local_note", "x" * 200)
    window.resize(1000, 700)
    qtbot.wait(10)
    QApplication.processEvents()
    form = window.panels.form
    label = next(e.message for e in form._editors.values() if e.field.name == "local_note")
    assert label.isVisible()
    assert label.wordWrap()
    assert label.height() >= label.heightForWidth(label.width())
    assert label.width() <= label.parentWidget().width()
