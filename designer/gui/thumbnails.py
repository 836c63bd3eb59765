"""Gallery thumbnails: each template's first page, rendered by the real engine.

A thumbnail is never printed or saved, so it is drawn for a copy of a region
marked verified: the gallery then shows the design itself rather than the
PROOF mark every unverified sample would carry. Work runs on the shared
runner at low priority, after the first preview.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from designer.gui.gallery import THUMB_SIZE
from designer.gui.qimage import to_qimage
from designer.gui.worker import BACKGROUND_PRIORITY, Outcome, Runner
from designer.model.region import Region, Verification
from designer.model.template import Template
from designer.production import Job, produce
from designer.records import replace
from designer.render.preview import RasterPage, rasterise

MM_PER_INCH = 25.4


def render_thumbnail(template: Template, region: Region, height_px: int) -> RasterPage:
    size = min(template.sizes, key=lambda s: s.trim.width_mm)
    shown = replace(region, verification=Verification(by="thumbnail", on=date.today()))
    product = produce(Job(template=template, region=shown, size=size))
    height_mm = size.trim.height_mm + 2 * product.job.printer.bleed_mm
    return rasterise(product.pdf, 0, height_px * MM_PER_INCH / height_mm, clip="bleed")


class Thumbnailer(QObject):
    ready = Signal(str, QImage)  # template id, image

    def __init__(self, runner: Runner, device_pixel_ratio: float = 1.0) -> None:
        super().__init__()
        self._runner = runner
        self._ratio = device_pixel_ratio
        self._done: set[tuple[str, str]] = set()

    def request(self, templates: tuple[Template, ...], region: Region | None) -> None:
        if region is None:
            return
        height = round(THUMB_SIZE.height() * self._ratio)
        for template in templates:
            key = (template.id, template.version)
            if key not in self._done:
                self._done.add(key)
                self._submit(template, region, height)

    def _submit(self, template: Template, region: Region, height: int) -> None:
        def done(outcome: Outcome[RasterPage]) -> None:
            self._finished(template, outcome)

        self._runner.submit(lambda: render_thumbnail(template, region, height), done,
                            priority=BACKGROUND_PRIORITY)

    def _finished(self, template: Template, outcome: Outcome[RasterPage]) -> None:
        if outcome.value is None:
            return  # the gallery keeps its placeholder; the preview reports the problem
        image = to_qimage(outcome.value).copy()  # the buffer does not outlive this call
        image.setDevicePixelRatio(self._ratio)
        self.ready.emit(template.id, image)
