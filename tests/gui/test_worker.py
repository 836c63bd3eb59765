"""The background helper, and the preview pipeline's newest-only scheduling."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from designer.errors import LayoutError
from designer.gui.catalogue import Catalogue
from designer.gui.controller import Controller
from designer.gui.rendering import PreviewPipeline, PreviewResult
from designer.gui.worker import ImmediateRunner, Outcome, PoolRunner, attempt


def test_pool_runner_delivers_results_and_errors_on_the_main_thread(qtbot: QtBot) -> None:
    runner = PoolRunner(threads=2)
    main = threading.get_ident()
    seen: list[tuple[Outcome[Any], int]] = []
    worker_threads: list[int] = []

    def work() -> int:
        worker_threads.append(threading.get_ident())
        return 42

    def fail() -> int:
        raise LayoutError("too long")

    runner.submit(work, lambda o: seen.append((o, threading.get_ident())))
    runner.submit(fail, lambda o: seen.append((o, threading.get_ident())))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    runner.shutdown()
    assert worker_threads and worker_threads[0] != main
    assert all(thread == main for _, thread in seen)
    values = {o.value for o, _ in seen if o.ok}
    errors = [o.error for o, _ in seen if not o.ok]
    assert values == {42}
    assert isinstance(errors[0], LayoutError)


def test_nothing_is_delivered_after_shutdown(qtbot: QtBot) -> None:
    runner = PoolRunner()
    seen: list[Outcome[int]] = []
    runner.submit(lambda: 1, seen.append)
    runner.shutdown()
    qtbot.wait(20)
    assert seen == []


def test_outcome_unwrap_reraises() -> None:
    with pytest.raises(ZeroDivisionError):
        attempt(lambda: 1 // 0).unwrap()
    assert attempt(lambda: "ok").unwrap() == "ok"


class ManualRunner(ImmediateRunner):
    """Holds jobs until the test says run: lets a test overlap renders deterministically."""

    def __init__(self) -> None:
        super().__init__()
        self.queue: list[tuple[Callable[[], Any], Callable[[Outcome[Any]], None]]] = []

    def submit(self, work: Callable[[], Any], done: Callable[[Outcome[Any]], None], *,
               priority: int = 0) -> None:
        self.queue.append((work, done))

    def run_next(self) -> None:
        work, done = self.queue.pop(0)
        done(attempt(work))


def test_stale_renders_are_dropped_and_only_the_newest_waits(catalogue: Catalogue) -> None:
    controller = Controller(catalogue)
    runner = ManualRunner()
    pipeline = PreviewPipeline(controller, runner)
    shown: list[PreviewResult] = []
    pipeline.rendered.connect(shown.append)
    pipeline.refresh()  # render 1 starts
    for text in ("a", "ab", "abc"):  # three edits while it runs: only the last will render
        controller.set_state(controller.state.with_value("local_note", text))
    assert len(runner.queue) == 1
    runner.run_next()  # render 1 finishes: stale, dropped; the newest request starts
    assert shown == [] and pipeline.dropped == 1
    assert len(runner.queue) == 1
    runner.run_next()
    assert len(shown) == 1
    assert dict(shown[0].product.job.values)["local_note"] == "abc"
    assert pipeline.current_product() is shown[0].product
    assert not pipeline.busy


def test_a_value_the_engine_refuses_is_reported_not_raised(catalogue: Catalogue) -> None:
    controller = Controller(catalogue)
    pipeline = PreviewPipeline(controller, ImmediateRunner())
    errors: list[str] = []
    pipeline.failed.connect(errors.append)
    controller.set_state(controller.state.with_value("local_note", "x" * 200))
    assert errors and "at most" in errors[0]
    assert pipeline.current_product() is None


def test_a_view_changed_while_the_poster_is_made_is_rasterised_once(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window fits the poster while its first render runs: one raster, at the fitted size."""
    from designer.gui import rendering

    rasters: list[float] = []
    real = rendering.rasterise

    def counted(pdf: bytes, page: int, dpi: float, **options: Any) -> Any:
        rasters.append(dpi)
        return real(pdf, page, dpi, **options)

    monkeypatch.setattr(rendering, "rasterise", counted)
    controller = Controller(catalogue)
    runner = ManualRunner()
    pipeline = PreviewPipeline(controller, runner)
    shown: list[PreviewResult] = []
    pipeline.rendered.connect(shown.append)
    pipeline.refresh()  # the first render starts at the default resolution
    pipeline.set_view(dpi=61.3)  # the window is fitted while it runs
    runner.run_next()
    assert rasters == [61.3] and pipeline.dropped == 0
    assert [r.generation for r in shown] == [pipeline.generation]
    assert shown[0].raster.dpi == 61.3
    assert runner.queue == [] and not pipeline.busy  # the waiting request was served


def test_an_edit_made_while_the_poster_is_made_is_not_rasterised_from_the_old_job(
    catalogue: Catalogue,
) -> None:
    controller = Controller(catalogue)
    runner = ManualRunner()
    pipeline = PreviewPipeline(controller, runner)
    shown: list[PreviewResult] = []
    pipeline.rendered.connect(shown.append)
    pipeline.refresh()
    controller.set_state(controller.state.with_value("local_note", "new"))
    runner.run_next()  # the old job's render: stale, dropped, the edit starts
    assert shown == [] and pipeline.dropped == 1 and len(runner.queue) == 1
    runner.run_next()
    assert dict(shown[0].product.job.values)["local_note"] == "new"
