"""Rules for QR codes, rules (lines) and images: can it be scanned, held, seen sharp."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import assert_never

from designer.layout.placed import Placed, PlacedImage, PlacedQR, PlacedRect, PlacedRule, PlacedText
from designer.model.colour import CMYK
from designer.model.geometry import Box
from designer.model.sizes import PaperSize
from designer.model.template import QRLevel
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.layout_context import Spot, issue, line_boxes, overlaps
from designer.preflight.layout_text import TEMPLATE_OWNER

Issues = Iterator[PreflightIssue]

# Printed width of the code itself: the scanning distance divided by 10 (PRINT.md).
QR_MIN_MM = {
    PaperSize.A5: 20.0,
    PaperSize.A4: 20.0,
    PaperSize.DL: 20.0,
    PaperSize.DL_TRIFOLD: 20.0,
    PaperSize.A3: 30.0,
    PaperSize.A2: 40.0,
}
QR_QUIET_MODULES = 4
QR_LEVELS = tuple(QRLevel)  # error correction, weakest first
QR_MIN_LEVEL = QRLevel.M
MULTI_INK_LINE_PT = 0.5  # several plates must register on one hairline


def qr_empty(item: PlacedQR, spot: Spot) -> Issues:
    if item.modules:
        return
    yield issue(
        spot,
        Severity.ERROR,
        "qr.empty",
        item.frame_id,
        message=f"the QR code '{item.frame_id}' has nothing to point to: its address is empty",
        fix="fill in the web address for this area, or ask the template's owner",
    )


def qr_too_small(item: PlacedQR, spot: Spot) -> Issues:
    limit = QR_MIN_MM[spot.layout.size]
    width = item.code_width_mm
    if not item.modules or width >= limit - 0.05:
        return
    yield issue(
        spot,
        Severity.ERROR,
        "qr.too-small",
        item.frame_id,
        message=f"the QR code '{item.frame_id}' is {width:.1f} mm wide; at "
        f"{spot.layout.size.value} phones need at least {limit:g} mm to scan it from a distance",
        fix="a shorter web address makes a simpler code; otherwise " + TEMPLATE_OWNER,
        measured=f"{width:.1f} mm",
        limit=f"{limit:g} mm",
    )


def qr_quiet_modules(item: PlacedQR, spot: Spot) -> Issues:
    if item.quiet_modules >= QR_QUIET_MODULES:
        return
    yield issue(
        spot,
        Severity.ERROR,
        "qr.quiet-zone",
        item.frame_id,
        message=f"the QR code '{item.frame_id}' has a white border of {item.quiet_modules} "
        f"squares; phones need {QR_QUIET_MODULES} to find it",
        fix=TEMPLATE_OWNER,
        measured=f"{item.quiet_modules} modules",
        limit=f"{QR_QUIET_MODULES} modules",
    )


def footprint(item: Placed) -> tuple[Box, ...]:
    """The areas an item covers: each line of text, a rule's stroke, any other box."""
    if isinstance(item, PlacedText):
        return line_boxes(item)
    if isinstance(item, PlacedRule):
        return (item.stroke_box,)
    if isinstance(item, PlacedRect | PlacedQR | PlacedImage):
        return (item.box,)
    assert_never(item)


def is_background(other: Placed, index: int, qr: PlacedQR, spot: Spot) -> bool:
    """A filled rectangle drawn before the code and wholly behind it does it no harm."""
    return isinstance(other, PlacedRect) and index < spot.index and other.box.contains(qr.box)


def intruders(qr: PlacedQR, spot: Spot) -> Iterator[str]:
    for index, other in spot.others:
        if is_background(other, index, qr, spot):
            continue
        if any(overlaps(qr.box, box) for box in footprint(other)):
            yield other.frame_id


def qr_overlap(item: PlacedQR, spot: Spot) -> Issues:
    for other in intruders(item, spot):
        yield issue(
            spot,
            Severity.ERROR,
            "qr.quiet-zone",
            item.frame_id,
            message=f"'{other}' overlaps the QR code '{item.frame_id}' or the white border "
            "it needs, so phones may not scan it",
            fix="shorten the text if it runs into the code; otherwise " + TEMPLATE_OWNER,
            measured=f"overlapped by {other}",
            limit="nothing within the code's white border",
        )


def qr_error_correction(item: PlacedQR, spot: Spot) -> Issues:
    level = item.error_correction.upper()
    if level in QR_LEVELS and QR_LEVELS.index(level) >= QR_LEVELS.index(QR_MIN_LEVEL):
        return
    yield issue(
        spot,
        Severity.ERROR,
        "qr.error-correction",
        item.frame_id,
        message=f"the QR code '{item.frame_id}' uses error correction {level}; a scuffed "
        f"or dirty poster needs {QR_MIN_LEVEL} or better",
        fix=TEMPLATE_OWNER,
        measured=level,
        limit=f"{QR_MIN_LEVEL} or better",
    )


def ink_count(colour: CMYK) -> int:
    return sum(1 for value in (colour.c, colour.m, colour.y, colour.k) if value > 0)


def line_limit_pt(item: PlacedRule, spot: Spot) -> float:
    thinnest = spot.printer.min_line_pt
    return max(thinnest, MULTI_INK_LINE_PT) if ink_count(item.colour) > 1 else thinnest


def line_too_thin(item: PlacedRule, spot: Spot) -> Issues:
    limit = line_limit_pt(item, spot)
    if item.width_pt >= limit - 0.005:
        return
    inks = ink_count(item.colour)
    yield issue(
        spot,
        Severity.ERROR,
        "line.too-thin",
        item.frame_id,
        message=f"the line '{item.frame_id}' is {item.width_pt:.2f} pt thick in "
        f"{item.colour_name} ({inks} ink{'s' if inks != 1 else ''}); it may break up in print",
        fix=TEMPLATE_OWNER,
        measured=f"{item.width_pt:.2f} pt",
        limit=f"{limit:g} pt",
    )


def image_resolution(item: PlacedImage, spot: Spot) -> Issues:
    ppi, low, target = item.ppi, spot.printer.min_ppi, spot.printer.target_ppi
    if ppi >= target - 0.5:
        return
    needed = math.ceil(target * item.box.width_mm / 25.4)
    yield issue(
        spot,
        Severity.ERROR if ppi < low else Severity.WARNING,
        "image.resolution",
        item.frame_id,
        message=f"the image in '{item.frame_id}' ({item.path.name}) has {ppi:.0f} pixels per "
        "inch at its printed size, so it will look "
        + ("blurred" if ppi < low else "slightly soft"),
        fix=f"use a larger version of the image, at least {needed} pixels wide; "
        "ask the template's owner if it is part of the design",
        measured=f"{ppi:.0f} ppi",
        limit=f"{low:g} ppi ({target:g} recommended)",
    )


QR_RULES = (qr_empty, qr_too_small, qr_quiet_modules, qr_overlap, qr_error_correction)
RULE_RULES = (line_too_thin,)
IMAGE_RULES = (image_resolution,)
