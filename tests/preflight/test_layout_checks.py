"""Layout preflight: one test per rule that trips it, the bundled template clean, contrast maths."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from designer import resources
from designer.io.templates import load_template
from designer.layout.engine import layout_document
from designer.layout.graphics import place_qr
from designer.layout.placed import (
    DocumentLayout,
    PageLayout,
    Placed,
    PlacedImage,
    PlacedQR,
    PlacedRect,
    PlacedRule,
    PlacedText,
    TextLine,
)
from designer.model.colour import BLACK_TEXT, CMYK, WHITE
from designer.model.geometry import Box, pt_to_mm
from designer.model.printer import DEFAULT_PRINTER
from designer.model.region import Contact, Phone, Region, Verification
from designer.model.sizes import PaperSize
from designer.model.template import Align, QRFrame, QRLevel, Template, TemplateKind, TextRole
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.layout_checks import check_layout
from designer.records import replace
from designer.screen_colour import cmyk_to_rgb, contrast_ratio, relative_luminance

TODAY = date(2026, 11, 29)
FONT = resources.font_path("NotoSans-Regular.ttf")
INK = CMYK(100, 78, 24, 40)
YELLOW = CMYK(0, 0, 100, 0)
RICH_BLACK = CMYK(60, 40, 40, 100)
PALETTE = (
    ("ink", INK),
    ("black", BLACK_TEXT),
    ("white", WHITE),
    ("yellow", YELLOW),
    ("rich-black", RICH_BLACK),
)


# --- building layouts -------------------------------------------------------------


@pytest.fixture(scope="module")
def template() -> Template:
    return load_template(resources.templates_dir() / "worried-about-yourself")


UNVERIFIED = Verification()
TEXT_BOX = Box(20, 20, 120, 20)
QR_BOX = Box(150, 200, 34, 34)


def region(verification: Verification = UNVERIFIED) -> Region:
    return Region(
        id="city-of-edinburgh",
        name="City of Edinburgh",
        health_board="NHS Lothian",
        helpline=Contact(
            name="Get Help helpline",
            phone=Phone("+448081570123", "0808 157 0123"),
            hours="Monday to Friday, 9am to 8pm",
            web="https://gethelp.example.org",
            email="help@example.org",
        ),
        local=Contact(
            name="Edinburgh family support service (sample)",
            phone=Phone("+441314960123", "0131 496 0123"),
            hours="Weekdays 10am to 4pm",
        ),
        verification=verification,
    )


VERIFIED = Verification("A. Officer", date(2026, 10, 1), "phoned the service", date(2027, 4, 1))


def real(
    template: Template,
    size: PaperSize = PaperSize.A4,
    values: dict[str, str] | None = None,
    verification: Verification = VERIFIED,
) -> DocumentLayout:
    return layout_document(template, region(verification), size, values, today=TODAY)


def text(
    frame_id: str = "t",
    box: Box = TEXT_BOX,
    size: float = 14.0,
    *,
    colour: CMYK = BLACK_TEXT,
    role: TextRole = TextRole.BODY,
    lines: tuple[TextLine, ...] | None = None,
    background: CMYK | None = None,
) -> PlacedText:
    """A one-line text at the frame's top-left unless ``lines`` says otherwise."""
    baseline = box.y_mm + pt_to_mm(size * 1.069)
    lines = lines or (TextLine("Help is here", box.x_mm, baseline, 30.0),)
    name = next(n for n, value in PALETTE if value == colour)
    return PlacedText(
        frame_id=frame_id,
        box=box,
        font_name="NotoSans-Regular",
        font_path=FONT,
        size_pt=size,
        requested_pt=size,
        min_pt=size,
        colour=colour,
        colour_name=name,
        background=background,
        role=role,
        align=Align.LEFT,
        lines=lines,
        text=" ".join(line.text for line in lines),
    )


