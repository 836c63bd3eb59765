"""Preflight of a finished PDF, ours or anyone's, returned as findings.

Key idea: gather facts first, then judge. The external tools (qpdf, poppler,
Ghostscript; see ``tools``) run concurrently on a small pool while pikepdf walks
the object tree for page boxes, colour spaces, transparency and PDF/X keys in
this thread; each rule is then a small function from those facts to findings
with the measured value, the limit and what to do. A file that cannot be read
at all gives one finding, never an exception; a missing tool raises.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pikepdf

from designer.model.geometry import MM_PER_PT
from designer.model.printer import PdfxFlavour, PrinterProfile
from designer.preflight import tools
from designer.preflight.issues import PreflightIssue, Severity
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

T = TypeVar("T")
ERROR, WARNING = Severity.ERROR, Severity.WARNING
TOLERANCE_MM = 0.1
INK_TOLERANCE = 1.0  # percent: an 8-bit render rounds each of four inks by up to 0.2 %
BITMAP_TARGET_PPI = 600.0
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_XMP_IDS = ("DocumentID", "VersionID", "RenditionClass")
_XMP_KEYS = {
    "pdfx": "{http://www.npes.org/pdfx/ns/id/}GTS_PDFXVersion",
    "trapped": "{http://ns.adobe.com/pdf/1.3/}Trapped",
    "DocumentID": "{http://ns.adobe.com/xap/1.0/mm/}DocumentID",
    "VersionID": "{http://ns.adobe.com/xap/1.0/mm/}VersionID",
    "RenditionClass": "{http://ns.adobe.com/xap/1.0/mm/}RenditionClass",
}


@dataclass(frozen=True, slots=True)
class ExpectedGeometry:
    """What the layout asked for; checked against the boxes the file declares."""

    trim_width_mm: float
    trim_height_mm: float
    bleed_mm: float
    pages: int | None = None


@dataclass(frozen=True, slots=True)
class _Boxes:
    """Boxes as the page declares them (None when absent), unlike poppler's filled-in ones."""

    page: int
    rotation: int
    media: Rect
    crop: Rect
    trim: Rect | None
    bleed: Rect | None
    art: Rect | None

    @property
    def finished(self) -> Rect:
        """The area whose edge is printed: BleedBox, else TrimBox, else MediaBox."""
        return self.bleed or self.trim or self.media


@dataclass(frozen=True, slots=True)
class _Use:
    """One thing the object walk saw: a colour family, transparency, or an inline filter."""

    tag: str  # "cs:DeviceRGB", "transparency", "filter:LZWDecode"
    element: str
    page: int = 0
    image: bool = False


@dataclass(frozen=True, slots=True)
class _Facts:
    pdf: pikepdf.Pdf
    printer: PrinterProfile
    expected: ExpectedGeometry | None
    boxes: tuple[_Boxes, ...]
    uses: tuple[_Use, ...]
    xmp: dict[str, str]
    qpdf: QpdfCheck
    info: PdfInfo
    fonts: tuple[FontInfo, ...]
    images: tuple[ImageInfo, ...]
    ink: tuple[InkPeak, ...]
    failures: tuple[str, ...]

    @property
    def x1a(self) -> bool:
        return self.printer.pdfx is PdfxFlavour.X1A


def preflight_pdf(
    path: Path, printer: PrinterProfile, *, expected: ExpectedGeometry | None = None
) -> list[PreflightIssue]:
    """Check a finished PDF against PRINT.md and the printer profile; errors first."""
    try:
        pdf = _open(path)
    except _Unreadable as exc:
        return [exc.issue]
    with pdf:
        facts = _gather(path, pdf, printer, expected)
        issues = dict.fromkeys(issue for rule in _RULES for issue in rule(facts))
    return sorted(issues, key=lambda i: i.severity is not ERROR)


class _Unreadable(Exception):
    def __init__(self, issue: PreflightIssue) -> None:
        super().__init__(issue.message)
        self.issue = issue


def _open(path: Path) -> pikepdf.Pdf:
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
        if b"%PDF-" not in head:
            raise _Unreadable(_unreadable(path, "it does not start like a PDF file"))
        return pikepdf.open(path)
    except pikepdf.PasswordError as exc:
        raise _Unreadable(_encrypted_issue("it needs a password to open")) from exc
    except (OSError, pikepdf.PikepdfError) as exc:
        raise _Unreadable(_unreadable(path, str(exc))) from exc


