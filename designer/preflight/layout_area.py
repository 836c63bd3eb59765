"""Rules for where things sit: inside the safe area, clear of every fold.

Guillotines wander by a millimetre or two and folds crack and hide what lies
on them, so text, QR codes and images keep their distance from both. Filled
rectangles and rules are exempt: backgrounds run to the bleed on purpose.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import assert_never

from designer.layout.placed import Placed, PlacedImage, PlacedQR, PlacedRect, PlacedRule, PlacedText
from designer.model.geometry import Box
from designer.model.sizes import TrimSize
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.layout_context import TOLERANCE_MM, Spot, issue, line_boxes, union
from designer.preflight.layout_text import TEMPLATE_OWNER

Kept = PlacedText | PlacedQR | PlacedImage
Issues = Iterator[PreflightIssue]


def ink_extent(item: Kept) -> Box | None:
    """Where the item prints: a text's lines, a QR code with its quiet zone, an image."""
    if isinstance(item, PlacedText):
        return union(line_boxes(item))
    if isinstance(item, PlacedQR | PlacedImage):
        return item.box
    assert_never(item)


def describe(item: Kept) -> str:
    kind = {PlacedText: "text", PlacedQR: "QR code", PlacedImage: "image"}[type(item)]
    return f"the {kind} in '{item.frame_id}'"


def fix_for(item: Kept) -> str:
    if isinstance(item, PlacedText):
        return "shorten the text if it is too long for its space; otherwise " + TEMPLATE_OWNER
    if isinstance(item, PlacedQR | PlacedImage):
        return "it must be moved further in: " + TEMPLATE_OWNER
    assert_never(item)


def trim_distance(box: Box, trim: TrimSize) -> float:
    """How far the box stays inside the trimmed edge; negative when it crosses it."""
    return min(box.x_mm, box.y_mm, trim.width_mm - box.right_mm, trim.height_mm - box.bottom_mm)


def safe_outside(item: Kept, spot: Spot) -> Issues:
    box = ink_extent(item)
    limit = spot.printer.safe_mm
    if box is None:
        return
    distance = trim_distance(box, spot.layout.trim)
    if distance >= limit - TOLERANCE_MM:
        return
    where = f"within {distance:.1f} mm of" if distance >= 0 else f"{-distance:.1f} mm past"
    yield issue(
        spot,
        Severity.ERROR,
        "safe.outside",
        item.frame_id,
        message=f"{describe(item)} reaches {where} the trimmed edge, where it can be cut off",
        fix=fix_for(item),
        measured=f"{distance:.1f} mm from the edge",
        limit=f"{limit:g} mm",
    )


def fold_distance(box: Box, fold_mm: float) -> float:
    """Distance from the fold line to the box; 0 when the box lies across it."""
    if box.crosses_x(fold_mm):
        return 0.0
    return min(abs(box.x_mm - fold_mm), abs(box.right_mm - fold_mm))


def safe_fold(item: Kept, spot: Spot) -> Issues:
    box = ink_extent(item) if spot.page.folds_mm else None
    limit = spot.printer.fold_safe_mm
    if box is None:
        return
    for fold in spot.page.folds_mm:
        distance = fold_distance(box, fold)
        if distance >= limit - TOLERANCE_MM:
            continue
        yield issue(
            spot,
            Severity.ERROR,
            "safe.fold",
            item.frame_id,
            message=f"{describe(item)} lies {distance:.1f} mm from the fold at {fold:.1f} mm "
            "from the left edge; a fold cracks and hides what is on it",
            fix=fix_for(item),
            measured=f"{distance:.1f} mm from the fold",
            limit=f"{limit:g} mm",
        )


AREA_RULES = (safe_outside, safe_fold)


def painted_extent(item: Placed) -> Box | None:
    """Everything an item puts on the sheet, rectangles and rules included."""
    if isinstance(item, PlacedRect):
        return item.box
    if isinstance(item, PlacedRule):
        return item.stroke_box
    if isinstance(item, PlacedText | PlacedQR | PlacedImage):
        return ink_extent(item)
    assert_never(item)


def beyond_bleed(item: Placed, spot: Spot) -> Issues:
    """Nothing may print past the bleed edge: it lands on the press sheet, not the piece."""
    box = painted_extent(item)
    bleed = spot.layout.bleed_mm
    if box is None:
        return
    inside = trim_distance(box, spot.layout.trim) + bleed
    if inside >= -TOLERANCE_MM:
        return
    yield issue(
        spot,
        Severity.ERROR,
        "bleed.outside",
        item.frame_id,
        message=f"'{item.frame_id}' reaches {-inside:.1f} mm past the bleed "
        "edge, onto the part of the sheet the printer cuts away and may print marks on",
        fix="it must be moved or made smaller: " + TEMPLATE_OWNER,
        measured=f"{-inside:.1f} mm past the bleed",
        limit=f"{bleed:g} mm bleed",
    )
