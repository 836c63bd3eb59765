"""The content every file of a batch shares is written once and checked once, yet every
file stays whole: a batch's file is the same job's file made alone, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from designer.batch import export_batch
from designer.io.region.file import load_regions
from designer.io.templates import load_library
from designer.model.sizes import PaperSize
from designer.preflight import ink_forms
from designer.preflight.ink_bound import ink_bounds
from designer.preflight.pdf_facts import ink_areas
from designer.production import Job, produce

TEMPLATE = "worried-about-yourself"


def _jobs(*regions: str) -> list[Job]:
    template = load_library().get(TEMPLATE)
    directory = load_regions()
    return [
        Job(template=template, region=directory.get(r), size=PaperSize("A3"), proof=True)
        for r in regions
    ]


def _forms(path: Path) -> dict[str, bytes]:
    with pikepdf.open(path) as pdf:
        found = pdf.pages[0].Resources.XObject
        return {str(k): v.read_bytes() for k, v in found.items() if v.get("/Subtype") == "/Form"}


def test_the_qr_code_is_one_form_with_the_same_bytes_in_every_file(tmp_path: Path) -> None:
    jobs = _jobs("fife", "highland")
    paths = []
    for job in jobs:
        path = tmp_path / f"{job.region.id}.pdf"
        path.write_bytes(produce(job).pdf)
        paths.append(path)
    fife, highland = (_forms(p) for p in paths)
    assert len(fife) == 1  # the QR code, its rectangles drawn by one Do
    assert fife == highland
    (content,) = fife.values()
    assert content.count(b" re") > 100  # the modules are in the form, not on the page
    with pikepdf.open(paths[0]) as pdf:
        page_ops = [str(i.operator) for i in pikepdf.parse_content_stream(pdf.pages[0])]
    assert page_ops.count("re") < 20


def test_a_remembered_form_gives_the_bound_a_fresh_reading_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designer.io import cache as disk_cache

    monkeypatch.setenv(disk_cache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    for job in _jobs("fife", "orkney-islands"):
        path = tmp_path / f"{job.region.id}.pdf"
        path.write_bytes(produce(job).pdf)
        with pikepdf.open(path) as pdf:
            ink_forms._paints.clear()
            fresh = ink_bounds(pdf, ink_areas(pdf))
            assert ink_forms._paints  # the QR form was read once and remembered ...
            replayed = ink_bounds(pdf, ink_areas(pdf))  # ... then replayed in this process
            ink_forms._paints.clear()
            from_disk = ink_bounds(pdf, ink_areas(pdf))  # ... and in a later one, from disk
        assert fresh == replayed == from_disk
        assert fresh[0].percent is not None
        kept = [p for p in (tmp_path / "cache" / "ink-forms").rglob("*") if p.is_file()]
        assert len(kept) == 1  # one QR code, one entry, shared by both files


def test_a_form_naming_resources_is_read_every_time() -> None:
    pdf = pikepdf.new()
    form = pdf.make_stream(b"/GS0 gs 0 0 10 10 re f")
    form.Resources = pikepdf.Dictionary(ExtGState=pikepdf.Dictionary())
    assert ink_forms.form_key(form, form.Resources, ink_forms.State(), _rect()) is None
    plain = pdf.make_stream(b"0 0 0 1 k 0 0 10 10 re f")
    assert ink_forms.form_key(plain, pikepdf.Dictionary(), ink_forms.State(), _rect()) is not None
    texty = pdf.make_stream(b"BT /F1 12 Tf (a) Tj ET")
    assert ink_forms.form_key(texty, pikepdf.Dictionary(), ink_forms.State(), _rect()) is None


def _rect() -> ink_forms.Rect:
    return ink_forms.Rect(0.0, 0.0, 100.0, 100.0)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_batch_file_is_the_job_made_alone_byte_for_byte(tmp_path: Path, workers: int) -> None:
    jobs = _jobs("aberdeen-city", "fife", "na-h-eileanan-siar")
    report = export_batch(jobs, tmp_path / "batch", workers=workers)
    assert all(item.ok for item in report.items)
    for job, item in zip(jobs, report.items, strict=True):
        assert item.path is not None
        assert item.path.read_bytes() == produce(job).pdf, job.region.id


@pytest.mark.parametrize("printer_id", ["offset-coated", "x1a-strict"])
def test_the_xmp_packet_made_once_is_the_one_pikepdf_writes(printer_id: str) -> None:
    from datetime import UTC, datetime

    from pikepdf.models.metadata import PdfMetadata

    from designer.io.printers import load_printer
    from designer.render import pdfx

    meta = pdfx.DocumentMetadata(
        title="Help & advice <A3> “quoted” é",
        subject="worried > about",
        creator="designer 0.1.0",
        author="Campaign & partners",
        keywords="a, b",
        created=datetime(2026, 1, 2, tzinfo=UTC),
        document_id="ab" * 16,
        extra=(("region_name", "Na h-Eileanan Siar & <Comhairle>"),),
    )
    PdfMetadata.register_xml_namespace(pdfx.DESIGNER_NS, "designer")
    printer = load_printer(printer_id)
    made = pikepdf.new()
    pdfx._set_xmp(made, printer, meta, "ReportLab; pikepdf")
    edited = pikepdf.new()
    with edited.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        for key, value in pdfx._xmp_properties(printer, meta, "ReportLab; pikepdf"):
            xmp[key] = value
    assert made.Root.Metadata.read_bytes() == edited.Root.Metadata.read_bytes()
    assert made.Root.Metadata.Subtype == "/XML"


def test_a_damaged_xmp_packet_on_disk_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designer.io import cache as disk_cache
    from designer.render import pdfx

    monkeypatch.setenv(disk_cache.CACHE_DIR_ENV, str(tmp_path))
    shape = (("dc:title", False), ("dc:creator", True))
    pdfx._xmp_packet.cache_clear()
    made = pdfx._xmp_packet(shape)
    files = [p for p in (tmp_path / pdfx._PACKETS).rglob("*") if p.is_file()]
    assert len(files) == 1
    files[0].write_bytes(b"<x>@@designer-slot-0@@ @@designer-slot-1@@")  # slots, but broken XML
    pdfx._xmp_packet.cache_clear()
    assert pdfx._xmp_packet(shape) == made
    pdfx._xmp_packet.cache_clear()


def test_a_batch_file_is_what_designer_render_makes_in_a_new_process(tmp_path: Path) -> None:
    """The CLI's batch (fife second: everything shared already made) against one render."""
    import subprocess
    import sys

    designer = [sys.executable, "-m", "designer.cli"]
    batch = [*designer, "batch", TEMPLATE, "--size", "A3", "--regions", "highland,fife"]
    render = [*designer, "render", TEMPLATE, "fife", "--size", "A3", "--proof"]
    for command in (
        [*batch, "--proof", "--jobs", "1", "--output-dir", str(tmp_path / "batch")],
        [*render, "--output", str(tmp_path / "alone-proof.pdf")],  # says proof: kept as given
    ):
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    batch_file = tmp_path / "batch" / f"{TEMPLATE}_fife_A3-PROOF.pdf"
    assert batch_file.read_bytes() == (tmp_path / "alone-proof.pdf").read_bytes()


