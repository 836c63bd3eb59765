"""Rectangles in millimetres, measured from the trim's top-left corner, y down.

This is how templates are written and how layout thinks. Points and the PDF's
bottom-left origin appear only at the ReportLab boundary (``designer.render``).
"""

from __future__ import annotations

from msgspec import Struct

MM_PER_PT = 25.4 / 72.0


class Box(Struct, frozen=True):
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float

    @property
    def right_mm(self) -> float:
        return self.x_mm + self.width_mm

    @property
    def bottom_mm(self) -> float:
        return self.y_mm + self.height_mm

    def scaled(self, factor: float) -> Box:
        return Box(
            self.x_mm * factor,
            self.y_mm * factor,
            self.width_mm * factor,
            self.height_mm * factor,
        )

    def inset(self, margin_mm: float) -> Box:
        return Box(
            self.x_mm + margin_mm,
            self.y_mm + margin_mm,
            self.width_mm - 2 * margin_mm,
            self.height_mm - 2 * margin_mm,
        )

    def contains(self, other: Box, tolerance_mm: float = 0.01) -> bool:
        return (
            other.x_mm >= self.x_mm - tolerance_mm
            and other.y_mm >= self.y_mm - tolerance_mm
            and other.right_mm <= self.right_mm + tolerance_mm
            and other.bottom_mm <= self.bottom_mm + tolerance_mm
        )

    def intersects(self, other: Box) -> bool:
        return (
            self.x_mm < other.right_mm
            and other.x_mm < self.right_mm
            and self.y_mm < other.bottom_mm
            and other.y_mm < self.bottom_mm
        )

    def crosses_x(self, x_mm: float, margin_mm: float = 0.0) -> bool:
        """True when the vertical line at ``x_mm`` (widened by ``margin_mm``) cuts this box."""
        return self.x_mm < x_mm + margin_mm and self.right_mm > x_mm - margin_mm


def pt_to_mm(points: float) -> float:
    return points * MM_PER_PT


def mm_to_pt(millimetres: float) -> float:
    return millimetres / MM_PER_PT