def qr(
    box: Box = QR_BOX, data: str = "https://gethelp.example.org", level: QRLevel = QRLevel.M
) -> PlacedQR:
    return place_qr(QRFrame("qr", box, "", level), data)


def doc(
    *items: Placed,
    size: PaperSize = PaperSize.A4,
    folds: tuple[float, ...] = (),
    background: CMYK | None = None,
    verified: bool = True,
    review_ok: bool = True,
) -> DocumentLayout:
    page = PageLayout(
        number=1, name="front", background=background, items=tuple(items), folds_mm=folds
    )
    return DocumentLayout(
        template_id="t",
        template_version="1",
        template_title="Test",
        kind=TemplateKind.POSTER,
        region_id="r",
        region_name="Region",
        region_verified=verified,
        region_review_ok=review_ok,
        size=size,
        trim=size.trim,
        bleed_mm=3.0,
        pages=(page,),
        values=(),
        palette=PALETTE,
        produced=TODAY,
    )


def found(layout: DocumentLayout, rule: str) -> list[PreflightIssue]:
    return [i for i in check_layout(layout, DEFAULT_PRINTER) if i.rule == rule]


def severities(layout: DocumentLayout, rule: str) -> list[Severity]:
    return [i.severity for i in found(layout, rule)]


# --- text -------------------------------------------------------------------------


def test_overflow_names_frame_and_amount(template: Template) -> None:
    unbreakable = "W" * 90  # one word wider than the frame, even at the minimum size
    (issue,) = found(real(template, values={"local_note": unbreakable}), "text.overflow")
    assert issue.severity is Severity.ERROR and issue.element == "note" and issue.page == 1
    assert issue.measured is not None and issue.measured.endswith("mm over")
    assert "12.0 pt" in issue.message


def test_shrunk_is_information() -> None:
    fitted = replace(text(size=13.2), requested_pt=16.0)
    (issue,) = found(doc(fitted), "text.shrunk")
    assert issue.severity is Severity.INFO and issue.element == "t"
    assert (issue.measured, issue.limit) == ("13.2 pt", "16.0 pt")
    assert found(doc(text()), "text.shrunk") == []


def test_missing_glyph_names_code_point(template: Template) -> None:
    (issue,) = found(real(template, values={"local_note": "Café 中"}), "text.missing-glyph")
    assert issue.severity is Severity.ERROR and issue.element == "note"
    assert "U+4E2D CJK UNIFIED IDEOGRAPH-4E2D" in issue.message


def test_too_small() -> None:
    assert severities(doc(text(size=5.5, role=TextRole.SMALL)), "text.too-small") == [
        Severity.ERROR
    ]
    assert found(doc(text(size=6.0, role=TextRole.SMALL)), "text.too-small") == []


@pytest.mark.parametrize(
    ("size", "points", "role", "expected"),
    [
        (PaperSize.A4, 11.5, TextRole.BODY, [Severity.WARNING]),
        (PaperSize.A4, 11.5, TextRole.CONTACT, [Severity.WARNING]),
        (PaperSize.A4, 12.0, TextRole.BODY, []),
        (PaperSize.A5, 11.5, TextRole.BODY, [Severity.WARNING]),
        (PaperSize.A3, 14.0, TextRole.BODY, [Severity.WARNING]),  # reads like 9.9 pt at A4
        (PaperSize.A3, 12 * 297 / 210 - 0.01, TextRole.BODY, []),  # fitting rounds down
        (PaperSize.A2, 20.0, TextRole.BODY, [Severity.WARNING]),
        (PaperSize.A4, 9.0, TextRole.HEADLINE, []),
        (PaperSize.A4, 9.0, TextRole.SMALL, []),
    ],
)
def test_legibility_scales_with_the_page(
    size: PaperSize, points: float, role: TextRole, expected: list[Severity]
) -> None:
    assert severities(doc(text(size=points, role=role), size=size), "text.legibility") == expected


