"""Where the slug's job lines go along the foot of the sheet: never across a fold mark.

The fold marks of a folded leaflet stand in the same strip below the bleed as
the slug. So the strip is cut at every fold (with clear space either side),
and each line's parts (split at `` | ``) flow from one stretch into the next,
at the largest slug size at which they all fit. A sheet with no folds is one
stretch: the line prints in one run, as before. Only if nothing fits even at
the smallest size does a line fall back to words, then to one run at the
smallest size in the first stretch (reported by the checks, never hidden).
What the lines say is composed here too (``slug_lines``); render only draws them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from msgspec import Struct

from designer.layout.placed import DocumentLayout, PageLayout

SLUG_SIZES = (6.0, 5.5, 5.0, 4.5, 4.0)
FOLD_CLEAR_MM = 2.0  # kept free either side of a fold mark
SEPARATOR = " | "

Measure = Callable[[str, float], float]  # (text, size in pt) -> width in mm
Stretch = tuple[float, float]  # (left, right) in mm from the trim's left edge


def slug_lines(
    layout: DocumentLayout, page: PageLayout, *, proof: bool, trace_line: str = ""
) -> tuple[str, ...]:
    """The slug's words for ``page``: the job line (and where the folds are), then the trace."""
    state = "PROOF - not for print" if proof else "final"
    job_line = (
        f"{layout.template_id} v{layout.template_version} | {layout.size.value} | "
        f"{layout.region_id} | {layout.produced.isoformat()} | "
        f"page {page.number}/{len(layout.pages)} ({page.name}) | {state}"
    )
    if page.folds_mm:
        job_line += SEPARATOR + fold_note(page.folds_mm)
    return (job_line, trace_line) if trace_line else (job_line,)


def fold_note(folds_mm: Sequence[float]) -> str:
    """``folds at 97, 197 mm from left``: the folds, in the slug's words."""
    return f"folds at {', '.join(f'{x:g}' for x in folds_mm)} mm from left"


class SlugRun(Struct, frozen=True):
    x_mm: float  # left end, from the trim's left edge
    text: str


class SlugLine(Struct, frozen=True):
    size_pt: float
    runs: tuple[SlugRun, ...]


def stretches(left_mm: float, right_mm: float, folds_mm: Sequence[float]) -> list[Stretch]:
    """The strip from ``left_mm`` to ``right_mm`` with each fold and its clear space cut out."""
    found: list[Stretch] = []
    start = left_mm
    for fold in sorted(f for f in folds_mm if left_mm < f < right_mm):
        if fold - FOLD_CLEAR_MM > start:
            found.append((start, fold - FOLD_CLEAR_MM))
        start = max(start, fold + FOLD_CLEAR_MM)
    if right_mm > start:
        found.append((start, right_mm))
    return found


def plan_slug_line(text: str, room: Sequence[Stretch], measure: Measure) -> SlugLine:
    """``text`` set in the stretches of ``room``: parts first, then words, largest size first."""
    for parts, joiner in ((text.split(SEPARATOR), SEPARATOR), (text.split(" "), " ")):
        for size in SLUG_SIZES:
            runs = _flow(parts, joiner, room, partial(_width, measure, size))
            if runs is not None:
                return SlugLine(size, runs)
    return SlugLine(SLUG_SIZES[-1], (SlugRun(room[0][0] if room else 0.0, text),))


def _width(measure: Measure, size: float, text: str) -> float:
    return measure(text, size)


def _flow(
    parts: Sequence[str], joiner: str, room: Sequence[Stretch], width: Callable[[str], float]
) -> tuple[SlugRun, ...] | None:
    """Runs filling the stretches in order, or None if the parts do not all fit."""
    runs: list[SlugRun] = []
    index, current = 0, ""
    for part in parts:
        while index < len(room):
            candidate = f"{current}{joiner}{part}" if current else part
            if width(candidate) <= room[index][1] - room[index][0]:
                current = candidate
                break
            if current:
                runs.append(SlugRun(room[index][0], current))
                current = ""
            index += 1  # an empty stretch too narrow for this part: try the next one
        else:
            return None
    if current:
        runs.append(SlugRun(room[index][0], current))
    return tuple(runs)
