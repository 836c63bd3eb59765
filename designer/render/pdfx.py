"""Finish a drawn PDF as PDF/X-4 or PDF/X-1a:2001, with pikepdf.

ReportLab draws the page and its boxes but knows nothing of PDF/X. This step
adds what a printer's preflight looks for: one ``/GTS_PDFX`` output intent
carrying the CMYK profile, the Info keys, the XMP identity, ``/Trapped
/False`` and a trailer ``/ID``, and saves with the header the flavour needs.
For X-1a it also removes the no-op transparency entries (``/CA 1``, ``/ca 1``)
that PDF 1.3 does not know, and refuses real transparency.

The output is byte-deterministic: the dates come from the caller, the first
``/ID`` half from ``DocumentMetadata.document_id`` and the second from a
digest of the content (qpdf's ``deterministic_id``).
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterator
from datetime import datetime
from functools import cache
from pathlib import Path

import pikepdf
from msgspec import Struct
from pikepdf import Array, Dictionary, Name, String

from designer.errors import RenderError
from designer.io import cache as disk_cache
from designer.model.printer import PdfxFlavour, PrinterProfile
from designer.resources import icc_profile

DESIGNER_NS = "https://designer.example.org/ns/1.0/"  # registered where the packet is made

_HEADER = {PdfxFlavour.X4: "1.6", PdfxFlavour.X1A: "1.3"}
_XML_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
# ExtGState entries that change nothing; PDF 1.3 (X-1a) does not know them.
_NOOP_GSTATE = {"/CA": 1, "/ca": 1, "/BM": ("/Normal", "/Compatible"), "/SMask": ("/None",)}


class DocumentMetadata(Struct, frozen=True, kw_only=True):
    """What the finished file says about itself (Info and XMP)."""

    title: str  # a real one: template, size, region
    subject: str
    creator: str  # the tool, e.g. "designer 0.1.0"
    author: str
    keywords: str
    created: datetime  # timezone-aware; also the modification date
    document_id: str  # hex, at least 32 digits, deterministic from the inputs
    version_id: str = "1"
    extra: tuple[tuple[str, str], ...] = ()  # XMP properties in the designer namespace

    def __post_init__(self) -> None:
        if self.created.utcoffset() is None:
            raise ValueError("DocumentMetadata.created must be timezone-aware")
        if not re.fullmatch(r"(?:[0-9a-fA-F]{2}){16,}", self.document_id):
            raise ValueError(f"document_id must be 32 or more hex digits: {self.document_id!r}")
        for name, _ in self.extra:
            if not _XML_NAME.fullmatch(name):
                raise ValueError(f"extra XMP property name {name!r} is not an XML name")

    @property
    def id_bytes(self) -> bytes:
        """The permanent half of the trailer ``/ID`` (16 bytes)."""
        return bytes.fromhex(self.document_id)[:16]

    @property
    def xmp_document_id(self) -> str:
        hexid = self.id_bytes.hex()
        return f"uuid:{hexid[:8]}-{hexid[8:12]}-{hexid[12:16]}-{hexid[16:20]}-{hexid[20:]}"

    @property
    def when(self) -> datetime:
        return self.created.replace(microsecond=0)


def finish_pdfx(pdf: bytes, *, printer: PrinterProfile, meta: DocumentMetadata) -> bytes:
    """Return ``pdf`` finished as the printer's PDF/X flavour."""
    try:
        doc = pikepdf.open(io.BytesIO(pdf))
    except pikepdf.PdfError as exc:
        raise RenderError(f"the drawn PDF cannot be read: {exc}") from exc
    with doc:
        _normalise_boxes(doc)
        if printer.pdfx is PdfxFlavour.X1A:
            _strip_noop_gstates(doc)
        _set_output_intent(doc, printer)
        producer = _producer(doc)
        _set_info(doc, printer, meta, producer)
        _set_xmp(doc, printer, meta, producer)
        doc.trailer.ID = Array([String(meta.id_bytes), String(meta.id_bytes)])
        _single_filters_as_names(doc)
        return _save(doc, printer.pdfx)