def test_four_colour_black_small_text() -> None:
    small = text(size=10, colour=RICH_BLACK, role=TextRole.SMALL)
    assert severities(doc(small), "text.four-colour-black") == [Severity.ERROR]
    assert found(doc(replace(small, colour=BLACK_TEXT)), "text.four-colour-black") == []
    assert found(doc(replace(small, size_pt=14)), "text.four-colour-black") == []


def test_omitted_quotes_the_copy(template: Template) -> None:
    (issue,) = found(real(template), "text.omitted")
    assert issue.severity is Severity.INFO and issue.element == "note"
    assert "\u201c[local_note]\u201d" in issue.message


# --- contrast ---------------------------------------------------------------------


def test_contrast_low_on_paper() -> None:
    (issue,) = found(doc(text(colour=YELLOW)), "contrast.low")
    assert issue.severity is Severity.ERROR and "paper white" in issue.message
    assert issue.limit == "4.5:1"


def test_contrast_uses_the_rect_drawn_below() -> None:
    band = PlacedRect("band", Box(-3, -3, 216, 60), INK, "ink")
    white = text(colour=WHITE)
    assert found(doc(band, white), "contrast.low") == []
    (issue,) = found(doc(white, band), "contrast.low")  # drawn after: white on paper
    assert "paper white" in issue.message


def test_contrast_declared_background_and_page_background() -> None:
    band = PlacedRect("band", Box(-3, -3, 216, 60), INK, "ink")
    assert found(doc(band, text(colour=WHITE, background=INK)), "contrast.low") == []
    # a declared background is not taken on trust: nothing ink is drawn under this text
    (alone,) = found(doc(text(colour=WHITE, background=INK)), "contrast.low")
    assert "white on paper white" in alone.message
    assert found(doc(text(colour=WHITE), background=INK), "contrast.low") == []
    (issue,) = found(doc(text(colour=INK), background=INK), "contrast.low")
    assert "ink on ink" in issue.message


def test_white_on_black_is_about_21() -> None:
    assert contrast_ratio(WHITE, CMYK(100, 100, 100, 100)) == pytest.approx(21, abs=0.5)


def test_black_text_on_white_passes_and_yellow_fails() -> None:
    assert contrast_ratio(BLACK_TEXT, WHITE) > 4.5
    assert contrast_ratio(YELLOW, WHITE) < 2.0
    assert contrast_ratio(WHITE, YELLOW) == contrast_ratio(YELLOW, WHITE)


def test_rgb_and_luminance_ends() -> None:
    assert cmyk_to_rgb(WHITE) == (255, 255, 255)
    assert relative_luminance((255, 255, 255)) == pytest.approx(1.0)
    assert relative_luminance((0, 0, 0)) == 0.0


# --- safe area and folds ----------------------------------------------------------


def test_text_lines_outside_safe_area() -> None:
    near_edge = TextLine("Help is here", 2.0, 30.0, 30.0)  # frame inside, line pushed out
    issues = found(doc(text(lines=(near_edge,))), "safe.outside")
    assert [(i.severity, i.element) for i in issues] == [(Severity.ERROR, "t")]
    assert issues[0].measured == "2.0 mm from the edge"


def test_overflowing_lines_leave_the_safe_area() -> None:
    box = Box(20, 270, 120, 20)
    low = TextLine("Help is here", 20.0, 299.0, 30.0)  # runs past the trim at the foot
    (issue,) = found(doc(text(box=box, lines=(low,))), "safe.outside")
    assert "past the trimmed edge" in issue.message


def test_qr_and_image_outside_safe_area() -> None:
    layout = doc(qr(Box(180, 20, 28, 28)), image(Box(1, 100, 40, 20), 900))
    assert [i.element for i in found(layout, "safe.outside")] == ["qr", "logo"]


