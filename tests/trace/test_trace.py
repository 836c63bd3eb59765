"""Traceability: each PDF names its template, region and maker; `designer trace` reads it."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pikepdf
import pytest
from approval_support import copy_template, designer, edit, region_file
from msgspec.structs import asdict
from support import job, pdf_text, run

from designer.export import export_product
from designer.fonts import load_font, text_width_pt
from designer.io.printers import load_printer
from designer.layout.imprint import plan_imprints
from designer.layout.placed import frame_area
from designer.model.geometry import pt_to_mm
from designer.production import produce
from designer.records import replace
from designer.render.pdfx import DESIGNER_NS
from designer.resources import font_path
from designer.trace.log import list_exports, log_path, record_export
from designer.trace.record import FIELDS, read_trace, xmp_name

PT_PER_MM = 72 / 25.4


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    product = produce(job("worried-about-yourself", "fife", "A4", verify=True))
    return export_product(product, tmp_path / "poster.pdf", via="test").path


def test_the_trace_round_trips_every_value(tmp_path: Path) -> None:
    product = produce(job("worried-about-yourself", "fife", "A4", verify=True))
    path = export_product(product, tmp_path / "poster.pdf").path
    assert product.trace is not None
    assert read_trace(path) == product.trace
    t = product.trace
    assert (t.template_id, t.template_version, t.region_id) == (
        "worried-about-yourself",
        "1.0.0",
        "fife",
    )
    assert (t.size, t.produced, t.state, t.printer) == (
        "A4",
        "2026-11-29",
        "final",
        "offset-coated",
    )
    assert t.region_verified_on == "2026-11-02" and t.program.startswith("designer ")
    assert re.fullmatch(r"[0-9a-f]{64}", t.template_hash) and re.fullmatch(
        r"[0-9a-f]{64}", t.region_hash
    )
    assert t.reference == t.document_id[:8]
    assert t.template_approval.startswith("approved by Demo approver")


def test_the_properties_are_xmp_in_the_designer_namespace(exported: Path) -> None:
    with pikepdf.open(exported) as pdf:
        meta = pdf.open_metadata()
        values = {f: str(meta.get(f"{{{DESIGNER_NS}}}{xmp_name(f)}")) for f in FIELDS}
        uuid = str(meta["xmpMM:DocumentID"])
    assert values["template_id"] == "worried-about-yourself"
    assert uuid.replace("-", "").endswith(values["document_id"])


def test_the_imprint_is_in_the_slug_when_the_printer_has_one(exported: Path) -> None:
    trace = read_trace(exported)
    assert trace.imprint() in pdf_text(exported)
    assert f"ref {trace.reference}" in trace.imprint()


def test_without_a_slug_the_imprint_sits_inside_the_safe_area_clear_of_frames(
    tmp_path: Path,
) -> None:
    printer = load_printer("digital-no-marks")
    product = produce(job("worried-about-yourself", "fife", "A4", verify=True, printer=printer))
    path = export_product(product, tmp_path / "digital.pdf").path
    assert product.trace is not None
    assert product.trace.imprint() in pdf_text(path)
    x0, y0, x1, y1 = _word_box_mm(path, f"{product.trace.reference}", printer.bleed_mm)
    trim = product.layout.trim
    safe = printer.safe_mm
    assert safe <= x0 and x1 <= trim.width_mm - safe and safe <= y0 and y1 <= trim.height_mm - safe
    assert x0 > trim.width_mm / 2, "along the right edge"


def _word_box_mm(pdf: Path, word: str, bleed_mm: float) -> tuple[float, float, float, float]:
    """A word's box in trim millimetres (y down), as pdftotext -bbox reports it."""
    html = run("pdftotext", "-bbox", pdf, "-")
    pattern = rf'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">{word}<'
    found = re.search(pattern, html)
    assert found, f"{word!r} not found"
    return tuple(float(v) / PT_PER_MM - bleed_mm for v in found.groups())  # type: ignore[return-value]


def test_the_imprint_strip_overlaps_no_frame_on_any_template() -> None:
    font = load_font(font_path("NotoSans-Regular.ttf"))
    printer = load_printer("digital-no-marks")

    def measure(text: str, size: float) -> float:
        return pt_to_mm(text_width_pt(font, text, size))

    for template_id, size in (("worried-about-yourself", "A4"), ("key-messages-leaflet", "A5")):
        product = produce(job(template_id, "fife", size, printer=printer))
        text = "ref 12345678 | " + "x" * 80
        imprints = plan_imprints(product.layout, printer, (text, "ref 12345678"), measure)
        assert [i.page for i in imprints] == [p.number for p in product.layout.pages]
        for imprint in imprints:
            page = product.layout.pages[imprint.page - 1]
            length = measure(imprint.text, imprint.size_pt)
            top = imprint.y_mm - length
            for item in page.items:
                box = frame_area(item)
                beside = box.right_mm <= imprint.strip.x_mm or box.x_mm >= imprint.strip.right_mm
                apart = box.bottom_mm <= top or box.y_mm >= imprint.y_mm
                assert beside or apart, f"{template_id} page {imprint.page}: overlaps {item}"


