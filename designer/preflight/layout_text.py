"""Rules for text frames: fit, size, glyphs, legibility, black and contrast.

Sizes are compared with a small tolerance: fitting rounds to 0.01 pt, and a
size scaled from A4 (12 pt x 297/210) is not exactly representable.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator

from designer.layout.placed import PlacedRect, PlacedText
from designer.model.colour import CMYK, WHITE
from designer.model.geometry import Box
from designer.model.placeholders import parse
from designer.model.region import CONTACT_FIELDS
from designer.model.template import TextRole
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.layout_context import Spot, colour_name, issue, line_boxes, prints_text
from designer.screen_colour import contrast_ratio

PT_TOLERANCE = 0.05
CLEAR_PRINT_PT = 12.0  # RNIB Clear Print minimum for body text, read at A4 distance
A4_WIDTH_MM = 210.0
FOUR_COLOUR_BLACK_BELOW_PT = 12.0
MIN_CONTRAST = 4.5
LEGIBILITY_ROLES = (TextRole.BODY, TextRole.CONTACT)  # headlines are large; small is imprints
TEMPLATE_OWNER = "ask the template's owner to change it; you cannot fix this in the form"

Issues = Iterator[PreflightIssue]


def overflow(item: PlacedText, spot: Spot) -> Issues:
    if item.overflow_mm <= 0:
        return
    yield issue(
        spot,
        Severity.ERROR,
        "text.overflow",
        item.frame_id,
        message=f"the text in '{item.frame_id}' does not fit: even at the smallest allowed "
        f"size ({item.min_pt:.1f} pt) it runs {item.overflow_mm:.1f} mm past its space",
        fix="shorten the text you typed for this part of the poster",
        measured=f"{item.overflow_mm:.1f} mm over",
        limit="0 mm",
    )


def shrunk(item: PlacedText, spot: Spot) -> Issues:
    if not prints_text(item) or item.size_pt >= item.requested_pt - PT_TOLERANCE:
        return
    yield issue(
        spot,
        Severity.INFO,
        "text.shrunk",
        item.frame_id,
        message=f"the text in '{item.frame_id}' was made smaller to fit: "
        f"{item.size_pt:.1f} pt instead of {item.requested_pt:.1f} pt",
        fix="nothing to do; shorten the text if you want it at full size",
        measured=f"{item.size_pt:.1f} pt",
        limit=f"{item.requested_pt:.1f} pt",
    )


def missing_glyphs(item: PlacedText, spot: Spot) -> Issues:
    for ch in item.missing_glyphs:
        code = f"U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed character')}"
        yield issue(
            spot,
            Severity.ERROR,
            "text.missing-glyph",
            item.frame_id,
            message=f"the typeface cannot print {ch!r} ({code}) in '{item.frame_id}'",
            fix="retype the text without that character, or ask the template's owner "
            "for a typeface that has it",
            measured=code,
        )


def too_small(item: PlacedText, spot: Spot) -> Issues:
    limit = spot.printer.min_text_pt
    if not prints_text(item) or item.size_pt >= limit - PT_TOLERANCE:
        return
    yield issue(
        spot,
        Severity.ERROR,
        "text.too-small",
        item.frame_id,
        message=f"the text in '{item.frame_id}' is {item.size_pt:.1f} pt, smaller than "
        f"the press can print clearly ({limit:g} pt)",
        fix="shorten the text so it fits at a larger size; if it is already short, "
        + TEMPLATE_OWNER,
        measured=f"{item.size_pt:.1f} pt",
        limit=f"{limit:g} pt",
    )


def legibility_limit_pt(short_side_mm: float) -> float:
    """12 pt at A4 and smaller sizes (read as close); larger posters are read from further.

    Measured on the short side, so a landscape A4 leaflet counts as A4, not as A3.
    """
    return CLEAR_PRINT_PT * max(1.0, short_side_mm / A4_WIDTH_MM)


def legibility(item: PlacedText, spot: Spot) -> Issues:
    # A warning, not an error: Clear Print is guidance for readers, not a press
    # limit (text.too-small is that one), and an error would block the final
    # file, pushing staff to cut approved wording. They still see it on every edit.
    trim = spot.layout.trim
    limit = legibility_limit_pt(min(trim.width_mm, trim.height_mm))
    if item.role not in LEGIBILITY_ROLES or not prints_text(item):
        return
    if item.size_pt >= limit - PT_TOLERANCE:
        return
    yield issue(
        spot,
        Severity.WARNING,
        "text.legibility",
        item.frame_id,
        message=f"the text in '{item.frame_id}' is {item.size_pt:.1f} pt; at "
        f"{spot.layout.size.value} people with low vision need at least {limit:.1f} pt "
        "(12 pt at A4)",
        fix="shorten the text so it can be printed larger",
        measured=f"{item.size_pt:.1f} pt",
        limit=f"{limit:.1f} pt",
    )


def is_four_colour_black(colour: CMYK) -> bool:
    return colour.c > 0 and colour.m > 0 and colour.y > 0 and colour.k > 50


def four_colour_black(item: PlacedText, spot: Spot) -> Issues:
    small = item.size_pt < FOUR_COLOUR_BLACK_BELOW_PT - PT_TOLERANCE
    if not (small and prints_text(item) and is_four_colour_black(item.colour)):
        return
    yield issue(
        spot,
        Severity.ERROR,
        "text.four-colour-black",
        item.frame_id,
        message=f"the {item.size_pt:.1f} pt text in '{item.frame_id}' is printed in four "
        f"inks ({item.colour_name}: {item.colour}); the slightest misalignment on the "
        "press blurs small text",
        fix="text under 12 pt must be plain black (K100): " + TEMPLATE_OWNER,
        measured=str(item.colour),
        limit=f"black ink only below {FOUR_COLOUR_BLACK_BELOW_PT:g} pt",
    )


def grounds_of(item: PlacedText, spot: Spot) -> set[tuple[CMYK, str]]:
    """Everything the text is read against: under each line, the topmost shape drawn below.

    A line that runs off a dark band onto paper is read against both, so each
    counts; the frame's declared background counts too.
    """
    grounds = set()
    if item.background is not None:
        grounds.add((item.background, colour_name(spot.layout, item.background)))
    for line in line_boxes(item):
        grounds.add(_ground_under(line, spot))
    return grounds


def _ground_under(line: Box, spot: Spot) -> tuple[CMYK, str]:
    for below in spot.below:
        if isinstance(below, PlacedRect) and below.box.intersects(line):
            return below.colour, below.colour_name
    if spot.page.background is not None:
        return spot.page.background, colour_name(spot.layout, spot.page.background)
    return WHITE, "paper white"


def contrast(item: PlacedText, spot: Spot) -> Issues:
    if not prints_text(item):
        return
    ratio, ground_name = min(
        (contrast_ratio(item.colour, ground), name) for ground, name in grounds_of(item, spot)
    )
    if ratio >= MIN_CONTRAST:
        return
    yield issue(
        spot,
        Severity.ERROR,
        "contrast.low",
        item.frame_id,
        message=f"the text in '{item.frame_id}' ({item.colour_name} on {ground_name}) is "
        f"too faint to read easily: contrast {ratio:.1f}:1",
        fix="the colours need more contrast: " + TEMPLATE_OWNER,
        measured=f"{ratio:.2f}:1",
        limit=f"{MIN_CONTRAST:g}:1",
    )


def in_words(source: str) -> str:
    """Copy with its placeholders named for people: ``{region.local.phone}`` -> [local phone]."""
    parts = parse(source)
    return "".join(p if isinstance(p, str) else f"[{_WORDS.get(p.name, p.name)}]" for p in parts)


_WORDS = {
    "name": "area name",
    "gaelic_name": "Gaelic name",
    "health_board": "health board",
    **{
        f"{c}.{f}": f"{w} {f.replace('name', 'service name')}"
        for c, w in (("helpline", "helpline"), ("local", "local"))
        for f in CONTACT_FIELDS
    },
}


def omitted(item: PlacedText, spot: Spot) -> Issues:
    """An empty optional field is a note; a missing contact detail is a warning to look at."""
    for source in item.omitted:
        contact = "{region." in source
        yield issue(
            spot,
            Severity.WARNING if contact else Severity.INFO,
            "text.omitted",
            item.frame_id,
            message=f"in '{item.frame_id}', the line \u201c{in_words(source)}\u201d is left out "
            + (
                "because the region's record has no value for it"
                if contact
                else "because a value in it is empty"
            ),
            fix="add the missing detail to the region's record if the service has one"
            if contact
            else "nothing to do if that is intended; otherwise fill in the missing value",
        )


def lone_word(item: PlacedText, spot: Spot) -> Issues:
    """A word alone on a paragraph's last line that no other break or size could avoid."""
    for word in item.lone_words:
        yield issue(
            spot,
            Severity.INFO,
            "text.lone-word",
            item.frame_id,
            message=f"'{word}' stands alone on the last line of a paragraph in "
            f"'{item.frame_id}'; no other line break or size in the frame's range avoids it",
            fix="nothing to do; rewording the text you typed may avoid it",
            measured="1 word",
            limit="2 words or more",
        )


TEXT_RULES: tuple[Callable[[PlacedText, Spot], Issues], ...] = (
    overflow,
    shrunk,
    missing_glyphs,
    too_small,
    legibility,
    four_colour_black,
    contrast,
    omitted,
    lone_word,
)