def test_rects_and_rules_may_reach_the_edge() -> None:
    band = PlacedRect("band", Box(-3, -3, 216, 60), INK, "ink")
    rule = PlacedRule(
        frame_id="rule",
        x1_mm=0,
        y1_mm=100,
        x2_mm=210,
        y2_mm=100,
        width_pt=1.0,
        colour=BLACK_TEXT,
        colour_name="black",
    )
    assert found(doc(band, rule), "safe.outside") == []


def test_fold_safe() -> None:
    across = text(box=Box(90, 40, 40, 20), lines=(TextLine("Help", 90, 45, 20),))
    close = text("close", Box(103, 80, 40, 20), lines=(TextLine("Help", 103, 85, 20),))
    clear = text("clear", Box(106, 120, 40, 20), lines=(TextLine("Help", 106, 125, 20),))
    issues = found(doc(across, close, clear, folds=(100.0,)), "safe.fold")
    assert [(i.element, i.measured) for i in issues] == [
        ("t", "0.0 mm from the fold"),
        ("close", "3.0 mm from the fold"),
    ]
    assert found(doc(across), "safe.fold") == []  # no folds, no rule


# --- images, QR codes, lines ------------------------------------------------------


def image(box: Box, pixels: int) -> PlacedImage:
    return PlacedImage(
        frame_id="logo",
        frame_box=box,
        box=box,
        path=Path("logo.png"),
        pixel_width=pixels,
        pixel_height=pixels,
    )


@pytest.mark.parametrize(
    ("pixels", "expected"),
    [(600, []), (400, [Severity.WARNING]), (200, [Severity.ERROR])],
)
def test_image_resolution(pixels: int, expected: list[Severity]) -> None:
    two_inches = Box(20, 100, 50.8, 50.8)
    assert severities(doc(image(two_inches, pixels)), "image.resolution") == expected


@pytest.mark.parametrize(
    ("size", "box_mm", "expected"),
    [
        (PaperSize.A4, 34.0, []),
        (PaperSize.A4, 22.0, [Severity.ERROR]),  # code ~16.7 mm < 20
        (PaperSize.A3, 34.0, [Severity.ERROR]),  # code ~25.8 mm < 30
        (PaperSize.A3, 48.0, []),
        (PaperSize.A2, 48.0, [Severity.ERROR]),  # code ~36.4 mm < 40
    ],
)
def test_qr_too_small_for_the_size(
    size: PaperSize, box_mm: float, expected: list[Severity]
) -> None:
    layout = doc(qr(Box(50, 50, box_mm, box_mm)), size=size)
    assert severities(layout, "qr.too-small") == expected


def test_qr_without_data() -> None:
    layout = doc(qr(data=""))
    assert severities(layout, "qr.empty") == [Severity.ERROR]
    assert found(layout, "qr.too-small") == []


def test_qr_quiet_zone_modules() -> None:
    thin = replace(qr(), quiet_modules=2)
    assert severities(doc(thin), "qr.quiet-zone") == [Severity.ERROR]


def test_qr_overlapped_by_text_and_rects() -> None:
    code = qr(Box(150, 200, 34, 34))
    backdrop = PlacedRect("panel", Box(12, 190, 186, 78), INK, "ink")
    corner = PlacedRect("corner", Box(140, 190, 15, 15), YELLOW, "yellow")
    words = text("words", lines=(TextLine("Call us", 120, 215, 35),))
    layout = doc(backdrop, code, corner, words)
    assert [i.measured for i in found(layout, "qr.quiet-zone")] == [
        "overlapped by corner",
        "overlapped by words",
    ]
    assert found(doc(backdrop, code), "qr.quiet-zone") == []
    assert len(found(doc(code, backdrop), "qr.quiet-zone")) == 1  # a panel on top hides it


def test_qr_error_correction() -> None:
    assert severities(doc(qr(level=QRLevel.L)), "qr.error-correction") == [Severity.ERROR]
    assert found(doc(qr(level=QRLevel.Q)), "qr.error-correction") == []


