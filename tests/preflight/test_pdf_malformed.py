"""Preflight of PDFs that open but are malformed inside: findings, never a traceback.

Each crafted file starts from one small, sound ReportLab PDF and corrupts one
object the way a reviewer did (a name where a number belongs, an integer where
a dictionary belongs). The fuzz test does the same with random values at
random places.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pikepdf
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PIL import Image
from preflight_paths import preflight_external as preflight_pdf
from reportlab import rl_config
from reportlab.lib.colors import CMYKColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from designer.model.printer import DEFAULT_PRINTER
from designer.preflight import pdf_checks, pdf_facts, tools
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.tools import InkArea, Rect

pytestmark = pytest.mark.tools

rl_config.invariant = 1

Corrupt = Callable[[pikepdf.Pdf], None]
Where = tuple[str | int, ...]


def _draw(path: Path) -> None:
    """CMYK fills, opacity, an image, a gradient and a form: every kind of resource."""
    canvas = Canvas(str(path), pagesize=(200, 200))
    canvas.setTrimBox((20, 20, 180, 180))
    canvas.setBleedBox((11.5, 11.5, 188.5, 188.5))
    canvas.setFillColor(CMYKColor(0.1, 0.2, 0.3, 0))
    canvas.rect(0, 0, 200, 200, stroke=0, fill=1)
    canvas.setFillAlpha(0.5)
    canvas.rect(30, 30, 40, 40, stroke=0, fill=1)
    image = Image.new("CMYK", (40, 40), (10, 20, 30, 40))
    canvas.drawImage(ImageReader(image), 100, 100, 20, 20)
    canvas.linearGradient(0, 0, 80, 80, (CMYKColor(1, 0, 0, 0), CMYKColor(0, 1, 0, 0)))
    canvas.beginForm("mark")
    canvas.setFillColor(CMYKColor(0, 0, 0, 1))
    canvas.rect(0, 0, 10, 10, stroke=0, fill=1)
    canvas.endForm()
    canvas.doForm("mark")
    canvas.showPage()
    canvas.save()


def _finish(pdf: pikepdf.Pdf) -> None:
    """The parts ReportLab does not write: an output intent, an ICC space, a pattern, a link."""
    profile = pdf.make_stream(b"not really a profile")
    profile.N = 4
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFX,
        OutputConditionIdentifier="FOGRA39",
        DestOutputProfile=profile,
    )
    pdf.Root.OutputIntents = pikepdf.Array([intent])
    resources = pdf.pages[0].Resources
    resources.ColorSpace = pikepdf.Dictionary(CS0=pikepdf.Array([pikepdf.Name.ICCBased, profile]))
    shading = resources.Shading[next(iter(resources.Shading.keys()))]
    resources.Pattern = pikepdf.Dictionary(P0=pikepdf.Dictionary(PatternType=2, Shading=shading))
    image = _image(pdf)[1]
    image.SMaskInData = 0
    link = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link)
    link.Rect = pikepdf.Array([0, 0, 5, 5])
    pdf.pages[0].Annots = pikepdf.Array([pdf.make_indirect(link)])


def _image(pdf: pikepdf.Pdf) -> tuple[str, pikepdf.Stream]:
    xobjects = pdf.pages[0].Resources.XObject
    return next((k, v) for k, v in xobjects.items() if v.get("/Subtype") == "/Image")


def _gstate(pdf: pikepdf.Pdf) -> tuple[str, pikepdf.Dictionary]:
    return next(iter(pdf.pages[0].Resources.ExtGState.items()))


@pytest.fixture(scope="module")
def good_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("malformed") / "good.pdf"
    _draw(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        _finish(pdf)
        pdf.save(path)
    return path


def _corrupted(good: Path, out: Path, corrupt: Corrupt) -> Path:
    with pikepdf.open(good) as pdf:
        corrupt(pdf)
        pdf.save(out)
    return out


def _structure(issues: list[PreflightIssue]) -> list[PreflightIssue]:
    return [i for i in issues if i.rule == "pdf.structure" and i.severity is Severity.ERROR]


def test_the_good_file_reads_cleanly(good_pdf: Path) -> None:
    assert _structure(preflight_pdf(good_pdf, DEFAULT_PRINTER)) == []


def _resource(kind: str, key: str, value: object) -> Corrupt:
    def corrupt(pdf: pikepdf.Pdf) -> None:
        pdf.pages[0].Resources[kind][key] = value

    return corrupt


def _first_shading(pdf: pikepdf.Pdf) -> None:
    shadings = pdf.pages[0].Resources.Shading
    shadings[next(iter(shadings.keys()))] = 7


def _gstate_int(pdf: pikepdf.Pdf) -> None:
    pdf.pages[0].Resources.ExtGState[_gstate(pdf)[0]] = 3


def _opacity_name(pdf: pikepdf.Pdf) -> None:
    _gstate(pdf)[1].ca = pikepdf.Name.x


def _smask_in_data_name(pdf: pikepdf.Pdf) -> None:
    _image(pdf)[1].SMaskInData = pikepdf.Name.x


def _media_box_name(pdf: pikepdf.Pdf) -> None:
    pdf.pages[0].obj.MediaBox = pikepdf.Array([0, 0, pikepdf.Name.x, 100])


def _trim_box_name(pdf: pikepdf.Pdf) -> None:
    pdf.pages[0].obj.TrimBox = pikepdf.Array([0, 0, pikepdf.Name.x, 100])


def _link_rect_name(pdf: pikepdf.Pdf) -> None:
    pdf.pages[0].Annots[0].Rect = pikepdf.Array([0, 0, pikepdf.Name.x, 5])


@pytest.mark.parametrize(
    ("corrupt", "element", "detail"),
    [
        (_trim_box_name, "TrimBox", "[ 0 0 /x 100 ]"),
        (_link_rect_name, "Link annotation", "/x"),
        (_resource("/ColorSpace", "/CS0", pikepdf.Array([pikepdf.Name.ICCBased])), "/CS0", "ICC"),
        (_first_shading, "shading", "not a dictionary"),
        (_resource("/Pattern", "/P0", 5), "pattern /P0", "not a dictionary"),
        (_gstate_int, "graphics state", "not a dictionary"),
        (_opacity_name, "graphics state", "/ca is /x"),
        (_smask_in_data_name, "XObject", "/SMaskInData is /x"),
    ],
    ids=[
        "trimbox-name",
        "rect-name",
        "iccbased-empty",
        "shading-int",
        "pattern-int",
        "gstate-int",
        "ca-name",
        "smaskindata-name",
    ],
)
def test_a_value_of_the_wrong_type_is_a_structure_error(
    good_pdf: Path, tmp_path: Path, corrupt: Corrupt, element: str, detail: str
) -> None:
    path = _corrupted(good_pdf, tmp_path / "bad.pdf", corrupt)

    found = _structure(preflight_pdf(path, DEFAULT_PRINTER))

    (issue,) = [i for i in found if element in (i.element or "")]
    assert detail in (issue.measured or "")
    assert "malformed" in issue.message
    assert issue.page == 1


def test_a_box_with_a_name_for_a_number_is_named() -> None:
    page = pikepdf.Dictionary(MediaBox=pikepdf.Array([0, 0, pikepdf.Name.x, 100]))

    boxes = pdf_facts._declared_boxes(1, page)

    assert boxes.unreadable == (("MediaBox", "[ 0 0 /x 100 ]"),)
    assert boxes.media == Rect(0, 0, 612, 792)


def test_a_media_box_with_a_name_for_a_number(good_pdf: Path, tmp_path: Path) -> None:
    # qpdf replaces the box when it reads the page; Ghostscript then draws nothing
    path = _corrupted(good_pdf, tmp_path / "bad.pdf", _media_box_name)

    assert _structure(preflight_pdf(path, DEFAULT_PRINTER))


def test_an_output_profile_whose_channel_count_is_a_name(good_pdf: Path, tmp_path: Path) -> None:
    def corrupt(pdf: pikepdf.Pdf) -> None:
        pdf.Root.OutputIntents[0].DestOutputProfile.N = pikepdf.Name.x

    path = _corrupted(good_pdf, tmp_path / "bad.pdf", corrupt)

    (issue,) = [i for i in preflight_pdf(path, DEFAULT_PRINTER) if i.rule == "pdfx.output-intent"]
    assert (issue.severity, issue.measured) == (Severity.ERROR, "N /x")


def test_a_page_ghostscript_skips_is_a_finding_not_a_missing_file(
    good_pdf: Path, tmp_path: Path
) -> None:
    def corrupt(pdf: pikepdf.Pdf) -> None:
        pdf.pages.append(pdf.pages[0])
        pdf.pages[1].obj.MediaBox = pikepdf.Array([0, 0, pikepdf.Name.x, 100])

    path = _corrupted(good_pdf, tmp_path / "bad.pdf", corrupt)

    messages = [i.message for i in _structure(preflight_pdf(path, DEFAULT_PRINTER))]
    assert any("Ghostscript rendered no image of page 2" in m for m in messages)


def test_total_ink_names_the_pages_ghostscript_did_not_render(good_pdf: Path) -> None:
    page = Rect(0, 0, 200, 200)
    areas = [InkArea(page=n, media=page, measure=page, trim=page) for n in (1, 2)]

    with pytest.raises(tools.PreflightError, match="page 2"):
        tools.total_ink(good_pdf, areas)


def test_a_rule_that_fails_names_itself(good_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(facts: pdf_facts.Facts) -> Iterator[PreflightIssue]:
        raise TypeError("'int' object is not subscriptable")
        yield  # pragma: no cover

    monkeypatch.setattr(pdf_checks, "_RULES", ((broken, "pdf.fake", "The fake check"),))

    (issue,) = preflight_pdf(good_pdf, DEFAULT_PRINTER)

    assert (issue.rule, issue.element) == ("pdf.structure", "pdf.fake")
    assert issue.message.startswith("The fake check could not be checked")
    assert issue.measured == "TypeError: 'int' object is not subscriptable"


def test_a_fact_that_cannot_be_gathered_is_a_finding(
    good_pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(pdf: pikepdf.Pdf) -> dict[str, str]:
        raise pikepdf.PdfError("bad metadata")

    monkeypatch.setattr(pdf_facts, "_xmp_values", broken)

    found = _structure(preflight_pdf(good_pdf, DEFAULT_PRINTER))

    assert [i.message.split(";")[0] for i in found] == ["The XMP metadata could not be read"]


# --- fuzzing -----------------------------------------------------------------------------------


def _places(pdf: pikepdf.Pdf) -> list[Where]:
    """Every dictionary value and array item reachable from the trailer, each by one path."""
    found: list[Where] = []
    seen: set[tuple[int, int]] = set()

    def visit(obj: object, where: Where) -> None:
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream | pikepdf.Array):
            if obj.is_indirect and obj.objgen in seen:
                return
            seen.add(obj.objgen)
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            children: list[tuple[str | int, object]] = [
                (k, v) for k, v in obj.items() if k not in ("/Parent", "/Length")
            ]
        elif isinstance(obj, pikepdf.Array):
            children = list(enumerate(obj))
        else:
            return
        for key, child in children:
            found.append((*where, key))
            visit(child, (*where, key))

    visit(pdf.trailer, ())
    return found


_NAMES = st.sampled_from(["/x", "/ICCBased", "/DeviceRGB", "/None", "/Indexed", "/Pattern"])
_SCALARS = st.one_of(
    st.integers(-5, 1000),  # small: a huge MediaBox only makes Ghostscript slow
    st.floats(-1000, 1000, allow_nan=False),
    st.booleans(),
    _NAMES.map(pikepdf.Name),
    st.text(max_size=6).map(pikepdf.String),
)
_VALUES = st.one_of(
    _SCALARS,
    st.lists(_SCALARS, max_size=5).map(pikepdf.Array),
    st.builds(pikepdf.Dictionary),
)


def _replace(pdf: pikepdf.Pdf, where: Where, value: object) -> None:
    target: pikepdf.Object = pdf.trailer
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value


@settings(
    max_examples=60,
    deadline=None,
    database=None,  # no .hypothesis folder in the checkout
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_no_corrupted_value_makes_preflight_raise(
    good_pdf: Path, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    with pikepdf.open(good_pdf) as pdf:
        where = data.draw(st.sampled_from(_places(pdf)), label="where")
        value = data.draw(_VALUES, label="value")
        path = tmp_path_factory.mktemp("fuzz") / "fuzzed.pdf"
        try:
            _replace(pdf, where, value)
            pdf.save(path)
        except (pikepdf.PdfError, TypeError, ValueError):
            assume(False)  # pikepdf refuses to write it: not a file anyone could send

    issues = preflight_pdf(path, DEFAULT_PRINTER)
    in_process = pdf_checks.preflight_pdf(path, DEFAULT_PRINTER)  # no programs at all

    assert all(isinstance(i, PreflightIssue) for i in [*issues, *in_process])
