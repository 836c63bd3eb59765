"""Field values survive a restart: a new window with the same settings shows them again."""

from __future__ import annotations

from pathlib import Path

from gui.gui_helpers import POSTER, FakeDialogs
from pytestqt.qtbot import QtBot

from designer.gui.app import create_window
from designer.gui.catalogue import Catalogue
from designer.gui.main_window import MainWindow
from designer.gui.settings import Settings
from designer.gui.worker import ImmediateRunner


def restart(window: MainWindow, qtbot: QtBot, catalogue: Catalogue, path: Path) -> MainWindow:
    window.close()
    again = create_window(ImmediateRunner(), Settings(path), catalogue, FakeDialogs())
    qtbot.addWidget(again)
    return again


def test_typed_values_come_back_after_a_restart(
    window: MainWindow, qtbot: QtBot, catalogue: Catalogue, settings: Settings
) -> None:
    window.edits.set_value("local_note", "Drop-in on Tuesdays, 10am to 2pm")
    window.edits.set_value("partner_line", "Shared by Fife Council")
    again = restart(window, qtbot, catalogue, settings.path)
    state = again.controller.state
    assert state.template is not None and state.template.id == POSTER
    assert state.value("local_note") == "Drop-in on Tuesdays, 10am to 2pm"
    assert state.value("partner_line") == "Shared by Fife Council"
    editor = again.panels.form.editor("local_note")
    assert editor.text() == "Drop-in on Tuesdays, 10am to 2pm"  # type: ignore[attr-defined]


def test_values_are_kept_per_area(
    window: MainWindow, qtbot: QtBot, catalogue: Catalogue, settings: Settings
) -> None:
    first, second = catalogue.regions[0], catalogue.regions[1]
    window.edits.set_value("local_note", "Note for the first area")
    window.edits.choose_region(second)
    window.edits.set_value("local_note", "Note for the second area")
    window.edits.choose_region(first)
    assert Settings(settings.path).field_values(POSTER, first.id)["local_note"] == (
        "Note for the first area")
    window.close()
    remembered = Settings(settings.path)
    assert remembered.field_values(POSTER, second.id)["local_note"] == "Note for the second area"
    remembered.region_id = second.id
    again = restart(window, qtbot, catalogue, settings.path)
    assert again.controller.state.region == second
    assert again.controller.state.value("local_note") == "Note for the second area"


def test_an_over_long_value_comes_back_whole_with_its_message(
    window: MainWindow, qtbot: QtBot, catalogue: Catalogue, settings: Settings
) -> None:
    window.edits.set_value("local_note", "x" * 100)
    again = restart(window, qtbot, catalogue, settings.path)
    assert again.controller.state.value("local_note") == "x" * 100
    assert "10 characters too long" in again.panels.form.message("local_note")


def test_a_hand_edited_entry_is_ignored(settings: Settings) -> None:
    settings.store.setValue(f"fields/{POSTER}", "not json")
    assert settings.field_values(POSTER) == {}
    settings.store.setValue(f"fields/{POSTER}", '["a list"]')
    assert settings.field_values(POSTER) == {}
