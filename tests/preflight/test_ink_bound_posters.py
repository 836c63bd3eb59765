"""On every bundled template and size, in both PDF/X flavours, the ink bound settles the
page without a render, and it is never below what Ghostscript's render measures."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from support import job

from designer.io.printers import load_printer
from designer.io.templates import load_library
from designer.preflight import tools
from designer.preflight.ink_bound import ink_bounds
from designer.preflight.pdf_facts import ink_areas
from designer.production import produce

pytestmark = pytest.mark.tools

CASES = [(t.id, s.value, p) for t in load_library() for s in t.sizes for p in ("offset-coated",)]
CASES += [
    ("key-messages-leaflet", "A5", "x1a-strict"),
    ("dl-trifold-leaflet", "DL-TRIFOLD", "digital-no-marks"),
]


@pytest.mark.parametrize(
    ("template_id", "size", "printer_id"), CASES, ids=["-".join(c) for c in CASES]
)
def test_bound_settles_and_is_never_below_the_render(
    tmp_path: Path, template_id: str, size: str, printer_id: str
) -> None:
    printer = load_printer(printer_id)
    product = produce(job(template_id, "highland", size, verify=True, printer=printer))
    path = tmp_path / "poster.pdf"
    path.write_bytes(product.pdf)

    with pikepdf.open(path) as pdf:
        areas = ink_areas(pdf)
        bounds = ink_bounds(pdf, areas)
    peaks = tools.total_ink(path, areas)

    for bound, peak in zip(bounds, peaks, strict=True):
        assert bound.within(printer.ink_limit), bound
        assert bound.percent is not None and bound.percent >= peak.percent - 0.5, (bound, peak)
