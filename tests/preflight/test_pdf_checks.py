"""Preflight of finished PDFs, rule by rule, on files built here with ReportLab.

The builders draw with ReportLab and add the PDF/X parts with pikepdf (a minimal
local finisher, independent of ``designer.render``). Positions are millimetres
from the trim's top-left corner, y down, converted to points once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from msgspec import Struct
from PIL import Image
from preflight_paths import preflight_external as preflight_pdf
from reportlab import rl_config
from reportlab.lib.colors import CMYKColor, CMYKColorSep, Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from designer.model.printer import DEFAULT_PRINTER, PdfxFlavour, PrinterProfile
from designer.preflight import tools
from designer.preflight.ink_bound import InkBound, ink_bounds
from designer.preflight.ink_sources import truetype_glyph_box
from designer.preflight.issues import PreflightIssue, Severity, has_errors
from designer.preflight.pdf_checks import ExpectedGeometry, InkCheck
from designer.preflight.pdf_facts import ink_areas
from designer.preflight.tools import ToolMissingError, qpdf_check

pytestmark = pytest.mark.tools

rl_config.invariant = 1

A3 = ExpectedGeometry(trim_width_mm=297.0, trim_height_mm=420.0, bleed_mm=3.0, pages=1)
X1A = PrinterProfile(id="x1a", title="X-1a press", pdfx=PdfxFlavour.X1A)

ROOT = Path(__file__).resolve().parents[2]
NOTO = ROOT / "assets" / "fonts" / "NotoSans-Regular.ttf"
FOGRA39 = ROOT / "assets" / "icc" / "FOGRA39L_coated_free.icc"
SRGB = ROOT / "assets" / "icc" / "sRGB.icc"
RGB_RED, RGB_BLUE = Color(1, 0, 0), Color(0, 0, 1)
PT_PER_MM = 72.0 / 25.4
REGISTRATION = CMYKColorSep(1, 1, 1, 1, spotName="All")


class Sheet(Struct, frozen=True):
    """A trim size with bleed and a marks margin around it: where things sit on the page."""

    width_mm: float = 297.0
    height_mm: float = 420.0
    bleed_mm: float = 3.0
    margin_mm: float = 12.0  # trim edge to media edge: bleed + room for marks

    @property
    def media_pt(self) -> tuple[float, float]:
        return (
            (self.width_mm + 2 * self.margin_mm) * PT_PER_MM,
            (self.height_mm + 2 * self.margin_mm) * PT_PER_MM,
        )

    def box_pt(self, outset_mm: float) -> tuple[float, float, float, float]:
        """The trim grown by ``outset_mm`` on each side, as a PDF box in points."""
        x0, y0 = (self.margin_mm - outset_mm) * PT_PER_MM, (self.margin_mm - outset_mm) * PT_PER_MM
        return x0, y0, self.media_pt[0] - x0, self.media_pt[1] - y0

    def rect_pt(self, x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
        """A rectangle from trim top-left millimetres (y down) to ReportLab's x, y, w, h."""
        left = (self.margin_mm + x) * PT_PER_MM
        bottom = (self.margin_mm + self.height_mm - y - h) * PT_PER_MM
        return left, bottom, w * PT_PER_MM, h * PT_PER_MM


A3_SHEET = Sheet()


Painter = Callable[[Canvas, Sheet], None]
BuildPdf = Callable[..., Path]


def fill_rect(canvas: Canvas, sheet: Sheet, box: tuple[float, float, float, float]) -> None:
    canvas.rect(*sheet.rect_pt(*box), stroke=0, fill=1)


def place_image(
    canvas: Canvas, sheet: Sheet, image: Image.Image, box: tuple[float, float, float, float]
) -> None:
    x, y, w, h = sheet.rect_pt(*box)
    canvas.drawImage(ImageReader(image), x, y, w, h)


