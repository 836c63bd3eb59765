"""The PROOF mark: so sample or unchecked data can never pass as a final file.

Outlined letters across the page keep the design readable underneath, and a
band inside the trim says in words why this is a proof. Layout sizes and
places both (``designer.layout.proof``); this draws them.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from designer.layout.proof import ProofBand, ProofMark
from designer.model.colour import CMYK
from designer.render.page import PageFrame
from designer.render.pdf_colours import cmyk

PROOF_COLOUR = CMYK(0, 85, 90, 0)


def draw_proof_mark(canvas: Canvas, frame: PageFrame, font: str, mark: ProofMark) -> None:
    """The word as layout sized and turned it, in outline: the poster stays readable through it."""
    canvas.saveState()
    canvas.setStrokeColor(cmyk(PROOF_COLOUR))
    canvas.setFillColor(cmyk(PROOF_COLOUR))
    canvas.setLineWidth(mark.line_width_pt)
    canvas.translate(frame.x(mark.centre_x_mm), frame.y(mark.centre_y_mm))
    canvas.rotate(mark.angle_deg)
    text = canvas.beginText()
    text.setTextRenderMode(1)  # stroke only
    text.setFont(font, mark.size_pt)
    text.setTextOrigin(-mark.width_pt / 2, -mark.drop_pt)
    text.textOut(mark.word)
    canvas.drawText(text)
    canvas.restoreState()


def draw_proof_band(canvas: Canvas, frame: PageFrame, font: str, band: ProofBand) -> None:
    """The small type at the top of the trim saying why this is a proof, as layout placed it."""
    canvas.setFillColor(cmyk(PROOF_COLOUR))
    canvas.setFont(font, band.size_pt)
    for line in band.lines:
        canvas.drawString(frame.x(line.x_mm), frame.y(line.baseline_mm), line.text)
