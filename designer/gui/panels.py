"""Build the window's three columns, with numbered step headings and a keyboard order.

Numbered headings tell someone who has never seen the program what to do
next: choose, fill in, look, check, export.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from msgspec import Struct
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from designer.gui.export_panel import ExportPanel
from designer.gui.form import FieldForm
from designer.gui.gallery import TemplateGallery, TemplateListModel
from designer.gui.pickers import PrinterPicker, ProofCheck, SizePicker
from designer.gui.preflight_panel import PreflightPanel
from designer.gui.preview import PreviewPanel
from designer.gui.region_picker import RegionPicker

if TYPE_CHECKING:
    from designer.gui.main_window import MainWindow


class Panels(Struct, frozen=True):
    splitter: QSplitter
    templates: TemplateListModel
    gallery: TemplateGallery
    region: RegionPicker
    size: SizePicker
    printer: PrinterPicker
    proof: ProofCheck
    form: FieldForm
    preview: PreviewPanel
    checks: PreflightPanel
    export: ExportPanel


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-size: 13pt; font-weight: 600; padding: 6px 0 2px 0;")
    return label


def build_panels(window: MainWindow) -> Panels:
    tr = window.tr
    edits = window.edits
    splitter = QSplitter(Qt.Orientation.Horizontal, window)
    splitter.setChildrenCollapsible(False)

    left = QWidget()
    column = QVBoxLayout(left)
    column.addWidget(heading(tr("1  Choose a template"), left))
    catalogue = window.controller.catalogue
    templates = TemplateListModel(catalogue.templates, catalogue.approvals)
    gallery = TemplateGallery(templates, edits, left)
    gallery.setMinimumHeight(360)  # three templates without scrolling
    column.addWidget(gallery, 2)
    region, size = RegionPicker(edits, left), SizePicker(edits, left)
    printer, proof = PrinterPicker(edits, left), ProofCheck(edits, left)
    choices = QFormLayout()
    for text, widget in ((tr("&Area"), region), (tr("&Size"), size), (tr("&Printer"), printer)):
        label = QLabel(text, left)
        label.setBuddy(region.combo if widget is region else widget)
        choices.addRow(label, widget)
    choices.addRow("", proof)
    column.addLayout(choices)
    column.addWidget(heading(tr("2  Fill in your details"), left))
    form = FieldForm(edits, window.pipeline, left)
    column.addWidget(form, 3)
    splitter.addWidget(_scrolling(left))

    middle = QWidget()
    mid_column = QVBoxLayout(middle)
    mid_column.addWidget(heading(tr("3  Check the poster"), middle))
    preview = PreviewPanel(window.controller, window.pipeline, window.settings, middle)
    mid_column.addWidget(preview, 1)
    splitter.addWidget(middle)

    right = QWidget()
    right_column = QVBoxLayout(right)
    right_column.addWidget(heading(tr("4  Checks"), right))
    checks = PreflightPanel(window.controller, window.pipeline, right)
    right_column.addWidget(checks, 1)
    right_column.addWidget(_rule(right))
    right_column.addWidget(heading(tr("5  Export"), right))
    extra = [window.batch_action, window.pack_saver.action]
    export = ExportPanel(window.exporter, extra, right, results=(window.pack_saver.written,))
    right_column.addWidget(export)
    splitter.addWidget(right)

    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setStretchFactor(2, 0)
    splitter.setSizes([430, 690, 320])
    panels = Panels(splitter, templates, gallery, region, size, printer, proof, form, preview,
                    checks, export)
    return panels


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setMinimumWidth(380)
    return area


def _rule(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def keyboard_order(panels: Panels) -> list[QWidget]:
    """Tab order: the steps top to bottom, left to right."""
    return [
        panels.gallery.search,
        panels.gallery.view,
        panels.region.combo,
        panels.size,
        panels.printer,
        panels.proof,
        *panels.form.editors(),
        panels.preview.scroll_area,
        panels.checks.list,
        panels.export.final_button,
        panels.export.proof_button,
        *panels.export.extra_buttons,
    ]


def apply_keyboard_order(panels: Panels) -> None:
    chain = keyboard_order(panels)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
