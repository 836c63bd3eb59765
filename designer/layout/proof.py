"""The PROOF mark and the words of a proof's band: sized and placed here, drawn by render.

The mark is the outlined word across the page's diagonal, sized from the
trim. The band says why a file is a proof. It sits at the top of the trim in
small type; with many reasons it shrinks, then wraps onto more lines, and all
of it prints.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from msgspec import Struct

from designer.fonts import FontMetrics, text_width_pt
from designer.layout.placed import TextLine
from designer.layout.text import fit_text
from designer.model.geometry import Box, mm_to_pt
from designer.model.sizes import TrimSize
from designer.model.template import TextFrame

BAND_SIZE_PT = 7.0
BAND_MIN_PT = 5.0
BAND_INSET_MM = 6.0
MARK_WORD = "PROOF"
MARK_SHARE_OF_DIAGONAL = 0.22  # big enough to be unmissable, small enough to read around


class ProofMark(Struct, frozen=True, kw_only=True):
    """The outlined word, centred on the trim and turned along its diagonal."""

    word: str
    size_pt: float
    angle_deg: float  # anticlockwise from the horizontal
    line_width_pt: float  # of the outline
    width_pt: float  # the word's advance at ``size_pt``: half of it left of the centre
    drop_pt: float  # the baseline below the centre, so the capitals sit across it
    centre_x_mm: float
    centre_y_mm: float


def plan_proof_mark(font: FontMetrics, trim: TrimSize) -> ProofMark:
    w, h = trim.width_mm, trim.height_mm
    size = math.sqrt(mm_to_pt(w) ** 2 + mm_to_pt(h) ** 2) * MARK_SHARE_OF_DIAGONAL
    return ProofMark(
        word=MARK_WORD,
        size_pt=size,
        angle_deg=math.degrees(math.atan2(h, w)),
        line_width_pt=max(1.0, size / 60),
        width_pt=text_width_pt(font, MARK_WORD, size),
        drop_pt=size * 0.35,
        centre_x_mm=w / 2,
        centre_y_mm=h / 2,
    )


class ProofBand(Struct, frozen=True):
    size_pt: float
    lines: tuple[TextLine, ...]


def plan_proof_band(reasons: Sequence[str], font: FontMetrics, trim: TrimSize) -> ProofBand:
    text = "PROOF - not for print: " + "; ".join(reasons)
    box = Box(BAND_INSET_MM, 2.0, trim.width_mm - 2 * BAND_INSET_MM, 8.0)
    frame = TextFrame(
        id="proof_band",
        box=box,
        copy="proof",
        font="band",
        size_pt=BAND_SIZE_PT,
        min_size_pt=BAND_MIN_PT,
        colour="proof",
    )
    fit = fit_text((text,), font, frame)
    return ProofBand(fit.size_pt, fit.lines)
