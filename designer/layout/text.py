"""Fit text into a frame: break lines, shrink from the preferred size to the minimum.

Widths are additive (ReportLab draws TrueType text without kerning), so each
word is measured once at 1 pt and scaled. The largest size that fits, to
0.1 pt, is found by bisection; if even the minimum does not fit, the result
says by how many millimetres it overflows, and nothing is cut.

Two refinements a typesetter would make:

- Names kept whole. A region's or service's name arrives with its spaces as
  ``KEEP`` (see ``content``): it breaks like one word, so the text shrinks
  within the frame's range before "Dumfries and / Galloway" splits. Only if
  the text cannot fit that way is it fitted again with ordinary spaces.
- No single word alone on a paragraph's last line ("illegal."): the last word
  of the line above moves down when that line keeps two words; failing that a
  smaller size within the frame's range is tried; failing that the word stays
  and the result names it, for a note.
"""

from __future__ import annotations

import math
from functools import lru_cache

from msgspec import Struct

from designer.fonts import FontMetrics, text_width_pt
from designer.layout.placed import TextLine
from designer.model.geometry import pt_to_mm
from designer.model.template import Align, TextFrame, VAlign

GLUE = "\u00a0"  # no-break space: keeps a phone number on one line, always
KEEP = "\ue000"  # layout-internal: a space inside a name, broken only if nothing else fits
_JOINERS = (GLUE, KEEP)
_EPS_MM = 0.01
_PRECISION_PT = 0.1


class FitResult(Struct, frozen=True):
    size_pt: float
    lines: tuple[TextLine, ...]
    overflow_mm: float
    lone_words: tuple[str, ...] = ()  # single-word last lines that could not be avoided


class _Line(Struct, frozen=True):
    text: str
    width_pt: float  # at 1 pt
    paragraph_start: bool
    lone: bool = False  # one word alone as the last line of a wrapped paragraph


@lru_cache(maxsize=4096)
def _unit_width(font: FontMetrics, text: str) -> float:
    return text_width_pt(font, text.replace(KEEP, " "), 1.0)


@lru_cache(maxsize=1024)
def fit_text(paragraphs: tuple[str, ...], font: FontMetrics, frame: TextFrame) -> FitResult:
    """Lay ``paragraphs`` out in ``frame`` at the largest size that fits (cached per batch)."""
    kept = _fit(paragraphs, font, frame)
    if kept.overflow_mm <= 0 or not any(KEEP in p for p in paragraphs):
        return kept
    loose = _fit(tuple(p.replace(KEEP, " ") for p in paragraphs), font, frame)
    return loose if loose.overflow_mm < kept.overflow_mm else kept


def _fit(paragraphs: tuple[str, ...], font: FontMetrics, frame: TextFrame) -> FitResult:
    size = frame.size_pt
    if _overflow(paragraphs, font, frame, size) > 0:
        size = _largest_fitting(paragraphs, font, frame)
    overflow = _overflow(paragraphs, font, frame, size)
    lines = _wrap_all(paragraphs, font, frame.box.width_mm, size)
    if overflow <= 0 and _lone_words(lines):
        size = _size_without_lone_words(paragraphs, font, frame, size)
        lines = _wrap_all(paragraphs, font, frame.box.width_mm, size)
    return FitResult(size, _place(lines, font, frame, size), overflow, _lone_words(lines))


LONE_STEP_PT = 0.25  # smaller sizes tried, in steps, to pull a lone word up


def _size_without_lone_words(
    paragraphs: tuple[str, ...], font: FontMetrics, frame: TextFrame, size: float
) -> float:
    """The largest size below ``size`` (to the frame's minimum) that fits with no lone word."""
    trials = []
    trial = size - LONE_STEP_PT
    while trial > frame.min_size_pt:
        trials.append(trial)
        trial -= LONE_STEP_PT
    if size > frame.min_size_pt:
        trials.append(frame.min_size_pt)
    for trial in trials:
        lines = _wrap_all(paragraphs, font, frame.box.width_mm, trial)
        if not _lone_words(lines) and _overflow(paragraphs, font, frame, trial) <= 0:
            return trial
    return size


def _lone_words(lines: list[_Line]) -> tuple[str, ...]:
    return tuple(line.text for line in lines if line.lone)


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

    A no-break space (``GLUE``, e.g. inside a phone number) never breaks, nor
    does ``KEEP`` (inside a name); both print as an ordinary space, which has the
    same width in our fonts. A last line of one word takes the word before it
    when the line above keeps two words and the pair fits.
    """
    space = _unit_width(font, " ")
    rows: list[list[str]] = [[]]
    width = 0.0
    for word in (w for w in text.split(" ") if w):
        w = _unit_width(font, word)
        if rows[-1] and width + space + w > limit:
            rows.append([])
        width = width + space + w if rows[-1] else w
        rows[-1].append(word)
    _pull_down(rows, font, limit, space)
    lines = [_line(words, font, space, paragraph_start and i == 0) for i, words in enumerate(rows)]
    if len(rows) > 1 and _is_lone(rows[-1]):
        lines[-1] = _Line(lines[-1].text, lines[-1].width_pt, lines[-1].paragraph_start, True)
    return lines


def _is_lone(words: list[str]) -> bool:
    """One plain word (a kept name or a phone number is not one word)."""
    return len(words) == 1 and not any(j in words[0] for j in _JOINERS)


def _pull_down(rows: list[list[str]], font: FontMetrics, limit: float, space: float) -> None:
    if len(rows) < 2 or not _is_lone(rows[-1]) or len(rows[-2]) < 3:
        return
    pair = [rows[-2][-1], rows[-1][0]]
    if sum(_unit_width(font, w) for w in pair) + space <= limit:
        rows[-2].pop()
        rows[-1] = pair


def _line(words: list[str], font: FontMetrics, space: float, paragraph_start: bool) -> _Line:
    width = sum(_unit_width(font, w) for w in words) + space * max(0, len(words) - 1)
    text = " ".join(words)
    for joiner in _JOINERS:
        text = text.replace(joiner, " ")
    return _Line(text, width, paragraph_start)


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
