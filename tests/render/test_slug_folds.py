"""The slug's job lines never run through a fold mark: measured from the PDF's own drawing."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest
from support import PT_PER_MM, job, run

from designer.io.printers import list_printers, load_printer
from designer.layout.slug import plan_slug_line, stretches
from designer.production import produce

MARKED = [p.id for p in list_printers() if p.crop_marks and p.has_slug]


def _dashed_segments(page: pikepdf.Page) -> list[tuple[float, float, float, float]]:
    """Every stroked straight line drawn while a dash pattern is set: (x0, y0, x1, y1) in pt."""
    segments = []
    dashed, start = False, (0.0, 0.0)
    ctm = [pikepdf.Matrix()]
    for operands, op in pikepdf.parse_content_stream(page):
        name = str(op)
        if name == "q":
            ctm.append(ctm[-1])
        elif name == "Q":
            ctm.pop()
        elif name == "cm":
            ctm[-1] = pikepdf.Matrix(*(float(v) for v in operands)) @ ctm[-1]
        elif name == "d":
            dashed = len(operands[0]) > 0
        elif name in ("m", "l"):
            m = ctm[-1]
            x, y = float(operands[0]), float(operands[1])
            point = (m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f)
            if name == "l" and dashed:
                segments.append((*start, *point))
            start = point
    return segments


def _slug_words(pdf_path: Path, page: int, trim_bottom_pt: float, media_h: float) -> list[tuple]:
    """Words pdftotext finds below the trim, as (xMin, yMin, xMax, yMax, word) in PDF points."""
    html = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf_path, "-")
    words = []
    for x0, y0, x1, y1, word in re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html
    ):
        bottom, top = media_h - float(y1), media_h - float(y0)  # pdftotext measures y downwards
        if top < trim_bottom_pt:
            words.append((float(x0), bottom, float(x1), top, word))
    return words


@pytest.mark.parametrize("profile", MARKED)
def test_fold_marks_and_slug_never_overlap(profile: str, tmp_path: Path) -> None:
    product = produce(
        job("dl-trifold-leaflet", "na-h-eileanan-siar", "DL-TRIFOLD", printer=load_printer(profile))
    )
    path = tmp_path / "dl.pdf"
    path.write_bytes(product.pdf)
    with pikepdf.open(io.BytesIO(product.pdf)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            trim = [float(v) for v in page.obj.TrimBox]
            media_h = float(page.obj.MediaBox[3])
            marks = [s for s in _dashed_segments(page) if max(s[1], s[3]) < trim[1]]
            folds = product.layout.pages[number - 1].folds_mm
            assert sorted({round((s[0] - trim[0]) / PT_PER_MM, 1) for s in marks}) == list(folds)
            words = _slug_words(path, number, trim[1], media_h)
            assert len(words) > 10
            for x0, y0, x1, y1, word in words:
                for mx0, my0, _mx1, my1 in marks:
                    crosses_x = x0 - 0.5 * PT_PER_MM < mx0 < x1 + 0.5 * PT_PER_MM
                    crosses_y = min(my0, my1) < y1 and max(my0, my1) > y0
                    assert not (crosses_x and crosses_y), (profile, number, word)
            slug = " ".join(w[4] for w in words)
            assert f"folds at {', '.join(f'{x:g}' for x in folds)} mm from left" in slug


def test_a_line_flows_around_folds_and_stays_whole_without_them() -> None:
    measure = lambda text, size: len(text) * size * 0.2  # noqa: E731 - a stand-in font
    room = stretches(9.0, 296.0, (97.0, 197.0))
    assert room == [(9.0, 95.0), (99.0, 195.0), (199.0, 296.0)]
    line = " | ".join(["a" * 50, "b" * 50, "c" * 50])
    planned = plan_slug_line(line, room, measure)
    assert planned.size_pt == 6.0
    assert [r.text for r in planned.runs] == ["a" * 50, "b" * 50, "c" * 50]
    assert [r.x_mm for r in planned.runs] == [9.0, 99.0, 199.0]
    whole = plan_slug_line(line, stretches(9.0, 296.0, ()), measure)
    assert [r.text for r in whole.runs] == [line]