# --- gathering facts ---------------------------------------------------------------------------


def _gather(
    path: Path, pdf: pikepdf.Pdf, printer: PrinterProfile, expected: ExpectedGeometry | None
) -> _Facts:
    boxes = tuple(_declared_boxes(n, page.obj) for n, page in enumerate(pdf.pages, 1))
    failures: list[str] = []
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="preflight") as pool:
        ink = pool.submit(tools.total_ink, path, [_ink_area(b) for b in boxes])
        qpdf = pool.submit(tools.qpdf_check, path)
        info = pool.submit(tools.pdfinfo, path)
        fonts = pool.submit(tools.pdffonts, path)
        images = pool.submit(tools.pdfimages, path)
        uses = tuple(_Walker().document(pdf))
        xmp = _xmp_values(pdf)
        return _Facts(
            pdf=pdf,
            printer=printer,
            expected=expected,
            boxes=boxes,
            uses=uses,
            xmp=xmp,
            qpdf=_outcome(qpdf, QpdfCheck("ok", ()), failures),
            info=_outcome(info, PdfInfo(len(boxes), "", False, False, ()), failures),
            fonts=_outcome(fonts, (), failures),
            images=_outcome(images, (), failures),
            ink=_outcome(ink, (), failures),
            failures=tuple(failures),
        )


def _outcome(future: Future[T], empty: T, failures: list[str]) -> T:
    """A tool's result; a tool that could not read the file becomes a failure, not a crash."""
    try:
        return future.result()
    except ToolMissingError:
        raise
    except tools.PreflightError as exc:
        failures.append(exc.message)
        return empty


def _rect(value: object) -> Rect | None:
    if not isinstance(value, pikepdf.Array) or len(value) != 4:
        return None
    a, b, c, d = (float(v) for v in value)
    return Rect.of(a, b, c, d)


def _inherited(page: pikepdf.Dictionary, key: str) -> object:
    node: pikepdf.Object | None = page
    for _ in range(64):  # the page tree is never this deep; guards against cycles
        if node is None or key in node:
            return node.get(key) if node is not None else None
        node = node.get("/Parent")
    return None


def _declared_boxes(number: int, page: pikepdf.Dictionary) -> _Boxes:
    media = _rect(_inherited(page, "/MediaBox")) or Rect(0, 0, 612, 792)
    rotation = _inherited(page, "/Rotate")
    return _Boxes(
        page=number,
        rotation=int(rotation) % 360 if isinstance(rotation, int) else 0,
        media=media,
        crop=_rect(_inherited(page, "/CropBox")) or media,
        trim=_rect(page.get("/TrimBox")),
        bleed=_rect(page.get("/BleedBox")),
        art=_rect(page.get("/ArtBox")),
    )


def _ink_area(boxes: _Boxes) -> InkArea:
    """Measure inside the BleedBox, so crop marks (100 % of every ink) never count."""
    area = boxes.finished
    measure = Rect(
        max(area.x0, boxes.media.x0),
        max(area.y0, boxes.media.y0),
        min(area.x1, boxes.media.x1),
        min(area.y1, boxes.media.y1),
    )
    return InkArea(boxes.page, boxes.media, measure, boxes.trim or area, boxes.rotation)


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


# --- the colour / transparency walk --------------------------------------------------------------

_DEVICE = {
    "/DeviceRGB": "DeviceRGB",
    "/RGB": "DeviceRGB",
    "/DeviceCMYK": "DeviceCMYK",
    "/CMYK": "DeviceCMYK",
    "/DeviceGray": "DeviceGray",
    "/G": "DeviceGray",
    "/Pattern": "Pattern",
}
_ICC = {1: "ICCBased Gray", 3: "ICCBased RGB", 4: "ICCBased CMYK"}
_ALTERNATE_AT = {"/Indexed": 1, "/Separation": 2, "/DeviceN": 2, "/Pattern": 1}
_INLINE_FILTERS = {"/LZW": "LZWDecode", "/LZWDecode": "LZWDecode", "/JBIG2Decode": "JBIG2Decode"}


def _families(space: object, named: object, depth: int = 0) -> set[str]:
    """Every colour family a colour space uses, including Indexed bases and alternates."""
    if depth > 8:
        return set()
    if isinstance(space, pikepdf.Name):
        if str(space) in _DEVICE:
            return {_DEVICE[str(space)]}
        found = named.get(space) if isinstance(named, pikepdf.Dictionary) else None
        return _families(found, None, depth + 1) if found is not None else set()
    if isinstance(space, pikepdf.Array) and len(space) > 0:
        return _array_families(space, named, depth)
    return set()


