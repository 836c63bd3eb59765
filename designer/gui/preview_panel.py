"""Step 3: the live preview panel: zoom, fit to window, page switch, guides.

The toolbar wraps onto a second row in a narrow window (``FlowLayout``), and
a leaflet's pages are tabs named in full above the picture, so its inside
page is as easy to find as its front.

It follows the pipeline (new pictures), the controller (a highlighted frame)
and asks the pipeline for the resolution it needs: the page's size on screen
times the device pixel ratio, so the preview stays crisp on high-DPI screens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.gui.canvas import MARGIN_PX, Overlay, PageCanvas
from designer.gui.controller import Controller, Highlight
from designer.gui.findings import frame_box
from designer.gui.flow import FlowLayout
from designer.gui.rendering import PreviewPipeline, PreviewResult
from designer.gui.settings import Settings

MM_PER_INCH = 25.4
ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0)
MAX_DPI = 300.0


class PreviewPanel(QWidget):
    shown = Signal(int)  # generation now on screen (for the benchmark and tests)

    def __init__(self, controller: Controller, pipeline: PreviewPipeline, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._pipeline = pipeline
        self._settings = settings
        self._fit = True
        self._zoom = 1.0
        self.canvas = PageCanvas()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.setAccessibleName(self.tr("Poster preview"))
        # the style draws no focus mark on a scroll area; the same width either way, so
        # taking the focus does not resize the page
        self.scroll_area.setObjectName("preview")
        self.scroll_area.setStyleSheet(
            "QScrollArea#preview { border: 2px solid palette(midlight); }"
            "QScrollArea#preview:focus { border: 2px solid palette(highlight); }")
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fdecea; color: #7a1a1a; padding: 6px;")
        self.banner.setVisible(False)
        self.page_box = _page_tabs(self)  # every page named in full: a leaflet's inside too
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.currentChanged.connect(self._page_chosen)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("888%") + 4)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setToolTip(self.tr("Zoom: 100% is the printed size"))
        self._make_actions()
        self._layout()
        self._resize_timer = QTimer(self, singleShot=True, interval=60)
        self._resize_timer.timeout.connect(self._apply_zoom)
        pipeline.rendered.connect(self._rendered)
        pipeline.failed.connect(self._failed)
        controller.highlight_changed.connect(self._highlight)
        self._set_overlays({Overlay(o) for o in settings.overlays if o in set(Overlay)})
        if pipeline.last is not None:
            self._rendered(pipeline.last)
        if pipeline.error is not None:
            self._failed(pipeline.error)

    def _make_actions(self) -> None:
        self.zoom_in = self._action(self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn,
                                    lambda: self._step(+1))
        self.zoom_out = self._action(self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut,
                                     lambda: self._step(-1))
        self.fit_action = self._action(self.tr("Fit to window"), QKeySequence("Ctrl+0"),
                                       self._fit_window)
        self.actual = self._action(self.tr("Actual size"), QKeySequence("Ctrl+1"),
                                   lambda: self._set_zoom(1.0))
        for action, short in ((self.zoom_in, "+"), (self.zoom_out, "−"),
                              (self.fit_action, self.tr("Fit")), (self.actual, "100%")):
            action.setIconText(short)
            action.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
        names = {Overlay.TRIM: self.tr("Trim line"), Overlay.BLEED: self.tr("Bleed"),
                 Overlay.SAFE: self.tr("Safe area"), Overlay.FOLDS: self.tr("Folds")}
        tips = {Overlay.TRIM: self.tr("Where the printer cuts the sheet"),
                Overlay.BLEED: self.tr("Fade the edge that is cut off (the bleed)"),
                Overlay.SAFE: self.tr("Keep important text inside this line"),
                Overlay.FOLDS: self.tr("Where a leaflet is folded")}
        self.overlay_actions: dict[Overlay, QAction] = {}
        for overlay, text in names.items():
            action = QAction(text, self, checkable=True)
            action.setToolTip(tips[overlay])
            action.toggled.connect(self._overlays_toggled)
            self.overlay_actions[overlay] = action
        self.marks_action = QAction(self.tr("Printer's marks"), self, checkable=True)
        self.marks_action.setToolTip(self.tr("Show the whole sheet: crop marks and job line"))
        self.marks_action.toggled.connect(
            lambda on: self._pipeline.set_view(clip="media" if on else "bleed"))

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey,
                slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.triggered.connect(slot)
        return action

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(not action.isCheckable())
        return button

    def view_actions(self) -> list[QAction]:
        return [self.zoom_in, self.zoom_out, self.fit_action, self.actual]

    def guide_actions(self) -> list[QAction]:
        return [*self.overlay_actions.values(), self.marks_action]

    def _layout(self) -> None:
        zoom = [self._tool_button(self.zoom_out), self.zoom_label,
                *(self._tool_button(a) for a in (self.zoom_in, self.fit_action, self.actual))]
        show = [QLabel(self.tr("Show:"), self),
                *(self._tool_button(a) for a in self.guide_actions())]
        self.toolbar = QWidget(self)
        bar = FlowLayout(self.toolbar, spacing=12)  # the guides go under the zoom when narrow
        for group in (zoom, show):
            bar.addWidget(_row(group, self.toolbar))
        self.tool_buttons = [w for w in (*zoom, *show) if isinstance(w, QToolButton)]
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.toolbar)
        column.addWidget(self.page_box)
        column.addWidget(self.banner)
        column.addWidget(self.scroll_area, 1)

    # --- zoom ------------------------------------------------------------------------------

    def px_per_mm(self) -> float:
        if not self._fit:
            return self._zoom * self.logicalDpiX() / MM_PER_INCH
        width_mm, height_mm = self._content_mm()
        room = self.scroll_area.viewport().size()
        usable_w, usable_h = room.width() - 2 * MARGIN_PX - 4, room.height() - 2 * MARGIN_PX - 4
        return max(0.2, min(usable_w / width_mm, usable_h / height_mm))

    def _content_mm(self) -> tuple[float, float]:
        raster = self.canvas.raster
        if raster is not None:
            return raster.width * raster.mm_per_px, raster.height * raster.mm_per_px
        state = self._controller.state
        trim = state.size.trim if state.size else None
        bleed = 2 * state.printer.bleed_mm
        return (trim.width_mm + bleed, trim.height_mm + bleed) if trim else (300.0, 420.0)

    def _apply_zoom(self) -> None:
        px_per_mm = self.px_per_mm()
        self.canvas.set_px_per_mm(px_per_mm)
        self._zoom = px_per_mm * MM_PER_INCH / self.logicalDpiX()
        self.zoom_label.setText(self.tr("{percent}%").format(percent=round(self._zoom * 100)))
        dpi = min(MAX_DPI, px_per_mm * MM_PER_INCH * self.devicePixelRatioF())
        self._pipeline.set_view(dpi=dpi)

    def _set_zoom(self, zoom: float) -> None:
        self._fit, self._zoom = False, zoom
        self._apply_zoom()

    def _step(self, direction: int) -> None:
        bigger = [z for z in ZOOMS if z > self._zoom + 1e-3]
        smaller = [z for z in ZOOMS if z < self._zoom - 1e-3]
        target = (bigger[0] if bigger else ZOOMS[-1]) if direction > 0 else (
            smaller[-1] if smaller else ZOOMS[0])
        self._set_zoom(target)

    def _fit_window(self) -> None:
        self._fit = True
        self._apply_zoom()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resize_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_zoom()

    # --- following the pipeline and the controller ------------------------------------------

    def _rendered(self, result: PreviewResult) -> None:
        layout = result.product.layout
        self.banner.setVisible(False)
        folds = layout.pages[result.page_index].folds_mm
        self.canvas.show_page(result.raster, result.product.job.printer.safe_mm, folds)
        self._update_pages(len(layout.pages), [p.name for p in layout.pages])
        if self._fit:
            self.canvas.set_px_per_mm(self.px_per_mm())
        self._highlight(self._controller.highlight)
        self.shown.emit(result.generation)

    def _failed(self, message: str) -> None:
        self.banner.setText(self.tr("The preview is not up to date: {reason}").format(
            reason=message))
        self.banner.setVisible(True)

    def _update_pages(self, count: int, names: list[str]) -> None:
        labels = [self.tr("Page {n}: {name}").format(n=i + 1, name=n) for i, n in enumerate(names)]
        if [self.page_box.tabText(i) for i in range(self.page_box.count())] != labels:
            self.page_box.blockSignals(True)
            while self.page_box.count():
                self.page_box.removeTab(0)
            for label in labels:
                self.page_box.addTab(label)
            self.page_box.blockSignals(False)
        self.page_box.setCurrentIndex(min(self._pipeline.view.page_index, count - 1))
        self.page_box.setVisible(count > 1)

    def _page_chosen(self, index: int) -> None:
        if index >= 0:
            self._pipeline.set_view(page_index=index)

    def _highlight(self, highlight: Highlight | None) -> None:
        last = self._pipeline.last
        box = None
        if highlight is not None and last is not None:
            box = frame_box(last.product.layout, highlight.page, highlight.frame_id)
            if highlight.page - 1 != self._pipeline.view.page_index:
                self._pipeline.set_view(page_index=highlight.page - 1)
        self.canvas.set_highlight(box)
        rect = self.canvas.highlight_rect()
        if rect is not None:
            self.scroll_area.ensureVisible(round(rect.center().x()), round(rect.center().y()),
                                      round(rect.width() / 2) + 20, round(rect.height() / 2) + 20)

    # --- guides -------------------------------------------------------------------------------

    def _set_overlays(self, overlays: set[Overlay]) -> None:
        for overlay, action in self.overlay_actions.items():
            action.blockSignals(True)
            action.setChecked(overlay in overlays)
            action.blockSignals(False)
        self.canvas.set_overlays(overlays)

    def _overlays_toggled(self) -> None:
        on = {o for o, action in self.overlay_actions.items() if action.isChecked()}
        self.canvas.set_overlays(on)
        self._settings.overlays = sorted(o.value for o in on)


def _row(widgets: list[QWidget], parent: QWidget) -> QWidget:
    """Widgets side by side that wrap together, as one group."""
    group = QWidget(parent)
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(2)
    for widget in widgets:
        widget.setParent(group)
        row.addWidget(widget)
    return group


def _page_tabs(parent: QWidget) -> QTabBar:
    tabs = QTabBar(parent)
    tabs.setElideMode(Qt.TextElideMode.ElideNone)
    tabs.setExpanding(False)
    tabs.setUsesScrollButtons(True)  # never cut a name short: scroll when very narrow
    tabs.setDrawBase(False)
    tabs.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return tabs
