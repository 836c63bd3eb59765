"""PDF/X finishing, checked on real ReportLab output with pikepdf, qpdf and poppler."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Dictionary, Name, Operator
from reportlab import rl_config
from reportlab.lib.colors import CMYKColor
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from designer.errors import RenderError
from designer.model.printer import DEFAULT_PRINTER, PdfxFlavour
from designer.records import replace
from designer.render.pdfx import DocumentMetadata, finish_pdfx
from designer.resources import font_path, icc_profile

X1A = replace(DEFAULT_PRINTER, id="x1a", pdfx=PdfxFlavour.X1A)
META = DocumentMetadata(
    title="Flu vaccination poster, A3, Highland",
    subject="Campaign poster",
    creator="designer 0.1.0",
    author="Public Health",
    keywords="flu, vaccination, poster",
    created=datetime(2024, 10, 1, 9, 30, tzinfo=timezone(timedelta(hours=1))),
    document_id="00112233445566778899aabbccddeeff",
    extra=(("template", "flu-2024"), ("region", "highland")),
)


@pytest.fixture(autouse=True)
def _invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    for name, file in (("NotoSans", "NotoSans-Regular.ttf"), ("NotoSansBold", "NotoSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(font_path(file))))


def _poster(*, lines: int = 40, alpha: float | None = None, extra_boxes: bool = False) -> bytes:
    """An A3 poster as the renderer draws it: trim, bleed, CMYK fills, two embedded fonts."""
    trim_w, trim_h, bleed, margin = 297 * mm, 420 * mm, 3 * mm, 9 * mm
    edge = bleed + margin
    width, height = trim_w + 2 * edge, trim_h + 2 * edge
    buf = io.BytesIO()
    boxes = {"cropBox": (0, 0, 100, 100), "artBox": (edge, edge, 200, 200)} if extra_boxes else {}
    canvas = Canvas(
        buf,
        pagesize=(width, height),
        trimBox=(edge, edge, edge + trim_w, edge + trim_h),
        bleedBox=(margin, margin, width - margin, height - margin),
        initialFontName="NotoSans",
        **boxes,
    )
    canvas.setFillColor(CMYKColor(0.6, 0.4, 0.4, 1))
    canvas.rect(margin, margin, trim_w + 2 * bleed, 120 * mm, stroke=0, fill=1)
    if alpha is not None:
        canvas.setFillAlpha(alpha)
    canvas.setFillColor(CMYKColor(0, 0, 0, 1))
    canvas.setFillOverprint(True)
    canvas.setFont("NotoSansBold", 72)
    canvas.drawString(edge + 20 * mm, edge + 330 * mm, "Get your flu jab")
    canvas.setFont("NotoSans", 14)
    for i in range(lines):
        text = f"Line {i}: Gàidhlig, Cymraeg ŵŷ, Polski łśź - call 0800 123 4567 today"
        canvas.drawString(edge + 20 * mm, edge + 130 * mm + i * 5 * mm, text)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _with_noop_gstates(pdf: bytes) -> bytes:
    """Add the no-op ``/ca 1`` ``/CA 1`` graphics states older ReportLab versions emit."""
    doc = pikepdf.open(io.BytesIO(pdf))
    page = doc.pages[0]
    gstates = page.Resources.ExtGState
    gstates.GSnoop = Dictionary(ca=1, CA=1)
    gstates.GSnormal = Dictionary(Type=Name.ExtGState, BM=Name.Normal, CA=1.0)
    ops = [([Name("/GSnoop")], Operator("gs")), ([Name("/GSnormal")], Operator("gs"))]
    page.contents_add(doc.make_stream(pikepdf.unparse_content_stream(ops)), prepend=True)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _walk(doc: pikepdf.Pdf) -> Iterator[tuple[str | None, object]]:
    """Every (key, value) in every object of the file, direct children included."""
    stack: list[tuple[str | None, object, bool]] = [(None, obj, True) for obj in doc.objects]
    while stack:
        key, obj, top = stack.pop()
        yield key, obj  # scalars come back as Python int, bool, Decimal
        if not isinstance(obj, pikepdf.Object) or (obj.is_indirect and not top):
            continue  # nothing inside, or visited as a top-level object of its own
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            stack.extend((k, obj[k], False) for k in list(obj.keys()))
        elif isinstance(obj, pikepdf.Array):
            stack.extend((None, item, False) for item in obj)


def _write(tmp_path: Path, data: bytes, name: str = "out.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _tool(*args: str | Path) -> str:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, check=True)
    return done.stdout


# --- PDF/X-4 --------------------------------------------------------------------------------


@pytest.mark.tools
def test_x4_passes_qpdf_and_has_header_1_6(tmp_path: Path) -> None:
    path = _write(tmp_path, finish_pdfx(_poster(), printer=DEFAULT_PRINTER, meta=META))
    assert "No syntax or stream encoding errors" in _tool("qpdf", "--check", path)
    info = _tool("pdfinfo", path)
    assert "PDF version:     1.6" in info
    assert "Title:           Flu vaccination poster, A3, Highland" in info
    assert "Metadata Stream: yes" in info


def test_x4_has_exactly_one_output_intent_with_the_cmyk_profile() -> None:
    doc = pikepdf.open(io.BytesIO(finish_pdfx(_poster(), printer=DEFAULT_PRINTER, meta=META)))
    intents = doc.Root.OutputIntents
    assert len(intents) == 1
    intent = intents[0]
    assert intent.S == Name.GTS_PDFX
    assert str(intent.OutputConditionIdentifier) == "FOGRA39"
    assert str(intent.RegistryName) == "http://www.color.org"
    assert "FOGRA39" in str(intent.Info)
    profile = intent.DestOutputProfile
    assert isinstance(profile, pikepdf.Stream)
    assert profile.N == 4
    assert profile.read_bytes() == icc_profile().read_bytes()


def test_x4_identity_lives_in_xmp() -> None:
    doc = pikepdf.open(io.BytesIO(finish_pdfx(_poster(), printer=DEFAULT_PRINTER, meta=META)))
    xmp = doc.open_metadata()
    assert xmp.pdfx_status == "PDF/X-4"
    assert xmp["xmpMM:DocumentID"] == "uuid:00112233-4455-6677-8899-aabbccddeeff"
    assert xmp["xmpMM:VersionID"] == "1"
    assert xmp["xmpMM:RenditionClass"] == "default"
    assert xmp["pdf:Trapped"] == "False"
    assert xmp["dc:title"] == META.title
    assert xmp["xmp:CreatorTool"] == "designer 0.1.0"
    assert xmp["pdf:Producer"].endswith(f"pikepdf {pikepdf.__version__}")
    for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
        assert xmp[key] == "2024-10-01T09:30:00+01:00"
    assert xmp["{https://designer.example.org/ns/1.0/}template"] == "flu-2024"
    assert xmp["{https://designer.example.org/ns/1.0/}region"] == "highland"


def test_info_dictionary_matches_the_metadata() -> None:
    doc = pikepdf.open(io.BytesIO(finish_pdfx(_poster(), printer=DEFAULT_PRINTER, meta=META)))
    info = doc.docinfo
    assert info.Trapped == Name("/False")
    assert str(info.Title) == META.title
    assert str(info.Subject) == META.subject
    assert str(info.Author) == META.author
    assert str(info.Creator) == META.creator
    assert str(info.CreationDate) == str(info.ModDate) == "D:20241001093000+01'00'"
    assert str(info.Producer).startswith("ReportLab")
    assert "/GTS_PDFXVersion" not in info  # X-4 says it in XMP


def test_boxes_keep_trim_and_bleed_and_lose_crop_and_art() -> None:
    doc = pikepdf.open(
        io.BytesIO(finish_pdfx(_poster(extra_boxes=True), printer=DEFAULT_PRINTER, meta=META))
    )
    page = doc.pages[0].obj
    assert Name.TrimBox in page and Name.BleedBox in page
    assert Name.CropBox not in page and Name.ArtBox not in page


def test_a_page_without_trimbox_is_refused() -> None:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(200, 200), initialFontName="NotoSans")
    canvas.showPage()
    canvas.save()
    with pytest.raises(RenderError, match="page 1 has no TrimBox"):
        finish_pdfx(buf.getvalue(), printer=DEFAULT_PRINTER, meta=META)


def test_output_is_byte_deterministic_and_identified_by_document_id() -> None:
    drawn = _poster()
    first = finish_pdfx(drawn, printer=DEFAULT_PRINTER, meta=META)
    assert finish_pdfx(drawn, printer=DEFAULT_PRINTER, meta=META) == first
    other = replace(META, document_id="ff" * 16)
    assert finish_pdfx(drawn, printer=DEFAULT_PRINTER, meta=other) != first
    trailer_id = pikepdf.open(io.BytesIO(first)).trailer.ID
    assert bytes(trailer_id[0]) == bytes.fromhex(META.document_id)
    assert len(bytes(trailer_id[1])) == 16


def test_every_stream_names_its_single_filter_plainly() -> None:
    """ReportLab writes ``/Filter [/FlateDecode]``; qpdf --check takes twice as long over it."""
    drawn = _poster(lines=50)
    assert b"/Filter [ /FlateDecode ]" in drawn  # the font files
    with pikepdf.open(io.BytesIO(finish_pdfx(drawn, printer=DEFAULT_PRINTER, meta=META))) as doc:
        filters = [o.get(Name.Filter) for o in doc.objects if isinstance(o, pikepdf.Stream)]
        assert Name.FlateDecode in filters
        assert not [f for f in filters if isinstance(f, pikepdf.Array) and len(f) == 1]
        for obj in doc.objects:  # and every stream still decodes to what was drawn
            if isinstance(obj, pikepdf.Stream) and obj.get(Name.Filter) is not None:
                obj.read_bytes()


def test_a_non_cmyk_output_profile_is_refused() -> None:
    printer = replace(DEFAULT_PRINTER, output_profile=icc_profile("sRGB.icc"))
    with pytest.raises(RenderError, match="not a CMYK ICC profile"):
        finish_pdfx(_poster(lines=1), printer=printer, meta=META)


def test_metadata_rejects_naive_dates_and_bad_ids() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        replace(META, created=datetime(2024, 10, 1))
    with pytest.raises(ValueError, match="hex"):
        replace(META, document_id="not-hex")
    with pytest.raises(ValueError, match="XML name"):
        replace(META, extra=(("bad name", "x"),))
    assert replace(META, created=datetime(2024, 1, 1, tzinfo=UTC)).when.tzinfo


# --- PDF/X-1a -------------------------------------------------------------------------------


@pytest.mark.tools
def test_x1a_passes_qpdf_and_has_header_1_3(tmp_path: Path) -> None:
    finished = finish_pdfx(_with_noop_gstates(_poster()), printer=X1A, meta=META)
    path = _write(tmp_path, finished)
    assert "No syntax or stream encoding errors" in _tool("qpdf", "--check", path)
    assert "PDF version:     1.3" in _tool("pdfinfo", path)
    fonts = _tool("pdffonts", path).splitlines()[2:]
    assert len(fonts) == 2 and all(" yes yes " in row for row in fonts)


def test_x1a_identity_lives_in_info() -> None:
    doc = pikepdf.open(io.BytesIO(finish_pdfx(_poster(), printer=X1A, meta=META)))
    assert str(doc.docinfo.GTS_PDFXVersion) == "PDF/X-1:2001"
    assert str(doc.docinfo.GTS_PDFXConformance) == "PDF/X-1a:2001"
    assert doc.docinfo.Trapped == Name("/False")
    assert len(doc.Root.OutputIntents) == 1
    assert doc.Root.OutputIntents[0].DestOutputProfile.N == 4
    assert Name.ID in doc.trailer


def test_x1a_has_no_transparency_keys_and_no_rgb_anywhere() -> None:
    doc = pikepdf.open(
        io.BytesIO(finish_pdfx(_with_noop_gstates(_poster()), printer=X1A, meta=META))
    )
    found = list(_walk(doc))
    assert not [key for key, _ in found if key in ("/ca", "/CA", "/BM", "/SMask")]
    assert not [obj for _, obj in found if obj in (Name.DeviceRGB, Name.CalRGB)]
    ops = {str(op.operator) for op in pikepdf.parse_content_stream(doc.pages[0])}
    assert not ops & {"rg", "RG"}


def test_x1a_drops_emptied_graphics_states_and_their_uses_but_keeps_overprint() -> None:
    doc = pikepdf.open(
        io.BytesIO(finish_pdfx(_with_noop_gstates(_poster()), printer=X1A, meta=META))
    )
    page = doc.pages[0]
    gstates = page.Resources.ExtGState
    assert set(gstates.keys()) == {"/gRLs0"}
    assert gstates.gRLs0.op is True  # overprint for black text stays
    used = [
        str(op.operands[0]) for op in pikepdf.parse_content_stream(page) if str(op.operator) == "gs"
    ]
    assert used == ["/gRLs0"]


def test_x1a_refuses_real_transparency() -> None:
    with pytest.raises(RenderError, match=r"no transparency.*/ca 0\.5"):
        finish_pdfx(_poster(lines=1, alpha=0.5), printer=X1A, meta=META)


def test_x4_keeps_transparency() -> None:
    finished = finish_pdfx(_poster(lines=1, alpha=0.5), printer=DEFAULT_PRINTER, meta=META)
    doc = pikepdf.open(io.BytesIO(finished))
    assert any(key == "/ca" for key, _ in _walk(doc))


def test_a_single_null_decode_parameter_goes_with_its_array() -> None:
    with pikepdf.open(io.BytesIO(_poster())) as doc:
        stream = next(o for o in doc.objects if isinstance(o, pikepdf.Stream) and "/Filter" in o)
        stream.Filter = pikepdf.Array([Name.FlateDecode])
        stream.DecodeParms = pikepdf.Array([None])
        out = io.BytesIO()
        doc.save(out, compress_streams=False)  # keeps the arrays as written
    assert b"/DecodeParms [ null ]" in out.getvalue()
    finished = finish_pdfx(out.getvalue(), printer=DEFAULT_PRINTER, meta=META)
    with pikepdf.open(io.BytesIO(finished)) as done:
        streams = [o for o in done.objects if isinstance(o, pikepdf.Stream)]
        assert all(Name.DecodeParms not in s or s.DecodeParms is not None for s in streams)
        assert all(not isinstance(s.get(Name.Filter), pikepdf.Array) or len(s.Filter) > 1
                   for s in streams)