@pytest.mark.parametrize(
    ("width", "colour", "expected"),
    [
        (0.2, BLACK_TEXT, [Severity.ERROR]),
        (0.25, BLACK_TEXT, []),
        (0.3, INK, [Severity.ERROR]),  # four inks must register on it
        (0.5, INK, []),
    ],
)
def test_line_too_thin(width: float, colour: CMYK, expected: list[Severity]) -> None:
    rule = PlacedRule(
        frame_id="rule",
        x1_mm=20,
        y1_mm=100,
        x2_mm=190,
        y2_mm=100,
        width_pt=width,
        colour=colour,
        colour_name="colour",
    )
    assert severities(doc(rule), "line.too-thin") == expected


# --- document ---------------------------------------------------------------------


def test_ink_total_names_the_colour() -> None:
    heavy = CMYK(100, 100, 100, 50)
    rect = PlacedRect("band", Box(-3, -3, 216, 60), heavy, "heavy")
    (issue,) = found(doc(rect), "ink.total")
    assert issue.severity is Severity.ERROR and issue.element == "heavy"
    assert issue.measured == "350 %" and issue.limit == "300 %" and "band" in issue.message


def test_ink_total_ignores_unused_palette_colours() -> None:
    layout = replace(doc(text()), palette=(*PALETTE, ("heavy", CMYK(100, 100, 100, 50))))
    assert found(layout, "ink.total") == []


def test_region_unverified_and_review_due(template: Template) -> None:
    assert severities(real(template, verification=UNVERIFIED), "region.unverified") == [
        Severity.ERROR
    ]
    lapsed = replace(VERIFIED, review_by=date(2026, 6, 1))
    layout = real(template, verification=lapsed)
    assert found(layout, "region.unverified") == []
    (issue,) = found(layout, "region.review-due")
    assert "designer regions verify" in issue.fix


# --- the bundled template -----------------------------------------------------------


@pytest.mark.parametrize("size", [PaperSize.A4, PaperSize.A3, PaperSize.A2])
def test_bundled_template_is_clean(template: Template, size: PaperSize) -> None:
    unverified = check_layout(real(template, size, verification=UNVERIFIED), DEFAULT_PRINTER)
    errors = [i.rule for i in unverified if i.severity is Severity.ERROR]
    assert errors == ["region.unverified"]
    verified = check_layout(real(template, size), DEFAULT_PRINTER)
    assert [str(i) for i in verified if i.severity is not Severity.INFO] == []


def test_every_item_issue_says_where_and_what_to_do(template: Template) -> None:
    layout = real(template, values={"local_note": "中" * 80})
    for issue in check_layout(layout, DEFAULT_PRINTER):
        assert issue.page == 1 and issue.element and issue.fix


def test_anything_past_the_bleed_edge_is_an_error() -> None:
    inside = PlacedRect("band", Box(-3, -3, 216, 50), INK, "ink")
    past = PlacedRect("stray", Box(-45, 100, 20, 20), INK, "ink")
    long_rule = PlacedRule(
        frame_id="rule",
        x1_mm=-40,
        y1_mm=150,
        x2_mm=250,
        y2_mm=150,
        width_pt=0.5,
        colour=BLACK_TEXT,
        colour_name="black",
    )
    issues = found(doc(inside, past, long_rule), "bleed.outside")
    assert [i.element for i in issues] == ["stray", "rule"]
    assert issues[0].measured == "42.0 mm past the bleed"


def test_text_running_off_a_dark_band_onto_paper_is_checked_against_both() -> None:
    band = PlacedRect("band", Box(-3, -3, 216, 53), INK, "ink")  # ends at y = 50
    on_band = TextLine("Help is here", 20.0, 46.0, 30.0)
    on_paper = TextLine("and here", 20.0, 62.0, 30.0)
    white_text = text(box=Box(20, 40, 170, 30), colour=WHITE, lines=(on_band, on_paper))
    issues = found(doc(band, white_text), "contrast.low")
    assert len(issues) == 1 and "on paper white" in issues[0].message