def _array_families(space: pikepdf.Array, named: object, depth: int) -> set[str]:
    kind = str(space[0])
    if kind == "/ICCBased" and isinstance(space[1], pikepdf.Stream):
        return {_ICC.get(int(space[1].get("/N", 0)), "ICCBased")}
    at = _ALTERNATE_AT.get(kind)
    if at is not None:
        inner = _families(space[at], named, depth + 1) if len(space) > at else set()
        return {kind.lstrip("/")} | inner
    return _families(space[0], named, depth + 1) if len(space) == 1 else {kind.lstrip("/")}


def _dict(parent: object, key: str) -> dict[str, pikepdf.Object]:
    value = parent.get(key) if isinstance(parent, pikepdf.Dictionary | pikepdf.Stream) else None
    return dict(value.items()) if isinstance(value, pikepdf.Dictionary) else {}


class _Walker:
    """Walks pages, Form XObjects, patterns, soft masks and images once each (cached)."""

    def __init__(self) -> None:
        self._done: dict[tuple[int, int], tuple[_Use, ...]] = {}

    def document(self, pdf: pikepdf.Pdf) -> Iterator[_Use]:
        for number, page in enumerate(pdf.pages, 1):
            resources = _inherited(page.obj, "/Resources")
            for use in self.stream(page.obj, resources):
                yield _Use(use.tag, use.element, number, use.image)

    def stream(self, stream: pikepdf.Object, resources: object) -> tuple[_Use, ...]:
        key = stream.objgen
        if key not in self._done or key == (0, 0):
            self._done[key] = ()  # a form that draws itself ends here
            uses = [
                *self._group(stream),
                *self._resources(resources),
                *self._content(stream, resources),
            ]
            self._done[key] = tuple(uses)
        return self._done[key]

    def _group(self, owner: pikepdf.Object) -> Iterator[_Use]:
        group = owner.get("/Group")
        if not isinstance(group, pikepdf.Dictionary):
            return
        if group.get("/S") == pikepdf.Name.Transparency:
            yield _Use("transparency", "transparency group")
        for family in _families(group.get("/CS"), None):
            yield _Use(f"cs:{family}", "transparency group colour space")

    def _resources(self, resources: object) -> Iterator[_Use]:
        spaces = resources.get("/ColorSpace") if isinstance(resources, pikepdf.Dictionary) else None
        for name, space in _dict(resources, "/ColorSpace").items():
            yield from self._colours(space, spaces, f"colour space {name}")
        for name, shading in _dict(resources, "/Shading").items():
            yield from self._colours(shading.get("/ColorSpace"), spaces, f"shading {name}")
        for name, pattern in _dict(resources, "/Pattern").items():
            yield from self._pattern(name, pattern, resources)
        for name, xobject in _dict(resources, "/XObject").items():
            yield from self._xobject(name, xobject, resources)
        for name, state in _dict(resources, "/ExtGState").items():
            yield from self._gstate(name, state)

    def _colours(
        self, space: object, named: object, element: str, image: bool = False
    ) -> Iterator[_Use]:
        for family in sorted(_families(space, named)):
            yield _Use(f"cs:{family}", element, image=image)

    def _pattern(self, name: str, pattern: pikepdf.Object, resources: object) -> Iterator[_Use]:
        shading = pattern.get("/Shading")
        if isinstance(shading, pikepdf.Dictionary | pikepdf.Stream):
            yield from self._colours(shading.get("/ColorSpace"), None, f"pattern {name}")
        if isinstance(pattern, pikepdf.Stream):
            yield from self.stream(pattern, pattern.get("/Resources", resources))

    def _xobject(self, name: str, xobject: pikepdf.Object, resources: object) -> Iterator[_Use]:
        if not isinstance(xobject, pikepdf.Stream):
            return
        if xobject.get("/Subtype") == pikepdf.Name.Image:
            yield from self._image(f"image {name}", xobject)
        elif xobject.get("/Subtype") == pikepdf.Name.Form:
            yield from self.stream(xobject, xobject.get("/Resources", resources))

    def _image(self, element: str, image: pikepdf.Object) -> Iterator[_Use]:
        element += f" ({image.get('/Width', '?')}x{image.get('/Height', '?')} px)"
        yield from self._colours(image.get("/ColorSpace"), None, element, image=True)
        if "/SMask" in image or int(image.get("/SMaskInData", 0)) > 0:
            yield _Use("transparency", f"{element}: soft mask")

    def _gstate(self, name: str, state: pikepdf.Object) -> Iterator[_Use]:
        for reason in _transparency(state):
            yield _Use("transparency", f"graphics state {name}: {reason}")
        mask = state.get("/SMask")
        if isinstance(mask, pikepdf.Dictionary) and isinstance(mask.get("/G"), pikepdf.Stream):
            yield from self.stream(mask.G, mask.G.get("/Resources"))

    def _content(self, stream: pikepdf.Object, resources: object) -> Iterator[_Use]:
        spaces = resources.get("/ColorSpace") if isinstance(resources, pikepdf.Dictionary) else None
        try:
            instructions = pikepdf.parse_content_stream(stream)
        except (pikepdf.PikepdfError, ValueError) as exc:
            yield _Use("unparsable", f"content stream {stream.objgen[0]}: {exc}")
            return
        for instruction in instructions:
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                yield from self._inline(instruction.iimage, spaces)
            else:
                yield from self._operator(
                    str(instruction.operator), list(instruction.operands), spaces
                )

    def _operator(self, op: str, operands: Sequence[object], spaces: object) -> Iterator[_Use]:
        if op in ("rg", "RG"):
            yield _Use("cs:DeviceRGB", f"{'fill' if op == 'rg' else 'stroke'} colour ({op})")
        elif op in ("cs", "CS") and operands:
            where = "fill" if op == "cs" else "stroke"
            yield from self._colours(
                operands[0], spaces, f"{where} colour space ({op} {operands[0]})"
            )

    def _inline(self, image: pikepdf.PdfInlineImage, spaces: object) -> Iterator[_Use]:
        element = f"inline image ({image.width}x{image.height} px)"
        yield from self._colours(image.obj.get("/ColorSpace"), spaces, element, image=True)
        for name in image.filters:
            if name in _INLINE_FILTERS:
                yield _Use(f"filter:{_INLINE_FILTERS[name]}", element)


