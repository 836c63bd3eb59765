"""The CSV import explains itself: columns, a starter file, every problem, what will change."""

from __future__ import annotations

import csv
from pathlib import Path

from gui.gui_helpers import FakeDialogs

from designer.gui.main_window import MainWindow
from designer.gui.region_import_dialog import OPTIONAL, REQUIRED, ImportDialog
from designer.io.region.csv_import import CSV_COLUMNS, REQUIRED_COLUMNS
from designer.io.region.edit import changes_log_path


def source(window: MainWindow) -> Path:
    path = window.controller.catalogue.regions_source
    assert path is not None
    return path


def open_dialog(window: MainWindow) -> ImportDialog:
    window.importer.action.trigger()
    dialog = window.importer.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def save_starter(window: MainWindow, path: Path) -> Path:
    window.importer.choose_save = lambda _title, _suggested: path
    open_dialog(window).starter_button.click()
    assert path.is_file()
    return path


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path: Path, records: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(records)
    return path


def test_the_dialog_names_the_required_and_optional_columns(window: MainWindow) -> None:
    assert REQUIRED == REQUIRED_COLUMNS
    assert sorted((*REQUIRED, *OPTIONAL)) == sorted(CSV_COLUMNS)
    dialog = open_dialog(window)
    for column in REQUIRED:
        assert column in dialog.required.text()
    for column in OPTIONAL:
        assert column in dialog.optional.text()
    assert dialog.starter_button.isVisible()
    dialog.close()


def test_the_starter_csv_reimports_unchanged_from_the_window(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    starter = save_starter(window, tmp_path / "areas.csv")
    assert len(rows(starter)) == 32
    assert "Saved 32 areas" in window.importer.dialog.note.text()
    before = source(window).read_bytes()
    dialogs.answers.append(True)
    assert window.importer.import_csv(starter)
    question = dialogs.asked[-1]
    assert "No area will be added." in question and "No area will be replaced." in question
    assert "32 areas in the file already say exactly this" in question
    assert source(window).read_bytes() == before
    assert not changes_log_path(source(window)).exists()
    window.importer.dialog.close()


def test_the_confirmation_names_the_areas_added_and_replaced(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    starter = save_starter(window, tmp_path / "areas.csv")
    angus = next(row for row in rows(starter) if row["id"] == "angus")
    angus["local_hours"] = "Tuesdays, 10am to 2pm"
    new = dict.fromkeys(CSV_COLUMNS, "") | {
        "id": "test-area", "name": "Test Area", "health_board": "NHS Fife",
        "local_name": "Test family support (sample)", "local_phone": "0141 496 0990"}
    edited = write_rows(tmp_path / "edited.csv", [angus, new])
    dialogs.answers.append(False)  # "No": nothing changes
    before = source(window).read_bytes()
    assert not window.importer.import_csv(edited)
    question = dialogs.asked[-1]
    assert "1 area will be added: Test Area." in question
    assert "1 area will be replaced: Angus." in question
    assert source(window).read_bytes() == before
    dialogs.answers.append(True)
    assert window.importer.import_csv(edited)
    names = [r.name for r in window.controller.catalogue.regions]
    assert "Test Area" in names
    assert "1 added, 1 replaced" in window.importer.dialog.note.text()
    window.importer.dialog.close()


def test_every_problem_is_listed_whole(window: MainWindow, tmp_path: Path) -> None:
    blank = dict.fromkeys(CSV_COLUMNS, "")
    bad = write_rows(tmp_path / "bad.csv", [
        blank | {"id": "bad-one", "name": "Bad One", "health_board": "NHS Fife",
                 "local_name": "Bad", "local_phone": "12345"},
        blank | {"id": "bad-two", "name": "Bad Two", "health_board": "NHS Fife",
                 "local_name": "Bad", "local_email": "someone@", "verified_on": "1/2/25"},
    ])
    before = source(window).read_bytes()
    assert not window.importer.import_csv(bad)
    dialog = window.importer.dialog
    assert dialog is not None and dialog.problems.isVisible()
    lines = dialog.problem_texts()
    assert len(lines) == 3, lines
    assert lines[0].startswith("Line 2: local_phone: '12345'")
    assert any("line 3" in line.lower() and "verified_on" in line for line in lines)
    assert "these 3 problems" in dialog.problems_title.text()
    assert dialog.problems.wordWrap()
    assert source(window).read_bytes() == before
    dialog.close()
