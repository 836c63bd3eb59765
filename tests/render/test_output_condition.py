"""Each printer profile's files say which printing condition their colour is for, honestly."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from support import job, run

from designer.io.printers import load_printer
from designer.pack import PrintOrder, pack_manifest
from designer.production import produce
from designer.render.job_sheet import render_job_sheet

# profile id -> words its output condition must say (what it is really for, or that it stands in)
HONEST = {
    "offset-coated": ("FOGRA39", "coated paper"),
    "x1a-strict": ("FOGRA39", "coated paper"),
    "offset-uncoated": ("APPROXIMATION", "uncoated paper", "FOGRA52"),
    "digital-no-marks": ("REFERENCE ONLY", "digital press"),
}


@pytest.mark.parametrize("profile", sorted(HONEST))
def test_the_output_intent_and_job_sheet_say_the_condition(profile: str, tmp_path: Path) -> None:
    product = produce(job("worried-about-yourself", "fife", "A4", printer=load_printer(profile)))
    with pikepdf.open(io.BytesIO(product.pdf)) as pdf:
        (intent,) = pdf.Root.OutputIntents
        info = str(intent.Info)
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(render_job_sheet(pack_manifest(product, PrintOrder(), "p.pdf")))
    sheet_text = " ".join(run("pdftotext", "-raw", sheet, "-").split())
    for words in HONEST[profile]:
        assert words in info, (profile, info)
        assert words in sheet_text
    if profile in ("offset-uncoated", "digital-no-marks"):
        assert "sheetfed offset, coated paper" not in info  # no longer claims to be for coated
