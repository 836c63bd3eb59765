"""The window end to end: choose, fill, see, check, export; offscreen, synchronous worker."""

from __future__ import annotations

from pathlib import Path

from gui.gui_helpers import POSTER, FakeDialogs
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from designer.gui.main_window import MainWindow
from designer.model.sizes import PaperSize
from designer.pack import pack_folder_name
from designer.render.preview import page_text
from designer.trace.log import list_exports

OVERFLOWING = (
    "Drop-in sessions at the Waverley Community Hub, Wednesdays and Thursdays, 10am to 4pm"
)


def paste(qtbot: QtBot, editor: QWidget, text: str) -> None:
    """Paste ``text`` into the focused field: one edit, as when staff paste a prepared line."""
    QApplication.clipboard().setText(text)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def shown_text(window: MainWindow) -> str:
    last = window.pipeline.last
    assert last is not None, window.pipeline.error
    return page_text(last.product.pdf)


def choose_template(window: MainWindow, qtbot: QtBot, template_id: str) -> None:
    gallery = window.panels.gallery
    row = window.panels.templates.row_of(template_id)
    index = gallery.view.model().index(row, 0)
    gallery.view.scrollTo(index)
    qtbot.mouseClick(gallery.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=gallery.view.visualRect(index).center())


def template_id(window: MainWindow) -> str:
    template = window.controller.state.template
    return template.id if template else ""


def test_choose_template_region_and_size_previews_the_regions_number(
    window: MainWindow, qtbot: QtBot
) -> None:
    choose_template(window, qtbot, "key-messages-leaflet")
    assert template_id(window) == "key-messages-leaflet"
    choose_template(window, qtbot, POSTER)
    assert template_id(window) == POSTER

    line = window.panels.region.combo.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "Angus")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    region = window.controller.state.region
    assert region is not None and region.name == "Angus"
    assert region.local.phone is not None

    sizes = window.panels.size
    assert [sizes.itemText(i).split()[0] for i in range(sizes.count())] == ["A4", "A3", "A2"]
    sizes.setCurrentIndex(0)
    assert window.controller.state.size is PaperSize.A4

    last = window.pipeline.last
    assert last is not None and last.product.job == window.controller.job()
    assert region.local.phone.display in shown_text(window)
    assert window.panels.preview.canvas.raster is last.raster


def test_typing_into_a_field_updates_the_preview(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.panels.form.editor("local_note")
    assert isinstance(editor, QLineEdit)
    before = window.pipeline.last
    qtbot.keyClicks(editor, "Open Tuesdays")
    assert window.controller.state.value("local_note") == "Open Tuesdays"
    assert window.pipeline.last is not before
    assert "Open Tuesdays" in shown_text(window)


def test_overflowing_value_shows_message_finding_and_blocks_final_export(
    window: MainWindow, qtbot: QtBot
) -> None:
    exporter = window.exporter
    assert exporter.final_action.isEnabled(), exporter.final_blocked_reason()
    editor = window.panels.form.editor("local_note")
    paste(qtbot, editor, OVERFLOWING)
    assert window.controller.state.value("local_note") == OVERFLOWING

    assert "does not fit" in window.panels.form.message("local_note")
    rules = [issue.rule for issue in window.panels.checks.issues()]
    assert "text.overflow" in rules
    assert not exporter.final_action.isEnabled()
    assert not window.panels.export.final_button.isEnabled()
    assert "does not fit" in window.panels.export.reason.text()
    assert exporter.proof_action.isEnabled()


def test_value_over_its_limit_shows_the_inline_message(window: MainWindow) -> None:
    window.edits.set_value("local_note", "x" * 95)
    assert "95 characters; at most" in window.panels.form.message("local_note")
    assert not window.exporter.final_action.isEnabled()
    assert not window.exporter.proof_action.isEnabled()
    assert window.panels.preview.banner.isVisibleTo(window)


def test_choosing_a_finding_highlights_its_frame(window: MainWindow, qtbot: QtBot) -> None:
    paste(qtbot, window.panels.form.editor("local_note"), OVERFLOWING)
    checks = window.panels.checks
    row = next(i for i, issue in enumerate(checks.issues()) if issue.rule == "text.overflow")
    checks.list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert window.controller.highlight is not None
    assert window.controller.highlight.frame_id == "note"
    assert window.panels.preview.canvas.highlight_rect() is not None


def test_undo_restores_the_previous_text(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.panels.form.editor("local_note")
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Hi")
    editor.clearFocus()
    window.edits.set_value("partner_line", "Shared by Fife Council")
    qtbot.keyClicks(editor, " all")
    assert editor.text() == "Hi all"

    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "Hi"
    assert window.controller.state.value("local_note") == "Hi"
    assert "Hi all" not in shown_text(window)
    qtbot.keyClick(editor, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.text() == "Hi all"


def test_export_writes_the_file_and_never_replaces_without_asking(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "poster.pdf"
    dialogs.paths.append(target)
    window.exporter.final_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    job = window.controller.state.job()
    assert job is not None and dialogs.asked[0].endswith(f"{job.file_stem}.pdf")
    assert window.settings.output_folder == str(target.parent)
    assert window.settings.recent_outputs[0] == str(target)

    target.write_bytes(b"keep me")
    dialogs.paths.append(target)
    dialogs.answers.append(False)
    window.exporter.final_action.trigger()
    assert target.read_bytes() == b"keep me"
    assert "already exists" in dialogs.asked[-1]

    dialogs.paths.append(target)  # a proof saved under that name says PROOF, as the CLI's does
    window.exporter.proof_action.trigger()
    assert target.read_bytes() == b"keep me"
    assert (target.parent / "poster-PROOF.pdf").read_bytes().startswith(b"%PDF")


def test_unverified_area_allows_only_proofs(window: MainWindow) -> None:
    window.edits.choose_region(window.controller.catalogue.regions[1])
    assert not window.exporter.final_action.isEnabled()
    assert "not been verified" in window.panels.export.reason.text()
    assert window.exporter.proof_action.isEnabled()
    assert "PROOF" in shown_text(window)


def test_choices_and_geometry_are_remembered(window: MainWindow) -> None:
    window.edits.choose_region(window.controller.catalogue.regions[2])
    window.close()
    settings = window.settings
    assert settings.region_id == window.controller.catalogue.regions[2].id
    assert settings.template_id == POSTER
    assert not settings.geometry.isEmpty()


def test_print_pack_is_saved_into_the_chosen_folder(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    folder = tmp_path / "packs"
    dialogs.folders.append(folder)
    window.pack_saver.action.trigger()
    packs = [p for p in folder.iterdir() if p.is_dir()]
    assert len(packs) == 1
    assert (packs[0] / "manifest.json").is_file()
    assert window.settings.recent_outputs[0] == str(packs[0])
    product = window.pipeline.current_product()
    assert product is not None and packs[0].name == pack_folder_name(product)
    (entry,) = list_exports()  # checked and logged like an export
    assert entry.via == "window pack" and entry.path.startswith(str(packs[0].resolve()))
