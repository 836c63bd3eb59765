"""Page geometry at the ReportLab boundary: trim-relative mm in, PDF points out.

The MediaBox holds the trim, the bleed and, when the printer wants marks or a
slug, room for them. Everything layout placed is measured from the trim's
top-left corner with y down; this is the one place that flips and offsets it.
"""

from __future__ import annotations

from msgspec import Struct

from designer.model.geometry import mm_to_pt
from designer.model.printer import PrinterProfile
from designer.model.sizes import TrimSize


class PageFrame(Struct, frozen=True):
    trim: TrimSize
    bleed_mm: float
    margin_mm: float  # from the media edge to the trim edge

    @classmethod
    def for_printer(cls, trim: TrimSize, printer: PrinterProfile) -> PageFrame:
        marks = printer.crop_marks or printer.has_slug
        margin = printer.bleed_mm + (printer.marks_margin_mm if marks else 0.0)
        return cls(trim, printer.bleed_mm, margin)

    @property
    def media_pt(self) -> tuple[float, float]:
        return (
            mm_to_pt(self.trim.width_mm + 2 * self.margin_mm),
            mm_to_pt(self.trim.height_mm + 2 * self.margin_mm),
        )

    def x(self, x_mm: float) -> float:
        return mm_to_pt(self.margin_mm + x_mm)

    def y(self, y_mm: float) -> float:
        return mm_to_pt(self.margin_mm + self.trim.height_mm - y_mm)

    def box_pt(self, outset_mm: float) -> tuple[float, float, float, float]:
        """The trim grown by ``outset_mm`` on each side, as (x0, y0, x1, y1) in points."""
        return (
            self.x(-outset_mm),
            self.y(self.trim.height_mm + outset_mm),
            self.x(self.trim.width_mm + outset_mm),
            self.y(-outset_mm),
        )

    @property
    def trim_box(self) -> tuple[float, float, float, float]:
        return self.box_pt(0.0)

    @property
    def bleed_box(self) -> tuple[float, float, float, float]:
        return self.box_pt(self.bleed_mm)
