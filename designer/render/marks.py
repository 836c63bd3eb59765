"""Printer's marks drawn outside the bleed: crop marks, fold marks, the slug lines.

ReportLab's own ``cropMarks`` option scales the page and draws RGB marks, so
we draw our own: 0.25 pt in registration colour, starting beyond the bleed.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from designer.layout.slug import plan_slug_line, stretches
from designer.model.geometry import pt_to_mm
from designer.model.printer import PrinterProfile
from designer.render.page import PageFrame
from designer.render.pdf_colours import REGISTRATION

MARK_WIDTH_PT = 0.25


def draw_crop_marks(canvas: Canvas, frame: PageFrame, printer: PrinterProfile) -> None:
    start = printer.bleed_mm + printer.mark_offset_mm
    end = start + printer.mark_length_mm
    w, h = frame.trim.width_mm, frame.trim.height_mm
    _stroke_setup(canvas)
    for x in (0.0, w):
        for y0, y1 in ((-start, -end), (h + start, h + end)):
            canvas.line(frame.x(x), frame.y(y0), frame.x(x), frame.y(y1))
    for y in (0.0, h):
        for x0, x1 in ((-start, -end), (w + start, w + end)):
            canvas.line(frame.x(x0), frame.y(y), frame.x(x1), frame.y(y))


def draw_fold_marks(
    canvas: Canvas, frame: PageFrame, printer: PrinterProfile, folds_mm: tuple[float, ...]
) -> None:
    """Dashed marks above and below each fold, outside the bleed."""
    start = printer.bleed_mm + printer.mark_offset_mm
    end = start + printer.mark_length_mm
    h = frame.trim.height_mm
    _stroke_setup(canvas)
    canvas.setDash([2, 2])
    for x in folds_mm:
        canvas.line(frame.x(x), frame.y(-start), frame.x(x), frame.y(-end))
        canvas.line(frame.x(x), frame.y(h + start), frame.x(x), frame.y(h + end))
    canvas.setDash([])


def draw_slug(
    canvas: Canvas,
    frame: PageFrame,
    printer: PrinterProfile,
    text: str | Sequence[str],
    font: str,
    folds_mm: Sequence[float] = (),
) -> None:
    """Job lines below the bottom marks, never inside the bleed nor across a fold mark.

    The last line sits 2 mm above the sheet's edge, earlier lines above it; the
    lines end before the right-hand crop mark. The words come from layout
    (``designer.layout.slug.slug_lines``: with folds the first line says where
    they are, as the marks show it only at the sheet's edge, which is trimmed
    off); each line flows around the fold marks (``plan_slug_line``).
    """
    lines = [text] if isinstance(text, str) else [line for line in text if line]
    baseline = frame.trim.height_mm + printer.bleed_mm + printer.marks_margin_mm - 2.0
    left = printer.mark_offset_mm + printer.mark_length_mm
    room = stretches(left, frame.trim.width_mm - 1.0, folds_mm if printer.crop_marks else ())

    def measure(line: str, size: float) -> float:
        return pt_to_mm(canvas.stringWidth(line, font, size))

    canvas.setFillColor(REGISTRATION)
    for offset, line in enumerate(reversed(lines)):
        planned = plan_slug_line(line, room, measure)
        canvas.setFont(font, planned.size_pt)
        for run in planned.runs:
            y = frame.y(baseline - offset * SLUG_LEADING_MM)
            canvas.drawString(frame.x(run.x_mm), y, run.text)


SLUG_LEADING_MM = 2.4


def _stroke_setup(canvas: Canvas) -> None:
    canvas.setStrokeColor(REGISTRATION)
    canvas.setLineWidth(MARK_WIDTH_PT)
    canvas.setLineCap(0)
