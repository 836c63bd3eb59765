"""Batch export from the window: several areas, progress, results, cancel, no silent overwrite."""

from __future__ import annotations

from pathlib import Path

from gui.gui_helpers import POSTER, FakeDialogs
from PySide6.QtCore import Qt

from designer.batch import BatchReport
from designer.gui.batch_dialog import BatchDialog
from designer.gui.main_window import MainWindow


def prepared(window: MainWindow, folder: Path, count: int) -> BatchDialog:
    dialog = window.open_batch()
    regions = window.controller.catalogue.regions[:count]
    dialog.set_checked({r.id for r in regions})
    dialog.set_folder(folder)
    return dialog


def reports(dialog: BatchDialog) -> list[BatchReport | None]:
    found: list[BatchReport | None] = []
    dialog.finished_batch.connect(found.append)
    return found


def test_three_areas_write_three_files(window: MainWindow, tmp_path: Path) -> None:
    dialog = prepared(window, tmp_path, 3)
    done = reports(dialog)
    dialog.start()
    report = done[0]
    assert report is not None and not report.cancelled
    files = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert len(files) == 3
    assert sum(name.endswith("-PROOF.pdf") for name in files) == 2  # two sample areas
    assert dialog.results.topLevelItemCount() == 3
    assert dialog.progress.value() == 3
    assert "3 file(s) written" in dialog.summary.text()
    assert window.settings.output_folder == str(tmp_path)


def test_cancel_stops_after_the_current_area(window: MainWindow, tmp_path: Path) -> None:
    dialog = prepared(window, tmp_path, 3)
    done = reports(dialog)
    dialog.item_done.connect(lambda _item: dialog.cancel())
    dialog.start()
    report = done[0]
    assert report is not None and report.cancelled
    assert 1 <= len(report.items) < 3  # the area being written when Cancel came may finish
    written = list(tmp_path.glob("*.pdf"))
    assert len(written) == sum(item.ok for item in report.items)
    assert all(p.read_bytes().rstrip().endswith(b"%%EOF") for p in written)
    assert not list(tmp_path.glob(".*"))  # no half-written files
    assert dialog.summary.text().startswith("Cancelled")
    assert dialog.start_button.isEnabled() and dialog.close_button.isEnabled()


def test_existing_files_are_kept_unless_replacing_is_confirmed(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialog = prepared(window, tmp_path, 1)
    job = dialog.jobs()[0]
    existing = tmp_path / f"{job.file_stem}.pdf"
    existing.write_bytes(b"keep me")
    dialogs.answers.append(False)
    done = reports(dialog)
    dialog.start()
    assert "already exist" in dialogs.asked[-1]
    assert existing.read_bytes() == b"keep me"
    report = done[0]
    assert report is not None and not report.failures
    row = dialog.results.topLevelItem(0)
    assert row.text(1).startswith("Kept") and row.text(2) == existing.name
    assert "Failed" not in row.text(1)
    assert "1 area(s) kept their existing file" in dialog.summary.text()
    assert "failed" not in dialog.summary.text()
    assert "Kept 1 existing file(s)" in dialog.written_box.headline.text()
    assert str(tmp_path) in dialog.written_box.where.text().replace("\u200b", "")


def test_replacing_the_existing_files_writes_them_again(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialog = prepared(window, tmp_path, 1)
    job = dialog.jobs()[0]
    existing = tmp_path / f"{job.file_stem}.pdf"
    existing.write_bytes(b"old")
    dialogs.answers.append(True)
    dialog.start()
    assert existing.read_bytes().startswith(b"%PDF")
    assert dialog.results.topLevelItem(0).text(1) == "Print-ready"


def test_the_dialog_says_what_it_will_make_and_ticks_nothing_by_itself(
    window: MainWindow
) -> None:
    dialog = window.open_batch()
    state = window.controller.state
    assert state.region is not None and state.template is not None
    checked = [dialog.regions.item(r) for r in range(dialog.regions.count())
               if dialog.regions.item(r).checkState() == Qt.CheckState.Checked]
    assert checked == []  # the current area used to be ticked, out of sight
    assert dialog.jobs() == []
    plan = dialog.plan.text()
    assert f"Template: {state.template.title}" in plan
    assert "Size: A3 (297 × 420 mm)" in plan
    assert "Printer: Offset, coated paper" in plan
    assert "Kind: print-ready files where the contact details are verified" in plan
    dialog.proofs_for_unverified.setChecked(False)
    assert "are not made" in dialog.plan.text()
    window.edits.set_proof(True)
    dialog.start()  # the plan is read again when the run starts
    assert "Kind: proofs only" in dialog.plan.text()
    assert dialog.ticked_count.text() == "0 of 4 areas ticked"
    assert window.controller.state.template is not None
    assert window.controller.state.template.id == POSTER


def test_ticked_areas_are_counted_and_can_be_listed_alone(window: MainWindow) -> None:
    dialog = window.open_batch()
    regions = window.controller.catalogue.regions
    dialog.set_checked({regions[1].id, regions[3].id})
    assert dialog.ticked_count.text() == "2 of 4 areas ticked"
    assert dialog.start_button.text() == "Export 2 area(s)"
    dialog.ticked_only.setChecked(True)
    shown = [dialog.regions.item(r).text() for r in range(dialog.regions.count())
             if not dialog.regions.item(r).isHidden()]
    assert shown == [regions[1].name, regions[3].name]
    assert [job.region.id for job in dialog.jobs()] == [regions[1].id, regions[3].id]


def test_a_new_run_starts_from_an_empty_list(window: MainWindow, tmp_path: Path) -> None:
    dialog = prepared(window, tmp_path / "first", 3)
    dialog.start()
    assert dialog.results.topLevelItemCount() == 3 and dialog.written_box.isVisibleTo(dialog)
    dialog.set_checked(set())
    dialog.start()  # nothing ticked: the old rows must not look like this run's
    assert dialog.results.topLevelItemCount() == 0
    assert dialog.progress.value() == 0
    assert not dialog.written_box.isVisibleTo(dialog)
    assert dialog.summary.text() == "Choose at least one area."
    dialog.set_checked({window.controller.catalogue.regions[2].id})
    dialog.set_folder(tmp_path / "second")
    dialog.start()
    assert dialog.results.topLevelItemCount() == 1
    assert dialog.results.topLevelItem(0).text(0) == window.controller.catalogue.regions[2].name
