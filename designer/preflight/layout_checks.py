"""Preflight before rendering: checks on the layout, fast enough for every keystroke.

Layout has already decided everything that will print, so each rule reads
placed items and compares numbers; nothing is drawn or measured again (the
only costly step, a colour's ICC conversion, is cached per colour). Rules are
small generators, one per rule id, grouped by the kind of item they look at:

- ``layout_text``: text.overflow, text.shrunk, text.missing-glyph,
  text.too-small, text.legibility, text.four-colour-black, contrast.low,
  text.omitted, text.lone-word
- ``layout_area``: safe.outside, safe.fold, bleed.outside
- ``layout_folds``: colour.fold-edge
- ``layout_graphics``: qr.empty, qr.too-small, qr.quiet-zone,
  qr.error-correction, line.too-thin, image.resolution
- here: region.unverified, region.review-due, ink.total
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar, assert_never

from designer.layout.placed import (
    DocumentLayout,
    Placed,
    PlacedImage,
    PlacedQR,
    PlacedRect,
    PlacedRule,
    PlacedText,
)
from designer.model.colour import CMYK
from designer.model.printer import PrinterProfile
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.layout_area import AREA_RULES, beyond_bleed
from designer.preflight.layout_context import Spot, colour_name
from designer.preflight.layout_folds import RECT_RULES
from designer.preflight.layout_graphics import IMAGE_RULES, QR_RULES, RULE_RULES
from designer.preflight.layout_text import TEMPLATE_OWNER, TEXT_RULES

Issues = Iterator[PreflightIssue]
T = TypeVar("T")


def check_layout(layout: DocumentLayout, printer: PrinterProfile) -> list[PreflightIssue]:
    """Every finding on ``layout`` for ``printer``: document first, then items in drawing order."""
    issues = list(region_issues(layout))
    for page in layout.pages:
        for index, item in enumerate(page.items):
            issues.extend(item_issues(item, Spot(layout, printer, page, index)))
    issues.extend(ink_total(layout, printer))
    return issues


def apply(rules: Iterable[Callable[[T, Spot], Issues]], item: T, spot: Spot) -> Issues:
    for rule in rules:
        yield from rule(item, spot)


def item_issues(item: Placed, spot: Spot) -> Issues:
    if isinstance(item, PlacedText):
        yield from apply(TEXT_RULES, item, spot)
    elif isinstance(item, PlacedQR):
        yield from apply(QR_RULES, item, spot)
    elif isinstance(item, PlacedRule):
        yield from apply(RULE_RULES, item, spot)
    elif isinstance(item, PlacedImage):
        yield from apply(IMAGE_RULES, item, spot)
    elif isinstance(item, PlacedRect):
        yield from apply(RECT_RULES, item, spot)
    else:
        assert_never(item)  # a new kind of item gets its rules here
    if isinstance(item, PlacedText | PlacedQR | PlacedImage):
        yield from apply(AREA_RULES, item, spot)
    yield from beyond_bleed(item, spot)


def region_issues(layout: DocumentLayout) -> Issues:
    name = layout.region_name
    fix = (
        f"record a verification of the contact details for {name}, checked with the services "
        "themselves (designer regions verify); until then only proofs can be made"
    )
    if not layout.region_verified:
        message = f"the contact details for {name} have not been verified"
        yield PreflightIssue(
            severity=Severity.ERROR,
            rule="region.unverified",
            message=message,
            fix=fix,
            element=layout.region_id,
        )
    elif not layout.region_review_ok:
        message = f"the contact details for {name} are past their review date"
        yield PreflightIssue(
            severity=Severity.ERROR,
            rule="region.review-due",
            message=message,
            fix=fix,
            element=layout.region_id,
        )


def painted(layout: DocumentLayout) -> Iterator[tuple[int, str, CMYK, str]]:
    """(page, colour name, colour, what uses it) for every palette colour that prints."""
    for page in layout.pages:
        if page.background is not None:
            name = colour_name(layout, page.background)
            yield page.number, name, page.background, f"the {page.name} page background"
        for item in page.items:
            if isinstance(item, PlacedText | PlacedRect | PlacedRule):
                yield page.number, item.colour_name, item.colour, item.frame_id


def over_limit(layout: DocumentLayout, limit: float) -> dict[str, tuple[int, CMYK, list[str]]]:
    """Colours above the ink limit by name: first page, value, and everything using them."""
    found: dict[str, tuple[int, CMYK, list[str]]] = {}
    for page, name, colour, user in painted(layout):
        if colour.total_ink > limit:
            found.setdefault(name, (page, colour, []))[2].append(user)
    return found


def ink_total(layout: DocumentLayout, printer: PrinterProfile) -> Issues:
    limit = printer.ink_limit
    for name, (page, colour, users) in over_limit(layout, limit).items():
        yield PreflightIssue(
            severity=Severity.ERROR,
            rule="ink.total",
            message=(
                f"the colour '{name}' ({colour}) puts {colour.total_ink:g} % ink on the paper, "
                f"more than this press allows; it smudges and dries badly "
                f"(used by {', '.join(users)})"
            ),
            fix="the colour needs less ink: " + TEMPLATE_OWNER,
            page=page,
            element=name,
            measured=f"{colour.total_ink:g} %",
            limit=f"{limit:g} %",
        )
