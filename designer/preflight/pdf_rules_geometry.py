"""PDF preflight rules on the page boxes: page count, trim, bleed, media, crop and art.

Boxes are compared in millimetres with ``TOLERANCE_MM`` of slack, against what
the layout asked for (``ExpectedGeometry``) or, failing that, the printer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from designer.model.geometry import MM_PER_PT
from designer.preflight.issues import PreflightIssue
from designer.preflight.pdf_facts import Facts
from designer.preflight.pdf_fixes import issue
from designer.preflight.tools import Rect

TOLERANCE_MM = 0.1


def page_count(facts: Facts) -> Iterator[PreflightIssue]:
    wanted, count = facts.expected.pages if facts.expected else None, len(facts.boxes)
    if wanted is not None and wanted != count:
        message = f"The file has {count} pages; {wanted} were expected"
        yield issue("pdf.pages", message, measured=str(count), limit=str(wanted))


def _mm(value_pt: float) -> float:
    return value_pt * MM_PER_PT


def _off(values: Iterable[float], wanted: Iterable[float]) -> bool:
    return any(abs(v - w) > TOLERANCE_MM + 1e-6 for v, w in zip(values, wanted, strict=True))


def trim_missing(facts: Facts) -> Iterator[PreflightIssue]:
    for b in facts.boxes:
        if b.trim is None:
            message = "The page has no TrimBox, so the printer cannot tell the finished size"
            yield issue("pdf.boxes.trim-missing", message, page=b.page, element="TrimBox")


def trim_size(facts: Facts) -> Iterator[PreflightIssue]:
    want = (facts.expected.trim_width_mm, facts.expected.trim_height_mm) if facts.expected else ()
    for b in facts.boxes:
        if not want or b.trim is None:
            continue
        size = (b.trim.width_mm, b.trim.height_mm)[:: -1 if b.rotation in (90, 270) else 1]
        if _off(size, want):
            yield issue(
                "pdf.boxes.trim-size",
                "The TrimBox is not the finished size",
                page=b.page,
                element="TrimBox",
                measured=f"{size[0]:.1f} x {size[1]:.1f} mm",
                limit=f"{want[0]:.1f} x {want[1]:.1f} mm ± {TOLERANCE_MM} mm",
            )


def bleed_box(facts: Facts) -> Iterator[PreflightIssue]:
    wanted = facts.expected.bleed_mm if facts.expected else facts.printer.bleed_mm
    limit = f"{wanted:g} mm each side ± {TOLERANCE_MM} mm"
    for b in facts.boxes:
        sides = _bleed_sides(b.trim, b.bleed) if b.trim and b.bleed else {}
        if b.bleed is None or _off(sides.values(), [wanted] * len(sides)):
            message = "The BleedBox is not the TrimBox plus the bleed" if sides else "No BleedBox"
            measured = ", ".join(f"{k} {v:.1f}" for k, v in sides.items()) + " mm"
            yield issue(
                "pdf.boxes.bleed",
                message,
                page=b.page,
                element="BleedBox",
                measured=measured if sides else "none",
                limit=limit,
            )


def _bleed_sides(trim: Rect, bleed: Rect) -> dict[str, float]:
    return {
        "left": _mm(trim.x0 - bleed.x0),
        "right": _mm(bleed.x1 - trim.x1),
        "top": _mm(bleed.y1 - trim.y1),
        "bottom": _mm(trim.y0 - bleed.y0),
    }


def media_box(facts: Facts) -> Iterator[PreflightIssue]:
    for b in facts.boxes:
        inner = b.bleed or b.trim
        if inner is not None and not b.media.contains(inner):
            yield issue(
                "pdf.boxes.media",
                "The MediaBox does not contain the BleedBox; part of the bleed is cut off",
                page=b.page,
                element="MediaBox",
                measured=f"{b.media.width_mm:.1f} x {b.media.height_mm:.1f} mm",
                limit=f"at least {inner.width_mm:.1f} x {inner.height_mm:.1f} mm",
            )


def crop_box(facts: Facts) -> Iterator[PreflightIssue]:
    for b in facts.boxes:
        crop, media = b.crop, b.media
        if _off(
            map(_mm, (crop.x0, crop.y0, crop.x1, crop.y1)),
            map(_mm, (media.x0, media.y0, media.x1, media.y1)),
        ):
            yield issue(
                "pdf.boxes.cropbox",
                "The CropBox differs from the MediaBox; viewers and RIPs may cut marks or bleed",
                page=b.page,
                element="CropBox",
                measured=f"{crop.width_mm:.1f} x {crop.height_mm:.1f} mm",
                limit=f"{media.width_mm:.1f} x {media.height_mm:.1f} mm (the MediaBox)",
            )


def art_box(facts: Facts) -> Iterator[PreflightIssue]:
    for b in facts.boxes:
        if b.art is not None and b.trim is not None:
            message = "The page has an ArtBox beside its TrimBox; PDF/X allows only one"
            yield issue("pdf.boxes.artbox", message, page=b.page, element="ArtBox")