def _transparency(state: pikepdf.Object) -> Iterator[str]:
    for key, label in (("/ca", "fill opacity"), ("/CA", "stroke opacity")):
        if float(state.get(key, 1)) < 1:
            yield f"{label} {float(state[key]):.2f}"
    mask = state.get("/SMask")
    if mask is not None and mask != pikepdf.Name("/None"):
        yield "soft mask"
    blend = state.get("/BM")
    modes = [str(m) for m in blend] if isinstance(blend, pikepdf.Array) else [str(blend or "")]
    if modes and modes[0] not in ("", "/Normal", "/Compatible"):
        yield f"blend mode {modes[0]}"


# --- rules ---------------------------------------------------------------------------------------

Rule = Callable[[_Facts], Iterable[PreflightIssue]]

FIXES: dict[str, str] = {
    "pdf.unreadable": "Export the file again as PDF; check it is the right, complete file.",
    "pdf.structure": "Export the PDF again from the source; if it persists, report the file.",
    "pdf.pages": "Export the whole document again.",
    "pdf.boxes.trim-missing": "Set a TrimBox of the finished size on every page.",
    "pdf.boxes.trim-size": "Export at the size the job was ordered in.",
    "pdf.boxes.bleed": "Extend the background past the trim by the bleed; set the BleedBox there.",
    "pdf.boxes.media": "Make the page (MediaBox) the BleedBox plus room for marks.",
    "pdf.boxes.cropbox": "Remove the CropBox or make it equal to the MediaBox.",
    "pdf.boxes.artbox": "Remove the ArtBox; the TrimBox alone gives the finished size.",
    "pdf.font.not-embedded": "Use a TrueType font from assets/fonts; ReportLab's built-in "
    "fonts (Helvetica, Times...) are never embedded.",
    "pdf.colour.rgb": "Define the colour in CMYK (or as a spot colour).",
    "pdf.colour.x1a-forbidden": "Use only DeviceCMYK, DeviceGray or spot colours in PDF/X-1a.",
    "pdf.image.rgb": "Convert the image to CMYK with the output profile before placing it.",
    "pdf.image.low-ppi": "Use a larger original, or place the image smaller.",
    "pdf.image.ppi-warning": "Use a larger original, or place the image smaller.",
    "pdf.ink.total": "Use less ink there: rich black C60 M40 Y40 K100 (240 %), or convert "
    "images with the output profile, which limits total ink.",
    "pdfx.output-intent": "Add one /GTS_PDFX OutputIntent with the printer's CMYK profile "
    "embedded (N 4) and its OutputConditionIdentifier.",
    "pdfx.identity": "Write the PDF/X identity: X-4 in XMP (pdfxid:GTS_PDFXVersion, xmpMM "
    "ids), X-1a in Info (GTS_PDFXVersion, GTS_PDFXConformance) with PDF 1.3.",
    "pdfx.trapped": "Set /Trapped /False in Info (and pdf:Trapped False in XMP for X-4).",
    "pdfx.info": "Write a real Title (template, size, region), CreationDate, ModDate and /ID.",
    "pdf.encrypted": "Export the file again without security or passwords.",
    "pdf.javascript": "Export the file again without scripts or actions.",
    "pdf.annotations": "Remove links, comments and form fields before sending to print.",
    "pdf.compression.lzw-jbig2": "Re-export with Flate (ZIP) or JPEG compression.",
    "pdf.transparency": "Flatten transparency (blend images in Pillow, use opaque colours).",
}


