"""Connect preflight findings to what staff can see and touch. No Qt here.

A finding names a frame; staff edit fields. These helpers answer "which
frames does this field print in" and "where is that frame". Every reason
against a final file is a finding (``Product.blockers``), so the checks list
shows them all without a second list of reasons.
"""

from __future__ import annotations

from designer.gui.plain_words import PlainFinding, plain_finding
from designer.layout.placed import DocumentLayout, PlacedText, frame_area
from designer.model.geometry import Box
from designer.preflight.issues import PreflightIssue, Severity
from designer.production import Product
from designer.records import replace


def frames_of_field(layout: DocumentLayout, name: str) -> frozenset[str]:
    """Ids of the text frames that print the field ``name``, as layout recorded them."""
    return frozenset(
        item.frame_id
        for page in layout.pages
        for item in page.items
        if isinstance(item, PlacedText) and name in item.fields
    )


def field_findings(product: Product, frame_ids: frozenset[str]) -> tuple[PreflightIssue, ...]:
    """Errors and warnings about the frames a field prints in, worded for the officer.

    Shown right under the field, so ``message`` and ``fix`` are the plain words
    of ``designer.gui.plain_words`` (no points, millimetres or frame ids); the
    rule, place and figures stay as the core found them.
    """
    template, size = product.job.template, product.job.size
    found = (i for i in product.issues
             if i.element in frame_ids and i.severity is not Severity.INFO)
    return tuple(_worded(issue, plain_finding(issue, template, size)) for issue in found)


def _worded(issue: PreflightIssue, plain: PlainFinding) -> PreflightIssue:
    return replace(issue, message=plain.what, fix=plain.fix)


def frame_box(layout: DocumentLayout, page: int, frame_id: str) -> Box | None:
    """Where frame ``frame_id`` sits on 1-based ``page``, in trim mm, or None."""
    if not 1 <= page <= len(layout.pages):
        return None
    for item in layout.pages[page - 1].items:
        if item.frame_id == frame_id:
            return _visible(frame_area(item))
    return None


def _visible(box: Box) -> Box:
    """At least half a millimetre each way, so a hairline rule still shows a highlight."""
    return Box(box.x_mm, box.y_mm, max(box.width_mm, 0.5), max(box.height_mm, 0.5))


def page_of_frame(layout: DocumentLayout, frame_id: str) -> int | None:
    for page in layout.pages:
        if any(item.frame_id == frame_id for item in page.items):
            return page.number
    return None


def counts(product: Product) -> dict[Severity, int]:
    result = dict.fromkeys(Severity, 0)
    for issue in product.issues:
        result[issue.severity] += 1
    return result
