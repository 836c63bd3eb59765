"""The PROOF mark: so sample or unchecked data can never pass as a final file.

Outlined letters across the page keep the design readable underneath, and a
band inside the trim says in words why this is a proof.
"""

from __future__ import annotations

import math

from reportlab.pdfgen.canvas import Canvas

from designer.layout.proof import ProofBand
from designer.model.colour import CMYK
from designer.render.colours import cmyk
from designer.render.page import PageFrame

PROOF_COLOUR = CMYK(0, 85, 90, 0)
WORD = "PROOF"


def draw_proof_mark(canvas: Canvas, frame: PageFrame, font: str, band: ProofBand) -> None:
    w, h = frame.trim.width_mm, frame.trim.height_mm
    diagonal_pt = (frame.x(w) - frame.x(0)) ** 2 + (frame.y(0) - frame.y(h)) ** 2
    size = math.sqrt(diagonal_pt) * 0.22
    canvas.saveState()
    canvas.setStrokeColor(cmyk(PROOF_COLOUR))
    canvas.setFillColor(cmyk(PROOF_COLOUR))
    canvas.setLineWidth(max(1.0, size / 60))
    canvas.translate(frame.x(w / 2), frame.y(h / 2))
    canvas.rotate(math.degrees(math.atan2(h, w)))
    text = canvas.beginText()
    text.setTextRenderMode(1)  # stroke only: the poster stays readable through it
    text.setFont(font, size)
    text.setTextOrigin(-canvas.stringWidth(WORD, font, size) / 2, -size * 0.35)
    text.textOut(WORD)
    canvas.drawText(text)
    canvas.restoreState()
    _draw_band(canvas, frame, font, band)


def _draw_band(canvas: Canvas, frame: PageFrame, font: str, band: ProofBand) -> None:
    """The small type at the top of the trim saying why this is a proof, as layout placed it."""
    canvas.setFillColor(cmyk(PROOF_COLOUR))
    canvas.setFont(font, band.size_pt)
    for line in band.lines:
        canvas.drawString(frame.x(line.x_mm), frame.y(line.baseline_mm), line.text)
