"""Where the trace imprint goes when the printer wants no slug: a free strip inside the page.

The line runs upwards along the right edge of the safe area (else the left),
in the press's smallest type, 100 % K, in the longest stretch of that strip
no frame touches. If the full line does not fit, a short one (reference and
template hash) is tried; if nothing fits, the page carries its trace in the
metadata only. Deciding this here keeps render a plain drawing step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from msgspec import Struct

from designer.layout.placed import (
    DocumentLayout,
    PageLayout,
    Placed,
    frame_area,
)
from designer.model.geometry import Box, pt_to_mm
from designer.model.printer import PrinterProfile

GAP_MM = 1.0  # clear space kept between the imprint and any frame
LINE = 1.25  # strip width as a multiple of the type size

Measure = Callable[[str, float], float]  # (text, size in pt) -> width in mm
Interval = tuple[float, float]


class Imprint(Struct, frozen=True, kw_only=True):
    """One page's imprint: the text's baseline starts at (x_mm, y_mm) and runs upwards."""

    page: int
    x_mm: float
    y_mm: float
    size_pt: float
    text: str
    strip: Box  # the area it may occupy, for checks


def plan_imprints(
    layout: DocumentLayout,
    printer: PrinterProfile,
    texts: tuple[str, ...],
    measure: Measure,
) -> tuple[Imprint, ...]:
    """An imprint per page where one fits (``texts``: longest first)."""
    size = printer.min_text_pt
    found = (_on_page(layout, page, printer.safe_mm, size, texts, measure) for page in layout.pages)
    return tuple(i for i in found if i is not None)


def _on_page(
    layout: DocumentLayout,
    page: PageLayout,
    safe_mm: float,
    size: float,
    texts: tuple[str, ...],
    measure: Measure,
) -> Imprint | None:
    for text in texts:
        length = measure(text, size)
        for strip in _strips(layout, safe_mm, size):
            start = _room(strip, page.items, length)
            if start is not None:
                baseline_x = strip.right_mm - pt_to_mm(size) * 0.3  # descenders stay inside
                return Imprint(
                    page=page.number,
                    x_mm=baseline_x,
                    y_mm=start,
                    size_pt=size,
                    text=text,
                    strip=strip,
                )
    return None


def _strips(layout: DocumentLayout, safe_mm: float, size: float) -> Iterator[Box]:
    """The right edge of the safe area, then the left."""
    width = pt_to_mm(size) * LINE
    height = layout.trim.height_mm - 2 * safe_mm
    yield Box(layout.trim.width_mm - safe_mm - width, safe_mm, width, height)
    yield Box(safe_mm, safe_mm, width, height)


def _room(strip: Box, items: tuple[Placed, ...], length: float) -> float | None:
    """The bottom (y) of the longest free stretch of ``strip`` if ``length`` fits in it."""
    blocked = sorted(_blocked(strip, items))
    best: Interval = (0.0, 0.0)
    top = strip.y_mm
    for start, end in [*blocked, (strip.bottom_mm, strip.bottom_mm)]:
        start = min(start, strip.bottom_mm)
        if start - top > best[1] - best[0]:
            best = (top, start)
        top = max(top, end)
    return best[1] if best[1] - best[0] >= length else None


def _blocked(strip: Box, items: tuple[Placed, ...]) -> Iterator[Interval]:
    for item in items:
        box = frame_area(item)
        if box.x_mm < strip.right_mm + GAP_MM and box.right_mm > strip.x_mm - GAP_MM:
            yield (box.y_mm - GAP_MM, box.bottom_mm + GAP_MM)


