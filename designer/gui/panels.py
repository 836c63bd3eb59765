"""Build the window's three columns, with numbered step headings and a keyboard order.

Numbered headings tell someone who has never seen the program what to do
next: choose, fill in, look, check, export.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from msgspec import Struct
from PySide6.QtCore import QPoint, QRect, Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from designer.gui.commands import Edits
from designer.gui.controller import Controller
from designer.gui.export_panel import ExportPanel
from designer.gui.exporter import Exporter
from designer.gui.form import FieldForm
from designer.gui.gallery import TemplateGallery, TemplateListModel
from designer.gui.pickers import PrinterPicker, ProofCheck, SizePicker
from designer.gui.preflight_panel import PreflightPanel
from designer.gui.preview_panel import PreviewPanel
from designer.gui.region_picker import RegionPicker
from designer.gui.rendering import PreviewPipeline
from designer.gui.settings import Settings


class PanelParts(Struct, frozen=True, kw_only=True):
    """What the step panels are built from: the window's parts, not the window itself
    (which would make the window and its panels import each other)."""

    parent: QWidget
    tr: Callable[[str], str]
    controller: Controller
    edits: Edits
    pipeline: PreviewPipeline
    settings: Settings
    exporter: Exporter
    extra_actions: tuple[QAction, ...]  # beside the export buttons: batch, print pack
    results: tuple[SignalInstance, ...]  # further "written" signals the result box shows


class Panels(Struct, frozen=True, kw_only=True):
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


# Narrow enough for three columns in a 1280-pixel window, wide enough for the field
# boxes and the export buttons' words. The preview takes what is left.
LEFT_MIN_WIDTH = 340
RIGHT_MIN_WIDTH = 230


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet("font-size: 13pt; font-weight: 600; padding: 6px 0 2px 0;")
    return label


def build_panels(parts: PanelParts) -> Panels:
    tr = parts.tr
    edits = parts.edits
    splitter = QSplitter(Qt.Orientation.Horizontal, parts.parent)
    splitter.setChildrenCollapsible(False)

    left = QWidget()
    column = QVBoxLayout(left)
    column.addWidget(heading(tr("1  Choose a template"), left))
    catalogue = parts.controller.catalogue
    templates = TemplateListModel(catalogue.templates, catalogue.approvals)
    gallery = TemplateGallery(templates, edits, left)
    gallery.setMinimumHeight(240)  # two and a half templates: room for the fields on a laptop
    column.addWidget(gallery, 3)
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
    form = FieldForm(edits, parts.pipeline, left)
    column.addWidget(form, 2)
    splitter.addWidget(Column(left, LEFT_MIN_WIDTH))

    middle = QWidget()
    mid_column = QVBoxLayout(middle)
    mid_column.addWidget(heading(tr("3  Check the poster"), middle))
    preview = PreviewPanel(parts.controller, parts.pipeline, parts.settings, middle)
    mid_column.addWidget(preview, 1)
    splitter.addWidget(middle)

    right = QWidget()
    right_column = QVBoxLayout(right)
    right_column.addWidget(heading(tr("4  Checks"), right))
    checks = PreflightPanel(parts.controller, parts.pipeline, right)
    right_column.addWidget(checks, 1)
    right_column.addWidget(_rule(right))
    right_column.addWidget(heading(tr("5  Export"), right))
    export = ExportPanel(parts.exporter, list(parts.extra_actions), right, results=parts.results)
    right_column.addWidget(export)
    splitter.addWidget(Column(right, RIGHT_MIN_WIDTH))

    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setStretchFactor(2, 0)
    splitter.setSizes([430, 690, 320])
    panels = Panels(
        splitter=splitter,
        templates=templates,
        gallery=gallery,
        region=region,
        size=size,
        printer=printer,
        proof=proof,
        form=form,
        preview=preview,
        checks=checks,
        export=export,
    )
    return panels


class Column(QScrollArea):
    """A column that scrolls up and down on a short screen, never sideways.

    When the keyboard moves into a box below the fold, the whole box scrolls
    into view (Qt on its own shows only its text cursor).
    """

    def __init__(self, content: QWidget, min_width: int) -> None:
        super().__init__()
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a stop with nothing to show: skip it
        bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(max(min_width, content.minimumSizeHint().width() + bar))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.show_whole)  # a method: let go when we are deleted

    def show_whole(self, _old: QWidget | None, focused: QWidget | None) -> None:
        content = self.widget()
        if focused is None or content is None or not content.isAncestorOf(focused):
            return
        rect = QRect(focused.mapTo(content, QPoint(0, 0)), focused.size())
        self.ensureVisible(
            rect.center().x(), rect.center().y(), rect.width() // 2 + 8, rect.height() // 2 + 8
        )


def _rule(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def keyboard_order(panels: Panels) -> list[QWidget]:
    """Tab order: the steps in reading order, column by column, top to bottom.

    Each column lists its controls, then any other tab stop it holds (one a
    later change adds), so the keyboard never jumps out of a column and back.
    """
    left = [
        panels.gallery.search,
        panels.gallery.view,
        panels.region.combo,
        *panels.region.action_buttons,  # Verify / Edit details, right under the area box
        panels.size,
        panels.printer,
        panels.proof,
        *panels.form.editors(),
        panels.form.copy_text,
    ]
    preview = panels.preview
    middle: list[QWidget] = [*preview.tool_buttons, preview.page_box, preview.scroll_area]
    right = [
        panels.checks.list,
        panels.checks.show_notes,
        panels.export.final_button,
        panels.export.proof_button,
        *panels.export.extra_buttons,
    ]
    order: list[QWidget] = []
    for index, listed in enumerate((left, middle, right)):
        column = panels.splitter.widget(index)
        order += listed + (_other_stops(column, listed) if column is not None else [])
    return order


def _other_stops(column: QWidget, listed: list[QWidget]) -> list[QWidget]:
    def is_other(widget: QWidget) -> bool:
        return (
            bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.window() is column.window()  # not a drop-down's own pop-up
            and widget.focusProxy() is None
            and widget not in listed
            and not any(known.isAncestorOf(widget) for known in listed)
        )

    return [w for w in column.findChildren(QWidget) if is_other(w)]


def apply_keyboard_order(panels: Panels) -> None:
    chain = keyboard_order(panels)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
