"""A printer profile: the numbers of PRINT.md that a particular press changes."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from msgspec import Struct


class PdfxFlavour(StrEnum):
    X4 = "x4"
    X1A = "x1a"


class PrinterProfile(Struct, frozen=True, kw_only=True):
    id: str
    title: str
    description: str = ""
    bleed_mm: float = 3.0
    crop_marks: bool = True
    mark_offset_mm: float = 3.0  # gap between the bleed edge and the start of a mark
    mark_length_mm: float = 6.0
    marks_margin_mm: float = 9.0  # room outside the bleed for marks (MediaBox)
    safe_mm: float = 5.0
    fold_safe_mm: float = 5.0
    ink_limit: float = 300.0  # total C+M+Y+K in percent
    min_ppi: float = 150.0  # below this: error
    target_ppi: float = 300.0  # below this: warning
    pdfx: PdfxFlavour = PdfxFlavour.X4
    output_profile: Path | None = None  # CMYK ICC profile; None = the bundled FOGRA39
    output_condition: str = "FOGRA39"
    output_condition_info: str = "Coated FOGRA39 (ISO 12647-2:2004), sheetfed offset, coated paper"
    registry: str = "http://www.color.org"
    slug: bool = True  # a job line outside the bleed, when there is room for marks
    min_line_pt: float = 0.25
    min_text_pt: float = 6.0

    @property
    def has_slug(self) -> bool:
        """A slug is wanted and the marks area has room for its two lines outside the bleed."""
        return self.slug and self.marks_margin_mm >= SLUG_ROOM_MM


SLUG_ROOM_MM = 6.0  # two lines of 6 pt type with a gap from the bleed edge


DEFAULT_PRINTER = PrinterProfile(id="offset-coated", title="Offset, coated paper")
