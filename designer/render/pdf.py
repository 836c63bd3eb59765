"""Draw a laid-out document with ReportLab. Decides nothing: layout already did.

The output is plain ReportLab PDF with exact page boxes; ``designer.render.pdfx``
finishes it as PDF/X. ``rl_config.invariant`` keeps the bytes stable for the
same input, so tests can compare files and batches are reproducible.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import assert_never

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from designer.layout.imprint import Imprint
from designer.layout.placed import (
    DocumentLayout,
    PageLayout,
    Placed,
    PlacedImage,
    PlacedQR,
    PlacedRect,
    PlacedRule,
    PlacedText,
)
from designer.layout.proof import ProofBand, ProofMark
from designer.layout.slug import slug_lines
from designer.model.colour import BLACK_TEXT
from designer.model.printer import PrinterProfile
from designer.render.encoded_image import ImageCanvas, draw_encoded_form, form_name
from designer.render.fixed_content import qr_form, subsets_once
from designer.render.marks import draw_crop_marks, draw_fold_marks, draw_slug
from designer.render.page import PageFrame
from designer.render.pdf_colours import cmyk, only_cmyk
from designer.render.proof import draw_proof_band, draw_proof_mark

rl_config.invariant = 1
# Binary streams: ASCII85 makes files 25 % larger and its pure-Python encoder is slow.
rl_config.useA85 = 0


def render_pdf(
    layout: DocumentLayout,
    printer: PrinterProfile,
    *,
    proof_band: ProofBand | None = None,
    proof_mark: ProofMark | None = None,
    slug_font: str,
    trace_line: str = "",
    imprints: Sequence[Imprint] = (),
) -> bytes:
    """PDF bytes of every page; a proof carries the PROOF mark and band layout planned.

    ``trace_line`` joins the job line in the slug; ``imprints`` (placed by layout)
    carry the same trace inside the page when there is no slug.
    """
    frame = PageFrame.for_printer(layout.trim, printer)
    fonts = {i.font_name for p in layout.pages for i in p.items if isinstance(i, PlacedText)}
    subsets_once(sorted({*fonts, slug_font}))
    buffer = io.BytesIO()
    canvas = ImageCanvas(
        buffer,
        pagesize=frame.media_pt,
        invariant=1,
        pageCompression=1,
        enforceColorSpace=only_cmyk,
        initialFontName=slug_font,  # never Helvetica: a built-in font is never embedded
        initialFontSize=6,
        initialLeading=7,
        trimBox=frame.trim_box,
        bleedBox=frame.bleed_box,
    )
    for page in layout.pages:
        _draw_page(canvas, frame, layout, page, printer)
        if proof_mark is not None:
            draw_proof_mark(canvas, frame, slug_font, proof_mark)
        if proof_band is not None:
            draw_proof_band(canvas, frame, slug_font, proof_band)
        if printer.crop_marks:
            draw_crop_marks(canvas, frame, printer)
            draw_fold_marks(canvas, frame, printer, page.folds_mm)
        if printer.has_slug:
            lines = slug_lines(layout, page, proof=proof_band is not None, trace_line=trace_line)
            draw_slug(canvas, frame, printer, lines, slug_font, page.folds_mm)
        for imprint in imprints:
            if imprint.page == page.number:
                _draw_imprint(canvas, frame, imprint, slug_font)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_imprint(canvas: Canvas, frame: PageFrame, imprint: Imprint, font: str) -> None:
    """The trace line, 100 % K overprinting, reading upwards from where layout put it."""
    canvas.saveState()
    canvas.setFillColor(cmyk(BLACK_TEXT))
    _overprint(canvas, True)
    canvas.setFont(font, imprint.size_pt)
    canvas.translate(frame.x(imprint.x_mm), frame.y(imprint.y_mm))
    canvas.rotate(90)
    canvas.drawString(0, 0, imprint.text)
    _overprint(canvas, False)
    canvas.restoreState()


def _draw_page(
    canvas: ImageCanvas,
    frame: PageFrame,
    layout: DocumentLayout,
    page: PageLayout,
    printer: PrinterProfile,
) -> None:
    if page.background is not None:
        canvas.setFillColor(cmyk(page.background))
        x0, y0, x1, y1 = frame.bleed_box
        canvas.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
    for item in page.items:
        _draw(canvas, frame, item, printer)


def _draw(canvas: ImageCanvas, frame: PageFrame, item: Placed, printer: PrinterProfile) -> None:
    if isinstance(item, PlacedText):
        _draw_text(canvas, frame, item)
    elif isinstance(item, PlacedRect):
        _draw_rect(canvas, frame, item)
    elif isinstance(item, PlacedRule):
        _draw_rule(canvas, frame, item)
    elif isinstance(item, PlacedQR):
        _draw_qr(canvas, frame, item)
    elif isinstance(item, PlacedImage):
        _draw_image(canvas, frame, item, printer)
    else:
        assert_never(item)  # a new placed type must be drawn here, not skipped


def _draw_rect(canvas: Canvas, frame: PageFrame, item: PlacedRect) -> None:
    box = item.box
    canvas.setFillColor(cmyk(item.colour))
    canvas.rect(
        frame.x(box.x_mm),
        frame.y(box.bottom_mm),
        frame.x(box.right_mm) - frame.x(box.x_mm),
        frame.y(box.y_mm) - frame.y(box.bottom_mm),
        stroke=0,
        fill=1,
    )


def _draw_rule(canvas: Canvas, frame: PageFrame, item: PlacedRule) -> None:
    canvas.setStrokeColor(cmyk(item.colour))
    canvas.setLineWidth(item.width_pt)
    canvas.line(frame.x(item.x1_mm), frame.y(item.y1_mm), frame.x(item.x2_mm), frame.y(item.y2_mm))


def _draw_text(canvas: Canvas, frame: PageFrame, item: PlacedText) -> None:
    # Black text overprints so a slight misregister never leaves a white halo.
    overprint = item.colour == BLACK_TEXT
    canvas.setFillColor(cmyk(item.colour))
    if overprint:
        _overprint(canvas, True)
    canvas.setFont(item.font_name, item.size_pt)
    for line in item.lines:
        canvas.drawString(frame.x(line.x_mm), frame.y(line.baseline_mm), line.text)
    if overprint:
        _overprint(canvas, False)


def _overprint(canvas: Canvas, on: bool) -> None:
    """Fill overprint with OPM 1: a 0/0/0/100 fill then leaves C, M and Y beneath untouched.

    Without OPM 1 a DeviceCMYK fill's zero components still knock out the inks below,
    so /op alone would print black text on a white hole.
    """
    canvas._setOverprintMask(on)
    canvas._setFillOverprint(on)


def _draw_qr(canvas: Canvas, frame: PageFrame, item: PlacedQR) -> None:
    """The code as a form written once per process (``fixed_content``), drawn with one ``Do``."""
    form = qr_form(item, frame)
    draw_encoded_form(canvas, form_name(form.stream), form.stream, form.bbox)


def _draw_image(
    canvas: ImageCanvas, frame: PageFrame, item: PlacedImage, printer: PrinterProfile
) -> None:
    # Imported here: Pillow's colour management is needed only by templates with images.
    from designer.render.images import prepare_image

    prepared = prepare_image(item.path, printer=printer)
    box = item.box
    canvas.draw_encoded_image(
        prepared.pdf_name,
        (prepared.width_px, prepared.height_px),
        prepared.pdf_stream,
        (
            frame.x(box.x_mm),
            frame.y(box.bottom_mm),
            frame.x(box.right_mm) - frame.x(box.x_mm),
            frame.y(box.y_mm) - frame.y(box.bottom_mm),
        ),
    )
