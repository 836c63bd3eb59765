"""The in-process checks find what qpdf, pdffonts and pdfimages find, finding for finding.

Both ways run over every bundled template x size x PDF/X flavour and over
deliberately bad files: the fonts and images each lists are compared fact by
fact, and the preflight findings whole (rule, severity, message, page, element,
measured value and limit). Both take the ink from the operators' bound and
Ghostscript's render alike, so only the programs under test differ.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from preflight_paths import EXTERNAL
from reportlab import rl_config
from reportlab.lib.colors import CMYKColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from support import job

from designer.export import expected_geometry
from designer.io.printers import load_printer
from designer.io.templates import load_library
from designer.model.printer import DEFAULT_PRINTER, PrinterProfile
from designer.preflight import pdf_inprocess, tools
from designer.preflight.issues import PreflightIssue
from designer.preflight.pdf_checks import ExpectedGeometry, InkCheck, Programs, preflight_pdf
from designer.preflight.pdf_fonts import list_fonts
from designer.preflight.pdf_images import list_images
from designer.production import produce
from designer.records import replace

pytestmark = pytest.mark.tools
rl_config.invariant = 1

ROOT = Path(__file__).resolve().parents[2]
NOTO = ROOT / "assets" / "fonts" / "NotoSans-Regular.ttf"
# in-process, but Ghostscript measures the ink where the bound cannot settle, as the programs do
OWN = Programs(ghostscript=True)
CASES = [
    (t.id, s.value, flavour) for t in load_library() for s in t.sizes for flavour in ("x4", "x1a")
]
PRINTERS = {"x4": "offset-coated", "x1a": "x1a-strict"}


def _findings(
    path: Path, printer: PrinterProfile, programs: Programs, expected: ExpectedGeometry | None
) -> list[PreflightIssue]:
    found = preflight_pdf(
        path, printer, expected=expected, ink_check=InkCheck.BOUND_FIRST, programs=programs
    )
    return sorted(map(_comparable, found), key=lambda i: [str(v) for v in i.to_json().values()])


def _comparable(issue: PreflightIssue) -> PreflightIssue:
    """The qpdf check's own words are compared in ``_qpdf_facts``, line by line."""
    qpdf = issue.message == "qpdf --check found problems"
    return replace(issue, measured="(qpdf's words)") if qpdf else issue


def _qpdf_facts(path: Path) -> None:
    """The same verdict; every line the qpdf program prints, the library says too.

    The library pikepdf carries (qpdf 12) says a little more than Debian's qpdf
    11 program: it also says when it re-reads a damaged stream unfiltered.
    """
    with pikepdf.open(path) as pdf:
        own = pdf_inprocess.qpdf_check(pdf)
    theirs = tools.qpdf_check(path)
    assert own.status == theirs.status
    if own.status != "ok":  # (an encrypted file's permissions are printed too, as no problem)
        assert set(theirs.messages) <= set(own.messages)


def _font_facts(path: Path) -> tuple[list[tuple[str, str, bool]], list[tuple[str, str, bool]]]:
    with pikepdf.open(path) as pdf:
        own = sorted((f.name, f.type, f.embedded) for f in list_fonts(pdf))
    theirs = sorted((f.name, f.type, f.embedded) for f in tools.pdffonts(path))
    return own, theirs


def _image_row(i: tools.ImageInfo) -> tuple[object, ...]:
    return (i.page, i.num, i.type, i.width, i.height, i.color, i.bpc, i.object_id, i.x_ppi, i.y_ppi)


