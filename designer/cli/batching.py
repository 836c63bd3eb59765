"""`designer batch` and `demo`: one template for many regions, or every template as proofs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from designer.batch import BatchItem, BatchReport, export_batch
from designer.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_NOT_READY,
    EXIT_OK,
    keyring_path,
    library,
    note,
    regions,
)
from designer.cli.fixes import batch_fixes
from designer.cli.making import job_for, print_order
from designer.io.printers import load_printer
from designer.production import Job


def run_batch(args: argparse.Namespace) -> int:
    directory, template = regions(args), library(args).get(args.template)
    ids = directory.ids if args.region_ids == "all" else _split_ids(args.region_ids)
    keyring = keyring_path(args)
    jobs = [job_for(args, template, directory.get(region_id), keyring) for region_id in ids]
    out = Path(args.output_dir)
    pack = Path(args.pack) if args.pack else None
    progress = _Progress(len(jobs))
    order = print_order(args) if pack else None  # the print pack's module only for --pack
    report = export_batch(
        jobs, out, workers=args.jobs, progress=progress, pack_dir=pack, order=order
    )
    return _summary(report, jobs, args)


def _split_ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class _Progress:
    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0

    def __call__(self, item: BatchItem) -> None:
        self.done += 1
        where = item.path if item.path else "nothing written"
        status = "ok" if item.ok else "FAILED"
        print(
            f"[{self.done}/{self.total}] {item.region_id}: {status}: {item.message} ({where})",
            file=sys.stderr,
            flush=True,
        )
        if item.ok:
            print(item.path, flush=True)


def _summary_line(item: BatchItem) -> str:
    """One line per region: passed, passed with warnings (named), or FAILED and why."""
    kind = "proof" if item.proof else "final"
    if not item.ok:
        return f"FAILED: {item.message}"
    if item.warnings:
        return f"{kind}, passed with {len(item.warnings)} warning(s): " + "; ".join(item.warnings)
    return f"{kind}, passed"


def _summary(report: BatchReport, jobs: list[Job], args: argparse.Namespace) -> int:
    written = sum(1 for i in report.items if i.ok)
    note(f"batch: {written} written, {len(report.failures)} failed")
    for item in report.items:
        note(f"  {item.region_id}: {_summary_line(item)}")
    for line in batch_fixes(report.failures, args):
        note(f"  To fix: {line}")
    missing = report.missing(jobs)
    if report.cancelled and missing:
        stopped = "interrupted" if report.interrupted else "cancelled"
        note(f"batch {stopped}: {len(missing)} region(s) not written: {', '.join(missing)}")
        note("  every file written is complete; run the batch again for the rest")
    if report.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_NOT_READY if report.failures or missing else EXIT_OK


def run_demo(args: argparse.Namespace) -> int:
    out = Path(args.output_dir)
    region = regions(args).get(args.region)
    keyring = keyring_path(args)
    jobs = [
        Job(
            template=template,
            region=region,
            size=size,
            printer=load_printer("offset-coated"),
            proof=True,
            keyring=keyring,
        )
        for template in library(args)
        for size in template.sizes
    ]
    report = export_batch(jobs, out, progress=_Progress(len(jobs)), via="demo")
    return _summary(report, jobs, args)