def crop_marks(canvas: Canvas, sheet: Sheet) -> None:
    """Registration-colour marks outside the bleed: 400 % ink that preflight must ignore."""
    canvas.setStrokeColor(REGISTRATION)
    canvas.setLineWidth(0.25)
    media_w, media_h = sheet.media_pt
    start = (sheet.margin_mm - sheet.bleed_mm - 1) * PT_PER_MM
    for y in (sheet.margin_mm * PT_PER_MM, media_h - sheet.margin_mm * PT_PER_MM):
        canvas.line(0, y, start, y)
        canvas.line(media_w - start, y, media_w, y)
    for x in (sheet.margin_mm * PT_PER_MM, media_w - sheet.margin_mm * PT_PER_MM):
        canvas.line(x, 0, x, start)
        canvas.line(x, media_h - start, x, media_h)


def paint_good(canvas: Canvas, sheet: Sheet) -> None:
    """CMYK only: a light background to the bleed, rich black, Noto text, a 300 ppi image."""
    b = sheet.bleed_mm
    canvas.setFillColor(CMYKColor(0.05, 0.1, 0.2, 0))
    fill_rect(canvas, sheet, (-b, -b, sheet.width_mm + 2 * b, sheet.height_mm + 2 * b))
    canvas.setFillColor(CMYKColor(0.6, 0.4, 0.4, 1))
    fill_rect(canvas, sheet, (-b, 300, sheet.width_mm + 2 * b, 40))
    canvas.setFillColor(CMYKColor(0, 0, 0, 1))
    canvas.setFont("NotoSans", 36)
    canvas.drawString(*sheet.rect_pt(20, 60, 0, 0)[:2], "Clinic open every Tuesday")
    photo = Image.new("CMYK", (300, 300), (40, 120, 200, 10))
    place_image(canvas, sheet, photo, (20, 100, 25.4, 25.4))  # 300 px over one inch
    crop_marks(canvas, sheet)


