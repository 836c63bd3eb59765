"""Real PDFs of every bundled template and size, checked with poppler, qpdf and Ghostscript."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from support import job, page_boxes_mm, pdf_fonts, pdf_text, run

from designer.io.regions import load_regions
from designer.io.templates import load_library
from designer.model.printer import DEFAULT_PRINTER
from designer.model.sizes import PaperSize
from designer.preflight.issues import Severity
from designer.preflight.pdf_checks import ExpectedGeometry, preflight_pdf
from designer.production import Job, Product, produce

CASES = [
    (t.id, size.value, region)
    for t in load_library()
    for size, region in zip(
        t.sizes, ("city-of-edinburgh", "glasgow-city", "na-h-eileanan-siar"), strict=False
    )
]


def write(product: Product, tmp_path: Path) -> Path:
    path = tmp_path / product.file_name
    path.write_bytes(product.pdf)
    return path


@pytest.fixture(scope="module", params=CASES, ids=["-".join(c) for c in CASES])
def rendered(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Product, Path]:
    template_id, size, region_id = request.param
    product = produce(job(template_id, region_id, size, verify=True))
    return product, write(product, tmp_path_factory.mktemp(template_id))


def test_trim_and_bleed_boxes_are_exact(rendered: tuple[Product, Path]) -> None:
    product, path = rendered
    trim = product.job.size.trim
    for page in range(1, len(product.layout.pages) + 1):
        boxes = page_boxes_mm(path, page)
        x0, y0, x1, y1 = boxes["TrimBox"]
        assert x1 - x0 == pytest.approx(trim.width_mm, abs=0.1)
        assert y1 - y0 == pytest.approx(trim.height_mm, abs=0.1)
        bx0, by0, bx1, by1 = boxes["BleedBox"]
        for outer, inner in ((x0, bx0), (y0, by0), (bx1, x1), (by1, y1)):
            assert outer - inner == pytest.approx(3.0, abs=0.1)
        mx0, my0, mx1, my1 = boxes["MediaBox"]
        assert bx0 - mx0 == pytest.approx(9, abs=0.1), "room for marks outside the bleed"
        assert mx1 - bx1 == pytest.approx(9, abs=0.1)
        assert by0 - my0 == pytest.approx(9, abs=0.1)
        assert my1 - by1 == pytest.approx(9, abs=0.1)


def test_approved_copy_and_region_number_are_real_text(rendered: tuple[Product, Path]) -> None:
    product, path = rendered
    text = pdf_text(path)
    region = product.job.region
    assert region.helpline.phone is not None
    assert region.helpline.phone.display in text
    assert region.name in text
    for copy in product.job.template.copy.values():
        if "{" not in copy:
            assert " ".join(copy.split()) in text
    assert "PROOF" not in text, "a verified region makes a final file"


def test_every_font_is_embedded_and_none_is_a_builtin(rendered: tuple[Product, Path]) -> None:
    fonts = pdf_fonts(rendered[1])
    assert fonts, "the poster has text"
    assert all(f["emb"] == "yes" for f in fonts), fonts
    assert not any("Helvetica" in f["name"] or "Times" in f["name"] for f in fonts)


def test_structure_and_colour_pass_the_pdf_preflight(rendered: tuple[Product, Path]) -> None:
    product, path = rendered
    trim = product.job.size.trim
    expected = ExpectedGeometry(trim.width_mm, trim.height_mm, 3.0, len(product.layout.pages))
    issues = preflight_pdf(path, DEFAULT_PRINTER, expected=expected)
    errors = [str(i) for i in issues if i.severity is Severity.ERROR]
    assert errors == []
    run("qpdf", "--check", path)


def test_no_rgb_operator_or_colour_space_in_any_page(rendered: tuple[Product, Path]) -> None:
    with pikepdf.open(rendered[1]) as pdf:
        for page in pdf.pages:
            operators = {str(op) for _, op in pikepdf.parse_content_stream(page)}
            assert not operators & {"rg", "RG"}
            spaces = page.Resources.get("/ColorSpace", {})
            assert all("/DeviceRGB" not in str(spaces[k]) for k in spaces)


def test_title_names_template_size_and_region(rendered: tuple[Product, Path]) -> None:
    product, path = rendered
    with pikepdf.open(path) as pdf:
        title = str(pdf.docinfo["/Title"])
        creator = str(pdf.docinfo["/Creator"])
    assert (
        title
        == f"{product.job.template.title} - {product.job.size.value} - {product.job.region.name}"
    )
    assert creator.startswith("designer ")


def test_crop_marks_lie_outside_the_bleed(tmp_path: Path) -> None:
    product = produce(job("worried-about-yourself", "fife", "A4", verify=True))
    path = write(product, tmp_path)
    run("pdftoppm", "-r", "254", "-gray", "-png", "-singlefile", path, tmp_path / "page")
    image = Image.open(tmp_path / "page.png").convert("L")
    px_per_mm = 10.0
    margin = 12.0  # media edge to trim: 3 mm bleed + 9 mm marks area

    def dark(x_mm: float, y_mm: float) -> bool:
        x, y = (margin + x_mm) * px_per_mm, (margin + y_mm) * px_per_mm
        return any(image.getpixel((int(x + dx), int(y))) < 128 for dx in (-2, -1, 0, 1, 2))

    assert dark(0.0, -9.0), "a crop mark above the top-left trim corner"
    assert dark(210.0, 297.0 + 9.0), "a crop mark below the bottom-right corner"
    for gap_mm in (-3.5, -4.5, -5.5):  # between the bleed edge (-3) and the marks (-6)
        assert not dark(0.0, gap_mm)


def test_same_job_same_bytes() -> None:
    a = produce(job("key-messages-leaflet", "moray", "A5"))
    b = produce(job("key-messages-leaflet", "moray", "A5"))
    assert a.pdf == b.pdf


def test_unverified_region_makes_a_marked_proof(tmp_path: Path) -> None:
    product = produce(job("worried-about-someone", "moray", "A4"))
    assert product.is_proof
    assert product.file_name.endswith("-PROOF.pdf")
    text = pdf_text(write(product, tmp_path))
    assert "PROOF - not for print" in text
    assert "not been verified" in text


def test_leaflet_has_front_and_back_with_all_four_key_messages(tmp_path: Path) -> None:
    product = produce(job("key-messages-leaflet", "highland", "A5", verify=True))
    path = write(product, tmp_path)
    assert run("pdfinfo", path).count("Pages:") == 1
    assert "Pages:           2" in run("pdfinfo", path)
    text = pdf_text(path)
    for phrase in (
        "under 18 is illegal",
        "consequences are severe",
        "re-victimised",
        "Confidential help",
    ):
        assert phrase in text
    assert load_regions().get("highland").local.name in text


def test_a_region_directory_and_job_pickle_for_worker_processes() -> None:
    import pickle

    item = job("worried-about-yourself", "fife", "A3")
    assert pickle.loads(pickle.dumps(item)) == item
    assert isinstance(item, Job) and item.size is PaperSize.A3


def test_tri_fold_marks_sit_at_each_pages_folds_outside_the_bleed(tmp_path: Path) -> None:
    product = produce(job("dl-trifold-leaflet", "fife", "DL-TRIFOLD", verify=True))
    assert [p.folds_mm for p in product.layout.pages] == [(97.0, 197.0), (100.0, 200.0)]
    path = write(product, tmp_path)
    px_per_mm, margin = 10.0, 12.0
    for page, folds in ((1, (97.0, 197.0)), (2, (100.0, 200.0))):
        run(
            "pdftoppm",
            "-r",
            "254",
            "-gray",
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            path,
            tmp_path / f"p{page}",
        )
        image = Image.open(tmp_path / f"p{page}.png").convert("L")

        def dark(x_mm: float, image: Image.Image = image) -> bool:
            x = int((margin + x_mm) * px_per_mm)
            column = [
                image.getpixel((x + dx, int((margin + y) * px_per_mm)))
                for dx in (-1, 0, 1)
                for y in (-7.0, -7.5, -8.0, -8.5, -9.0, -9.5, -10.0)
            ]
            return min(column) < 128

        for fold in folds:
            assert dark(fold), f"a fold mark above page {page} at {fold} mm"
        other = (100.0, 200.0) if page == 1 else (97.0, 197.0)
        assert not any(dark(x) for x in other), "the other side's folds are not marked here"


def test_black_text_overprints_the_tint_beneath(tmp_path: Path) -> None:
    """Ghostscript simulating overprint keeps the panel's cyan under 100 % K body text."""
    product = produce(job("worried-about-yourself", "fife", "A4", verify=True))
    path = write(product, tmp_path)
    with pikepdf.open(path) as pdf:
        states = pdf.pages[0].Resources.ExtGState
        # ReportLab writes one key per graphics state; they accumulate when applied.
        assert any(s.get("/op") is True for s in states.values())
        assert any(s.get("/OPM") == 1 for s in states.values())
    tiff = tmp_path / "sep.tif"
    run(
        "gs",
        "-q",
        "-dBATCH",
        "-dNOPAUSE",
        "-dSAFER",
        "-sDEVICE=tiff32nc",
        "-r150",
        "-dOverprint=/simulate",
        f"-sOutputFile={tiff}",
        path,
    )
    image = Image.open(tiff)
    text = next(i for i in product.layout.pages[0].items if getattr(i, "frame_id", "") == "hours")
    line = text.lines[0]  # type: ignore[attr-defined]
    px = 150 / 25.4
    top = int((12 + line.baseline_mm - 3) * px)
    box = (int((12 + line.x_mm) * px), top, int((12 + line.x_mm + line.width_mm) * px), top + 3)
    pixels = list(image.crop(box).get_flattened_data())
    darkest = max(pixels, key=lambda p: p[3])
    assert darkest[3] > 200, "found the black text"
    assert darkest[0] > 5, "the tint's cyan survives under the black text"
