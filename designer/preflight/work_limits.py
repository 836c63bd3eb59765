"""How much of a file preflight renders, and a finding for what it left unmeasured.

Preflight judges any PDF, including ones nobody here made. Measuring the total
ink means rendering pages with Ghostscript and reading the pixels with Pillow:
a 5 m page at 72 dpi is 200 million pixels (Pillow refuses it as a
decompression bomb), and three thousand pages take Ghostscript past its time
limit. So the render takes at most ``MAX_INK_PAGES`` pages of at most
``MAX_INK_PIXELS`` pixels each; the other pages are named in a warning, never
silently passed.
"""

from __future__ import annotations

from collections.abc import Sequence

from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.pdf_fixes import issue
from designer.preflight.tools import INK_DPI, InkArea

MAX_INK_PAGES = 50  # a print job is 1-16 pages; a 50-page render takes Ghostscript ~10 s
MAX_INK_PIXELS = 40_000_000  # A0 at 72 dpi is 8.7 million; Pillow's own limit is 179 million


def page_pixels(area: InkArea, dpi: int = INK_DPI) -> int:
    """Pixels in the render of ``area``'s page (Ghostscript renders the MediaBox)."""
    scale = dpi / 72.0
    media = area.media
    return round((media.x1 - media.x0) * scale) * round((media.y1 - media.y0) * scale)


def ink_budget(
    areas: Sequence[InkArea], dpi: int = INK_DPI
) -> tuple[list[InkArea], list[PreflightIssue]]:
    """The pages to render, and a warning for each kind of page left unmeasured."""
    huge = [a for a in areas if page_pixels(a, dpi) > MAX_INK_PIXELS]
    fitting = [a for a in areas if page_pixels(a, dpi) <= MAX_INK_PIXELS]
    kept, beyond = fitting[:MAX_INK_PAGES], fitting[MAX_INK_PAGES:]
    found = []
    if huge:
        largest = max(huge, key=lambda a: page_pixels(a, dpi))
        size = f"{largest.media.width_mm:,.0f} x {largest.media.height_mm:,.0f} mm"
        found.append(
            _unmeasured(
                huge,
                f"too large to render safely (the largest, {size}, is "
                f"{page_pixels(largest, dpi):,} pixels at {dpi} dpi)",
                f"{MAX_INK_PIXELS:,} pixels a page",
            )
        )
    if beyond:
        found.append(
            _unmeasured(
                beyond,
                f"beyond the first {MAX_INK_PAGES} pages preflight renders",
                f"{MAX_INK_PAGES} pages",
            )
        )
    return kept, found


def _unmeasured(areas: Sequence[InkArea], why: str, limit: str) -> PreflightIssue:
    pages = page_ranges([a.page for a in areas])
    return issue(
        "pdf.ink.unmeasured",
        f"The total ink was not measured on {len(areas)} page(s) ({pages}): {why}",
        severity=Severity.WARNING,
        measured=f"{len(areas)} page(s)",
        limit=limit,
    )


def page_ranges(pages: Sequence[int]) -> str:
    """``[1, 2, 3, 7]`` -> ``"pages 1-3, 7"`` (at most a few ranges, then "...")."""
    ranges: list[tuple[int, int]] = []
    for page in sorted(pages):
        if ranges and page == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], page)
        else:
            ranges.append((page, page))
    parts = [f"{a}-{b}" if b > a else str(a) for a, b in ranges]
    shown = ", ".join(parts[:6]) + (", ..." if len(parts) > 6 else "")
    return ("pages " if len(pages) > 1 else "page ") + shown