# --- designer trace ---------------------------------------------------------------------------


def said(out: str, label: str, verdict: str) -> bool:
    return re.search(rf"^{label}:\s+{verdict}:", out, re.MULTILINE) is not None


def test_cli_trace_prints_every_value_and_says_it_still_matches(
    exported: Path, tmp_path: Path
) -> None:
    done = designer("--regions", region_file(tmp_path, "fife"), "trace", exported)
    trace = read_trace(exported)
    assert done.returncode == 0, done.stdout + done.stderr
    for value in (trace.reference, trace.template_hash[:12], trace.region_hash[:12], "fife"):
        assert value in done.stdout
    assert said(done.stdout, "template now", "ok") and said(done.stdout, "region now", "ok")


def test_cli_trace_json_round_trips(exported: Path, tmp_path: Path) -> None:
    done = designer("--regions", region_file(tmp_path, "fife"), "trace", exported, "--json")
    data = json.loads(done.stdout)
    assert data["trace"] == asdict(read_trace(exported))
    assert [m["matches"] for m in data["now"]] == [True, True]


def test_cli_trace_notices_a_changed_region_record(exported: Path, tmp_path: Path) -> None:
    regions = region_file(tmp_path, "fife")
    edit(regions, "Fife family support service (sample)", "Fife family support (sample)")
    done = designer("--regions", regions, "trace", exported)
    assert done.returncode == 1
    assert said(done.stdout, "region now", "CHANGED") and said(done.stdout, "template now", "ok")


def test_cli_trace_notices_a_changed_template(tmp_path: Path) -> None:
    library = copy_template(tmp_path)
    regions = region_file(tmp_path, "fife")
    common = ("--templates", library, "--regions", regions)
    render = designer(
        *common, "render", "worried-about-yourself", "fife", "--size", "A4", cwd=tmp_path
    )
    assert render.returncode == 0, render.stderr
    pdf = tmp_path / "worried-about-yourself_fife_A4.pdf"
    edit(library / "worried-about-yourself" / "template.yaml", "Local support:", "Local help:")
    done = designer(*common, "trace", pdf)
    assert done.returncode == 1
    assert said(done.stdout, "template now", "CHANGED") and "DIFFERS" in done.stdout


def test_cli_trace_of_a_foreign_pdf_is_exit_2(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.pdf"
    pikepdf.new().save(foreign)
    done = designer("trace", foreign)
    assert done.returncode == 2 and "carries no designer trace" in done.stderr
    missing = designer("trace", tmp_path / "nothing.pdf")
    assert missing.returncode == 2 and "does not exist" in missing.stderr


# --- the export log ---------------------------------------------------------------------------


def test_every_export_is_logged_and_listed(exported: Path, tmp_path: Path) -> None:
    (entry,) = list_exports()
    assert entry.path == str(exported.resolve()) and entry.via == "test"
    assert entry.trace == read_trace(exported)
    regions = region_file(tmp_path, "fife", "moray")
    out = tmp_path / "batch"
    batch = designer(
        "--regions", regions, "batch", "worried-about-yourself", "--size", "A4",
        "--regions", "fife,moray", "--output-dir", out, "--jobs", "2",
    )  # fmt: skip
    assert batch.returncode == 0, batch.stderr
    listed = json.loads(designer("log", "--json").stdout)
    assert [e["via"] for e in listed] == ["batch", "batch", "test"]
    assert {e["region_id"] for e in listed[:2]} == {"fife", "moray"}
    assert len(json.loads(designer("log", "--json", "--limit", "1").stdout)) == 1
    text = designer("log").stdout
    assert entry.trace.reference in text


def test_the_log_is_append_only(exported: Path) -> None:
    with sqlite3.connect(log_path()) as db:
        for sql in ("UPDATE exports SET path = 'x'", "DELETE FROM exports"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                db.execute(sql)
    assert len(list_exports()) == 1


def test_record_export_for_other_callers(exported: Path) -> None:
    """What the window calls if it ever writes a file without export_product."""
    trace = replace(read_trace(exported), state="proof")
    row = record_export(trace, exported, via="window")
    newest = list_exports(limit=1)[0]
    assert (newest.id, newest.via, newest.trace.state) == (row, "window", "proof")
