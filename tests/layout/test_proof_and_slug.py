"""What layout decides for others to read: the PROOF mark, the slug, what each frame prints."""

from __future__ import annotations

import math

from support import PRODUCED, job

from designer.fonts import load_font, text_width_pt
from designer.gui.findings import frames_of_field
from designer.io.templates import load_library
from designer.layout.placed import PlacedText
from designer.layout.proof import plan_proof_mark
from designer.layout.slug import slug_lines
from designer.model.geometry import mm_to_pt
from designer.model.sizes import PaperSize
from designer.production import lay_out


def test_the_proof_mark_is_sized_along_the_trim_s_diagonal() -> None:
    font = load_font(load_library().get("worried-about-yourself").fonts["regular"].path)
    a4, a2 = (plan_proof_mark(font, size.trim) for size in (PaperSize.A4, PaperSize.A2))
    assert math.isclose(a4.size_pt, math.hypot(mm_to_pt(210), mm_to_pt(297)) * 0.22)
    assert math.isclose(a2.size_pt, 2 * a4.size_pt, rel_tol=1e-3)  # A2 is A4 doubled each way
    assert math.isclose(a4.angle_deg, math.degrees(math.atan2(297, 210)))
    assert (a4.centre_x_mm, a4.centre_y_mm) == (105, 148.5)
    assert a4.word == "PROOF" and a4.width_pt == text_width_pt(font, "PROOF", a4.size_pt)
    assert a4.line_width_pt == max(1.0, a4.size_pt / 60)


def test_the_slug_says_the_job_the_state_and_where_the_folds_are() -> None:
    layout = lay_out(job("dl-trifold-leaflet", "fife", "DL-TRIFOLD"))
    outside = layout.pages[0]
    first, trace = slug_lines(layout, outside, proof=True, trace_line="trace abc")
    assert first.startswith("dl-trifold-leaflet v")
    assert f"| DL-TRIFOLD | fife | {PRODUCED.isoformat()} | page 1/2 (" in first
    assert "| PROOF - not for print | folds at " in first and first.endswith(" mm from left")
    assert trace == "trace abc"
    (final,) = slug_lines(layout, outside, proof=False)
    assert "| final | folds at" in final


def test_each_text_frame_records_the_fields_and_placeholders_it_prints() -> None:
    layout = lay_out(job("dl-trifold-leaflet", "fife", "DL-TRIFOLD"))
    texts = {i.frame_id: i for p in layout.pages for i in p.items if isinstance(i, PlacedText)}
    assert texts["note"].fields == {"local_note"} and texts["footer"].fields == {"partner_line"}
    assert [str(p) for p in texts["local"].placeholders] == [
        "{region.local.name}",
        "{region.local.phone}",
        "{region.local.hours}",
    ]
    assert not texts["local"].fields
    assert frames_of_field(layout, "local_note") == {"note"}
    assert frames_of_field(layout, "no_such_field") == frozenset()
