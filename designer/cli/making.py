"""`designer render`, `batch` and `demo`: make PDFs (finals only when print-ready)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from designer.batch import BatchItem, BatchReport, export_batch
from designer.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_NOT_READY,
    EXIT_OK,
    Commands,
    add_printer_options,
    field_values,
    keyring_path,
    library,
    note,
    printer,
    production_date,
    regions,
)
from designer.cli.fixes import batch_fixes, fix_commands
from designer.export import export_product
from designer.io.printers import load_printer
from designer.model.region import Region
from designer.model.sizes import PaperSize
from designer.model.template import Template
from designer.pack import PrintOrder, write_print_pack
from designer.preflight.issues import Severity
from designer.production import Job, Product, produce


def _workers(text: str) -> int:
    """A worker count: 0 (all cores) or more."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r}: give a whole number, 0 for all cores")
    return int(text)


def _size(text: str) -> PaperSize:
    try:
        return PaperSize.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _job_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--size", type=_size, required=True, help="A2, A3, A4, A5 or DL")
    parser.add_argument("--proof", action="store_true", help="always write a marked proof")
    parser.add_argument("--set", action="append", metavar="FIELD=VALUE", help="an editable field")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="production date (default today)")
    parser.add_argument("--pack", metavar="DIR", help="also write a print pack per region here")
    order = parser.add_argument_group("print order (printed on the print pack's job sheet)")
    for name in ("quantity", "stock", "finish", "contact", "notes"):
        order.add_argument(f"--{name}", default="", metavar="TEXT")
    add_printer_options(parser)


def register(commands: Commands) -> None:
    render = commands.add_parser("render", help="one template, one region, one size -> PDF")
    render.add_argument("template")
    render.add_argument("region")
    render.add_argument("--output", metavar="FILE.pdf", help="default: the standard name here")
    _job_options(render)
    render.set_defaults(run=run_render)
    batch = commands.add_parser("batch", help="one template for many regions")
    batch.add_argument("template")
    batch.add_argument("--regions", dest="region_ids", default="all", metavar="all|ID,ID...")
    batch.add_argument("--output-dir", default=".", metavar="DIR")
    batch.add_argument(
        "--jobs", type=_workers, default=0, metavar="N", help="workers (0: all cores)"
    )
    _job_options(batch)
    batch.set_defaults(run=run_batch)
    demo = commands.add_parser("demo", help="proofs of every template at every size")
    demo.add_argument("--output-dir", default="out", metavar="DIR")
    demo.add_argument("--region", default="city-of-edinburgh", help="sample region id")
    demo.set_defaults(run=run_demo)


def _job(args: argparse.Namespace, template: Template, region: Region, keyring: Path | None) -> Job:
    return Job(
        template=template,
        region=region,
        size=args.size,
        values=field_values(args.set),
        printer=printer(args),
        proof=args.proof,
        produced=production_date(args.date),
        keyring=keyring,
    )


def print_order(args: argparse.Namespace) -> PrintOrder:
    return PrintOrder(args.quantity, args.stock, args.finish, args.contact, args.notes)


def run_render(args: argparse.Namespace) -> int:
    template, region = library(args).get(args.template), regions(args).get(args.region)
    product = produce(_job(args, template, region, keyring_path(args)))
    _report_layout(product)
    if not args.proof and product.blockers:
        return _refuse(product, args)
    path = Path(args.output) if args.output else Path(product.file_name)
    exported = export_product(product, path, via="render")
    for issue in exported.pdf_issues:
        note(f"  {issue}")
    if args.pack:
        pack = write_print_pack(
            product, Path(args.pack), print_order(args), via="render pack", checked=exported
        )
        note(f"print pack: {pack}")
    print(exported.path)
    if product.is_proof:
        note(f"PROOF written (not for print): {'; '.join(product.proof_reasons)}")
    if product.trace:
        note(f"trace reference {product.trace.reference} (see `designer trace {exported.path}`)")
    return EXIT_OK


def _report_layout(product: Product) -> None:
    for issue in product.issues:
        if issue.severity is not Severity.INFO:
            note(f"  {issue}")


def _refuse(product: Product, args: argparse.Namespace) -> int:
    job = product.job
    note(
        f"designer: not print-ready: {job.template.id} / {job.region.id} / "
        f"{job.size.value}; nothing written:"
    )
    for reason in product.blockers:
        note(f"  - {reason}")
    rules = [i.rule for i in product.issues if i.severity is Severity.ERROR]
    for line in fix_commands(rules, job.template.id, job.region.id, args):
        note(f"  To fix: {line}")
    note("  Fix these, or write a marked proof with --proof.")
    return EXIT_NOT_READY


def run_batch(args: argparse.Namespace) -> int:
    directory, template = regions(args), library(args).get(args.template)
    ids = directory.ids if args.region_ids == "all" else _split_ids(args.region_ids)
    keyring = keyring_path(args)
    jobs = [_job(args, template, directory.get(region_id), keyring) for region_id in ids]
    out = Path(args.output_dir)
    pack = Path(args.pack) if args.pack else None
    progress = _Progress(len(jobs))
    report = export_batch(
        jobs, out, workers=args.jobs, progress=progress, pack_dir=pack, order=print_order(args)
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
            template,
            region,
            size,
            printer=load_printer("offset-coated"),
            proof=True,
            keyring=keyring,
        )
        for template in library(args)
        for size in template.sizes
    ]
    report = export_batch(jobs, out, progress=_Progress(len(jobs)), via="demo")
    return _summary(report, jobs, args)
