"""Desktop expectations: settings, CSV drop, keyboard use, guides and zoom, crashes, About."""

from __future__ import annotations

import csv
import logging
from pathlib import Path

from gui.gui_helpers import FakeDialogs
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from designer.gui.about import about_html
from designer.gui.canvas import Overlay
from designer.gui.crash import make_excepthook, setup_logging
from designer.gui.main_window import MainWindow
from designer.gui.panels import keyboard_order
from designer.gui.settings import Settings
from designer.io.regions import CSV_COLUMNS


def write_csv(path: Path, **values: str) -> Path:
    row = dict.fromkeys(CSV_COLUMNS, "")
    row.update(values)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerow(row)
    return path


def drop(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_settings_round_trip(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    assert settings.recent_outputs == [] and settings.overlays == ["trim", "bleed", "folds"]
    settings.region_id = "fife"
    for name in ("a.pdf", "b.pdf", "a.pdf"):
        settings.add_recent(tmp_path / name)
    settings.sync()
    again = Settings(tmp_path / "s.ini")
    assert again.region_id == "fife"
    assert again.recent_outputs == [str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf")]
    again.store.setValue("export/recent", "not json")
    assert again.recent_outputs == []


def test_dropping_a_csv_imports_areas(window: MainWindow, dialogs: FakeDialogs,
                                      tmp_path: Path) -> None:
    path = write_csv(tmp_path / "areas.csv", id="test-area", name="Test Area",
                     health_board="NHS Fife", local_name="Test family support (sample)",
                     local_phone="0141 496 0990")
    dialogs.answers.append(True)
    drop(window, path)
    assert dialogs.errors == []
    names = [r.name for r in window.controller.catalogue.regions]
    assert "Test Area" in names
    combo = window.panels.region.combo
    assert "Test Area" in [combo.itemText(i) for i in range(combo.count())]


def test_a_bad_csv_shows_the_region_error(window: MainWindow, dialogs: FakeDialogs,
                                          tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", id="bad-area", name="Bad Area",
                     health_board="NHS Fife", local_name="Bad", local_phone="12345")
    before = window.controller.catalogue
    dialogs.answers.append(True)
    drop(window, path)
    dialog = window.importer.dialog  # the problems are listed in the import dialog
    assert dialog is not None and dialog.isVisible()
    assert "bad.csv" in dialog.problems_title.text()
    assert any("local_phone" in line for line in dialog.problem_texts())
    assert window.controller.catalogue is before
    dialog.close()


def test_inputs_have_names_and_a_keyboard_order(window: MainWindow) -> None:
    order = keyboard_order(window.panels)
    assert all(isinstance(w, QWidget) for w in order)
    for widget in order[:6] + window.panels.form.editors():
        assert widget.accessibleName(), widget
    first, second = order[0], order[1]
    assert first.nextInFocusChain() is second or second in _chain_from(first, 4)


def _chain_from(widget: QWidget, steps: int) -> list[QWidget]:
    found: list[QWidget] = []
    current: QWidget | None = widget
    for _ in range(steps):
        current = current.nextInFocusChain() if current is not None else None
        if current is not None:
            found.append(current)
    return found


def test_guides_toggle_and_are_remembered(window: MainWindow) -> None:
    preview = window.panels.preview
    preview.overlay_actions[Overlay.SAFE].setChecked(True)
    assert "safe" in window.settings.overlays


def test_zoom_renders_sharper(window: MainWindow) -> None:
    preview = window.panels.preview
    before = window.pipeline.view.dpi
    preview.zoom_in.trigger()
    preview.zoom_in.trigger()
    after = window.pipeline.view.dpi
    assert after > before
    assert window.pipeline.last is not None
    assert window.pipeline.last.raster.dpi == after
    preview.fit_action.trigger()
    bleed_only = window.pipeline.last.raster.width
    preview.marks_action.setChecked(True)  # the whole sheet, crop marks included
    assert window.pipeline.view.clip == "media"
    assert window.pipeline.last.raster.width > bleed_only


def test_uncaught_errors_are_logged_and_shown(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    shown: list[str] = []
    hook = make_excepthook(path, shown.append)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        hook(RuntimeError, exc, exc.__traceback__)
    for handler in logging.getLogger("designer").handlers:
        handler.flush()
    assert "boom" in path.read_text(encoding="utf-8")
    assert str(path) in shown[0]
    _remove_file_handlers(path)


def _remove_file_handlers(path: Path) -> None:
    root = logging.getLogger("designer")
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()


def test_about_names_versions_and_licences() -> None:
    text = about_html()
    for needle in ("designer", "Qt", "ReportLab", "pikepdf", "Open Font License", "zlib"):
        assert needle in text


def test_window_title_follows_the_choice(window: MainWindow, qtbot: QtBot) -> None:
    window.edits.choose_region(window.controller.catalogue.regions[1])
    assert window.controller.catalogue.regions[1].name in window.windowTitle()


def test_an_import_is_recorded_in_the_change_log(window: MainWindow, dialogs: FakeDialogs,
                                                 tmp_path: Path) -> None:
    path = write_csv(tmp_path / "areas.csv", id="test-area", name="Test Area",
                     health_board="NHS Fife", local_name="Test family support (sample)",
                     local_phone="0141 496 0990")
    dialogs.answers.append(True)
    assert window.importer.import_csv(path)
    source = window.controller.catalogue.regions_source
    assert source is not None
    log = source.with_name(source.name + ".changes.jsonl")
    assert "test-area" in log.read_text(encoding="utf-8")


def test_a_two_sided_leaflet_offers_its_pages(window: MainWindow) -> None:
    leaflet = window.controller.catalogue.template("key-messages-leaflet")
    assert leaflet is not None
    window.edits.choose_template(leaflet)
    pages = window.panels.preview.page_box
    assert pages.count() == 2 and pages.isVisibleTo(window)
    pages.setCurrentIndex(1)
    last = window.pipeline.last
    assert last is not None and last.raster.page_index == 1
