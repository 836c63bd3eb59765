"""Every bundled template and size, as PDF/X-4 and as X-1a, passes our finished-file preflight."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from support import job, page_boxes_mm, pdf_text, run

from designer.io.printers import load_printer
from designer.io.templates import load_library
from designer.preflight.issues import Severity
from designer.preflight.pdf_checks import ExpectedGeometry, preflight_pdf
from designer.production import produce

CASES = [
    (t.id, s.value, flavour) for t in load_library() for s in t.sizes for flavour in ("x4", "x1a")
]
PRINTERS = {"x4": "offset-coated", "x1a": "x1a-strict"}


@pytest.mark.parametrize(
    ("template_id", "size", "flavour"), CASES, ids=["-".join(c) for c in CASES]
)
def test_final_file_passes_preflight(
    tmp_path: Path, template_id: str, size: str, flavour: str
) -> None:
    printer = load_printer(PRINTERS[flavour])
    product = produce(job(template_id, "perth-and-kinross", size, verify=True, printer=printer))
    assert not product.is_proof, product.blockers
    path = tmp_path / product.file_name
    path.write_bytes(product.pdf)
    trim = product.layout.trim
    expected = ExpectedGeometry(
        trim.width_mm, trim.height_mm, printer.bleed_mm, len(product.layout.pages)
    )
    findings = preflight_pdf(path, printer, expected=expected)
    assert [str(f) for f in findings if f.severity is Severity.ERROR] == []
    version = "1.3" if flavour == "x1a" else "1.6"
    assert f"PDF version:     {version}" in run("pdfinfo", path)


@pytest.mark.parametrize("template_id", [t.id for t in load_library()])
def test_x1a_files_contain_no_rgb_object_anywhere(tmp_path: Path, template_id: str) -> None:
    template = load_library().get(template_id)
    printer = load_printer("x1a-strict")
    product = produce(job(template_id, "orkney-islands", template.sizes[0].value, printer=printer))
    with pikepdf.open(io.BytesIO(product.pdf)) as pdf:
        for obj in pdf.objects:
            text = repr(obj)
            assert "/DeviceRGB" not in text
            if isinstance(obj, pikepdf.Stream) and obj.get("/N") == 3:
                pytest.fail(f"a three-component ICC profile in an X-1a file: {obj.objgen}")
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1 and intents[0].S == "/GTS_PDFX"
        assert str(pdf.docinfo["/GTS_PDFXVersion"]) == "PDF/X-1:2001"


def test_digital_profile_has_no_marks_and_media_equals_bleed(tmp_path: Path) -> None:
    printer = load_printer("digital-no-marks")
    product = produce(job("worried-about-someone", "fife", "A4", verify=True, printer=printer))
    path = tmp_path / "d.pdf"
    path.write_bytes(product.pdf)
    boxes = page_boxes_mm(path)
    assert boxes["MediaBox"] == boxes["BleedBox"]
    assert "PROOF" not in pdf_text(path)
