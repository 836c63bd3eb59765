"""Many regions at once: every region that can be written is written.

Each job runs in its own worker process (all cores by default). A failure in
one region is reported for that region and never stops or spoils the others;
each file is written atomically, so an interrupted batch leaves only complete
files, and the report says which regions are missing.

Ctrl-C (KeyboardInterrupt) is an orderly stop: jobs not yet started are
cancelled, jobs already running finish their file (workers ignore SIGINT, so
none is cut off mid-write), and the report lists what was and was not written.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from msgspec import Struct

from designer.errors import DesignerError
from designer.export import Exported, NotRecordedError, export_product
from designer.interrupts import interrupts_held
from designer.preflight.issues import Severity
from designer.production import Job, Product, produce

if TYPE_CHECKING:
    from designer.pack import PrintOrder

T = TypeVar("T")


class BatchItem(Struct, frozen=True, kw_only=True):
    job: Job
    path: Path | None  # the file written, even when the item failed after writing it; else None
    ok: bool
    proof: bool
    message: str
    rules: tuple[str, ...] = ()  # the error findings that stopped a final file, by rule id
    warnings: tuple[str, ...] = ()  # warning findings (layout and finished file) of a written file

    @property
    def region_id(self) -> str:
        return self.job.region.id

    @property
    def verdict(self) -> str:
        """One word for the summary line: passed, warnings or failed."""
        if not self.ok:
            return "failed"
        return "warnings" if self.warnings else "passed"


class BatchReport(Struct, frozen=True):
    items: tuple[BatchItem, ...]
    cancelled: bool = False
    interrupted: bool = False  # stopped by Ctrl-C rather than by the caller's ``cancelled``

    @property
    def failures(self) -> tuple[BatchItem, ...]:
        return tuple(i for i in self.items if not i.ok)

    def missing(self, jobs: Sequence[Job]) -> tuple[str, ...]:
        """Regions the batch never reached (it was stopped first); failures are listed apart."""
        done = {i.region_id for i in self.items}
        return tuple(j.region.id for j in jobs if j.region.id not in done)


class Destination(Struct, frozen=True, kw_only=True):
    """Where and how a batch writes each job's file (and print pack)."""

    out_dir: Path
    overwrite: bool = True
    pack_dir: Path | None = None
    order: PrintOrder | None = None
    via: str = "batch"


def run_one(job: Job, to: Destination) -> BatchItem:
    """Produce and write one job (and its print pack); every foreseeable failure is a message."""
    made = _made(job)
    return made if isinstance(made, BatchItem) else _written(job, made, to)


def _made(job: Job) -> Product | BatchItem:
    """The job's product, or the item saying why it could not be made."""
    try:
        return produce(job)
    except DesignerError as exc:
        return BatchItem(job=job, path=None, ok=False, proof=job.proof, message=str(exc))


def _written(job: Job, product: Product, to: Destination) -> BatchItem:
    """``product`` checked and written (and its print pack); what happened, as an item."""
    try:
        exported = export_product(
            product, to.out_dir / product.file_name, overwrite=to.overwrite, via=to.via
        )
    except DesignerError as exc:
        written = exc.path if isinstance(exc, NotRecordedError) else None
        return BatchItem(
            job=job,
            path=written,
            ok=False,
            proof=job.proof,
            message=str(exc),
            rules=_refused_for(job, product),
        )
    kind = "proof" if exported.proof else "final"
    try:
        pack = _pack(product, exported, to)
    except DesignerError as exc:
        message = f"{kind} written, but no print pack: {exc}"
        return BatchItem(
            job=job, path=exported.path, ok=False, proof=exported.proof, message=message
        )
    message = f"{kind} written" + (f", print pack in {pack}" if pack else "")
    found = (*product.issues, *exported.pdf_issues)
    warnings = tuple(str(i) for i in found if i.severity is Severity.WARNING)
    return BatchItem(
        job=job,
        path=exported.path,
        ok=True,
        proof=exported.proof,
        message=message,
        warnings=warnings,
    )


def _refused_for(job: Job, product: Product) -> tuple[str, ...]:
    """The findings that stopped a final file, by rule id; none when something else failed.

    Only a final with blockers is refused for its findings (``require_final``);
    a proof, or a final that hit a full disk, failed for its own reason, and the
    fix for that is in its message, not "verify the region".
    """
    if job.proof:
        return ()
    return tuple(issue.rule for issue in product.blockers)


def _pack(product: Product, exported: Exported, to: Destination) -> Path | None:
    """The print pack beside the file just written (its checks stand: the same bytes)."""
    if to.pack_dir is None:
        return None
    from designer.pack import write_print_pack  # imported here: its PDF rasteriser costs 60 ms

    return write_print_pack(product, to.pack_dir, to.order, via=f"{to.via} pack", checked=exported)