def _image_facts(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with pikepdf.open(path) as pdf:
        own = [_image_row(i) for i in list_images(pdf)]
    return own, [_image_row(i) for i in tools.pdfimages(path)]


def assert_agree(
    path: Path, printer: PrinterProfile = DEFAULT_PRINTER, expected: ExpectedGeometry | None = None
) -> list[PreflightIssue]:
    _qpdf_facts(path)
    own_fonts, their_fonts = _font_facts(path)
    assert own_fonts == their_fonts
    own_images, their_images = _image_facts(path)
    assert own_images == their_images
    own = _findings(path, printer, OWN, expected)
    assert own == _findings(path, printer, EXTERNAL, expected)
    return own


@pytest.mark.parametrize(
    ("template_id", "size", "flavour"), CASES, ids=["-".join(c) for c in CASES]
)
def test_bundled_files_agree(tmp_path: Path, template_id: str, size: str, flavour: str) -> None:
    printer = load_printer(PRINTERS[flavour])
    product = produce(job(template_id, "na-h-eileanan-siar", size, verify=True, printer=printer))
    path = tmp_path / "bundled.pdf"
    path.write_bytes(product.pdf)

    assert_agree(path, printer, expected_geometry(product))


# --- deliberately bad files ------------------------------------------------------------------

Paint = Callable[[Canvas], None]


@pytest.fixture(scope="module", autouse=True)
def _noto() -> None:
    pdfmetrics.registerFont(TTFont("NotoSans", str(NOTO)))


def _pdf(path: Path, paint: Paint, *, boxes: bool = True) -> Path:
    canvas = Canvas(str(path), pagesize=(400, 400), initialFontName="NotoSans")
    if boxes:
        canvas.setTrimBox((30, 30, 370, 370))
        canvas.setBleedBox((21.5, 21.5, 378.5, 378.5))
    paint(canvas)
    canvas.showPage()
    canvas.save()
    return path


def _cmyk(size: int = 100) -> ImageReader:
    return ImageReader(Image.new("CMYK", (size, size), (10, 200, 30, 0)))


def _everything_wrong(canvas: Canvas) -> None:
    canvas.setFillColorRGB(0.9, 0.1, 0.1)
    canvas.rect(40, 40, 100, 40, stroke=0, fill=1)
    canvas.setFont("Helvetica", 24)
    canvas.drawString(60, 300, "Not embedded")
    canvas.setFont("Times-Bold", 12)
    canvas.drawString(60, 280, "Nor this")
    canvas.setFillColor(CMYKColor(1, 0.8, 0.8, 0.8))  # 340 % ink
    canvas.rect(200, 200, 50, 50, stroke=0, fill=1)
    canvas.drawImage(_cmyk(), 60, 100, 100, 100)  # 72 ppi


def _images_every_way(canvas: Canvas) -> None:
    """One image drawn twice at two sizes, an RGB one, a soft-masked one, a 1-bit one."""
    image = _cmyk(200)
    canvas.drawImage(image, 40, 40, 50, 50)  # 288 ppi: a warning
    canvas.drawImage(image, 100, 40, 150, 90)  # stretched: 96 x 160 ppi
    canvas.drawImage(ImageReader(Image.new("RGB", (60, 60), (0, 90, 200))), 40, 200, 30, 30)
    rgba = Image.new("RGBA", (80, 80), (0, 0, 0, 0))
    rgba.paste((0, 0, 0, 255), (20, 20, 60, 60))
    canvas.drawImage(ImageReader(rgba), 200, 200, 40, 40, mask="auto")
    canvas.drawImage(ImageReader(Image.new("1", (300, 300), 1)), 260, 40, 72, 72)  # 300: < 600


def _image_in_a_form(canvas: Canvas) -> None:
    canvas.beginForm("logo")
    canvas.drawImage(_cmyk(50), 0, 0, 10, 10)
    canvas.endForm()
    canvas.saveState()
    canvas.transform(3, 0, 0, 2, 50, 50)  # the form placed larger: 120 x 180 ppi
    canvas.doForm("logo")
    canvas.restoreState()
    canvas.doForm("logo")


PAINTED: dict[str, tuple[Paint, bool]] = {
    "everything-wrong": (_everything_wrong, True),
    "no-boxes": (_everything_wrong, False),
    "images-every-way": (_images_every_way, True),
    "image-in-a-form": (_image_in_a_form, True),
}


@pytest.mark.parametrize("name", list(PAINTED))
def test_drawn_bad_files_agree(tmp_path: Path, name: str) -> None:
    paint, boxes = PAINTED[name]
    found = assert_agree(_pdf(tmp_path / f"{name}.pdf", paint, boxes=boxes))
    assert found  # each of these files is wrong somewhere


def _inline_image(pdf: pikepdf.Pdf) -> None:
    """ReportLab cannot write one here: a 4 x 4 grey inline image over 20 pt (14 ppi)."""
    inline = b"q 20 0 0 20 300 300 cm BI /W 4 /H 4 /CS /G /BPC 8 ID " + bytes(16) + b" EI Q\n"
    pdf.pages[0].contents_add(pdf.make_stream(inline))


def _rotated(pdf: pikepdf.Pdf) -> None:
    pdf.pages[0].obj.Rotate = 90


def _font_file_dropped(pdf: pikepdf.Pdf) -> None:
    for font in pdf.pages[0].Resources.Font.values():
        descriptor = font.get("/FontDescriptor")
        if descriptor is not None:
            del descriptor["/FontFile2"]


def _javascript(pdf: pikepdf.Pdf) -> None:
    action = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1)")
    pdf.Root.OpenAction = pdf.make_indirect(action)