def test_a_remembered_font_subset_is_the_subset_reportlab_cuts() -> None:
    from reportlab.pdfbase import pdfmetrics

    from designer.fonts import load_font
    from designer.render.fixed_content import _Subsets, subsets_once
    from designer.resources import font_path

    name = load_font(font_path("NotoSans-Bold.ttf")).name
    subsets_once([name])
    face = pdfmetrics.getFont(name).face
    assert isinstance(vars(face)["makeSubset"], _Subsets)
    subset = [0, *map(ord, "Worried about your own?")]
    remembered = face.makeSubset(subset)
    assert face.makeSubset(subset) is remembered  # cut once
    assert remembered == type(face).makeSubset(face, subset)  # the bytes ReportLab cuts


def test_the_qr_form_draws_the_rectangles_the_canvas_drew() -> None:
    """Before the form, the canvas drew the quiet zone and one path of module runs."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from designer.layout.placed import PlacedQR
    from designer.production import lay_out
    from designer.render.fixed_content import qr_form, runs
    from designer.render.page import PageFrame

    (job,) = _jobs("fife")
    layout = lay_out(job)
    item = next(i for p in layout.pages for i in p.items if isinstance(i, PlacedQR))
    frame = PageFrame.for_printer(layout.trim, job.printer)
    canvas = Canvas(io.BytesIO(), pagesize=frame.media_pt)
    box, m = item.box, item.module_mm
    canvas.rect(
        frame.x(box.x_mm),
        frame.y(box.bottom_mm),
        frame.x(box.right_mm) - frame.x(box.x_mm),
        frame.y(box.y_mm) - frame.y(box.bottom_mm),
        stroke=0,
        fill=1,
    )
    path = canvas.beginPath()
    ox, oy = box.x_mm + item.quiet_modules * m, box.y_mm + item.quiet_modules * m
    for row, modules in enumerate(item.modules):
        for start, length in runs(modules):
            x0, top = ox + start * m, oy + row * m
            path.rect(
                frame.x(x0),
                frame.y(top + m),
                frame.x(x0 + length * m) - frame.x(x0),
                frame.y(top) - frame.y(top + m),
            )
    canvas.drawPath(path, stroke=0, fill=1)
    drawn = [line for line in " ".join(canvas._code).split(" re") if line]
    drawn_rects = [" ".join(part.split()[-4:]) for part in drawn[:-1]]
    form = qr_form(item, frame).stream.decode()
    form_rects = [line[: -len(" re")] for line in form.splitlines() if line.endswith(" re")]
    assert form_rects == drawn_rects
    assert len(form_rects) > 100


def test_an_images_inks_are_read_once_and_kept_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designer.io import cache as disk_cache
    from designer.preflight import ink_images, ink_sources

    monkeypatch.setenv(disk_cache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    (job,) = _jobs("fife")
    path = tmp_path / "fife.pdf"
    path.write_bytes(produce(job).pdf)
    with pikepdf.open(path) as pdf:
        (logo,) = (x for x in pdf.pages[0].Resources.XObject.values() if x.Subtype == "/Image")
        ink_sources._IMAGE_INKS.clear()
        ink_images._known.clear()
        fresh = ink_sources.image_inks(logo)
        assert ink_images.remembered_image_inks(logo) == fresh
        ink_images._known.clear()  # a new process: only the disk remembers
        ink_sources._IMAGE_INKS.clear()
        monkeypatch.setattr(ink_images, "image_inks", lambda image: pytest.fail("read again"))
        assert ink_images.remembered_image_inks(logo) == fresh
