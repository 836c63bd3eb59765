"""The facts a PDF preflight judges, gathered in one pass.

By default everything is read in this process: pikepdf reads the page boxes
as declared, the XMP metadata, the syntax and stream check (qpdf's own
``--check``, ``pdf_inprocess``), the fonts (``pdf_fonts``), the images and
their placed resolution (``pdf_images``) and (through ``pdf_walk``) every
colour space and transparency use; the operators' bound (``ink_bound``)
settles the total ink. The external programs (qpdf, poppler, Ghostscript; see
``tools``) are the optional deeper check that ``Programs`` asks for: they run
concurrently on a small pool while this thread reads. A program that cannot
read the file, or a part of the file pikepdf cannot read, becomes a recorded
failure (a finding) rather than an exception; a program asked for but missing
raises.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from enum import Enum
from pathlib import Path
from typing import TypeVar

import pikepdf
from msgspec import Struct

from designer.model.printer import PdfxFlavour, PrinterProfile
from designer.preflight import pdf_inprocess, tools
from designer.preflight.ink_bound import InkBound, ink_bounds
from designer.preflight.issues import PreflightIssue
from designer.preflight.pdf_fixes import issue, malformed_issue
from designer.preflight.pdf_fonts import list_fonts
from designer.preflight.pdf_images import list_images
from designer.preflight.pdf_inprocess import IN_PROCESS, Programs
from designer.preflight.pdf_walk import MALFORMED, Use, Walker, describe, inherited, number, shown
from designer.preflight.tools import (
    FontInfo,
    ImageInfo,
    InkArea,
    InkPeak,
    PdfInfo,
    QpdfCheck,
    Rect,
    ToolMissingError,
)
from designer.preflight.work_limits import ink_budget

T = TypeVar("T")
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
XMP_IDS = ("DocumentID", "VersionID", "RenditionClass")
XMP_KEYS = {
    "pdfx": "{http://www.npes.org/pdfx/ns/id/}GTS_PDFXVersion",
    "trapped": "{http://ns.adobe.com/pdf/1.3/}Trapped",
    "DocumentID": "{http://ns.adobe.com/xap/1.0/mm/}DocumentID",
    "VersionID": "{http://ns.adobe.com/xap/1.0/mm/}VersionID",
    "RenditionClass": "{http://ns.adobe.com/xap/1.0/mm/}RenditionClass",
}


class InkCheck(Enum):
    """How the total ink is measured (see ``ink_bound`` for why a bound may do)."""

    RENDER = "render"  # always Ghostscript's CMYK render of every page
    BOUND_FIRST = "bound-first"  # the render only for pages the operators' bound cannot settle


class ExpectedGeometry(Struct, frozen=True):
    """What the layout asked for; checked against the boxes the file declares."""

    trim_width_mm: float
    trim_height_mm: float
    bleed_mm: float
    pages: int | None = None


class Boxes(Struct, frozen=True, kw_only=True):
    """Boxes as the page declares them (None when absent), unlike poppler's filled-in ones."""

    page: int
    rotation: int
    media: Rect
    crop: Rect
    trim: Rect | None
    bleed: Rect | None
    art: Rect | None
    unreadable: tuple[tuple[str, str], ...] = ()  # (box, its text) declared but not readable

    @property
    def finished(self) -> Rect:
        """The area whose edge is printed: BleedBox, else TrimBox, else MediaBox."""
        return self.bleed or self.trim or self.media


class Facts(Struct, frozen=True, kw_only=True):
    """Everything the rules judge; a tool that failed leaves its empty result and a failure."""

    pdf: pikepdf.Pdf
    printer: PrinterProfile
    expected: ExpectedGeometry | None
    boxes: tuple[Boxes, ...]
    uses: tuple[Use, ...]
    xmp: dict[str, str]
    qpdf: QpdfCheck
    info: PdfInfo
    fonts: tuple[FontInfo, ...]
    images: tuple[ImageInfo, ...]
    ink: tuple[InkPeak, ...]  # measured by the render, for the pages the bound did not settle
    failures: tuple[PreflightIssue, ...]
    unmeasured: tuple[InkBound, ...] = ()  # pages neither settled nor rendered (no Ghostscript)

    @property
    def x1a(self) -> bool:
        return self.printer.pdfx is PdfxFlavour.X1A


