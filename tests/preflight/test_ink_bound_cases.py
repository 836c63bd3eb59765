"""Pages built operator by operator where a careless bound would fall below Ghostscript's render.

Each case is a one-page PDF (MediaBox 300 pt square, BleedBox 50-250 pt). The
bound must be undecided (the render then measures the page) or at least what
Ghostscript measures inside the bleed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pikepdf
import pytest
from msgspec import Struct

from designer.preflight import tools
from designer.preflight.ink_bound import ink_bounds
from designer.preflight.pdf_facts import ink_areas

pytestmark = pytest.mark.tools

Resources = Callable[[pikepdf.Pdf], Mapping[str, Mapping[str, object]]]
Box = tuple[float, float, float, float]
OVERPRINT = pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, OP=True, op=True, OPM=1)


def separation(name: str, c1: list[float], domain: tuple[float, float] = (0, 1)) -> pikepdf.Array:
    blend = pikepdf.Dictionary(FunctionType=2, Domain=list(domain), C0=[0, 0, 0, 0], C1=c1, N=1)
    return pikepdf.Array(
        [pikepdf.Name.Separation, pikepdf.Name(name), pikepdf.Name.DeviceCMYK, blend]
    )


def soft_masked_image(pdf: pikepdf.Pdf) -> pikepdf.Stream:
    """Premultiplied samples (200 %, alpha one half) that un-premultiply to 400 %."""
    image = {
        "Type": pikepdf.Name.XObject,
        "Subtype": pikepdf.Name.Image,
        "Width": 2,
        "Height": 2,
        "BitsPerComponent": 8,
    }
    mask = pdf.make_stream(
        bytes([128]) * 4, ColorSpace=pikepdf.Name.DeviceGray, Matte=[0, 0, 0, 0], **image
    )
    return pdf.make_stream(
        bytes([255, 255, 0, 0]) * 4, ColorSpace=pikepdf.Name.DeviceCMYK, SMask=mask, **image
    )


class Case(Struct, frozen=True):
    content: str
    resources: Resources = lambda pdf: {}
    bleed: Box = (50, 50, 250, 250)


CASES: dict[str, Case] = {
    "Separation /Black paints black whatever its tint transform says": Case(
        "/S cs 1 scn 100 100 50 50 re f",
        lambda pdf: {"/ColorSpace": {"/S": separation("/Black", [0, 0, 0, 0])}},
    ),
    "an overprinted process separation keeps the inks under it": Case(
        "1 1 1 0 k 60 60 180 180 re f /O gs /S cs 1 scn 100 100 50 50 re f",
        lambda pdf: {
            "/ColorSpace": {"/S": separation("/Black", [0.3, 0.3, 0.3, 1])},
            "/ExtGState": {"/O": OVERPRINT},
        },
    ),
    "a tint transform's Domain clips the tint": Case(
        "/S cs 0 scn 100 100 50 50 re f",
        lambda pdf: {"/ColorSpace": {"/S": separation("/Spot", [1, 1, 1, 0], (1, 1))}},
    ),
    "a DefaultCMYK space recolours every k": Case(
        "0 0 0 1 k 100 100 50 50 re f",
        lambda pdf: {"/ColorSpace": {"/DefaultCMYK": [pikepdf.Name.ICCBased, _fogra(pdf)]}},
    ),
    "a fill just outside the bleed still inks the render's edge pixel": Case(
        "1 1 1 0 k 0 0 50.2 300 re f", bleed=(50.4, 50.4, 250, 250)
    ),
    "overprinted black beside a panel shares a pixel with it": Case(
        "1 1 1 0 k 60 60 100 100 re f /O gs 0 0 0 1 k 160.3 100 40 20 re f",
        lambda pdf: {"/ExtGState": {"/O": OVERPRINT}},
    ),
    "a path left open across Q": Case("1 1 1 0 k q 100 100 50 50 re Q f"),
    "cm while a path is built": Case("1 1 1 0 k 10 10 10 10 re 10 0 0 10 0 0 cm f"),
    "a soft mask with Matte raises the inks above the samples": Case(
        "1 1 1 0 k 60 60 180 180 re f q 100 0 0 100 100 100 cm /I Do Q",
        lambda pdf: {"/XObject": {"/I": soft_masked_image(pdf)}},
    ),
}


def _fogra(pdf: pikepdf.Pdf) -> pikepdf.Stream:
    from designer.resources import icc_profile

    profile = pdf.make_stream(icc_profile().read_bytes())
    profile.N = 4
    return profile


def build(tmp_path: Path, case: Case) -> Path:
    pdf = pikepdf.new()
    made = {k: pikepdf.Dictionary(dict(v)) for k, v in case.resources(pdf).items()}
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, 300, 300],
        TrimBox=list(case.bleed),
        BleedBox=list(case.bleed),
        Resources=pikepdf.Dictionary(made),
        Contents=pdf.make_stream(case.content.encode("latin-1")),
    )
    pdf.pages.append(pikepdf.Page(page))
    path = tmp_path / "page.pdf"
    pdf.save(path)
    return path


@pytest.mark.parametrize("case", list(CASES))
def test_the_bound_is_never_below_the_render(tmp_path: Path, case: str) -> None:
    path = build(tmp_path, CASES[case])

    with pikepdf.open(path) as pdf:
        areas = ink_areas(pdf)
        (bound,) = ink_bounds(pdf, areas)
    (peak,) = tools.total_ink(path, areas)

    assert peak.percent > 99  # the case really puts ink in the bleed
    assert bound.percent is None or bound.percent >= peak.percent - 0.5, (bound, peak)
