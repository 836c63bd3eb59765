"""The page on screen: the rasterised export PDF, with guides drawn in Qt on top.

The pixels come from the exported PDF; the guides (trim, bleed, safe area,
folds, a highlighted frame) are drawn here from the geometry the rasteriser
reports, so they can be switched on and off without rendering again. The
image is rendered at the screen's device pixel ratio and drawn 1:1 on high-DPI
screens; while a sharper render is on its way, the old one is scaled.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from designer.gui.qimage import to_qimage
from designer.model.geometry import Box
from designer.render.preview import RasterPage

MARGIN_PX = 16


class Overlay(StrEnum):
    TRIM = "trim"
    BLEED = "bleed"
    SAFE = "safe"
    FOLDS = "folds"


class PageCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._raster: RasterPage | None = None
        self._image = QImage()
        self._px_per_mm = 1.0
        self._overlays: set[Overlay] = {Overlay.TRIM, Overlay.BLEED, Overlay.FOLDS}
        self._safe_mm = 0.0
        self._folds_mm: tuple[float, ...] = ()
        self._highlight: Box | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Poster preview"))

    @property
    def raster(self) -> RasterPage | None:
        return self._raster

    def show_page(self, raster: RasterPage, safe_mm: float, folds_mm: tuple[float, ...]) -> None:
        self._raster = raster
        self._image = to_qimage(raster)  # wraps raster.data, which self._raster keeps alive
        self._safe_mm = safe_mm
        self._folds_mm = folds_mm
        self._resize()
        self.update()

    def set_px_per_mm(self, px_per_mm: float) -> None:
        if abs(px_per_mm - self._px_per_mm) > 1e-6:
            self._px_per_mm = px_per_mm
            self._resize()
            self.update()

    def set_overlays(self, overlays: set[Overlay]) -> None:
        self._overlays = set(overlays)
        self.update()

    def set_highlight(self, box: Box | None) -> None:
        self._highlight = box
        self.update()

    def sizeHint(self) -> QSize:
        if self._raster is None:
            return QSize(200, 280)
        width, height = self._page_size()
        return QSize(round(width) + 2 * MARGIN_PX, round(height) + 2 * MARGIN_PX)

    def highlight_rect(self) -> QRectF | None:
        return self.mm_rect(self._highlight) if self._highlight else None

    def mm_rect(self, box: Box) -> QRectF:
        """A trim-mm box in this widget's coordinates."""
        x0, y0 = self._map(box.x_mm, box.y_mm)
        x1, y1 = self._map(box.right_mm, box.bottom_mm)
        return QRectF(QPointF(x0, y0), QPointF(x1, y1))

    def _page_size(self) -> tuple[float, float]:
        assert self._raster is not None
        scale = self._raster.mm_per_px * self._px_per_mm
        return self._raster.width * scale, self._raster.height * scale

    def _map(self, x_mm: float, y_mm: float) -> tuple[float, float]:
        assert self._raster is not None
        x_px, y_px = self._raster.to_px(x_mm, y_mm)
        scale = self._raster.mm_per_px * self._px_per_mm
        return MARGIN_PX + x_px * scale, MARGIN_PX + y_px * scale

    def _resize(self) -> None:
        self.resize(self.sizeHint())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self._raster is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            width, height = self._page_size()
            page = QRectF(MARGIN_PX, MARGIN_PX, width, height)
            painter.fillRect(page.translated(2, 3), QColor(0, 0, 0, 40))  # a quiet shadow
            painter.drawImage(page, self._image)
            self._paint_overlays(painter, page)
        painter.end()

    def _paint_overlays(self, painter: QPainter, page: QRectF) -> None:
        assert self._raster is not None
        trim = self.mm_rect(Box(0, 0, self._raster.trim_width_mm, self._raster.trim_height_mm))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if Overlay.BLEED in self._overlays:
            outside = QPainterPath()
            outside.addRect(page)
            inner = QPainterPath()
            inner.addRect(trim)
            painter.fillPath(outside.subtracted(inner), QColor(255, 255, 255, 150))
        if Overlay.TRIM in self._overlays:
            painter.setPen(_pen("#0086b3", 1.0))
            painter.drawRect(trim)
        if Overlay.SAFE in self._overlays and self._safe_mm > 0:
            painter.setPen(_pen("#2e7d32", 1.0, Qt.PenStyle.DashLine))
            painter.drawRect(self.mm_rect(_trim_box(self._raster).inset(self._safe_mm)))
        if Overlay.FOLDS in self._overlays:
            painter.setPen(_pen("#b0006e", 1.0, Qt.PenStyle.DashDotLine))
            for x_mm in self._folds_mm:
                x, _ = self._map(x_mm, 0)
                painter.drawLine(QPointF(x, page.top()), QPointF(x, page.bottom()))
        if self._highlight is not None:
            rect = self.mm_rect(self._highlight).adjusted(-2, -2, 2, 2)
            painter.fillRect(rect, QColor(255, 140, 0, 60))
            painter.setPen(_pen("#e65100", 2.5))
            painter.drawRect(rect)


def _trim_box(raster: RasterPage) -> Box:
    return Box(0.0, 0.0, raster.trim_width_mm, raster.trim_height_mm)


def _pen(colour: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(colour), width, style)
    pen.setCosmetic(True)
    return pen