def _issue(
    rule: str,
    message: str,
    *,
    severity: Severity = ERROR,
    page: int | None = None,
    element: str | None = None,
    measured: str | None = None,
    limit: str | None = None,
) -> PreflightIssue:
    return PreflightIssue(severity, rule, message, FIXES[rule], page, element, measured, limit)


def _unreadable(path: Path, why: str) -> PreflightIssue:
    return _issue(
        "pdf.unreadable", f"{path.name} cannot be read as a PDF: {why}", element=path.name
    )


def _encrypted_issue(why: str) -> PreflightIssue:
    return _issue("pdf.encrypted", f"The file is encrypted: {why}")


def _structure(facts: _Facts) -> Iterator[PreflightIssue]:
    if facts.qpdf.status != "ok":
        severity = WARNING if facts.qpdf.status == "warnings" else ERROR
        detail = "; ".join(facts.qpdf.messages[:3]) or facts.qpdf.status
        yield _issue(
            "pdf.structure", "qpdf --check found problems", severity=severity, measured=detail
        )
    for failure in facts.failures:
        yield _issue("pdf.structure", failure)
    if facts.info.pages and facts.info.pages != len(facts.boxes):
        message = "poppler and qpdf disagree on the number of pages"
        yield _issue("pdf.structure", message, measured=f"{facts.info.pages} vs {len(facts.boxes)}")
    for use in facts.uses:
        if use.tag == "unparsable":
            yield _issue("pdf.structure", "A content stream cannot be read", element=use.element)


def _page_count(facts: _Facts) -> Iterator[PreflightIssue]:
    wanted, count = facts.expected.pages if facts.expected else None, len(facts.boxes)
    if wanted is not None and wanted != count:
        message = f"The file has {count} pages; {wanted} were expected"
        yield _issue("pdf.pages", message, measured=str(count), limit=str(wanted))


def _mm(value_pt: float) -> float:
    return value_pt * MM_PER_PT


def _off(values: Iterable[float], wanted: Iterable[float]) -> bool:
    return any(abs(v - w) > TOLERANCE_MM + 1e-6 for v, w in zip(values, wanted, strict=True))


def _trim_missing(facts: _Facts) -> Iterator[PreflightIssue]:
    for b in facts.boxes:
        if b.trim is None:
            message = "The page has no TrimBox, so the printer cannot tell the finished size"
            yield _issue("pdf.boxes.trim-missing", message, page=b.page, element="TrimBox")


def _trim_size(facts: _Facts) -> Iterator[PreflightIssue]:
    want = (facts.expected.trim_width_mm, facts.expected.trim_height_mm) if facts.expected else ()
    for b in facts.boxes:
        if not want or b.trim is None:
            continue
        size = (b.trim.width_mm, b.trim.height_mm)[:: -1 if b.rotation in (90, 270) else 1]
        if _off(size, want):
            yield _issue(
                "pdf.boxes.trim-size",
                "The TrimBox is not the finished size",
                page=b.page,
                element="TrimBox",
                measured=f"{size[0]:.1f} x {size[1]:.1f} mm",
                limit=f"{want[0]:.1f} x {want[1]:.1f} mm ± {TOLERANCE_MM} mm",
            )