def gather(
    path: Path,
    pdf: pikepdf.Pdf,
    printer: PrinterProfile,
    expected: ExpectedGeometry | None,
    ink_check: InkCheck = InkCheck.RENDER,
    pdfinfo: bool = True,
    programs: Programs = IN_PROCESS,
) -> Facts:
    failures: list[PreflightIssue] = []
    # first: the warnings pikepdf met opening the file are part of qpdf's check
    own_check = QpdfCheck("ok", ()) if programs.qpdf else pdf_inprocess.qpdf_check(pdf)
    boxes = tuple(
        _safely(failures, f"The boxes of page {n}", _declared_boxes, n, page.obj)
        or _unknown_boxes(n)
        for n, page in enumerate(pdf.pages, 1)
    )
    areas = [_ink_area(b) for b in boxes]
    with ThreadPoolExecutor(max_workers=5, thread_name_prefix="preflight") as pool:
        # the programs start first: they run while this thread reads the operators' bounds
        qpdf = pool.submit(tools.qpdf_check, path) if programs.qpdf else _done(own_check)
        no_info = pdf_inprocess.pdf_info(pdf)
        poppler_info = programs.poppler and pdfinfo
        info = pool.submit(tools.pdfinfo, path) if poppler_info else _done(no_info)
        fonts = pool.submit(tools.pdffonts, path) if programs.poppler else _own(list_fonts, pdf)
        images = pool.submit(tools.pdfimages, path) if programs.poppler else _own(list_images, pdf)
        bound_first = ink_check is InkCheck.BOUND_FIRST or not programs.ghostscript
        bounds = _bounds(pdf, areas) if bound_first else ()
        settled = {b.page for b in bounds if b.within(printer.ink_limit)}
        to_render = [a for a in areas if a.page not in settled]
        to_render, unmeasured = ink_budget(to_render)  # pages and pixels capped: a warning each
        failures += unmeasured
        no_peaks: tuple[InkPeak, ...] = ()
        render = programs.ghostscript and to_render
        ink = pool.submit(tools.total_ink, path, to_render) if render else _done(no_peaks)
        uses = _safely(failures, "The colours and transparency", _uses, pdf) or ()
        xmp = _safely(failures, "The XMP metadata", _xmp_values, pdf) or {}
        return Facts(
            pdf=pdf,
            printer=printer,
            expected=expected,
            boxes=boxes,
            uses=uses,
            xmp=xmp,
            qpdf=_outcome(qpdf, QpdfCheck("ok", ()), failures, "The qpdf check"),
            info=_outcome(info, no_info, failures, "The pdfinfo report"),
            fonts=_outcome(fonts, (), failures, "The font list"),
            images=_outcome(images, (), failures, "The image list"),
            ink=_outcome(ink, (), failures, "The total ink"),
            failures=tuple(failures),
            # the pages the budget left out are named by its own warnings, not twice
            unmeasured=() if render else _unsettled(bounds, to_render, settled),
        )


def _own(read: Callable[[pikepdf.Pdf], T], pdf: pikepdf.Pdf) -> Future[T]:
    """An in-process reading as a finished future, its exception kept for ``_outcome``."""
    future: Future[T] = Future()
    try:
        future.set_result(read(pdf))
    except MALFORMED as exc:
        future.set_exception(exc)
    return future


def _unsettled(
    bounds: tuple[InkBound, ...], areas: list[InkArea], settled: set[int]
) -> tuple[InkBound, ...]:
    """The pages whose ink no one measured: the bound's word on each, or why it has none."""
    known = {b.page: b for b in bounds}
    return tuple(
        known.get(a.page, InkBound(a.page, None, "the drawing could not be read"))
        for a in areas
        if a.page not in settled
    )


def _bounds(pdf: pikepdf.Pdf, areas: list[InkArea]) -> tuple[InkBound, ...]:
    """The operators' bounds; a file they cannot read is left to the render (and its rules)."""
    try:
        return ink_bounds(pdf, areas)
    except MALFORMED:
        return ()


