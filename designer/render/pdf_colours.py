"""CMYK colour objects for ReportLab, and the guard that keeps RGB out of every page."""

from __future__ import annotations

from functools import cache

from reportlab.lib.colors import CMYKColor, CMYKColorSep, toColor

from designer.errors import RenderError
from designer.model.colour import CMYK

# Crop, fold and registration marks print on every plate.
REGISTRATION = CMYKColorSep(1, 1, 1, 1, spotName="All")


@cache
def cmyk(colour: CMYK) -> CMYKColor:
    return CMYKColor(*colour.fractions)


def only_cmyk(colour: object) -> CMYKColor:
    """ReportLab's ``enforceColorSpace`` hook: CMYK and spot colours pass, anything else fails.

    Unlike ReportLab's own ``sep_cmyk`` mode this never rewrites a colour, so a
    rich black stays rich and a C=M=Y mix is not collapsed into K.
    """
    value = toColor(colour)
    if not isinstance(value, CMYKColor):
        raise RenderError(f"a non-CMYK colour {colour!r} reached the page; templates use CMYK only")
    return value
