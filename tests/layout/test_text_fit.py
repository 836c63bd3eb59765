"""Text fitting: shrink to fit down to the minimum, otherwise report the overflow in mm."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.fonts import load_font, text_width_pt
from designer.layout.text import fit_text
from designer.model.geometry import Box, pt_to_mm
from designer.model.template import Align, TextFrame, VAlign
from designer.resources import font_path

FONT = load_font(Path(font_path("NotoSans-Regular.ttf")))


def frame(
    width: float = 100, height: float = 30, size: float = 20, minimum: float = 10, **kw: object
) -> TextFrame:
    return TextFrame(
        id="t",
        box=Box(10, 20, width, height),
        copy="x",
        font="regular",
        size_pt=size,
        min_size_pt=minimum,
        colour="black",
        **kw,  # type: ignore[arg-type]
    )


def test_text_that_fits_keeps_its_preferred_size_and_stays_in_the_box() -> None:
    result = fit_text(("Help is available",), FONT, frame())
    assert result.size_pt == 20
    assert result.overflow_mm == 0
    (line,) = result.lines
    assert line.text == "Help is available"
    assert line.x_mm == 10
    assert line.width_mm == pytest.approx(pt_to_mm(text_width_pt(FONT, "Help is available", 20)))
    assert 20 < line.baseline_mm < 50


def test_long_text_wraps_at_spaces_and_every_line_fits_the_width() -> None:
    text = "Confidential help is available for anyone who wants to stop " * 3
    result = fit_text((text.strip(),), FONT, frame(height=200))
    assert len(result.lines) > 2
    assert all(line.width_mm <= 100 + 0.01 for line in result.lines)
    assert " ".join(line.text for line in result.lines) == " ".join(text.split())


def test_text_shrinks_to_the_largest_size_that_fits() -> None:
    text = "A message that is too long for one line at twenty points"
    result = fit_text((text,), FONT, frame(height=9))
    assert 10 <= result.size_pt < 20
    assert result.overflow_mm == 0
    bigger = fit_text(
        (text,), FONT, frame(height=9, size=result.size_pt + 0.2, minimum=result.size_pt + 0.2)
    )
    assert bigger.overflow_mm > 0, (
        "0.2 pt larger must no longer fit: the search found the largest size"
    )


def test_text_that_cannot_fit_at_the_minimum_reports_how_far_it_overflows() -> None:
    text = "word " * 80
    result = fit_text((text,), FONT, frame(height=10, minimum=12))
    assert result.size_pt == 12
    assert result.overflow_mm > 10
    assert " ".join(line.text for line in result.lines) == " ".join(text.split()), "nothing dropped"


def test_a_word_wider_than_the_frame_is_an_overflow_not_a_cut() -> None:
    result = fit_text(("Antidisestablishmentarianism",), FONT, frame(width=20, minimum=18))
    assert result.overflow_mm > 0
    assert result.lines[0].text == "Antidisestablishmentarianism"


def test_paragraphs_add_space_and_centre_alignment_centres() -> None:
    one = fit_text(("First", "Second"), FONT, frame(height=100, paragraph_space=0.0))
    spaced = fit_text(("First", "Second"), FONT, frame(height=100, paragraph_space=1.0))
    gap = spaced.lines[1].baseline_mm - one.lines[1].baseline_mm
    assert gap == pytest.approx(pt_to_mm(20 * 1.2))
    centred = fit_text(("Hi",), FONT, frame(align=Align.CENTER))
    line = centred.lines[0]
    assert line.x_mm - 10 == pytest.approx(110 - (line.x_mm + line.width_mm))


def test_bottom_alignment_puts_the_text_at_the_foot_of_the_box() -> None:
    top = fit_text(("Hi",), FONT, frame(height=50))
    bottom = fit_text(("Hi",), FONT, frame(height=50, valign=VAlign.BOTTOM))
    assert bottom.lines[0].baseline_mm > top.lines[0].baseline_mm + 30
    descent_mm = pt_to_mm(-FONT.descent * 20)
    assert bottom.lines[0].baseline_mm + descent_mm == pytest.approx(70, abs=0.01)


def test_fitted_size_never_drops_below_the_minimum() -> None:
    text = "Confidential help is available " * 6
    for height in (20.0, 21.0, 22.5, 24.0):
        result = fit_text((text,), FONT, frame(height=height, size=14, minimum=12))
        assert result.size_pt >= 12
