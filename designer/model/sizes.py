"""Named finished sizes, in millimetres (ISO 216 and DL)."""

from __future__ import annotations

from enum import StrEnum

from msgspec import Struct


class PaperSize(StrEnum):
    """A finished (trimmed) size. Values are the names used in files and on the CLI."""

    A2 = "A2"
    A3 = "A3"
    A4 = "A4"
    A5 = "A5"
    DL = "DL"
    DL_TRIFOLD = "DL-TRIFOLD"  # an A4 landscape sheet, roll-folded to DL

    @property
    def trim(self) -> TrimSize:
        return _TRIM[self]

    @classmethod
    def names(cls, final: str = "or") -> str:
        """Every size's name for help and messages: ``A2, A3, ... or DL-TRIFOLD``."""
        values = [s.value for s in cls]
        return f"{', '.join(values[:-1])} {final} {values[-1]}"

    @classmethod
    def parse(cls, text: str) -> PaperSize:
        """Accept ``a3`` as well as ``A3``; raise ValueError listing the known names."""
        try:
            return cls(text.strip().upper())
        except ValueError:
            raise ValueError(f"unknown size {text!r}; known sizes: {cls.names('and')}") from None


class TrimSize(Struct, frozen=True):
    """Width and height of the flat, trimmed sheet, in mm (portrait except the tri-fold)."""

    width_mm: float
    height_mm: float

    def scale_to(self, other: TrimSize) -> float:
        """Linear factor from this size to another of the same proportions."""
        return other.width_mm / self.width_mm


_TRIM: dict[PaperSize, TrimSize] = {
    PaperSize.A2: TrimSize(420.0, 594.0),
    PaperSize.A3: TrimSize(297.0, 420.0),
    PaperSize.A4: TrimSize(210.0, 297.0),
    PaperSize.A5: TrimSize(148.0, 210.0),
    PaperSize.DL: TrimSize(99.0, 210.0),
    PaperSize.DL_TRIFOLD: TrimSize(297.0, 210.0),
}