def _single_filters_as_names(doc: pikepdf.Pdf) -> None:
    """``/Filter [/FlateDecode]`` as ``/Filter /FlateDecode``: the same stream, in the
    plain form. ReportLab writes the array; ``qpdf --check``, which every export
    runs, takes twice as long over a poster whose filters are arrays (25 ms, not 11)."""
    for obj in doc.objects:
        if not isinstance(obj, pikepdf.Stream):
            continue
        filters, parms = obj.get(Name.Filter), obj.get(Name.DecodeParms)
        if isinstance(filters, Array) and len(filters) == 1:
            obj.Filter = filters[0]
            if isinstance(parms, Array) and len(parms) == 1:
                if isinstance(parms[0], Dictionary):
                    obj.DecodeParms = parms[0]
                else:  # [null]: no parameters
                    del obj[Name.DecodeParms]


def _save(doc: pikepdf.Pdf, flavour: PdfxFlavour) -> bytes:
    out = io.BytesIO()
    doc.save(
        out,
        force_version=_HEADER[flavour],
        object_stream_mode=pikepdf.ObjectStreamMode.disable,  # object streams need 1.5
        # Every stream arrives compressed (ReportLab, the cached ICC profile, the X-1a
        # rewrite); letting qpdf re-examine them triples the cost of finishing. The XMP
        # packet stays uncompressed, as PDF/X readers expect.
        compress_streams=False,
        deterministic_id=True,  # keeps our first /ID half, digests the content for the second
        # Our XMP carries no pdf:PDFVersion to fix; the fix would parse and rewrite the
        # packet through lxml on every save (the same bytes, ~3 ms, and lxml's import).
        fix_metadata_version=False,
    )
    return out.getvalue()


# --- page boxes -----------------------------------------------------------------------------


def _normalise_boxes(doc: pikepdf.Pdf) -> None:
    """Every page needs a TrimBox; no ArtBox beside it, no CropBox (it defaults to MediaBox)."""
    for number, page in enumerate(doc.pages, start=1):
        if Name.TrimBox not in page.obj:
            raise RenderError(
                f"page {number} has no TrimBox",
                hint="the renderer must set trimBox (and bleedBox) on the Canvas",
            )
        for box in (Name.ArtBox, Name.CropBox):
            if box in page.obj:
                del page.obj[box]


# --- output intent --------------------------------------------------------------------------


def _set_output_intent(doc: pikepdf.Pdf, printer: PrinterProfile) -> None:
    profile = doc.make_stream(b"")
    deflated = _compressed_profile(printer.output_profile or icc_profile())
    profile.write(deflated, filter=Name.FlateDecode)
    profile.N = 4
    intent = Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFX,
        OutputConditionIdentifier=String(printer.output_condition),
        RegistryName=String(printer.registry),
        Info=String(printer.output_condition_info),
        DestOutputProfile=profile,
    )
    doc.Root.OutputIntents = Array([doc.make_indirect(intent)])


