"""The Qt-free rasteriser: the export PDF's pixels and the mm -> pixel mapping."""

from __future__ import annotations

from datetime import date

import pytest
from gui.gui_helpers import POSTER

from designer.gui.catalogue import Catalogue
from designer.model.region import Region
from designer.model.sizes import PaperSize
from designer.model.template import Template
from designer.production import Job, produce
from designer.records import replace
from designer.render.preview import page_count, page_text, rasterise


@pytest.fixture(scope="module")
def a3_pdf(library_templates: tuple[Template, ...], sample_regions: tuple[Region, ...]) -> bytes:
    template = next(t for t in library_templates if t.id == POSTER)
    return produce(
        Job(
            template=template,
            region=sample_regions[0],
            size=PaperSize.A3,
            produced=date(2026, 1, 5),
        )
    ).pdf


def test_bleed_clip_maps_the_trim_to_pixels(a3_pdf: bytes) -> None:
    page = rasterise(a3_pdf, 0, 50, clip="bleed")
    assert page.pixel_format == "RGBX" and page.stride >= page.width * 4
    assert len(page.data) == page.stride * page.height
    assert page.trim_width_mm == pytest.approx(297, abs=0.01)
    assert page.bleed_mm == pytest.approx(3, abs=0.01)
    x, y = page.to_px(0, 0)
    assert x == pytest.approx(page.length_px(3), abs=1) and y == pytest.approx(x, abs=0.01)
    right, bottom = page.to_px(297, 420)
    assert right == pytest.approx(page.width - page.length_px(3), abs=1.5)
    assert bottom == pytest.approx(page.height - page.length_px(3), abs=1.5)


def test_media_clip_includes_the_marks_margin(a3_pdf: bytes) -> None:
    bleed = rasterise(a3_pdf, 0, 30, clip="bleed")
    media = rasterise(a3_pdf, 0, 30, clip="media")
    assert media.width > bleed.width and media.trim_left_px > bleed.trim_left_px


def test_text_and_page_count(a3_pdf: bytes, sample_regions: tuple[Region, ...]) -> None:
    phone = sample_regions[0].local.phone
    assert page_count(a3_pdf) == 1
    assert phone is not None and phone.display in page_text(a3_pdf)


def test_bad_requests_are_refused(a3_pdf: bytes) -> None:
    with pytest.raises(IndexError):
        rasterise(a3_pdf, 3, 30)
    with pytest.raises(ValueError):
        rasterise(a3_pdf, 0, 0)


def test_leaflet_has_two_pages(catalogue: Catalogue) -> None:
    leaflet = catalogue.template("key-messages-leaflet")
    assert leaflet is not None
    job = Job(template=leaflet, region=catalogue.regions[0], size=leaflet.sizes[0])
    pdf = produce(replace(job, proof=True)).pdf
    back = rasterise(pdf, 1, 20)
    assert back.page_count == 2 and back.page_index == 1
