"""Fit text into a frame: break lines, shrink from the preferred size to the minimum.

Widths are additive (ReportLab draws TrueType text without kerning), so each
word is measured once at 1 pt and scaled. The largest size that fits, to
0.1 pt, is found by bisection; if even the minimum does not fit, the result
says by how many millimetres it overflows, and nothing is cut.
"""

from __future__ import annotations

import math
from functools import lru_cache

from msgspec import Struct

from designer.fonts import FontMetrics, text_width_pt
from designer.layout.placed import TextLine
from designer.model.geometry import pt_to_mm
from designer.model.template import Align, TextFrame, VAlign

GLUE = "\u00a0"  # no-break space: keeps a phone number on one line
_EPS_MM = 0.01
_PRECISION_PT = 0.1


class FitResult(Struct, frozen=True):
    size_pt: float
    lines: tuple[TextLine, ...]
    overflow_mm: float


class _Line(Struct, frozen=True):
    text: str
    width_pt: float  # at 1 pt
    paragraph_start: bool


@lru_cache(maxsize=4096)
def _unit_width(font: FontMetrics, text: str) -> float:
    return text_width_pt(font, text, 1.0)


@lru_cache(maxsize=1024)
def fit_text(paragraphs: tuple[str, ...], font: FontMetrics, frame: TextFrame) -> FitResult:
    """Lay ``paragraphs`` out in ``frame`` at the largest size that fits (cached per batch)."""
    size = frame.size_pt
    if _overflow(paragraphs, font, frame, size) > 0:
        size = _largest_fitting(paragraphs, font, frame)
    lines = _wrap_all(paragraphs, font, frame.box.width_mm, size)
    overflow = _overflow(paragraphs, font, frame, size)
    return FitResult(size, _place(lines, font, frame, size), overflow)


def _largest_fitting(paragraphs: tuple[str, ...], font: FontMetrics, frame: TextFrame) -> float:
    low, high = frame.min_size_pt, frame.size_pt
    if _overflow(paragraphs, font, frame, low) > 0:
        return low
    while high - low > _PRECISION_PT:
        mid = (low + high) / 2
        if _overflow(paragraphs, font, frame, mid) > 0:
            high = mid
        else:
            low = mid
    # Two decimals, rounded down, never below the template's minimum.
    return max(frame.min_size_pt, math.floor(low * 100) / 100)


def _overflow(
    paragraphs: tuple[str, ...], font: FontMetrics, frame: TextFrame, size: float
) -> float:
    """Millimetres by which the text exceeds the frame (height or width); 0 when it fits."""
    lines = _wrap_all(paragraphs, font, frame.box.width_mm, size)
    too_tall = _height_mm(lines, font, frame, size) - frame.box.height_mm
    widest = max((pt_to_mm(line.width_pt * size) for line in lines), default=0.0)
    too_wide = widest - frame.box.width_mm
    excess = max(too_tall, too_wide)
    return excess if excess > _EPS_MM else 0.0


def _height_mm(lines: list[_Line], font: FontMetrics, frame: TextFrame, size: float) -> float:
    if not lines:
        return 0.0
    pitch = frame.leading * size
    gaps = sum(1 for line in lines[1:] if line.paragraph_start)
    height_pt = (font.ascent - font.descent) * size + (len(lines) - 1) * pitch
    return pt_to_mm(height_pt + gaps * frame.paragraph_space * pitch)


def _wrap_all(
    paragraphs: tuple[str, ...], font: FontMetrics, width_mm: float, size: float
) -> list[_Line]:
    limit = width_mm / pt_to_mm(size)  # the frame width in units of 1 pt text
    lines: list[_Line] = []
    for paragraph in paragraphs:
        for i, chunk in enumerate(paragraph.split("\n")):
            lines.extend(_wrap(chunk, font, limit, paragraph_start=(i == 0)))
    return lines


def _wrap(text: str, font: FontMetrics, limit: float, *, paragraph_start: bool) -> list[_Line]:
    """Greedy line breaking at plain spaces; a word wider than the frame keeps a line of its own.

    A no-break space (``GLUE``, e.g. inside a phone number) never breaks; it prints
    as an ordinary space, which has the same width in our fonts.
    """
    space = _unit_width(font, " ")
    lines: list[_Line] = []
    words: list[str] = []
    width = 0.0
    for word in (w for w in text.split(" ") if w):
        w = _unit_width(font, word)
        if words and width + space + w > limit:
            lines.append(_line(words, width, paragraph_start and not lines))
            words, width = [], 0.0
        width = width + space + w if words else w
        words.append(word)
    lines.append(_line(words, width, paragraph_start and not lines))
    return lines


def _line(words: list[str], width: float, paragraph_start: bool) -> _Line:
    return _Line(" ".join(words).replace(GLUE, " "), width, paragraph_start)


def _place(
    lines: list[_Line], font: FontMetrics, frame: TextFrame, size: float
) -> tuple[TextLine, ...]:
    box = frame.box
    spare = max(0.0, box.height_mm - _height_mm(lines, font, frame, size))
    top = box.y_mm + {VAlign.TOP: 0.0, VAlign.MIDDLE: spare / 2, VAlign.BOTTOM: spare}[frame.valign]
    baseline = top + pt_to_mm(font.ascent * size)
    pitch = pt_to_mm(frame.leading * size)
    placed = []
    for i, line in enumerate(lines):
        if i and line.paragraph_start:
            baseline += frame.paragraph_space * pitch
        width = pt_to_mm(line.width_pt * size)
        placed.append(
            TextLine(line.text, _x(box.x_mm, box.width_mm, width, frame.align), baseline, width)
        )
        baseline += pitch
    return tuple(placed)


def _x(left: float, frame_width: float, line_width: float, align: Align) -> float:
    if align is Align.CENTER:
        return left + (frame_width - line_width) / 2
    if align is Align.RIGHT:
        return left + frame_width - line_width
    return left
