"""Verify and edit an area's contact details in the window; notice the file changing on disk."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from gui.gui_helpers import POSTER
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from designer.cli import main
from designer.gui.main_window import MainWindow
from designer.gui.region_editor import RegionEditor
from designer.gui.verify_dialog import VerifyDialog
from designer.io.region.build import six_months_after
from designer.io.region.edit import changes_log_path, verify_region
from designer.io.regions import load_regions
from designer.records import replace
from designer.resources import bundled_regions_file, user_regions_file


def source(window: MainWindow) -> Path:
    path = window.controller.catalogue.regions_source
    assert path is not None
    return path


def log_entries(path: Path) -> list[dict[str, object]]:
    log = changes_log_path(path)
    lines = log.read_text(encoding="utf-8").splitlines() if log.is_file() else []
    return [{k: v for k, v in json.loads(line).items() if k != "at"} for line in lines]


def open_verify(window: MainWindow) -> VerifyDialog:
    menu_actions = [a.text() for m in window.menuBar().actions() if m.menu()
                    for a in m.menu().actions()]
    assert "&Verify contact details…" in menu_actions
    buttons = window.panels.region.action_buttons
    buttons[0].click()  # "Verify details…", under the area picker
    dialog = window.area_tools.dialog
    assert isinstance(dialog, VerifyDialog) and dialog.isVisible()
    return dialog


def test_verifying_in_the_window_records_what_the_cli_records(
    window: MainWindow, tmp_path: Path
) -> None:
    region_id = window.controller.state.region.id
    cli_file = tmp_path / "cli.yaml"
    shutil.copyfile(source(window), cli_file)
    assert not load_regions(source(window)).get(region_id).verified
    code = main(["--regions", str(cli_file), "regions", "verify", region_id,
                 "--by", "A. Officer, Fife Council", "--source", "phone call to the service"])
    assert code == 0

    dialog = open_verify(window)
    region = window.controller.state.region
    phone = region.local.phone
    assert phone is not None
    shown = [label.text() for label in dialog.value_labels.values()]
    assert phone.display in shown  # as it prints, not as typed
    assert region.helpline.name in shown
    assert dialog.how.currentText() == "phone call to the service"
    assert dialog.review_by.date().toPython() == six_months_after(date.today())
    dialog.by.setText("A. Officer, Fife Council")
    dialog.record_button.click()

    assert not dialog.isVisible()
    assert load_regions(source(window)).get(region_id) == load_regions(cli_file).get(region_id)
    assert log_entries(source(window)) == log_entries(cli_file) != []
    now = window.controller.state.region
    assert now.id == region_id and now.verified
    assert "A. Officer, Fife Council" in window.panels.region.status.text()


def test_verifying_without_a_name_says_so_and_writes_nothing(
    window: MainWindow,
) -> None:
    before = source(window).read_bytes()
    dialog = open_verify(window)
    dialog.record_button.click()
    assert dialog.isVisible()
    assert dialog.message.isVisibleTo(dialog)
    assert "name of the person who checked" in dialog.message.text()
    assert source(window).read_bytes() == before
    dialog.close()


def open_editor(window: MainWindow) -> RegionEditor:
    window.area_tools.edit_action.trigger()
    dialog = window.area_tools.dialog
    assert isinstance(dialog, RegionEditor) and dialog.isVisible()
    return dialog


def verify_current(window: MainWindow) -> str:
    dialog = open_verify(window)
    dialog.by.setText("A. Officer")
    dialog.record_button.click()
    region = window.controller.state.region
    assert region.verified
    return region.id


def test_an_invalid_phone_is_refused_in_plain_words(window: MainWindow) -> None:
    region_id = verify_current(window)
    before = source(window).read_bytes()
    dialog = open_editor(window)
    dialog.boxes["local_phone"].setText("0131 496 12")
    dialog.save_button.click()
    assert dialog.isVisible()
    text = dialog.message.text()
    assert "'0131 496 12' is not a valid UK number" in text
    assert "Local service, phone" in text and "local_phone" not in text
    assert source(window).read_bytes() == before
    assert window.controller.state.region.verified
    assert window.controller.state.region.id == region_id
    dialog.close()


def test_an_edited_phone_is_saved_and_unverifies_the_area(window: MainWindow) -> None:
    region_id = verify_current(window)
    assert window.exporter.final_action.isEnabled(), window.exporter.final_blocked_reason()
    dialog = open_editor(window)
    dialog.boxes["local_phone"].setText("01314960200")
    dialog.save_button.click()
    assert not dialog.isVisible()
    region = window.controller.state.region
    assert region.id == region_id and not region.verified
    assert region.local.phone is not None and region.local.phone.display == "0131 496 0200"
    assert load_regions(source(window)).get(region_id) == region
    assert any(e["action"] == "edit" and e["field"] == "local.phone"
               for e in log_entries(source(window)))
    assert "not verified" in window.panels.region.status.text()
    assert not window.exporter.final_action.isEnabled()
    assert window.undo_stack.count() == 0  # an undo cannot bring the old number back


def test_a_change_on_disk_is_picked_up_and_choices_are_kept(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.edits.set_value("local_note", "Open Tuesdays")
    state = window.controller.state
    region_id = state.region.id
    assert state.template.id == POSTER
    # another officer verifies the area with the command line's function: an atomic replace
    verify_region(region_id, by="C. Colleague", source="letter", path=source(window))
    qtbot.waitUntil(lambda: window.controller.state.region.verification.by == "C. Colleague",
                    timeout=5000)
    after = window.controller.state
    assert (after.template, after.size, after.values, after.printer) == (
        state.template, state.size, state.values, state.printer)
    assert len(window.controller.catalogue.regions) == 32  # the file's list, read again
    assert "C. Colleague" in window.panels.region.status.text()

    # a second change: the watch was not lost when the file was replaced
    verify_region(region_id, by="D. Colleague", source="letter", path=source(window))
    qtbot.waitUntil(lambda: window.controller.state.region.verification.by == "D. Colleague",
                    timeout=5000)
    assert window.controller.state.value("local_note") == "Open Tuesdays"


def test_a_broken_file_on_disk_keeps_the_list_and_says_why(
    window: MainWindow, qtbot: QtBot
) -> None:
    regions = window.controller.catalogue.regions
    shown: list[str] = []
    window.area_tools.watch.status.connect(shown.append)
    source(window).write_text("defaults: [\n", encoding="utf-8")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "cannot be read" in shown[-1]
    assert window.controller.catalogue.regions == regions
    QApplication.processEvents()


def test_the_users_first_copy_of_the_bundled_file_is_noticed(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The window reads the bundled file; the command line's first verification copies it."""
    catalogue = window.controller.catalogue
    window.controller.set_catalogue(replace(catalogue, regions_source=bundled_regions_file()))
    assert not user_regions_file().exists()
    region_id = window.controller.state.region.id
    verify_region(region_id, by="E. Colleague", source="letter")  # no file named: the copy
    assert user_regions_file().is_file()
    qtbot.waitUntil(lambda: window.controller.catalogue.regions_source == user_regions_file(),
                    timeout=5000)
    assert window.controller.state.region.verification.by == "E. Colleague"
