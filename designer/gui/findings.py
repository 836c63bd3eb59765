"""Connect preflight findings to what staff can see and touch. No Qt here.

A finding names a frame; staff edit fields. These helpers answer "which
frames does this field print in", "where is that frame", and "which reasons
against a final file are not already listed as findings".
"""

from __future__ import annotations

from designer.layout.placed import (
    DocumentLayout,
    PlacedImage,
    PlacedQR,
    PlacedRect,
    PlacedRule,
    PlacedText,
)
from designer.model.geometry import Box
from designer.model.placeholders import Placeholder, PlaceholderSyntaxError, parse
from designer.model.sizes import PaperSize
from designer.model.template import Template, TextFrame
from designer.preflight.issues import PreflightIssue, Severity
from designer.production import Product


def frames_of_field(template: Template, size: PaperSize, name: str) -> frozenset[str]:
    """Ids of the text frames whose copy prints the field ``name`` at ``size``."""
    layout = template.layouts.get(size)
    if layout is None:
        return frozenset()
    keys = {key for key, text in template.copy.items() if _uses_field(text, name)}
    return frozenset(
        frame.id
        for page in layout.pages
        for frame in page.frames
        if isinstance(frame, TextFrame) and frame.copy in keys
    )


def _uses_field(text: str, name: str) -> bool:
    try:
        parts = parse(text)
    except PlaceholderSyntaxError:
        return False
    return Placeholder("field", name) in parts


def field_findings(product: Product, frame_ids: frozenset[str]) -> tuple[PreflightIssue, ...]:
    """Errors and warnings about the frames a field prints in."""
    return tuple(
        issue
        for issue in product.issues
        if issue.element in frame_ids and issue.severity is not Severity.INFO
    )


def frame_box(layout: DocumentLayout, page: int, frame_id: str) -> Box | None:
    """Where frame ``frame_id`` sits on 1-based ``page``, in trim mm, or None."""
    if not 1 <= page <= len(layout.pages):
        return None
    for item in layout.pages[page - 1].items:
        if item.frame_id != frame_id:
            continue
        if isinstance(item, PlacedImage):
            return item.frame_box
        if isinstance(item, PlacedRule):
            return _rule_box(item)
        if isinstance(item, PlacedText | PlacedRect | PlacedQR):
            return item.box
    return None


def _rule_box(rule: PlacedRule) -> Box:
    x0, x1 = sorted((rule.x1_mm, rule.x2_mm))
    y0, y1 = sorted((rule.y1_mm, rule.y2_mm))
    return Box(x0, y0, max(x1 - x0, 0.5), max(y1 - y0, 0.5))


def page_of_frame(layout: DocumentLayout, frame_id: str) -> int | None:
    for page in layout.pages:
        if any(item.frame_id == frame_id for item in page.items):
            return page.number
    return None


def other_blockers(product: Product) -> tuple[str, ...]:
    """Reasons against a final file that no error finding already states."""
    errors = [issue for issue in product.issues if issue.severity is Severity.ERROR]
    stated = {issue.message for issue in errors}
    stated |= {f"{issue.message} ({issue.element})" for issue in errors if issue.element}
    return tuple(b for b in product.blockers if b not in stated)


def counts(product: Product) -> dict[Severity, int]:
    result = dict.fromkeys(Severity, 0)
    for issue in product.issues:
        result[issue.severity] += 1
    return result
