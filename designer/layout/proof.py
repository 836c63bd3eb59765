"""Where the words of a proof's band go: fitted like any other text, never cut.

The band says why a file is a proof. It sits at the top of the trim in small
type; with many reasons it shrinks, then wraps onto more lines, and all of
it prints.
"""

from __future__ import annotations

from collections.abc import Sequence

from msgspec import Struct

from designer.fonts import FontMetrics
from designer.layout.placed import TextLine
from designer.layout.text import fit_text
from designer.model.geometry import Box
from designer.model.sizes import TrimSize
from designer.model.template import TextFrame

BAND_SIZE_PT = 7.0
BAND_MIN_PT = 5.0
BAND_INSET_MM = 6.0


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
