"""Batch export from the window: several areas, progress, results, cancel, no silent overwrite."""

from __future__ import annotations

from pathlib import Path

from gui.gui_helpers import FakeDialogs

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
    assert report is not None and not report.items[0].ok
