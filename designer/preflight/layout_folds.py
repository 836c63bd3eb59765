"""Colour edges and folds: a colour change right on a fold shows any fold drift.

Folding machines drift by up to a millimetre, so a panel colour that ends
exactly on a fold leaves a sliver of white on one panel or of colour on the
next. A template keeps such an edge a fold-safe distance from the fold, or
runs the colour across the fold into the next panel; an edge within 1 mm of
a fold gets a warning. A colour that lies across the fold has no edge there.
"""

from __future__ import annotations

from collections.abc import Iterator

from designer.layout.placed import PlacedRect
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.layout_context import Spot, issue
from designer.preflight.layout_text import TEMPLATE_OWNER

EDGE_NEAR_FOLD_MM = 1.0

Issues = Iterator[PreflightIssue]


def colour_edge_at_fold(item: PlacedRect, spot: Spot) -> Issues:
    box = item.box
    for fold in spot.page.folds_mm:
        if box.bottom_mm <= 0 or box.y_mm >= spot.layout.trim.height_mm:
            continue  # wholly in the bleed: nothing of it shows on a panel
        for edge in (box.x_mm, box.right_mm):
            distance = abs(edge - fold)
            if distance > EDGE_NEAR_FOLD_MM:
                continue
            yield issue(
                spot,
                Severity.WARNING,
                "colour.fold-edge",
                item.frame_id,
                message=f"the colour of '{item.frame_id}' ends {distance:.1f} mm from the fold "
                f"at {fold:g} mm from the left edge; if the fold drifts a sliver of the wrong "
                "colour shows along it",
                fix="run the colour 2 mm or more across the fold, or end it at least "
                f"{spot.printer.fold_safe_mm:g} mm from it: " + TEMPLATE_OWNER,
                measured=f"{distance:.1f} mm from the fold",
                limit=f"more than {EDGE_NEAR_FOLD_MM:g} mm",
            )


RECT_RULES = (colour_edge_at_fold,)
