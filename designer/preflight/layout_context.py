"""What a layout rule sees of one placed item, and where its ink actually lands.

Rules are small functions of an item and its ``Spot``: the document, the
printer, the page and the item's place in the drawing order (later items are
drawn on top). Text is measured by its lines, not its frame: an empty part
of a frame prints nothing, and overflowing text prints outside it.
"""

from __future__ import annotations

from collections.abc import Iterator

from msgspec import Struct

from designer.fonts import load_font
from designer.layout.placed import DocumentLayout, PageLayout, Placed, PlacedText
from designer.model.colour import CMYK
from designer.model.geometry import Box, pt_to_mm
from designer.model.printer import PrinterProfile
from designer.preflight.issues import PreflightIssue, Severity

TOLERANCE_MM = 0.01


class Spot(Struct, frozen=True):
    layout: DocumentLayout
    printer: PrinterProfile
    page: PageLayout
    index: int  # position in the page's drawing order

    @property
    def below(self) -> tuple[Placed, ...]:
        """Items drawn before this one, nearest first."""
        return self.page.items[: self.index][::-1]

    @property
    def others(self) -> Iterator[tuple[int, Placed]]:
        return ((i, item) for i, item in enumerate(self.page.items) if i != self.index)


def issue(
    spot: Spot,
    severity: Severity,
    rule: str,
    element: str,
    *,
    message: str,
    fix: str,
    measured: str | None = None,
    limit: str | None = None,
) -> PreflightIssue:
    """A finding on the page of ``spot``."""
    return PreflightIssue(
        severity=severity,
        rule=rule,
        message=message,
        fix=fix,
        page=spot.page.number,
        element=element,
        measured=measured,
        limit=limit,
    )


def prints_text(item: PlacedText) -> bool:
    return any(line.text.strip() for line in item.lines)


def line_boxes(item: PlacedText) -> tuple[Box, ...]:
    """The ink area of each non-empty line: its width, from the font's ascent to descent."""
    font = load_font(item.font_path)
    size_mm = pt_to_mm(item.size_pt)
    height = (font.ascent - font.descent) * size_mm
    return tuple(
        Box(line.x_mm, line.baseline_mm - font.ascent * size_mm, line.width_mm, height)
        for line in item.lines
        if line.text.strip()
    )


def union(boxes: tuple[Box, ...]) -> Box | None:
    if not boxes:
        return None
    left = min(b.x_mm for b in boxes)
    top = min(b.y_mm for b in boxes)
    right = max(b.right_mm for b in boxes)
    bottom = max(b.bottom_mm for b in boxes)
    return Box(left, top, right - left, bottom - top)


def overlaps(a: Box, b: Box) -> bool:
    """True when the boxes share area (touching edges do not count)."""
    return (
        a.x_mm < b.right_mm - TOLERANCE_MM
        and b.x_mm < a.right_mm - TOLERANCE_MM
        and a.y_mm < b.bottom_mm - TOLERANCE_MM
        and b.y_mm < a.bottom_mm - TOLERANCE_MM
    )


def colour_name(layout: DocumentLayout, colour: CMYK) -> str:
    """The palette name of ``colour``, or its ink values when it is not in the palette."""
    return next((name for name, value in layout.palette if value == colour), str(colour))
