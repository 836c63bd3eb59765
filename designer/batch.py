"""Many regions at once: every region that can be written is written.

Each job runs in its own worker process (all cores by default). A failure in
one region is reported for that region and never stops or spoils the others;
each file is written atomically, so an interrupted batch leaves only complete
files, and the report says which regions are missing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from designer.errors import DesignerError
from designer.export import export_product
from designer.pack import PrintOrder, write_print_pack
from designer.production import Job, produce


@dataclass(frozen=True, slots=True)
class BatchItem:
    job: Job
    path: Path | None  # None when nothing was written
    ok: bool
    proof: bool
    message: str

    @property
    def region_id(self) -> str:
        return self.job.region.id


@dataclass(frozen=True, slots=True)
class BatchReport:
    items: tuple[BatchItem, ...]
    cancelled: bool = False

    @property
    def failures(self) -> tuple[BatchItem, ...]:
        return tuple(i for i in self.items if not i.ok)

    def missing(self, jobs: Sequence[Job]) -> tuple[str, ...]:
        done = {i.region_id for i in self.items}
        return tuple(j.region.id for j in jobs if j.region.id not in done)


def run_one(
    job: Job,
    out_dir: Path,
    overwrite: bool,
    pack_dir: Path | None = None,
    order: PrintOrder | None = None,
) -> BatchItem:
    """Produce and write one job (and its print pack); every foreseeable failure is a message."""
    try:
        product = produce(job)
        exported = export_product(product, out_dir / product.file_name, overwrite=overwrite)
        pack = write_print_pack(product, pack_dir, order) if pack_dir is not None else None
    except DesignerError as exc:
        return BatchItem(job, None, False, job.proof, str(exc))
    kind = "proof" if exported.proof else "final"
    message = f"{kind} written" + (f", print pack in {pack}" if pack else "")
    return BatchItem(job, exported.path, True, exported.proof, message)


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
) -> BatchReport:
    """Run ``jobs`` on ``workers`` processes (0: all cores; 1: in this process, in order)."""
    items: list[BatchItem] = []
    with _executor(workers) as pool:
        futures = [pool.submit(run_one, job, out_dir, overwrite, pack_dir, order) for job in jobs]
        for job, future in zip(jobs, futures, strict=True):
            if cancelled():
                _cancel(futures)
                break
            item = _result(future, job)
            items.append(item)
            if progress:
                progress(item)
    return BatchReport(tuple(items), cancelled=len(items) < len(jobs))


def _executor(workers: int) -> Executor:
    count = workers or os.cpu_count() or 1
    if count == 1:
        return ThreadPoolExecutor(max_workers=1)
    return ProcessPoolExecutor(max_workers=count)


def _result(future: Future[BatchItem], job: Job) -> BatchItem:
    """The worker's item; a crashed worker costs only its own region."""
    try:
        return future.result()
    except Exception as exc:  # a dead worker process or an unforeseen bug: report, go on
        return BatchItem(job, None, False, job.proof, f"internal error: {exc!r}")


def _cancel(futures: Sequence[Future[BatchItem]]) -> None:
    for future in futures:
        future.cancel()