def _bleed(facts: _Facts) -> Iterator[PreflightIssue]:
    wanted = facts.expected.bleed_mm if facts.expected else facts.printer.bleed_mm
    limit = f"{wanted:g} mm each side ± {TOLERANCE_MM} mm"
    for b in facts.boxes:
        sides = _bleed_sides(b.trim, b.bleed) if b.trim and b.bleed else {}
        if b.bleed is None or _off(sides.values(), [wanted] * len(sides)):
            message = "The BleedBox is not the TrimBox plus the bleed" if sides else "No BleedBox"
            measured = ", ".join(f"{k} {v:.1f}" for k, v in sides.items()) + " mm"
            yield _issue(
                "pdf.boxes.bleed",
                message,
                page=b.page,
                element="BleedBox",
                measured=measured if sides else "none",
                limit=limit,
            )


def _bleed_sides(trim: Rect, bleed: Rect) -> dict[str, float]:
    return {
        "left": _mm(trim.x0 - bleed.x0),
        "right": _mm(bleed.x1 - trim.x1),
        "top": _mm(bleed.y1 - trim.y1),
        "bottom": _mm(trim.y0 - bleed.y0),
    }


def _media(facts: _Facts) -> Iterator[PreflightIssue]:
    for b in facts.boxes:
        inner = b.bleed or b.trim
        if inner is not None and not b.media.contains(inner):
            yield _issue(
                "pdf.boxes.media",
                "The MediaBox does not contain the BleedBox; part of the bleed is cut off",
                page=b.page,
                element="MediaBox",
                measured=f"{b.media.width_mm:.1f} x {b.media.height_mm:.1f} mm",
                limit=f"at least {inner.width_mm:.1f} x {inner.height_mm:.1f} mm",
            )


def _cropbox(facts: _Facts) -> Iterator[PreflightIssue]:
    for b in facts.boxes:
        crop, media = b.crop, b.media
        if _off(
            map(_mm, (crop.x0, crop.y0, crop.x1, crop.y1)),
            map(_mm, (media.x0, media.y0, media.x1, media.y1)),
        ):
            yield _issue(
                "pdf.boxes.cropbox",
                "The CropBox differs from the MediaBox; viewers and RIPs may cut marks or bleed",
                page=b.page,
                element="CropBox",
                measured=f"{crop.width_mm:.1f} x {crop.height_mm:.1f} mm",
                limit=f"{media.width_mm:.1f} x {media.height_mm:.1f} mm (the MediaBox)",
            )


def _artbox(facts: _Facts) -> Iterator[PreflightIssue]:
    for b in facts.boxes:
        if b.art is not None and b.trim is not None:
            message = "The page has an ArtBox beside its TrimBox; PDF/X allows only one"
            yield _issue("pdf.boxes.artbox", message, page=b.page, element="ArtBox")


def _fonts(facts: _Facts) -> Iterator[PreflightIssue]:
    page = 1 if len(facts.boxes) == 1 else None  # pdffonts does not say which page
    for font in facts.fonts:
        if not font.embedded and font.type != "Type 3":
            yield _issue(
                "pdf.font.not-embedded",
                f"The font {font.name} is not embedded; the printer would substitute another",
                page=page,
                element=font.name,
                measured="not embedded",
                limit="embedded",
            )


def _colour_rule(use: _Use, x1a: bool) -> str | None:
    family = use.tag.removeprefix("cs:")
    if family == "DeviceRGB" or (x1a and family in ("ICCBased RGB", "CalRGB")):
        return "pdf.image.rgb" if use.image else "pdf.colour.rgb"
    forbidden = ("Lab", "CalGray", "ICCBased", "ICCBased Gray", "ICCBased CMYK")
    return "pdf.colour.x1a-forbidden" if x1a and family in forbidden else None


def _colours(facts: _Facts) -> Iterator[PreflightIssue]:
    flavour = "PDF/X-1a" if facts.x1a else "PDF/X-4"
    allowed = "DeviceCMYK, DeviceGray, Separation" + ("" if facts.x1a else ", ICC-tagged RGB")
    for use in facts.uses:
        rule = _colour_rule(use, facts.x1a) if use.tag.startswith("cs:") else None
        if rule is not None:
            family = use.tag.removeprefix("cs:")
            message = f"{family} colour is not allowed in {flavour}"
            yield _issue(
                rule, message, page=use.page, element=use.element, measured=family, limit=allowed
            )


