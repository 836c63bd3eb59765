"""The officer's ten tasks, walked through the real window offscreen; the files it leaves.

One walk, in the order a council officer does the job (issue 10): choose a
template, area and size; fill in the local note; verify the area's contact
details; export a proof and a print-ready file; make the poster for five
areas; cancel a batch; save a print pack; import an area from a CSV; and do
it once more with the keyboard only. Only the native file and folder choosers
are scripted (``FakeDialogs``): they would block. Everything after them is the
window's own: its buttons, its dialogs, the engine and real files in a
temporary folder, read back with pikepdf and pdftotext.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from gui.gui_helpers import POSTER, FakeDialogs, verified
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from designer.gui.app import create_window
from designer.gui.batch_dialog import BatchDialog
from designer.gui.catalogue import Catalogue, check_approvals
from designer.gui.main_window import MainWindow
from designer.gui.settings import Settings
from designer.gui.verify_dialog import VerifyDialog
from designer.gui.worker import ImmediateRunner
from designer.io.region.csv_import import CSV_COLUMNS
from designer.io.region.edit import changes_log_path
from designer.io.regions import load_regions
from designer.model.printer import DEFAULT_PRINTER
from designer.model.region import Region
from designer.model.template import Template
from designer.pack import PrintOrder
from designer.resources import regions_file

NOTE = "Drop-in advice at the library, Tuesdays"
KEYED = "Ask at any library desk"


@pytest.fixture
def officer(qtbot: QtBot, tmp_path: Path, library_templates: tuple[Template, ...],
            sample_regions: tuple[Region, ...], approved: tuple[Path, Path],
            dialogs: FakeDialogs) -> MainWindow:
    """The window on a copy of the bundled area file: every sample area, Angus verified."""
    source = tmp_path / "regions.yaml"
    shutil.copyfile(regions_file(), source)
    regions = tuple(verified(r) if r.id == "angus" else r for r in sample_regions)
    catalogue = Catalogue(
        templates=library_templates,
        regions=regions,
        printers=(DEFAULT_PRINTER,),
        problems=(),
        regions_source=source,
        keyring=approved[1],
        approvals=check_approvals(library_templates, approved[1]),
    )
    win = create_window(
        ImmediateRunner(), Settings(tmp_path / "config" / "designer.ini"), catalogue, dialogs
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def pdf_text(path: Path) -> str:
    run = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return run.stdout


def pdf_title(path: Path) -> str:
    with pikepdf.open(path) as pdf:
        return str(pdf.open_metadata().get("dc:title", ""))


def results_text(window: MainWindow) -> str:
    box = window.panels.export.result
    assert box.isVisible()
    return box.describe(box.written) if box.written is not None else ""


def choose(window: MainWindow, qtbot: QtBot) -> None:
    """Task 1: template from the gallery, area by typing its name, size from the list."""
    gallery = window.panels.gallery
    qtbot.keyClicks(gallery.search, "worried")
    shown = gallery.view.model()
    rows = [shown.index(r, 0) for r in range(shown.rowCount())]
    assert 0 < len(rows) < len(window.controller.catalogue.templates)  # the search narrowed it
    index = next(i for i in rows if "your own" in str(i.data()))
    gallery.view.scrollTo(index)
    qtbot.mouseClick(
        gallery.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=gallery.view.visualRect(index).center(),
    )
    line = window.panels.region.combo.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "Fife")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    sizes = window.panels.size
    sizes.setCurrentIndex([sizes.itemText(i).split()[0] for i in range(sizes.count())].index("A4"))
    state = window.controller.state
    assert state.template is not None and state.template.id == POSTER
    assert state.region is not None and state.region.name == "Fife"
    assert state.size is not None and state.size.value == "A4"


def fill(window: MainWindow, qtbot: QtBot, text: str) -> None:
    """Task 2: type the local note; the preview shows it."""
    editor = window.panels.form.editor("local_note")
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    assert window.controller.state.value("local_note") == text


def verify(window: MainWindow, tmp_path: Path) -> None:
    """Task 3: Verify details… under the area; the change log gets the record."""
    window.panels.region.action_buttons[0].click()
    dialog = window.area_tools.dialog
    assert isinstance(dialog, VerifyDialog) and dialog.isVisible()
    dialog.by.setText("A. Officer, Fife Council")
    dialog.record_button.click()
    assert not dialog.isVisible()
    source = tmp_path / "regions.yaml"
    assert load_regions(source).get("fife").verified
    log = [
        json.loads(line)
        for line in changes_log_path(source).read_text(encoding="utf-8").splitlines()
    ]
    assert log and log[-1]["region"] == "fife"
    assert "A. Officer, Fife Council" in json.dumps(log[-1])
    assert window.controller.state.region.verified


def export(window: MainWindow, dialogs: FakeDialogs, out: Path) -> tuple[Path, Path]:
    """Task 4: a proof (saved under a plain name: it still says PROOF) and a print-ready file."""
    dialogs.paths.append(out / "fife-poster.pdf")
    window.panels.export.proof_button.click()
    proof = out / "fife-poster-PROOF.pdf"
    assert proof.is_file(), sorted(p.name for p in out.iterdir())
    assert not (out / "fife-poster.pdf").exists()
    assert proof.name in results_text(window)
    assert window.panels.export.final_button.isEnabled(), window.panels.export.reason.text()
    dialogs.paths.append(out / "fife-poster.pdf")
    window.panels.export.final_button.click()
    final = out / "fife-poster.pdf"
    assert final.is_file()
    assert final.name in results_text(window)
    return proof, final


def batch(window: MainWindow, dialogs: FakeDialogs, out: Path, *, cancel: bool) -> BatchDialog:
    """Tasks 5 and 6: five areas ticked by hand; or a run cancelled after its first area."""
    window.batch_action.trigger()
    dialog = window.batch_dialog
    assert isinstance(dialog, BatchDialog) and dialog.isVisible()
    assert dialog.ticked() == []  # nothing ticked out of sight
    plan = dialog.plan.text()
    assert "your own online behaviour" in plan and "A4" in plan  # says what it will make
    for row in range(5):
        dialog.regions.item(row).setCheckState(Qt.CheckState.Checked)
    assert "5 of" in dialog.ticked_count.text()
    dialog.proofs_for_unverified.setChecked(True)
    dialogs.folders.append(out)
    folder_button = next(
        b for b in dialog.findChildren(type(dialog.start_button)) if b.text() == "Choose folder…"
    )
    folder_button.click()
    if cancel:
        dialog.item_done.connect(lambda _item: dialog.cancel())
    dialog.start_button.click()
    return dialog


def test_the_ten_tasks_leave_the_right_files(
    officer: MainWindow, qtbot: QtBot, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window = officer
    out = tmp_path / "out"
    out.mkdir()

    choose(window, qtbot)
    fill(window, qtbot, NOTE)
    assert not window.panels.export.final_button.isEnabled()  # Fife is not verified yet
    verify(window, tmp_path)

    proof, final = export(window, dialogs, out)
    assert "PROOF" in pdf_text(proof) and NOTE in pdf_text(proof).replace("\n", " ")
    assert "PROOF" not in pdf_text(final) and NOTE in " ".join(pdf_text(final).split())
    assert "PROOF" in pdf_title(proof) and "PROOF" not in pdf_title(final)
    with pikepdf.open(final) as pdf:
        assert "/OutputIntents" in pdf.Root  # a print file, as the printer gets it

    five = out / "five"
    five.mkdir()
    dialog = batch(window, dialogs, five, cancel=False)
    made = sorted(p.name for p in five.glob("*.pdf"))
    assert len(made) == 5, made
    first_five = [window.controller.catalogue.regions[r] for r in range(5)]
    for region, name in zip(sorted(first_five, key=lambda r: r.id), made, strict=True):
        assert name.endswith("-PROOF.pdf") != region.verified, (region.id, name)
        assert NOTE in " ".join(pdf_text(five / name).split())
    assert "5 file(s) written" in dialog.summary.text()
    dialog.close()

    stopped = out / "stopped"
    stopped.mkdir()
    dialog = batch(window, dialogs, stopped, cancel=True)
    assert dialog.summary.text().startswith("Cancelled")
    left = list(stopped.iterdir())
    assert 1 <= len(left) < 5 and all(p.suffix == ".pdf" for p in left)
    assert all(p.read_bytes().rstrip().endswith(b"%%EOF") for p in left)
    dialog.close()

    packs = out / "packs"
    dialogs.folders.append(packs)
    dialogs.orders.append(
        PrintOrder(quantity="250", stock="170 gsm silk", contact="A. Officer, 01592 000000")
    )
    window.panels.export.extra_buttons[1].click()  # Save print pack…
    (pack,) = [p for p in packs.iterdir() if p.is_dir()]
    names = sorted(p.name for p in pack.iterdir())
    stem = "worried-about-yourself_fife_A4"
    assert names == ["manifest.json", f"{stem}-job-sheet.pdf", f"{stem}-proof.png", f"{stem}.pdf"]
    sheet = " ".join(pdf_text(pack / f"{stem}-job-sheet.pdf").split())
    assert "250" in sheet and "170 gsm silk" in sheet and "(not given)" in sheet  # no finish
    assert NOTE in " ".join(pdf_text(pack / f"{stem}.pdf").split())
    assert "PROOF" not in pdf_text(pack / f"{stem}.pdf")
    manifest = (pack / "manifest.json").read_text(encoding="utf-8")
    assert f"{stem}.pdf" in manifest and "fife" in manifest

    starter = tmp_path / "areas.csv"
    window.importer.choose_save = lambda _title, _suggested: starter
    window.importer.action.trigger()
    window.importer.dialog.starter_button.click()
    with starter.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows.append(
        dict.fromkeys(CSV_COLUMNS, "")
        | {
            "id": "walk-area",
            "name": "Walk Area",
            "health_board": "NHS Fife",
            "local_name": "Walk family support (sample)",
            "local_phone": "0141 496 0990",
        }
    )
    with starter.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    dialogs.paths.append(starter)
    dialogs.answers.append(True)
    window.importer.dialog.choose_button.click()
    assert "1 added" in window.importer.dialog.note.text()
    window.importer.dialog.close()
    assert load_regions(tmp_path / "regions.yaml").get("walk-area").name == "Walk Area"
    assert "Walk Area" in [r.name for r in window.controller.catalogue.regions]
    assert window.controller.state.region.name == "Fife"  # the choices are kept

    keyboard_only(window, qtbot, dialogs, out)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)
    now = QApplication.focusWidget()
    assert now is not None
    return now


def keyboard_only(window: MainWindow, qtbot: QtBot, dialogs: FakeDialogs, out: Path) -> None:
    """Task 10: from the search box, Tab to the area's buttons and the note, type, export."""
    window.activateWindow()
    QApplication.processEvents()  # the form's rows, rebuilt for the template, are laid out
    window.panels.gallery.search.setFocus()
    seen: list[QWidget] = []
    note = window.panels.form.editor("local_note")
    while QApplication.focusWidget() is not note:
        seen.append(press(qtbot, Qt.Key.Key_Tab))
        assert len(seen) < 40, " > ".join(type(w).__name__ for w in seen)
    area = seen.index(window.panels.region.combo)
    # Verify details… and Edit details… come right after the area box, not at the column's end
    assert seen[area + 1 : area + 3] == window.panels.region.action_buttons
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(note, KEYED)
    dialogs.paths.append(out / "keyed.pdf")
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    keyed = out / "keyed.pdf"
    assert keyed.is_file()
    assert KEYED in " ".join(pdf_text(keyed).split())
    assert "PROOF" not in pdf_text(keyed)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.state.value("local_note") != KEYED
