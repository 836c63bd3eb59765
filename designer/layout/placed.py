"""The output of layout: what to draw where, in mm from the trim's top-left, y down."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import assert_never

from msgspec import Struct

from designer.model.colour import CMYK
from designer.model.geometry import Box, pt_to_mm
from designer.model.placeholders import Placeholder
from designer.model.sizes import PaperSize, TrimSize
from designer.model.template import Align, QRLevel, TemplateKind, TextRole


class TextLine(Struct, frozen=True):
    text: str
    x_mm: float  # left end of the line, alignment applied
    baseline_mm: float
    width_mm: float


class PlacedText(Struct, frozen=True, kw_only=True):
    frame_id: str
    box: Box
    font_name: str
    font_path: Path
    size_pt: float  # the size chosen by fitting
    requested_pt: float
    min_pt: float
    colour: CMYK
    colour_name: str
    background: CMYK | None
    role: TextRole
    align: Align
    lines: tuple[TextLine, ...]
    text: str  # the resolved text, for checks and extraction tests
    overflow_mm: float = 0.0  # how far the text runs past the box at min_pt; 0 when it fits
    missing_glyphs: tuple[str, ...] = ()
    omitted: tuple[str, ...] = ()  # paragraphs left out because a value is empty, as copy
    lone_words: tuple[str, ...] = ()  # words left alone on a last line: no break or size helped
    # what the frame's copy draws on (region details, editable fields), recorded once here
    # so the window need not parse the copy again on every render
    placeholders: tuple[Placeholder, ...] = ()

    @property
    def fields(self) -> frozenset[str]:
        """The editable fields this frame prints."""
        return frozenset(p.name for p in self.placeholders if p.scope == "field")


class PlacedRect(Struct, frozen=True):
    frame_id: str
    box: Box  # bleed-extended where it touches the trim
    colour: CMYK
    colour_name: str


class PlacedRule(Struct, frozen=True, kw_only=True):
    frame_id: str
    x1_mm: float
    y1_mm: float
    x2_mm: float
    y2_mm: float
    width_pt: float
    colour: CMYK
    colour_name: str

    @property
    def stroke_box(self) -> Box:
        """The area the stroke paints: the line's bounds grown by half its width."""
        half = pt_to_mm(self.width_pt) / 2
        x0, x1 = sorted((self.x1_mm, self.x2_mm))
        y0, y1 = sorted((self.y1_mm, self.y2_mm))
        return Box(x0 - half, y0 - half, x1 - x0 + 2 * half, y1 - y0 + 2 * half)


class PlacedQR(Struct, frozen=True, kw_only=True):
    frame_id: str
    box: Box  # the whole symbol, quiet zone included
    data: str
    modules: tuple[tuple[bool, ...], ...]  # dark modules, quiet zone excluded
    module_mm: float
    quiet_modules: int
    error_correction: QRLevel

    @property
    def code_width_mm(self) -> float:
        """Printed width of the code itself, quiet zone excluded."""
        return len(self.modules) * self.module_mm


class PlacedImage(Struct, frozen=True, kw_only=True):
    frame_id: str
    frame_box: Box
    box: Box  # where the image sits: contained and centred in the frame
    path: Path
    pixel_width: int
    pixel_height: int

    @property
    def ppi(self) -> float:
        return self.pixel_width / (self.box.width_mm / 25.4)


Placed = PlacedText | PlacedRect | PlacedRule | PlacedQR | PlacedImage


class PageLayout(Struct, frozen=True, kw_only=True):
    number: int  # 1-based
    name: str
    background: CMYK | None
    items: tuple[Placed, ...]
    folds_mm: tuple[float, ...] = ()  # x of each fold from this page's left trim edge


class DocumentLayout(Struct, frozen=True, kw_only=True):
    template_id: str
    template_version: str
    template_title: str
    kind: TemplateKind
    region_id: str
    region_name: str
    region_verified: bool
    region_review_ok: bool
    size: PaperSize
    trim: TrimSize
    bleed_mm: float
    pages: tuple[PageLayout, ...]
    values: tuple[tuple[str, str], ...]  # editable field values used
    palette: tuple[tuple[str, CMYK], ...]
    produced: date

    @property
    def title(self) -> str:
        return f"{self.template_title} - {self.size.value} - {self.region_name}"

    @property
    def trim_box(self) -> Box:
        return Box(0.0, 0.0, self.trim.width_mm, self.trim.height_mm)


def frame_area(item: Placed) -> Box:
    """The area an item's frame covers on the page: a rule's stroke, an image's frame."""
    if isinstance(item, PlacedRule):
        return item.stroke_box
    if isinstance(item, PlacedImage):
        return item.frame_box
    if isinstance(item, PlacedText | PlacedRect | PlacedQR):
        return item.box
    assert_never(item)