def finish_x4(path: Path, *, title: str = "Test poster A3 - North") -> Path:
    """The PDF/X-4 parts ReportLab cannot write: OutputIntent, XMP identity, Info keys."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        profile = pdf.make_stream(FOGRA39.read_bytes())
        profile.N = 4
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFX,
            OutputConditionIdentifier="FOGRA39",
            RegistryName="http://www.color.org",
            Info="Coated FOGRA39",
            DestOutputProfile=profile,
        )
        pdf.Root.OutputIntents = pikepdf.Array([intent])
        with pdf.open_metadata(update_docinfo=False) as meta:
            meta["pdfxid:GTS_PDFXVersion"] = "PDF/X-4"
            meta["xmpMM:DocumentID"] = "uuid:6b0c5b1e-0000-4000-8000-000000000001"
            meta["xmpMM:VersionID"] = "1"
            meta["xmpMM:RenditionClass"] = "default"
            meta["pdf:Trapped"] = "False"
        pdf.docinfo["/Title"] = title
        pdf.docinfo["/Trapped"] = pikepdf.Name("/False")
        pdf.save(path)
    return path


@pytest.fixture(scope="session", autouse=True)
def _noto() -> None:
    pdfmetrics.registerFont(TTFont("NotoSans", str(NOTO)))


@pytest.fixture
def build_pdf(tmp_path: Path) -> BuildPdf:
    """Draw a one-page PDF; keyword flags choose which page boxes it declares."""

    def build(
        paint: Painter,
        *,
        name: str = "poster.pdf",
        sheet: Sheet = A3_SHEET,
        boxes: bool = True,
        bleed_box: bool = True,
        art_box: bool = False,
    ) -> Path:
        path = tmp_path / name
        # ReportLab opens every page with a Tf of its initial font: make it an embedded one.
        canvas = Canvas(str(path), pagesize=sheet.media_pt, initialFontName="NotoSans")
        if boxes:
            canvas.setTrimBox(sheet.box_pt(0))
        if boxes and bleed_box:
            canvas.setBleedBox(sheet.box_pt(sheet.bleed_mm))
        if art_box:
            canvas.setArtBox(sheet.box_pt(0))
        paint(canvas, sheet)
        canvas.showPage()
        canvas.save()
        return path

    return build


def rules(issues: list[PreflightIssue]) -> dict[str, list[PreflightIssue]]:
    found: dict[str, list[PreflightIssue]] = {}
    for issue in issues:
        found.setdefault(issue.rule, []).append(issue)
    return found


def paint_bad(canvas: Canvas, sheet: Sheet) -> None:
    """Everything PRINT.md forbids that a designer might really do."""
    canvas.setFillColorRGB(0.9, 0.1, 0.1)
    fill_rect(canvas, sheet, (10, 10, 100, 40))
    canvas.setFont("Helvetica", 24)
    canvas.drawString(*sheet.rect_pt(20, 80, 0, 0)[:2], "Not embedded")
    canvas.setFillColor(CMYKColor(1, 0.8, 0.8, 0.8))  # 340 % ink
    fill_rect(canvas, sheet, (150, 200, 50, 50))
    logo = Image.new("CMYK", (200, 200), (0, 0, 0, 120))
    place_image(canvas, sheet, logo, (20, 260, 200 * 25.4 / 72, 200 * 25.4 / 72))  # 72 ppi


@pytest.fixture
def good_pdf(build_pdf: BuildPdf) -> Path:
    return finish_x4(build_pdf(paint_good))


def test_good_x4_file_has_no_errors(good_pdf: Path) -> None:
    issues = preflight_pdf(good_pdf, DEFAULT_PRINTER, expected=A3)

    assert not has_errors(issues), "\n".join(map(str, issues))


def test_bad_file_is_caught_finding_by_finding(build_pdf: BuildPdf) -> None:
    found = rules(preflight_pdf(build_pdf(paint_bad, boxes=False), DEFAULT_PRINTER))

    assert found["pdf.colour.rgb"][0].element == "fill colour (rg)"
    assert found["pdf.font.not-embedded"][0].element == "Helvetica"
    assert {i.element for i in found["pdf.boxes.trim-missing"]} == {"TrimBox"}
    assert found["pdf.boxes.bleed"][0].measured == "none"
    assert found["pdf.image.low-ppi"][0].measured == "72 ppi"
    ink = found["pdf.ink.total"][0]
    assert ink.measured is not None and abs(float(ink.measured.rstrip(" %")) - 340) <= 1
    assert ink.limit == "300 %"
    assert found["pdfx.output-intent"][0].measured == "0"
    assert all(i.severity is Severity.ERROR for i in found["pdf.ink.total"])


def test_ink_ignores_crop_marks_and_says_where(build_pdf: BuildPdf) -> None:
    def paint(canvas: Canvas, sheet: Sheet) -> None:
        crop_marks(canvas, sheet)  # 400 % registration, outside the bleed
        canvas.setFillColor(CMYKColor(1, 0.8, 0.8, 0.8))
        fill_rect(canvas, sheet, (100, 50, 20, 20))

    (ink,) = rules(preflight_pdf(build_pdf(paint), DEFAULT_PRINTER))["pdf.ink.total"]

    assert ink.measured == "340.0 %"
    x_mm, y_mm = (float(v.removesuffix(" mm")) for v in ink.element[3:].split(", "))
    assert abs(x_mm - 100) < 1 and abs(y_mm - 50) < 1


def test_image_between_min_and_target_ppi_warns(build_pdf: BuildPdf) -> None:
    def paint(canvas: Canvas, sheet: Sheet) -> None:
        place_image(canvas, sheet, Image.new("CMYK", (200, 200)), (20, 20, 25.4, 25.4))

    (issue,) = rules(preflight_pdf(build_pdf(paint), DEFAULT_PRINTER))["pdf.image.ppi-warning"]

    assert (issue.severity, issue.measured) == (Severity.WARNING, "200 ppi")


def test_rgb_image_is_an_image_error(build_pdf: BuildPdf) -> None:
    def paint(canvas: Canvas, sheet: Sheet) -> None:
        place_image(canvas, sheet, Image.new("RGB", (300, 300), "teal"), (20, 20, 25.4, 25.4))

    (issue,) = rules(preflight_pdf(build_pdf(paint), DEFAULT_PRINTER))["pdf.image.rgb"]

    assert issue.measured == "DeviceRGB" and issue.page == 1


def test_wrong_trim_size(build_pdf: BuildPdf) -> None:
    path = finish_x4(build_pdf(paint_good, sheet=Sheet(210.0, 297.0)))

    (issue,) = rules(preflight_pdf(path, DEFAULT_PRINTER, expected=A3))["pdf.boxes.trim-size"]

    assert issue.measured == "210.0 x 297.0 mm"
    assert issue.limit is not None and issue.limit.startswith("297.0 x 420.0 mm")


def test_missing_bleed_box(build_pdf: BuildPdf) -> None:
    path = finish_x4(build_pdf(paint_good, bleed_box=False))

    found = rules(preflight_pdf(path, DEFAULT_PRINTER, expected=A3))

    assert [i.measured for i in found["pdf.boxes.bleed"]] == ["none"]
    assert "pdf.boxes.trim-missing" not in found


def test_bleed_box_of_the_wrong_size(build_pdf: BuildPdf) -> None:
    path = finish_x4(build_pdf(paint_good, sheet=Sheet(bleed_mm=2.0)))

    (issue,) = rules(preflight_pdf(path, DEFAULT_PRINTER, expected=A3))["pdf.boxes.bleed"]

    assert issue.measured == "left 2.0, right 2.0, top 2.0, bottom 2.0 mm"


def test_art_box_beside_trim_box(build_pdf: BuildPdf) -> None:
    path = finish_x4(build_pdf(paint_good, art_box=True))

    (issue,) = rules(preflight_pdf(path, DEFAULT_PRINTER, expected=A3))["pdf.boxes.artbox"]

    assert issue.page == 1


def test_annotation_inside_the_bleed(build_pdf: BuildPdf) -> None:
    def paint(canvas: Canvas, sheet: Sheet) -> None:
        paint_good(canvas, sheet)
        canvas.linkURL("https://example.org", sheet.rect_pt(20, 20, 50, 10), relative=0)

    found = rules(preflight_pdf(finish_x4(build_pdf(paint)), DEFAULT_PRINTER))

    assert [i.element for i in found["pdf.annotations"]] == ["Link annotation"]


def test_crop_box_smaller_than_media_box(build_pdf: BuildPdf) -> None:
    def paint(canvas: Canvas, sheet: Sheet) -> None:
        paint_good(canvas, sheet)
        canvas.setCropBox(sheet.box_pt(sheet.bleed_mm))

    found = rules(preflight_pdf(finish_x4(build_pdf(paint)), DEFAULT_PRINTER))

    assert found["pdf.boxes.cropbox"][0].measured == "303.0 x 426.0 mm"


def test_not_a_pdf_is_one_finding(tmp_path: Path) -> None:
    path = tmp_path / "poster.pdf"
    path.write_text("Dear printer, please find the poster attached.\n")

    (issue,) = preflight_pdf(path, DEFAULT_PRINTER)

    assert (issue.rule, issue.severity) == ("pdf.unreadable", Severity.ERROR)


def test_truncated_pdf_is_one_finding(good_pdf: Path) -> None:
    good_pdf.write_bytes(good_pdf.read_bytes()[:400])

    issues = preflight_pdf(good_pdf, DEFAULT_PRINTER)

    assert [i.rule for i in issues] == ["pdf.unreadable"]


def test_password_protected_file(good_pdf: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(good_pdf) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="o", user="secret"))

    assert [i.rule for i in preflight_pdf(locked, DEFAULT_PRINTER)] == ["pdf.encrypted"]


def test_javascript_on_opening(good_pdf: Path) -> None:
    with pikepdf.open(good_pdf, allow_overwriting_input=True) as pdf:
        action = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert('hi')")
        pdf.Root.OpenAction = pdf.make_indirect(action)
        pdf.save(good_pdf)

    (issue,) = rules(preflight_pdf(good_pdf, DEFAULT_PRINTER))["pdf.javascript"]

    assert issue.element == "OpenAction"


def test_javascript_in_a_link_is_found_without_pdfinfo(good_pdf: Path) -> None:
    """pikepdf alone finds it, as exports (which skip pdfinfo) rely on; chained by /Next."""
    with pikepdf.open(good_pdf, allow_overwriting_input=True) as pdf:
        script = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert('hi')")
        action = pikepdf.Dictionary(S=pikepdf.Name.URI, URI="https://example.org", Next=script)
        link = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 5, 5], A=action
        )
        pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([link]))
        pdf.save(good_pdf)

    for pdfinfo in (True, False):
        found = rules(preflight_pdf(good_pdf, DEFAULT_PRINTER, pdfinfo=pdfinfo))
        assert "pdf.javascript" in found


def test_lzw_stream(good_pdf: Path) -> None:
    with pikepdf.open(good_pdf, allow_overwriting_input=True) as pdf:
        stream = pdf.make_stream(b"\x80\x0b\x60\x50\x22\x0c\x0c\x85\x01")  # "-----A---B"
        stream.Filter = pikepdf.Name.LZWDecode
        pdf.Root.Legacy = stream
        pdf.save(good_pdf, compress_streams=False)  # else qpdf re-encodes LZW as Flate

    found = rules(preflight_pdf(good_pdf, DEFAULT_PRINTER))

    assert found["pdf.compression.lzw-jbig2"][0].measured == "LZWDecode"


def test_x1a_rejects_transparency_icc_and_x4_identity(build_pdf: BuildPdf) -> None:
    def paint(canvas: Canvas, sheet: Sheet) -> None:
        paint_good(canvas, sheet)
        canvas.setFillAlpha(0.5)
        fill_rect(canvas, sheet, (10, 10, 30, 30))

    path = finish_x4(build_pdf(paint))
    found = rules(preflight_pdf(path, X1A))

    assert "pdf.transparency" in found
    assert {i.element for i in found["pdfx.identity"]} >= {"GTS_PDFXVersion", "PDF version"}
    assert "pdf.transparency" not in rules(preflight_pdf(path, DEFAULT_PRINTER))


def test_output_intent_for_another_press_warns(good_pdf: Path) -> None:
    press = PrinterProfile(id="web", title="Heatset web", output_condition="FOGRA52")

    (issue,) = rules(preflight_pdf(good_pdf, press))["pdfx.output-intent"]

    assert (issue.severity, issue.measured) == (Severity.WARNING, "FOGRA39")


def test_missing_tool_names_the_package(
    good_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))

    with pytest.raises(ToolMissingError, match="qpdf") as caught:
        qpdf_check(good_pdf)

    assert caught.value.hint == "install the Debian package qpdf"


def test_rgb_inside_a_form_and_a_shading(build_pdf: BuildPdf) -> None:
    def paint(canvas: Canvas, sheet: Sheet) -> None:
        canvas.beginForm("logo")
        canvas.setFillColorRGB(0, 0.4, 0.8)
        canvas.rect(0, 0, 50, 50, stroke=0, fill=1)
        canvas.endForm()
        canvas.doForm("logo")
        canvas.linearGradient(0, 0, 100, 0, (RGB_RED, RGB_BLUE), extend=False)

    found = rules(preflight_pdf(build_pdf(paint), DEFAULT_PRINTER))

    elements = {i.element for i in found["pdf.colour.rgb"]}
    assert "fill colour (rg)" in elements
    assert any(e is not None and e.startswith("shading ") for e in elements)


def test_icc_rgb_is_allowed_in_x4_but_not_in_x1a(good_pdf: Path) -> None:
    with pikepdf.open(good_pdf, allow_overwriting_input=True) as pdf:
        srgb = pdf.make_stream(SRGB.read_bytes())
        srgb.N = 3
        page = pdf.pages[0].obj
        page.Resources.ColorSpace = pikepdf.Dictionary(
            CS0=pikepdf.Array([pikepdf.Name.ICCBased, srgb])
        )
        pdf.save(good_pdf)

    assert "pdf.colour.rgb" not in rules(preflight_pdf(good_pdf, DEFAULT_PRINTER))
    (issue,) = rules(preflight_pdf(good_pdf, X1A))["pdf.colour.rgb"]
    assert (issue.element, issue.measured) == ("colour space /CS0", "ICCBased RGB")


# --- the ink bound: the render is skipped only when the page's operators prove the limit holds


def bound_of(path: Path) -> InkBound:
    with pikepdf.open(path) as pdf:
        (bound,) = ink_bounds(pdf, ink_areas(pdf))
    return bound


def bound_first(path: Path) -> dict[str, list[PreflightIssue]]:
    return rules(preflight_pdf(path, DEFAULT_PRINTER, ink_check=InkCheck.BOUND_FIRST))


@pytest.fixture
def no_render(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("Ghostscript was asked to render a page the bound settles")

    monkeypatch.setattr(tools, "total_ink", refuse)


def test_bound_is_the_largest_ink_inside_the_bleed_marks_aside(good_pdf: Path) -> None:
    # rich black C60 M40 Y40 K100 is the most ink on the page; the marks (400 %) are outside
    assert bound_of(good_pdf) == InkBound(1, 240.0)


@pytest.mark.usefixtures("no_render")
def test_a_settled_page_is_not_rendered(good_pdf: Path) -> None:
    assert "pdf.ink.total" not in bound_first(good_pdf)


def test_over_the_limit_the_render_measures_and_says_where(build_pdf: BuildPdf) -> None:
    def paint(canvas: Canvas, sheet: Sheet) -> None:
        crop_marks(canvas, sheet)
        canvas.setFillColor(CMYKColor(1, 0.8, 0.8, 0.8))
        fill_rect(canvas, sheet, (100, 50, 20, 20))

    pdf = build_pdf(paint)
    (ink,) = bound_first(pdf)["pdf.ink.total"]

    assert bound_of(pdf).percent == 340.0
    assert ink.measured == "340.0 %" and ink.element.startswith("at 100.")


def test_overprint_keeps_the_inks_underneath(build_pdf: BuildPdf) -> None:
    def paint(canvas: Canvas, sheet: Sheet, overprint: bool) -> None:
        canvas.setFillColor(CMYKColor(0.8, 0.7, 0.6, 0))  # 210 %
        fill_rect(canvas, sheet, (0, 0, 100, 100))
        canvas.setFillOverprint(overprint)
        canvas.setOverprintMask(1)
        canvas.setFillColor(CMYKColor(0, 0, 0, 1))
        fill_rect(canvas, sheet, (20, 20, 20, 20))
        canvas.setFillColor(CMYKColor(0, 0, 0.5, 0))  # overprinted, but over nothing
        fill_rect(canvas, sheet, (200, 200, 20, 20))

    knockout = build_pdf(lambda c, s: paint(c, s, False), name="knockout.pdf")
    overprint = build_pdf(lambda c, s: paint(c, s, True), name="overprint.pdf")

    assert bound_of(knockout).percent == 210.0
    assert bound_of(overprint).percent == 310.0  # the panel's C+M+Y under 100 % K


def test_image_samples_set_the_bound(build_pdf: BuildPdf) -> None:
    photo = Image.new("CMYK", (300, 300), (40, 40, 40, 0))
    photo.putpixel((150, 150), (255, 255, 204, 0))  # 280 % at one sample

    def paint(canvas: Canvas, sheet: Sheet) -> None:
        place_image(canvas, sheet, photo, (20, 100, 25.4, 25.4))

    assert bound_of(build_pdf(paint)).percent == 280.0


def test_text_counts_where_its_glyphs_reach_and_not_in_the_slug(build_pdf: BuildPdf) -> None:
    def paint(canvas: Canvas, sheet: Sheet, y_mm: float) -> None:
        canvas.setFillColor(REGISTRATION)  # 400 %
        canvas.setFont("NotoSans", 10)
        canvas.drawString(*sheet.rect_pt(20, y_mm, 0, 0)[:2], "Slug: job 42 gyp")

    # a baseline 5 mm below the trim: 2 mm beyond the bleed, descenders and all
    slug = build_pdf(lambda c, s: paint(c, s, 425 + 3), name="slug.pdf")
    # a baseline 1 mm beyond the bleed: the letters' tops reach back into it
    edge = build_pdf(lambda c, s: paint(c, s, 424), name="edge.pdf")

    assert bound_of(slug).percent == 0.0
    assert bound_of(edge).percent == 400.0


@pytest.mark.parametrize(
    ("paint", "reason"),
    [
        (lambda c, s: (c.setFillColorRGB(1, 0, 0), fill_rect(c, s, (0, 0, 9, 9))), "RGB colour"),
        (
            lambda c, s: c.linearGradient(
                50, 50, 200, 200, (CMYKColor(1, 0, 0, 0), CMYKColor(0.5, 1, 1, 1))
            ),
            "a shading",
        ),
    ],
    ids=["rgb", "shading"],
)
def test_what_the_bound_cannot_judge_goes_to_the_render(
    build_pdf: BuildPdf, paint: Painter, reason: str
) -> None:
    pdf = build_pdf(paint)

    assert bound_of(pdf) == InkBound(1, None, reason)
    if reason == "a shading":  # 350 % at the gradient's end: only the render can see it
        (ink,) = bound_first(pdf)["pdf.ink.total"]
        assert ink.measured is not None and float(ink.measured.removesuffix(" %")) > 340


def test_subset_glyph_box_lies_inside_the_font_box(good_pdf: Path) -> None:
    with pikepdf.open(good_pdf) as pdf:
        (font,) = [f for f in pdf.pages[0].Resources.Font.values() if "/FontDescriptor" in f]
        descriptor = font.FontDescriptor
        x0, y0, x1, y1 = truetype_glyph_box(descriptor.FontFile2.read_bytes())
        fx0, fy0, fx1, fy1 = (float(v) for v in descriptor.FontBBox)

    assert fx0 <= x0 < x1 <= fx1 and fy0 <= y0 < y1 <= fy1
    assert y1 > 700 and y0 < -200  # the letters drawn: capitals, 'y' and 'p'


def test_blending_in_rgb_leaves_the_page_to_the_render(good_pdf: Path) -> None:
    with pikepdf.open(good_pdf, allow_overwriting_input=True) as pdf:
        group = pikepdf.Dictionary(S=pikepdf.Name.Transparency, CS=pikepdf.Name.DeviceRGB)
        pdf.pages[0].obj.Group = group
        pdf.save(good_pdf)

    bound = bound_of(good_pdf)

    assert bound.percent is None and "another colour space" in bound.reason


def test_the_render_counts_overprinted_black_with_the_inks_under_it(build_pdf: BuildPdf) -> None:
    def paint(canvas: Canvas, sheet: Sheet) -> None:
        canvas.setFillColor(CMYKColor(0.8, 0.7, 0.6, 0))  # a 210 % panel
        fill_rect(canvas, sheet, (0, 0, 100, 100))
        canvas.setFillOverprint(True)
        canvas.setOverprintMask(1)
        canvas.setFillColor(CMYKColor(0, 0, 0, 1))
        fill_rect(canvas, sheet, (20, 20, 20, 20))

    (ink,) = rules(preflight_pdf(build_pdf(paint), DEFAULT_PRINTER))["pdf.ink.total"]

    # what the press lays down (8-bit samples: within 1 %), not 100 % knocked out
    assert ink.measured is not None and abs(float(ink.measured.removesuffix(" %")) - 310) <= 1


def test_pdfinfo_reads_any_file_but_not_one_this_program_has_just_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from support import job

    from designer.export import check_pdf_bytes
    from designer.production import produce

    asked: list[Path] = []
    real = tools.pdfinfo
    monkeypatch.setattr(tools, "pdfinfo", lambda path: asked.append(path) or real(path))
    product = produce(job("worried-about-yourself", "fife", "A4", verify=True))
    assert not has_errors(check_pdf_bytes(product, tmp_path))
    assert asked == []  # an export: pikepdf reads pages, encryption and JavaScript
    path = tmp_path / "poster.pdf"
    path.write_bytes(product.pdf)
    assert not has_errors(preflight_pdf(path, DEFAULT_PRINTER))
    assert asked == [path]  # `designer preflight FILE`: every reader