@cache
def _compressed_profile(path: Path) -> bytes:
    """The profile, checked to be a CMYK output profile, deflated once per process."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise RenderError(f"cannot read the output profile: {exc.strerror}", source=path) from exc
    if len(data) < 128 or data[16:20] != b"CMYK" or data[36:40] != b"acsp":
        raise RenderError(
            "the output profile is not a CMYK ICC profile",
            source=path,
            hint="a PDF/X output intent needs the printer's CMYK characterisation profile",
        )
    # Deflated once per profile and kept (designer.io.cache, keyed by the profile's bytes
    # and zlib's version): deflating 250 kB costs every new process 25 ms.
    key = disk_cache.cache_key(_DEFLATED, data, zlib.ZLIB_RUNTIME_VERSION)
    known = disk_cache.read(_DEFLATED, key)
    if known is not None and _inflates_to(known, data):
        return known
    deflated = zlib.compress(data, 6)  # the default level: a fifth of level 9's time
    disk_cache.write(_DEFLATED, key, deflated)
    return deflated


_DEFLATED = "deflated-profiles"


def _inflates_to(deflated: bytes, data: bytes) -> bool:
    try:
        return zlib.decompress(deflated) == data  # ~1 ms; a damaged entry is a miss
    except zlib.error:
        return False


# --- Info and XMP ---------------------------------------------------------------------------


def _producer(doc: pikepdf.Pdf) -> str:
    drawn_by = str(doc.docinfo.get(Name.Producer, "")).strip()
    finished_by = f"pikepdf {pikepdf.__version__}"
    return f"{drawn_by}; {finished_by}" if drawn_by else finished_by


def _set_info(
    doc: pikepdf.Pdf, printer: PrinterProfile, meta: DocumentMetadata, producer: str
) -> None:
    date = _pdf_date(meta.when)
    entries: dict[str, str] = {
        "/Title": meta.title,
        "/Subject": meta.subject,
        "/Author": meta.author,
        "/Keywords": meta.keywords,
        "/Creator": meta.creator,
        "/Producer": producer,
        "/CreationDate": date,
        "/ModDate": date,
    }
    if printer.pdfx is PdfxFlavour.X1A:
        entries["/GTS_PDFXVersion"] = "PDF/X-1:2001"
        entries["/GTS_PDFXConformance"] = "PDF/X-1a:2001"
    info = Dictionary({key: String(value) for key, value in entries.items() if value})
    info.Trapped = Name("/False")
    doc.trailer.Info = doc.make_indirect(info)


def _pdf_date(when: datetime) -> str:
    """``D:YYYYMMDDHHmmSS+HH'mm'``, with the closing apostrophe PDF 1.3 to 1.7 expect."""
    offset = when.strftime("%z")
    return f"D:{when:%Y%m%d%H%M%S}{offset[0]}{offset[1:3]}'{offset[3:5]}'"


def _set_xmp(
    doc: pikepdf.Pdf, printer: PrinterProfile, meta: DocumentMetadata, producer: str
) -> None:
    if Name.Metadata in doc.Root:
        del doc.Root.Metadata  # start clean: nothing stale from an earlier finish
    properties = tuple(_xmp_properties(printer, meta, producer))
    shape = tuple((key, isinstance(value, list)) for key, value in properties)
    texts = [_escape(str(v[0] if isinstance(v, list) else v)).encode() for _, v in properties]
    pieces = _xmp_packet(shape)
    data = b"".join(p if i % 2 == 0 else texts[int(p)] for i, p in enumerate(pieces))
    doc.Root.Metadata = pikepdf.Stream(doc, data)
    doc.Root.Metadata[Name.Type] = Name.Metadata
    doc.Root.Metadata[Name.Subtype] = Name.XML


@cache
def _xmp_packet(shape: tuple[tuple[str, bool], ...]) -> tuple[bytes, ...]:
    """The XMP packet pikepdf writes for these properties, cut at the values.

    Writing the packet through pikepdf's XMP editor costs every file ~4 ms for the
    same markup each time; only the values differ. Made once with a marker for each
    value, split there (literal, slot number, literal...), then each file's values,
    escaped as lxml escapes text, fill the slots: the same bytes as pikepdf writes.
    The marked packet is kept on disk (keyed by pikepdf's version and the
    properties), so a process that finds it never imports lxml (~20 ms).
    """
    key = disk_cache.cache_key(_PACKETS, pikepdf.__version__, DESIGNER_NS, repr(shape))
    known = disk_cache.read(_PACKETS, key)
    pieces = _slots(known, len(shape)) if known is not None else None
    if pieces is None:
        packet = _marked_packet(shape)
        pieces = _slots(packet, len(shape))
        if pieces is None:  # pikepdf changed its markup
            raise RenderError("the XMP packet could not be prepared")
        disk_cache.write(_PACKETS, key, packet)
    return pieces


def _marked_packet(shape: tuple[tuple[str, bool], ...]) -> bytes:
    from pikepdf.models.metadata import PdfMetadata  # imports lxml

    PdfMetadata.register_xml_namespace(DESIGNER_NS, "designer")
    with pikepdf.new() as scratch:
        with scratch.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            for n, (key, is_list) in enumerate(shape):
                slot = _SLOT % n
                xmp[key] = [slot] if is_list else slot
        return bytes(scratch.Root.Metadata.read_bytes())


def _slots(packet: bytes, count: int) -> tuple[bytes, ...] | None:
    """``packet`` cut at its markers, or None unless it holds each of ``count`` once."""
    try:
        ET.fromstring(packet)  # a damaged cache entry is a miss
    except ET.ParseError:
        return None
    pieces = tuple(re.split(rb"@@designer-slot-(\d+)@@", packet))
    if sorted(int(p) for p in pieces[1::2]) != list(range(count)):
        return None
    return pieces


_PACKETS = "xmp-packets"
_SLOT = "@@designer-slot-%d@@"


def _escape(text: str) -> str:
    """Text as lxml writes it in an element (xml.sax.saxutils would import urllib: 35 ms)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xmp_properties(
    printer: PrinterProfile, meta: DocumentMetadata, producer: str
) -> Iterator[tuple[str, object]]:
    yield "dc:format", "application/pdf"
    yield "dc:title", meta.title
    if meta.subject:
        yield "dc:description", meta.subject
    if meta.author:
        yield "dc:creator", [meta.author]
    if meta.keywords:
        yield "pdf:Keywords", meta.keywords
    yield "pdf:Producer", producer
    yield "pdf:Trapped", "False"
    yield "xmp:CreatorTool", meta.creator
    for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
        yield key, meta.when.isoformat()
    yield "xmpMM:DocumentID", meta.xmp_document_id
    yield "xmpMM:VersionID", meta.version_id
    yield "xmpMM:RenditionClass", "default"
    if printer.pdfx is PdfxFlavour.X4:
        yield "pdfxid:GTS_PDFXVersion", "PDF/X-4"
    else:  # the identity lives in Info; Acrobat mirrors it in the pdfx namespace
        yield "pdfx:GTS_PDFXVersion", "PDF/X-1:2001"
        yield "pdfx:GTS_PDFXConformance", "PDF/X-1a:2001"
    for name, value in meta.extra:
        yield f"designer:{name}", value


