"""Layout of real templates for real regions: contents, placement, bleed, QR, field values."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import job

from designer.errors import LayoutError
from designer.fonts import load_font
from designer.io.regions import load_regions
from designer.io.templates import load_library
from designer.layout.engine import layout_document
from designer.layout.placed import PlacedQR, PlacedRect, PlacedText
from designer.model.printer import DEFAULT_PRINTER
from designer.model.region import Contact
from designer.model.sizes import PaperSize
from designer.preflight.issues import Severity
from designer.preflight.layout_checks import check_layout
from designer.production import lay_out
from designer.records import replace


def texts(layout: object, page: int = 0) -> dict[str, PlacedText]:
    return {i.frame_id: i for i in layout.pages[page].items if isinstance(i, PlacedText)}  # type: ignore[attr-defined]


def test_region_details_fill_the_placeholders() -> None:
    layout = lay_out(job("worried-about-yourself", "glasgow-city", "A4"))
    region = load_regions().get("glasgow-city")
    placed = texts(layout)
    assert placed["phone"].text == region.helpline.phone.display  # type: ignore[union-attr]
    assert region.name in placed["footer"].text
    assert region.local.name in placed["local"].text
    assert placed["headline"].text == "Worried about your own online behaviour?"


def test_backgrounds_touching_the_trim_extend_exactly_to_the_bleed() -> None:
    layout = lay_out(job("worried-about-yourself", "fife", "A3"))
    band = next(
        i for i in layout.pages[0].items if isinstance(i, PlacedRect) and i.frame_id == "band"
    )
    assert (band.box.x_mm, band.box.y_mm) == (-3.0, -3.0)
    assert band.box.right_mm == pytest.approx(297 + 3.0)
    assert band.box.bottom_mm == pytest.approx(118 * 297 / 210), "an inner edge does not move"
    panel = next(
        i
        for i in layout.pages[0].items
        if isinstance(i, PlacedRect) and i.frame_id == "contact_panel"
    )
    assert panel.box.x_mm > 0, "a frame with bleed: false stays inside the trim"


def test_qr_code_encodes_the_web_address_with_a_quiet_zone() -> None:
    layout = lay_out(job("worried-about-yourself", "fife", "A4"))
    qr = next(i for i in layout.pages[0].items if isinstance(i, PlacedQR))
    assert qr.data == load_regions().get("fife").helpline.web
    assert qr.quiet_modules == 4
    modules = len(qr.modules)
    assert qr.module_mm * (modules + 8) == pytest.approx(qr.box.width_mm)
    assert qr.code_width_mm >= 20


def test_field_values_print_literally() -> None:
    values = (("local_note", "<b>{region.name}</b> & co"),)
    layout = lay_out(job("worried-about-yourself", "fife", "A4", values=values))
    assert texts(layout)["note"].text == "<b>{region.name}</b> & co"


def test_an_empty_optional_field_leaves_its_line_out_and_says_so() -> None:
    layout = lay_out(job("worried-about-yourself", "fife", "A4"))
    note = texts(layout)["note"]
    assert note.lines == ()
    assert note.text == ""
    assert note.omitted == ("{field.local_note}",)


def test_a_region_without_a_local_phone_keeps_the_rest_of_the_block() -> None:
    template = load_library().get("worried-about-yourself")
    region = load_regions().get("fife")
    region = replace(region, local=Contact(name=region.local.name, web="https://fife.example.org"))
    layout = layout_document(template, region, PaperSize.A4)
    local = texts(layout)["local"]
    assert local.text == f"Local support: {region.local.name}"
    assert local.omitted == ("{region.local.phone}",)
    found = check_layout(layout, DEFAULT_PRINTER)
    warnings = [i for i in found if i.rule == "text.omitted" and i.element == "local"]
    assert [w.severity for w in warnings] == [Severity.WARNING]
    assert "region's record has no value" in warnings[0].message


def test_values_for_fields_that_are_not_editable_are_refused() -> None:
    with pytest.raises(LayoutError, match="'headline' is not an editable field"):
        lay_out(job("worried-about-yourself", "fife", "A4", values=(("headline", "Hello"),)))


def test_over_long_and_control_character_values_are_refused() -> None:
    with pytest.raises(LayoutError, match="91 characters; at most 90"):
        lay_out(job("worried-about-yourself", "fife", "A4", values=(("local_note", "x" * 91),)))
    with pytest.raises(LayoutError, match="U\\+202E"):
        lay_out(
            job("worried-about-yourself", "fife", "A4", values=(("local_note", "abc\u202edef"),))
        )


def test_a_size_the_template_does_not_have_is_refused_with_the_sizes_it_has() -> None:
    with pytest.raises(LayoutError, match="sizes it supports: A4, A3, A2"):
        lay_out(job("worried-about-yourself", "fife", "A5"))


def test_a_missing_glyph_is_recorded_by_character() -> None:
    values = (("local_note", "Support line 日本"),)
    layout = lay_out(job("worried-about-yourself", "fife", "A4", values=values))
    assert texts(layout)["note"].missing_glyphs == ("日", "本")


def test_gaelic_and_welsh_accents_are_covered_by_the_font() -> None:
    values = (("local_note", "Comhairle nan Eilean Siar · Gàidhealtachd · Ŵ ŷ ł ż"),)
    layout = lay_out(job("worried-about-yourself", "na-h-eileanan-siar", "A4", values=values))
    assert texts(layout)["note"].missing_glyphs == ()


def test_an_exif_rotated_image_is_placed_with_its_upright_proportions(tmp_path: Path) -> None:
    from PIL import Image

    from designer.layout.graphics import place_image
    from designer.model.geometry import Box
    from designer.model.template import ImageFrame

    path = tmp_path / "turned.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown portrait
    Image.new("RGB", (1200, 400), "white").save(path, exif=exif)
    placed = place_image(ImageFrame("logo", Box(0, 0, 100, 100), path))
    assert (placed.pixel_width, placed.pixel_height) == (400, 1200)
    assert placed.box.height_mm == 100 and placed.box.width_mm == pytest.approx(100 / 3)


def test_a_phone_number_never_breaks_across_lines() -> None:
    from designer.layout.content import ContentResolver
    from designer.layout.text import fit_text
    from designer.model.geometry import Box
    from designer.model.template import TextFrame

    template = load_library().get("dl-trifold-leaflet")
    region = load_regions().get("fife")
    paragraphs, _ = ContentResolver(template, region, {}).paragraphs("cover_call")
    number = region.helpline.phone.display  # type: ignore[union-attr]
    font = load_font(template.fonts["bold"].path)
    for width in (30.0, 40.0, 50.0, 60.0):
        frame = TextFrame(
            id="t",
            box=Box(0, 0, width, 200),
            copy="x",
            font="bold",
            size_pt=14,
            min_size_pt=14,
            colour="ink",
        )
        lines = [line.text for line in fit_text(paragraphs, font, frame).lines]
        assert any(number in line for line in lines), (width, lines)
        assert all("\u00a0" not in line for line in lines), "glue prints as a plain space"


def test_qr_codes_get_a_scheme_unless_they_have_one() -> None:
    from designer.layout.engine import _qr_data

    assert _qr_data("gethelp.example.org/a:b") == "https://gethelp.example.org/a:b"
    assert _qr_data("www.example.org") == "https://www.example.org"
    assert _qr_data("https://example.org") == "https://example.org"
    assert _qr_data("tel:08081570440") == "tel:08081570440"


def test_a_long_list_of_proof_reasons_wraps_and_nothing_is_cut() -> None:
    from designer.layout.proof import plan_proof_band
    from designer.model.sizes import PaperSize

    reasons = [f"reason number {i} that stops a final file" for i in range(12)]
    font = load_font(load_library().get("worried-about-yourself").fonts["regular"].path)
    band = plan_proof_band(reasons, font, PaperSize.A5.trim)
    words = " ".join(line.text for line in band.lines).split()
    assert words == ("PROOF - not for print: " + "; ".join(reasons)).split()
    assert len(band.lines) > 1 and band.size_pt >= 5.0
    assert all(line.width_mm <= 148 - 12 + 0.01 for line in band.lines)
