"""CMYK colour as templates define it, in percent of each ink.

Screen RGB is derived (``designer.screen_colour``) through the output ICC profile;
print always uses the CMYK values exactly as written.
"""

from __future__ import annotations

from msgspec import Struct


class CMYK(Struct, frozen=True):
    """Ink percentages, each 0-100."""

    c: float
    m: float
    y: float
    k: float

    def __post_init__(self) -> None:
        for name in ("c", "m", "y", "k"):
            value = getattr(self, name)
            if not 0.0 <= value <= 100.0:
                raise ValueError(f"{name}={value} is outside 0-100 %")

    @property
    def total_ink(self) -> float:
        """C+M+Y+K in percent: the number a printer's ink limit is checked against."""
        return self.c + self.m + self.y + self.k

    @property
    def fractions(self) -> tuple[float, float, float, float]:
        return (self.c / 100, self.m / 100, self.y / 100, self.k / 100)

    def __str__(self) -> str:
        return f"C{self.c:g} M{self.m:g} Y{self.y:g} K{self.k:g}"


WHITE = CMYK(0, 0, 0, 0)
BLACK_TEXT = CMYK(0, 0, 0, 100)