# --- X-1a: no transparency ------------------------------------------------------------------


def _strip_noop_gstates(doc: pikepdf.Pdf) -> None:
    """Drop no-op transparency keys, then graphics states left empty and their ``gs`` uses."""
    plans = [(owner, _emptied_gstates(owner)) for owner in _content_owners(doc)]
    for owner, names in plans:
        if names:
            _drop_gs_operators(doc, owner, names)
    for owner, names in plans:
        _drop_gstate_resources(owner, names)


def _content_owners(doc: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Pages and the Form XObjects they draw, each once."""
    seen: set[tuple[int, int]] = set()
    stack: list[pikepdf.Object] = [page.obj for page in reversed(doc.pages)]
    while stack:
        owner = stack.pop()
        if owner.objgen in seen:
            continue
        seen.add(owner.objgen)
        yield owner
        for xobject in _resource(owner, Name.XObject).values():
            if xobject.get(Name.Subtype) == Name.Image and Name.SMask in xobject:
                raise _transparency_error("an image with a soft mask (alpha)")
            if xobject.get(Name.Subtype) == Name.Form:
                stack.append(xobject)


def _resource(owner: pikepdf.Object, kind: Name) -> pikepdf.Dictionary:
    resources = owner.get(Name.Resources, Dictionary())
    found = resources.get(kind, Dictionary())
    return found if isinstance(found, Dictionary) else Dictionary()


def _emptied_gstates(owner: pikepdf.Object) -> set[str]:
    """Strip no-op keys from the owner's graphics states; name the ones left empty."""
    emptied = set()
    for name, gstate in _resource(owner, Name.ExtGState).items():
        for key in sorted(set(gstate.keys()) & _NOOP_GSTATE.keys()):
            if not _is_noop(key, gstate[key]):
                raise _transparency_error(f"graphics state {name} sets {key} {gstate[key]}")
            del gstate[key]
        if not set(gstate.keys()) - {"/Type"}:
            emptied.add(name)
    return emptied


def _is_noop(key: str, value: object) -> bool:
    allowed = _NOOP_GSTATE[key]
    if isinstance(allowed, tuple):
        return str(value) in allowed
    try:
        return float(value) == allowed  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _drop_gs_operators(doc: pikepdf.Pdf, owner: pikepdf.Object, names: set[str]) -> None:
    kept = [
        op
        for op in pikepdf.parse_content_stream(owner)
        if not (str(op.operator) == "gs" and str(op.operands[0]) in names)
    ]
    # Compressed here because the file is saved without compress_streams (see _save).
    data = zlib.compress(pikepdf.unparse_content_stream(kept))
    if isinstance(owner, pikepdf.Stream):
        owner.write(data, filter=Name.FlateDecode)
    else:
        owner.Contents = doc.make_stream(b"")
        owner.Contents.write(data, filter=Name.FlateDecode)


def _drop_gstate_resources(owner: pikepdf.Object, names: set[str]) -> None:
    gstates = _resource(owner, Name.ExtGState)
    for name in names & set(gstates.keys()):
        del gstates[name]
    if Name.Resources in owner and Name.ExtGState in owner.Resources and not gstates.keys():
        del owner.Resources.ExtGState


def _transparency_error(what: str) -> RenderError:
    return RenderError(
        f"PDF/X-1a allows no transparency, but the page uses {what}",
        hint="flatten it before placing, or choose a PDF/X-4 printer profile",
    )
