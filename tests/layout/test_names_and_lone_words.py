"""Names stay on one line where they fit; no word stands alone on a paragraph's last line."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import job

from designer.fonts import load_font, text_width_pt
from designer.io.regions import load_regions
from designer.io.templates import load_library
from designer.layout.placed import PlacedRect, PlacedText
from designer.layout.text import KEEP, fit_text
from designer.model.geometry import Box, pt_to_mm
from designer.model.template import TextFrame
from designer.preflight.layout_checks import check_layout
from designer.production import produce
from designer.records import replace
from designer.resources import font_path

FONT = load_font(Path(font_path("NotoSans-Regular.ttf")))
LONGEST = sorted((r.name for r in load_regions().regions), key=len, reverse=True)[:4]
REGION_IDS = {r.name: r.id for r in load_regions().regions}


def _texts(product: object) -> list[tuple[int, PlacedText]]:
    layout = product.layout  # type: ignore[attr-defined]
    return [(p.number, i) for p in layout.pages for i in p.items if isinstance(i, PlacedText)]


@pytest.mark.parametrize("name", LONGEST)
def test_the_a5_footer_keeps_the_region_name_on_one_line(name: str) -> None:
    product = produce(job("key-messages-leaflet", REGION_IDS[name], "A5"))
    footers = [t for _, t in _texts(product) if t.frame_id == "footer"]
    assert len(footers) == 2
    for footer in footers:
        assert any(name in line.text for line in footer.lines), [x.text for x in footer.lines]


SAMPLE = sorted({*LONGEST, "Fife", "Angus", "Orkney Islands"})


@pytest.mark.parametrize("template", load_library().ids)
def test_no_bundled_template_leaves_a_word_alone_on_a_last_line(template: str) -> None:
    for size in load_library().get(template).sizes:
        for name in SAMPLE:
            product = produce(job(template, REGION_IDS[name], size.value))
            for page, text in _texts(product):
                assert text.lone_words == (), (size, name, page, text.frame_id)
                last_paragraph = text.text.split("\n")[-1].split()
                if len(text.lines) > 1 and len(last_paragraph) > 1:
                    last = text.lines[-1].text.split()
                    assert len(last) > 1, (size, name, page, text.frame_id, last)
            assert not [i for i in product.issues if i.rule == "text.lone-word"]


def _frame(width: float, size: float = 12, minimum: float = 12) -> TextFrame:
    return TextFrame(
        id="t",
        box=Box(0, 0, width, 100),
        copy="x",
        font="regular",
        size_pt=size,
        min_size_pt=minimum,
        colour="black",
    )


def test_a_lone_word_moves_down_a_word_from_the_line_above() -> None:
    # four words fit a line, so greedy breaking would leave 'eee' alone
    width = pt_to_mm(text_width_pt(FONT, "aaa bbb ccc ddd", 12)) + 0.5
    result = fit_text(("aaa bbb ccc ddd eee",), FONT, _frame(width))
    assert [line.text for line in result.lines] == ["aaa bbb ccc", "ddd eee"]
    assert result.lone_words == () and result.size_pt == 12


def test_a_lone_word_no_break_or_size_can_avoid_is_reported() -> None:
    # one word per line at the only allowed size: nothing can pull the last one up
    result = fit_text(("Helpline available confidential",), FONT, _frame(22.0))
    assert [line.text for line in result.lines] == ["Helpline", "available", "confidential"]
    assert result.lone_words == ("confidential",)


def test_a_name_shrinks_before_it_breaks_and_breaks_only_if_it_must() -> None:
    name = KEEP.join(["Dumfries", "and", "Galloway"])
    wide = fit_text((f"Shared in {name}",), FONT, _frame(45.0, size=12, minimum=9))
    assert [line.text for line in wide.lines] == ["Shared in", "Dumfries and Galloway"]
    assert wide.size_pt < 12 and wide.overflow_mm == 0
    narrow = fit_text((f"Shared in {name}",), FONT, _frame(25.0, size=12, minimum=11))
    assert narrow.overflow_mm == 0  # the name could not fit whole: broken rather than overflow
    assert "Dumfries and Galloway" not in [line.text for line in narrow.lines]


def test_a_colour_edge_within_1_mm_of_a_fold_warns_and_the_bundled_leaflet_has_none() -> None:
    product = produce(job("dl-trifold-leaflet", "fife", "DL-TRIFOLD"))
    assert not [i for i in product.issues if i.rule == "colour.fold-edge"]
    outside = product.layout.pages[0]
    items = tuple(
        replace(i, box=replace(i.box, x_mm=197.4))
        if isinstance(i, PlacedRect) and i.frame_id == "cover_band"
        else i
        for i in outside.items
    )
    layout = replace(
        product.layout, pages=(replace(outside, items=items), *product.layout.pages[1:])
    )
    (found,) = [
        i for i in check_layout(layout, product.job.printer) if i.rule == "colour.fold-edge"
    ]
    assert found.severity.value == "warning" and found.element == "cover_band"
    assert found.measured == "0.4 mm from the fold" and found.page == 1