def export_batch(
    jobs: Sequence[Job],
    out_dir: Path,
    *,
    workers: int = 0,
    progress: Callable[[BatchItem], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    overwrite: bool = True,
    pack_dir: Path | None = None,
    order: PrintOrder | None = None,
    via: str = "batch",
) -> BatchReport:
    """Run ``jobs`` on ``workers`` processes (0: all cores; 1: in this process, in order).

    Forked workers start from a copy of this process, so the first job is made
    here first: every worker then begins with fonts, images, templates and the
    layout's caches warm, instead of each paying for that again. Its file is
    checked and written here while the workers start on the others.
    """
    to = Destination(out_dir=out_dir, overwrite=overwrite, pack_dir=pack_dir, order=order, via=via)
    here, rest = (jobs[:1], jobs[1:]) if _forks(workers) and len(jobs) > 1 else ([], jobs)
    items: list[BatchItem] = []
    futures: list[Future[BatchItem]] = []
    interrupted = False
    try:
        with interrupts_held():  # as in a worker (below): a Ctrl-C waits for this file
            first = _guarded(here[0], _made) if here and not cancelled() else None
        if isinstance(first, BatchItem):
            _append(items, first, progress)
        if (not here or first is not None) and not cancelled():
            pool = _executor(workers)
            try:
                # submitting forks the workers; the first file is then written here, and
                # as in a worker, a Ctrl-C cuts off neither the file nor its report
                with interrupts_held():
                    futures = [pool.submit(run_one, job, to) for job in rest]
                    if isinstance(first, Product):
                        made = first
                        item = _guarded(here[0], lambda job: _written(job, made, to))
                        _append(items, item, progress)
                _collect(rest, futures, items, progress, cancelled)
            finally:
                with interrupts_held():  # what has not started never will; what runs finishes
                    _cancel(futures)
                    pool.shutdown(wait=True)
    except KeyboardInterrupt:
        interrupted = True
    try:
        with interrupts_held():  # the files written after the stop are reported, Ctrl-C or not
            items += _finished_late(rest[: len(futures)], futures, items[len(here) :], progress)
    except KeyboardInterrupt:
        interrupted = True
    return BatchReport(tuple(items), cancelled=len(items) < len(jobs), interrupted=interrupted)


def _guarded(job: Job, step: Callable[[Job], T]) -> T | BatchItem:
    """``step(job)`` in this process; a bug costs only this region, as in a worker."""
    try:
        return step(job)
    except Exception as exc:  # an unforeseen bug: report it and go on, as _result does
        return BatchItem(
            job=job, path=None, ok=False, proof=job.proof, message=f"internal error: {exc!r}"
        )


def _append(
    items: list[BatchItem], item: BatchItem, progress: Callable[[BatchItem], None] | None
) -> None:
    items.append(item)
    if progress:
        progress(item)


def _forks(workers: int) -> bool:
    """Whether the workers will be forked copies of this process (Linux's default start)."""
    count = workers or os.cpu_count() or 1
    method = multiprocessing.get_start_method(allow_none=True) or _DEFAULT_START
    return count > 1 and method == "fork"


_DEFAULT_START = multiprocessing.get_all_start_methods()[0]  # "fork" on Linux (3.11)


def _collect(
    jobs: Sequence[Job],
    futures: Sequence[Future[BatchItem]],
    items: list[BatchItem],
    progress: Callable[[BatchItem], None] | None,
    cancelled: Callable[[], bool],
) -> None:
    """Results in job order, until done or cancelled (items grow as they come)."""
    for job, future in zip(jobs, futures, strict=True):
        if cancelled():
            return
        _append(items, _result(future, job), progress)


def _finished_late(
    jobs: Sequence[Job],
    futures: Sequence[Future[BatchItem]],
    items: list[BatchItem],
    progress: Callable[[BatchItem], None] | None,
) -> list[BatchItem]:
    """Jobs that completed after the stop: their files exist, so the report must say so.

    Results are collected in job order, so ``items`` covers the first ``len(items)`` jobs.
    """
    rest = zip(jobs[len(items) :], futures[len(items) :], strict=True)
    late = [_result(f, j) for j, f in rest if f.done() and not f.cancelled()]
    for item in late:
        if progress:
            progress(item)
    return late


def _executor(workers: int) -> Executor:
    count = workers or os.cpu_count() or 1
    if count == 1:
        return ThreadPoolExecutor(max_workers=1)
    return ProcessPoolExecutor(
        max_workers=count, initializer=_start_worker, initargs=(os.getpid(),)
    )


def _start_worker(parent: int) -> None:
    """Ctrl-C reaches the whole process group; only the parent decides what stops.

    A parent killed outright (SIGKILL, or SIGTERM, which runs no Python cleanup)
    cannot stop its workers, and they would go on writing files nobody asked
    for: each worker ends when its parent does.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    end_with_parent(parent)


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def end_with_parent(parent: int) -> None:
    """Make this process end when process ``parent`` ends (Linux: at once; elsewhere: polled)."""
    if sys.platform.startswith("linux") and _death_signal(signal.SIGKILL):
        if os.getppid() != parent:  # the parent died before the signal was asked for
            os._exit(1)
        return
    watcher = threading.Thread(target=_watch_parent, args=(parent,), daemon=True)
    watcher.start()


def _death_signal(sig: int) -> bool:
    """Ask Linux to send ``sig`` to this process when its parent exits; False if it cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    """Where no death signal exists: a parent gone means this process was orphaned."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _result(future: Future[BatchItem], job: Job) -> BatchItem:
    """The worker's item; a crashed worker costs only its own region."""
    try:
        return future.result()
    except Exception as exc:  # a dead worker process or an unforeseen bug: report, go on
        return BatchItem(
            job=job, path=None, ok=False, proof=job.proof, message=f"internal error: {exc!r}"
        )


def _cancel(futures: Sequence[Future[BatchItem]]) -> None:
    for future in futures:
        future.cancel()