def _image_ppi(facts: _Facts) -> Iterator[PreflightIssue]:
    for image in facts.images:
        if image.type in ("image", "stencil"):
            yield from _one_image_ppi(image, facts.printer)


def _one_image_ppi(image: ImageInfo, printer: PrinterProfile) -> Iterator[PreflightIssue]:
    ppi = min(image.x_ppi, image.y_ppi)
    target = BITMAP_TARGET_PPI if image.bpc == 1 else printer.target_ppi
    if ppi < target:
        low = ppi < printer.min_ppi
        yield _issue(
            "pdf.image.low-ppi" if low else "pdf.image.ppi-warning",
            f"The image is {ppi} ppi at its placed size; it will print soft or pixelated",
            severity=ERROR if low else WARNING,
            page=image.page,
            element=f"image {image.num} ({image.width}x{image.height} px, {image.color}, "
            f"object {image.object_id})",
            measured=f"{ppi} ppi",
            limit=f"{printer.min_ppi:g} ppi minimum, {target:g} ppi target",
        )


def _ink(facts: _Facts) -> Iterator[PreflightIssue]:
    limit = facts.printer.ink_limit
    for peak in facts.ink:
        if peak.percent > limit + INK_TOLERANCE:
            where = f"{peak.x_mm:.1f} mm across, {peak.y_mm:.1f} mm down from the trim's corner"
            yield _issue(
                "pdf.ink.total",
                f"Total ink reaches {peak.percent:.0f} % at {where}",
                page=peak.page,
                element=f"at {peak.x_mm:.1f}, {peak.y_mm:.1f} mm",
                measured=f"{peak.percent:.1f} %",
                limit=f"{limit:g} %",
            )


def _output_intent(facts: _Facts) -> Iterator[PreflightIssue]:
    intents = facts.pdf.Root.get("/OutputIntents", pikepdf.Array())
    pdfx = [i for i in intents if isinstance(i, pikepdf.Dictionary) and i.get("/S") == "/GTS_PDFX"]
    if len(pdfx) != 1:
        message = f"The file has {len(pdfx)} PDF/X output intents; exactly one is needed"
        yield _issue("pdfx.output-intent", message, measured=str(len(pdfx)), limit="1")
    else:
        yield from _intent_contents(pdfx[0], facts.printer)


def _intent_contents(
    intent: pikepdf.Dictionary, printer: PrinterProfile
) -> Iterator[PreflightIssue]:
    profile = intent.get("/DestOutputProfile")
    channels = int(profile.get("/N", 0)) if isinstance(profile, pikepdf.Stream) else 0
    if channels != 4:
        message = "The output intent has no embedded CMYK profile (DestOutputProfile, N 4)"
        measured = f"N {channels}" if channels else "no profile"
        yield _issue("pdfx.output-intent", message, measured=measured, limit="N 4")
    condition = str(intent.get("/OutputConditionIdentifier", ""))
    if not condition:
        yield _issue("pdfx.output-intent", "The output intent has no OutputConditionIdentifier")
    elif condition != printer.output_condition:
        message = (
            f"The file was made for {condition}, not this printer's {printer.output_condition}"
        )
        yield _issue(
            "pdfx.output-intent",
            message,
            severity=WARNING,
            measured=condition,
            limit=printer.output_condition,
        )


def _identity(facts: _Facts) -> Iterator[PreflightIssue]:
    info = facts.pdf.docinfo
    if facts.x1a:
        wanted = {
            "GTS_PDFXVersion": (str(info.get("/GTS_PDFXVersion", "")), "PDF/X-1:2001"),
            "GTS_PDFXConformance": (str(info.get("/GTS_PDFXConformance", "")), "PDF/X-1a:2001"),
            "PDF version": (facts.pdf.pdf_version, "1.3"),
        }
    else:
        wanted = {"pdfxid:GTS_PDFXVersion": (facts.xmp.get(_XMP_KEYS["pdfx"], ""), "PDF/X-4")}
        wanted |= {f"xmpMM:{k}": (k if facts.xmp.get(_XMP_KEYS[k]) else "", k) for k in _XMP_IDS}
    for key, (value, want) in wanted.items():
        if not value.startswith(want):
            message = f"{key} is not {want}" if value else f"{key} is missing"
            yield _issue(
                "pdfx.identity", message, element=key, measured=value or "none", limit=want
            )


