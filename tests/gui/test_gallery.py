"""The template gallery's model and search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QUndoStack
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from designer.gui.catalogue import Catalogue, check_approvals
from designer.gui.commands import Edits
from designer.gui.controller import Controller
from designer.gui.gallery import TemplateGallery, TemplateListModel
from designer.gui.thumbnails import render_thumbnail


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, catalogue: Catalogue) -> None:
    model = TemplateListModel(catalogue.templates)
    qtmodeltester.check(model, force_py=True)
    image = QImage(10, 14, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    model.set_thumbnail(catalogue.templates[0].id, image)
    model.set_templates(catalogue.templates[:1])
    qtmodeltester.check(model, force_py=True)


def test_rows_show_title_sizes_and_approval(catalogue: Catalogue, tmp_path: Path) -> None:
    model = TemplateListModel(catalogue.templates, catalogue.approvals)
    text = model.data(model.index(model.row_of("worried-about-yourself"), 0))
    assert "Worried about your own online behaviour?" in text
    assert "A4, A3, A2" in text
    assert "approved by Test Approver" in text
    nobody = tmp_path / "empty-keyring.yaml"
    nobody.write_text("keys:\n", encoding="utf-8")
    unsigned = TemplateListModel(catalogue.templates, check_approvals(catalogue.templates, nobody))
    text = unsigned.data(unsigned.index(0, 0))
    assert "not approved: proofs only" in text


def test_search_filters_and_choosing_is_an_edit(qtbot: QtBot, catalogue: Catalogue) -> None:
    controller = Controller(catalogue)
    stack = QUndoStack()
    gallery = TemplateGallery(TemplateListModel(catalogue.templates), Edits(controller, stack))
    qtbot.addWidget(gallery)
    qtbot.keyClicks(gallery.search, "relatives")
    model = gallery.view.model()
    assert model.rowCount() == 1
    gallery.view.setCurrentIndex(model.index(0, 0))
    assert controller.state.template is not None
    assert controller.state.template.id == "worried-about-someone"
    assert stack.count() == 1
    qtbot.keyClicks(gallery.search, "zzz")
    assert model.rowCount() == 0 and gallery.empty.isVisibleTo(gallery)


def test_thumbnail_is_rendered_from_the_template(catalogue: Catalogue) -> None:
    raster = render_thumbnail(catalogue.templates[0], catalogue.regions[1], 90)
    assert abs(raster.height - 90) <= 1
    assert raster.data[:4] != b"\x00\x00\x00\x00"
    assert Qt.ItemDataRole.DecorationRole  # the model shows it as the row's icon
