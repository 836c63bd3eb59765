"""The live preview's engine side: produce the export PDF, rasterise it, off the UI thread.

Each change of the state (or of the view: page, resolution, clip) gets a new
generation number. At most one render runs at a time; while it runs, only the
newest request waits, older ones are forgotten, and a result whose generation
is no longer the newest is dropped. So typing fast costs at most one wasted
render, and the preview never goes backwards.

The product of the last render is kept: a zoom or page change re-rasterises
it without producing again, and export reuses it when the job is unchanged.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from msgspec import Struct
from PySide6.QtCore import QObject, Signal

from designer.errors import DesignerError
from designer.gui.controller import Controller
from designer.gui.head_start import HeadStart
from designer.gui.state import EditorState
from designer.gui.worker import PREVIEW_PRIORITY, Outcome, Runner
from designer.production import Job, Product, produce
from designer.records import replace
from designer.render.preview import Clip, RasterPage, rasterise


class View(Struct, frozen=True):
    page_index: int = 0
    dpi: float = 40.0
    clip: Clip = "bleed"


class Request(Struct, frozen=True):
    generation: int
    job: Job
    view: View


class PreviewResult(Struct, frozen=True, kw_only=True):
    generation: int
    product: Product
    raster: RasterPage
    seconds: float  # time spent in the background, produce + rasterise
    page_index: int = 0  # the page the raster shows


def product_for(job: Job, cached: Product | None) -> Product:
    """``cached`` when it was made for exactly ``job`` (the same job gives the same bytes)."""
    return cached if cached is not None and cached.job == job else produce(job)


def render(
    request: Request,
    cached: Product | None,
    newest: Callable[[], Request | None] = lambda: None,
    head_start: HeadStart | None = None,
) -> PreviewResult:
    """The background half: reuse ``cached`` when the job is unchanged. No Qt objects.

    ``newest`` is the request waiting behind this one, if any: when it asks for the same
    job in another view (the window fitted the poster while it was being made), the
    product is rasterised for that view at once, instead of twice. ``head_start`` may
    hold this job's product, made while the window was built.
    """
    started = time.perf_counter()
    made = head_start.take(request.job) if head_start is not None else None
    product = made or product_for(request.job, cached)
    waiting = newest()
    if waiting is not None and waiting.job == request.job:
        request = waiting
    page = min(request.view.page_index, len(product.layout.pages) - 1)
    raster = rasterise(product.pdf, page, request.view.dpi, clip=request.view.clip)
    seconds = time.perf_counter() - started
    return PreviewResult(
        generation=request.generation,
        product=product,
        raster=raster,
        seconds=seconds,
        page_index=page,
    )


class PreviewPipeline(QObject):
    rendered = Signal(object)  # PreviewResult, always the newest
    failed = Signal(str)  # why the current state cannot be previewed
    busy_changed = Signal(bool)

    def __init__(
        self, controller: Controller, runner: Runner, head_start: HeadStart | None = None
    ) -> None:
        super().__init__()
        self._controller = controller
        self._runner = runner
        self._head_start = head_start  # the first render's product, perhaps (head_start.py)
        self._view = View()
        self._generation = 0
        self._running = False
        self._waiting: Request | None = None
        self._last: PreviewResult | None = None
        # the newest product made, stale or not: a request that differs only in its view
        # (the first fit-to-window, a zoom) re-rasterises it instead of producing again
        self._made: Product | None = None
        self._error: str | None = None
        self.dropped = 0  # stale results thrown away, for tests and the benchmark
        controller.changed.connect(self._state_changed)

    @property
    def last(self) -> PreviewResult | None:
        return self._last

    @property
    def error(self) -> str | None:
        return self._error

    @property
    def view(self) -> View:
        return self._view

    @property
    def generation(self) -> int:
        """The newest request's number; a result with this number is up to date."""
        return self._generation

    @property
    def busy(self) -> bool:
        return self._running

    def current_product(self) -> Product | None:
        """The last product, if it is still the one for the current state."""
        job = self._controller.job()
        if self._last is None or self._error is not None or job is None:
            return None
        return self._last.product if self._last.product.job == job else None

    def set_view(
        self, *, page_index: int | None = None, dpi: float | None = None, clip: Clip | None = None
    ) -> None:
        view = replace(
            self._view,
            page_index=self._view.page_index if page_index is None else page_index,
            dpi=self._view.dpi if dpi is None else round(dpi, 1),
            clip=self._view.clip if clip is None else clip,
        )
        if view != self._view:
            self._view = view
            self.refresh()

    def refresh(self) -> None:
        self._state_changed(self._controller.state)

    def _state_changed(self, state: EditorState) -> None:
        self._generation += 1
        job = self._controller.job(state)
        if job is None:
            self._waiting = None
            return
        self._waiting = Request(self._generation, job, self._view)
        if not self._running:
            self._start()

    def _start(self) -> None:
        request, self._waiting = self._waiting, None
        if request is None:
            return
        self._set_running(True)
        cached, first, self._head_start = self._made, self._head_start, None
        self._runner.submit(
            # reading self._waiting from the worker is one attribute read: the newest
            # request the UI thread has set, or None
            lambda: render(request, cached, lambda: self._waiting, first),
            lambda outcome: self._finished(request, outcome),
            priority=PREVIEW_PRIORITY,
        )

    def _finished(self, request: Request, outcome: Outcome[PreviewResult]) -> None:
        self._set_running(False)
        generation = request.generation
        if outcome.value is not None:
            self._made = outcome.value.product
            generation = outcome.value.generation  # newer when it served a waiting view
            if self._waiting is not None and self._waiting.generation == generation:
                self._waiting = None  # already done
        if generation != self._generation:
            self.dropped += 1
        elif outcome.error is not None:
            self._error = _message(outcome.error)
            self.failed.emit(self._error)
        else:
            self._last, self._error = outcome.value, None
            self.rendered.emit(outcome.value)
        self._start()
        if outcome.error is not None and not isinstance(outcome.error, DesignerError):
            raise outcome.error  # a bug, not a user problem: the crash handler logs and shows it

    def _set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.busy_changed.emit(running)


def _message(error: BaseException) -> str:
    """What the banner and the checks say. A field's error already names the field by its
    label ("Local note: 40 characters too long"), so its raw name ("local_note: ") is left
    off; an error in a file keeps the file's name, which is where to look."""
    if isinstance(error, DesignerError):
        if error.field is None:
            return str(error)
        return f"{error.message} ({error.hint})" if error.hint else error.message
    return f"the preview failed unexpectedly: {error}"