def _link_over_the_page(pdf: pikepdf.Pdf) -> None:
    link = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link)
    link.Rect = pikepdf.Array([50, 50, 100, 100])
    pdf.pages[0].Annots = pikepdf.Array([pdf.make_indirect(link)])


def _damaged_content(pdf: pikepdf.Pdf) -> None:
    pdf.pages[0].Contents.write(b"not deflated", filter=pikepdf.Name.FlateDecode)


def _wrong_boxes(pdf: pikepdf.Pdf) -> None:
    page = pdf.pages[0].obj
    page.CropBox = pikepdf.Array([10, 10, 390, 390])
    page.ArtBox = pikepdf.Array([30, 30, 370, 370])
    page.BleedBox = pikepdf.Array([25, 25, 375, 375])


def _encrypted(pdf: pikepdf.Pdf) -> pikepdf.Encryption:
    return pikepdf.Encryption(owner="secret", user="", R=4)


EDITED: dict[str, Callable[[pikepdf.Pdf], object]] = {
    "inline-image": _inline_image,
    "rotated": _rotated,
    "font-not-embedded": _font_file_dropped,
    "javascript": _javascript,
    "link": _link_over_the_page,
    "damaged-content": _damaged_content,
    "wrong-boxes": _wrong_boxes,
    "encrypted": _encrypted,
}


@pytest.mark.parametrize("name", list(EDITED))
def test_edited_bad_files_agree(tmp_path: Path, name: str) -> None:
    path = _pdf(tmp_path / "start.pdf", _images_every_way)
    out = tmp_path / f"{name}.pdf"
    with pikepdf.open(path) as pdf:
        encryption = EDITED[name](pdf)
        if isinstance(encryption, pikepdf.Encryption):
            pdf.save(out, encryption=encryption)
        else:
            pdf.save(out)

    found = assert_agree(out, expected=ExpectedGeometry(120.0, 120.0, 3.0, 1))
    assert found


def test_a_damaged_cross_reference_table_agrees(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "start.pdf", _images_every_way)
    data = path.read_bytes()
    broken = tmp_path / "xref.pdf"
    # every offset in the table off by a few bytes: qpdf warns and rebuilds it
    broken.write_bytes(data.replace(b"0000000", b"0000001"))

    found = assert_agree(broken)

    structure = [i for i in found if i.rule == "pdf.structure"]
    assert structure and "qpdf --check" in structure[0].message


def test_the_in_process_check_reads_what_qpdf_check_reads(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "start.pdf", _images_every_way)
    out = tmp_path / "bad.pdf"
    with pikepdf.open(path) as pdf:
        _damaged_content(pdf)
        pdf.save(out)

    with pikepdf.open(out) as pdf:
        own = pdf_inprocess.qpdf_check(pdf)

    assert own.status == "errors"
    assert own.messages[-1] == tools.qpdf_check(out).messages[-1]
    assert own.messages[-1].startswith("ERROR: page 1: content stream")