def _trapped(facts: _Facts) -> Iterator[PreflightIssue]:
    value = str(facts.pdf.docinfo.get("/Trapped", "")).lstrip("/")
    if value not in ("True", "False"):
        message = "The Info dictionary does not say whether the file is trapped"
        yield _issue("pdfx.trapped", message, measured=value or "none", limit="True or False")
    xmp = facts.xmp.get(_XMP_KEYS["trapped"], "")
    if not facts.x1a and value in ("True", "False") and xmp != value:
        message = "XMP pdf:Trapped does not match the Info dictionary"
        yield _issue("pdfx.trapped", message, measured=xmp or "none", limit=value)


def _info_keys(facts: _Facts) -> Iterator[PreflightIssue]:
    info, title = facts.pdf.docinfo, str(facts.pdf.docinfo.get("/Title", "")).strip()
    missing = [k[1:] for k in ("/Title", "/CreationDate", "/ModDate") if not str(info.get(k, ""))]
    missing += [] if "/ID" in facts.pdf.trailer else ["trailer /ID"]
    if missing:
        yield _issue("pdfx.info", f"PDF/X needs {', '.join(missing)}", measured="missing")
    elif title.lower() in ("untitled", "unspecified"):
        message = "The title is a placeholder"
        yield _issue("pdfx.info", message, severity=WARNING, element="Title", measured=title)


def _encryption(facts: _Facts) -> Iterator[PreflightIssue]:
    if facts.pdf.is_encrypted or facts.info.encrypted:
        yield _encrypted_issue("printers cannot process protected files")


def _javascript(facts: _Facts) -> Iterator[PreflightIssue]:
    root = facts.pdf.Root
    action, names = root.get("/OpenAction"), root.get("/Names")
    open_js = isinstance(action, pikepdf.Dictionary) and action.get("/S") == "/JavaScript"
    named_js = isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names
    if facts.info.javascript or open_js or named_js:
        message = "The file contains JavaScript" + (" run on opening" if open_js else "")
        yield _issue("pdf.javascript", message, element="OpenAction" if open_js else None)


def _annotations(facts: _Facts) -> Iterator[PreflightIssue]:
    for b, page in zip(facts.boxes, facts.pdf.pages, strict=True):
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            rect = _rect(annot.get("/Rect")) if isinstance(annot, pikepdf.Dictionary) else None
            if rect is not None and rect.overlaps(b.finished):
                kind = str(annot.get("/Subtype", "/unknown"))[1:]
                message = f"A {kind} annotation sits inside the BleedBox"
                yield _issue("pdf.annotations", message, page=b.page, element=f"{kind} annotation")


def _filters(stream: pikepdf.Stream) -> list[str]:
    value = stream.get("/Filter")
    names = list(value) if isinstance(value, pikepdf.Array) else [value]
    return [str(n)[1:] for n in names if str(n) in ("/LZWDecode", "/JBIG2Decode")]


def _compression(facts: _Facts) -> Iterator[PreflightIssue]:
    found: list[tuple[str, str, int | None]] = [
        (name, f"object {obj.objgen[0]}", None)
        for obj in facts.pdf.objects
        if isinstance(obj, pikepdf.Stream)
        for name in _filters(obj)
    ]
    found += [(u.tag[7:], u.element, u.page) for u in facts.uses if u.tag.startswith("filter:")]
    for name, element, page in found:
        message = f"{name} compression is not allowed in PDF/X"
        yield _issue(
            "pdf.compression.lzw-jbig2", message, page=page, element=element, measured=name
        )


def _transparency_rule(facts: _Facts) -> Iterator[PreflightIssue]:
    for use in facts.uses if facts.x1a else ():
        if use.tag == "transparency":
            message = "PDF/X-1a does not allow transparency"
            yield _issue("pdf.transparency", message, page=use.page, element=use.element)


_RULES: tuple[Rule, ...] = (
    _structure,
    _page_count,
    _trim_missing,
    _trim_size,
    _bleed,
    _media,
    _cropbox,
    _artbox,
    _fonts,
    _colours,
    _image_ppi,
    _ink,
    _output_intent,
    _identity,
    _trapped,
    _info_keys,
    _encryption,
    _javascript,
    _annotations,
    _compression,
    _transparency_rule,
)
