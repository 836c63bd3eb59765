"""Rasterise the very PDF that export writes, for on-screen previews and thumbnails.

The window never draws a poster itself: it shows pixels of the exported bytes,
so what staff see is what the printer gets. PDFium (through pypdfium2) is fast
enough for every keystroke but is not thread-safe, so every call into it holds
one process-wide lock. The result is a plain pixel buffer plus the numbers
needed to map trim millimetres to pixels; the GUI wraps the buffer in a QImage
without encoding it. No Qt here.
"""

from __future__ import annotations

import math
import threading
from typing import Literal

import pypdfium2 as pdfium
from msgspec import Struct

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0

Clip = Literal["media", "bleed"]

_PDFIUM_LOCK = threading.Lock()


class RasterPage(Struct, frozen=True, kw_only=True):
    """One rendered page: RGBX pixels (4 bytes each, the last unused) and its geometry.

    ``trim_left_px``/``trim_top_px`` locate the trim's top-left corner in the
    image, so a point given in mm from the trim's top-left (layout's
    coordinates) lands at ``to_px(x_mm, y_mm)``.
    """

    width: int
    height: int
    stride: int  # bytes per row, possibly more than width * 4
    data: bytes
    mm_per_px: float
    trim_left_px: float
    trim_top_px: float
    trim_width_mm: float
    trim_height_mm: float
    bleed_mm: float
    page_index: int
    page_count: int
    dpi: float
    pixel_format: str = "RGBX"

    def to_px(self, x_mm: float, y_mm: float) -> tuple[float, float]:
        """Trim-relative millimetres (y down) to image pixels."""
        return (self.trim_left_px + x_mm / self.mm_per_px, self.trim_top_px + y_mm / self.mm_per_px)

    def length_px(self, mm: float) -> float:
        return mm / self.mm_per_px


def rasterise(pdf: bytes, page_index: int, dpi: float, *, clip: Clip = "media") -> RasterPage:
    """Render page ``page_index`` (0-based) of ``pdf`` at ``dpi``.

    ``clip="bleed"`` renders only the trim plus bleed (what is printed, without
    the marks around it); ``"media"`` renders the whole sheet.
    """
    if dpi <= 0:
        raise ValueError(f"dpi must be positive, got {dpi}")
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            return _render_page(document, page_index, dpi, clip)
        finally:
            document.close()


def page_count(pdf: bytes) -> int:
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def page_text(pdf: bytes, page_index: int = 0) -> str:
    """The extractable text of one page: what a reader (or a test) finds in the file."""
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            text_page = document[page_index].get_textpage()
            return str(text_page.get_text_range())
        finally:
            document.close()


def _render_page(
    document: pdfium.PdfDocument, page_index: int, dpi: float, clip: Clip
) -> RasterPage:
    count = len(document)
    if not 0 <= page_index < count:
        raise IndexError(f"page {page_index + 1} asked for; the document has {count}")
    page = document[page_index]
    scale = dpi / PT_PER_INCH
    media = page.get_mediabox()
    trim = page.get_trimbox()
    bleed = page.get_bleedbox()
    crop = _crop(media, bleed) if clip == "bleed" else (0.0, 0.0, 0.0, 0.0)
    bitmap = page.render(scale=scale, crop=crop, prefer_bgrx=True, rev_byteorder=True)
    left_px, top_px = (_ceil_px(crop[0], scale), _ceil_px(crop[3], scale))
    mm_per_pt = MM_PER_INCH / PT_PER_INCH
    return RasterPage(
        width=bitmap.width,
        height=bitmap.height,
        stride=bitmap.stride,
        data=bytes(bitmap.buffer),
        mm_per_px=MM_PER_INCH / dpi,
        trim_left_px=(trim[0] - media[0]) * scale - left_px,
        trim_top_px=(media[3] - trim[3]) * scale - top_px,
        trim_width_mm=(trim[2] - trim[0]) * mm_per_pt,
        trim_height_mm=(trim[3] - trim[1]) * mm_per_pt,
        bleed_mm=(trim[0] - bleed[0]) * mm_per_pt,
        page_index=page_index,
        page_count=count,
        dpi=dpi,
    )


def _crop(
    media: tuple[float, float, float, float], inner: tuple[float, float, float, float]
) -> tuple[float, float, float, float]:
    """PDFium's crop (left, bottom, right, top), in points, that leaves only ``inner``."""
    return (inner[0] - media[0], inner[1] - media[1], media[2] - inner[2], media[3] - inner[3])


def _ceil_px(points: float, scale: float) -> int:
    """How PDFium rounds a crop to whole pixels (it takes the ceiling)."""
    return math.ceil(points * scale)
