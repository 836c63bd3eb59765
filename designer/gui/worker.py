"""Run work off the UI thread and hand the outcome back on it.

The pattern is MusicBrainz Picard's ``picard/util/thread.py``: a job runs on a
thread pool, and its result or error is posted back to the main thread, where
the ``done`` callback runs. Widgets therefore never touch results from another
thread, and the window never blocks.

``ImmediateRunner`` is the synchronous fake for tests: it runs the job and the
callback at once, so a test reads like straight-line code.

The engine (ReportLab, PDFium) is not built for concurrent use, so the window
keeps one runner with a single worker thread: previews, thumbnails and exports
are serialised on it, and priorities put previews first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Generic, Protocol, TypeVar

from msgspec import Struct
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

T = TypeVar("T")

log = logging.getLogger(__name__)

PREVIEW_PRIORITY = 10
EXPORT_PRIORITY = 5
BACKGROUND_PRIORITY = 0


class Outcome(Struct, Generic[T], frozen=True):
    """What a job produced: its value, or the exception it raised."""

    value: T | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> T:
        """The value, or re-raise the job's exception (on the calling thread)."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


def attempt(work: Callable[[], T]) -> Outcome[T]:
    try:
        return Outcome(value=work())
    except Exception as exc:  # handed to the main thread, which decides what to show
        return Outcome(error=exc)


class Runner(Protocol):
    def submit(
        self, work: Callable[[], T], done: Callable[[Outcome[T]], None], *, priority: int = 0
    ) -> None:
        """Run ``work`` in the background, then ``done(outcome)`` on the main thread."""

    def to_main(self, call: Callable[[], None]) -> None:
        """Run ``call`` on the main thread (from any thread)."""

    def shutdown(self) -> None:
        """Wait for running jobs; deliver nothing afterwards."""


class _Relay(QObject):
    """Lives on the main thread; a queued signal carries calls across to it."""

    posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.closed = False
        self.posted.connect(self._call, Qt.ConnectionType.QueuedConnection)

    def _call(self, call: Callable[[], None]) -> None:
        if not self.closed:
            call()


class _Task(QRunnable):
    def __init__(self, work: Callable[[], T], done: Callable[[Outcome[T]], None], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._done = done
        self._relay = relay

    def run(self) -> None:
        outcome = attempt(self._work)
        if outcome.error is not None:
            log.debug("background job failed", exc_info=outcome.error)
        self._relay.posted.emit(partial(self._done, outcome))


class PoolRunner:
    """Jobs on a private QThreadPool; outcomes delivered by a queued signal."""

    def __init__(self, threads: int = 1) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay()

    def submit(
        self, work: Callable[[], T], done: Callable[[Outcome[T]], None], *, priority: int = 0
    ) -> None:
        if not self._relay.closed:
            self._pool.start(_Task(work, done, self._relay), priority)

    def to_main(self, call: Callable[[], None]) -> None:
        self._relay.posted.emit(call)

    def shutdown(self) -> None:
        self._relay.closed = True
        self._pool.clear()
        self._pool.waitForDone()

    def wait_idle(self, msecs: int = -1) -> bool:
        """Block until no job runs (tests and benchmarks); outcomes still arrive later."""
        return bool(self._pool.waitForDone(msecs))


class ImmediateRunner:
    """The synchronous fake: the job and its callback run at once, on the caller's thread."""

    def __init__(self) -> None:
        self.closed = False
        self.jobs = 0

    def submit(
        self, work: Callable[[], T], done: Callable[[Outcome[T]], None], *, priority: int = 0
    ) -> None:
        if not self.closed:
            self.jobs += 1
            done(attempt(work))

    def to_main(self, call: Callable[[], None]) -> None:
        if not self.closed:
            call()

    def shutdown(self) -> None:
        self.closed = True