def _done(value: T) -> Future[T]:
    future: Future[T] = Future()
    future.set_result(value)
    return future


def _outcome(future: Future[T], empty: T, failures: list[PreflightIssue], what: str) -> T:
    """A tool's result; a tool that could not read the file becomes a failure, not a crash."""
    try:
        return future.result()
    except ToolMissingError:
        raise
    except tools.PreflightError as exc:
        failures.append(issue("pdf.structure", exc.message))
    except MALFORMED as exc:
        failures.append(malformed_issue(f"{what} could not be read", describe(exc)))
    return empty


def _safely(
    failures: list[PreflightIssue], what: str, read: Callable[..., T], *args: object
) -> T | None:
    """``read(*args)``, or None and a failure when the file holds something it cannot read."""
    try:
        return read(*args)
    except MALFORMED as exc:
        failures.append(malformed_issue(f"{what} could not be read", describe(exc)))
        return None


def _uses(pdf: pikepdf.Pdf) -> tuple[Use, ...]:
    return tuple(Walker().document(pdf))


def as_rect(value: object) -> Rect | None:
    """A PDF rectangle array as a ``Rect``; anything else (absent, malformed) as None."""
    if not isinstance(value, pikepdf.Array) or len(value) != 4:
        return None
    a, b, c, d = (number(v) for v in value)
    if a is None or b is None or c is None or d is None:
        return None
    return Rect.of(a, b, c, d)


_LETTER = Rect(0, 0, 612, 792)  # the default MediaBox of PDF readers


def _declared_boxes(page_number: int, page: pikepdf.Dictionary) -> Boxes:
    declared = {
        "MediaBox": inherited(page, "/MediaBox"),
        "CropBox": inherited(page, "/CropBox"),
        "TrimBox": page.get("/TrimBox"),
        "BleedBox": page.get("/BleedBox"),
        "ArtBox": page.get("/ArtBox"),
    }
    rects = {name: as_rect(value) for name, value in declared.items()}
    media = rects["MediaBox"] or _LETTER
    rotation = inherited(page, "/Rotate")
    return Boxes(
        page=page_number,
        rotation=int(rotation) % 360 if isinstance(rotation, int) else 0,
        media=media,
        crop=rects["CropBox"] or media,
        trim=rects["TrimBox"],
        bleed=rects["BleedBox"],
        art=rects["ArtBox"],
        unreadable=tuple(
            (name, shown(value))
            for name, value in declared.items()
            if value is not None and rects[name] is None
        ),
    )


def _unknown_boxes(page_number: int) -> Boxes:
    """The boxes of a page that could not be read at all: only a default MediaBox."""
    return Boxes(
        page=page_number, rotation=0, media=_LETTER, crop=_LETTER, trim=None, bleed=None, art=None
    )


def ink_areas(pdf: pikepdf.Pdf) -> list[InkArea]:
    """Where each page's ink is measured (for the bound and the render alike)."""
    return [_ink_area(_declared_boxes(n, page.obj)) for n, page in enumerate(pdf.pages, 1)]


def _ink_area(boxes: Boxes) -> InkArea:
    """Measure inside the BleedBox, so crop marks (100 % of every ink) never count."""
    area = boxes.finished
    measure = Rect(
        max(area.x0, boxes.media.x0),
        max(area.y0, boxes.media.y0),
        min(area.x1, boxes.media.x1),
        min(area.y1, boxes.media.y1),
    )
    return InkArea(
        page=boxes.page,
        media=boxes.media,
        measure=measure,
        trim=boxes.trim or area,
        rotation=boxes.rotation,
    )


def _xmp_values(pdf: pikepdf.Pdf) -> dict[str, str]:
    """Simple XMP properties, written as attributes or elements, by their full names."""
    stream = pdf.Root.get("/Metadata")
    if not isinstance(stream, pikepdf.Stream):
        return {}
    try:
        root = ET.fromstring(stream.read_bytes())
    except (ET.ParseError, pikepdf.PdfError):
        return {}
    values: dict[str, str] = {}
    for description in root.iter(f"{_RDF}Description"):
        values.update(description.attrib)
        values.update({c.tag: c.text.strip() for c in description if c.text and c.text.strip()})
    return values
