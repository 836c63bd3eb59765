"""`designer render`: one template, one region, one size -> a PDF (final only when print-ready).

``designer batch`` and ``demo`` live in ``designer.cli.batching``, which reuses
the job options read here.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from designer.cli.common import (
    EXIT_NOT_READY,
    EXIT_OK,
    field_values,
    keyring_path,
    library,
    note,
    printer,
    production_date,
    regions,
)
from designer.cli.fixes import fix_commands
from designer.export import export_product
from designer.filenames import proof_named
from designer.model.region import Region
from designer.model.template import Template
from designer.preflight.issues import Severity
from designer.production import Job, Product, produce

if TYPE_CHECKING:
    from designer.pack import PrintOrder


def job_for(
    args: argparse.Namespace, template: Template, region: Region, keyring: Path | None
) -> Job:
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
    # imported here: the print pack (job sheet, PDFium) costs ~50 ms and only --pack needs it
    from designer.pack import PrintOrder

    return PrintOrder(
        quantity=args.quantity,
        stock=args.stock,
        finish=args.finish,
        contact=args.contact,
        notes=args.notes,
    )


def run_render(args: argparse.Namespace) -> int:
    template, region = library(args).get(args.template), regions(args).get(args.region)
    product = produce(job_for(args, template, region, keyring_path(args)))
    if not args.proof and product.blockers:
        return _refuse(product, args)
    _report_layout(product)
    path = output_path(product, args.output)
    exported = export_product(product, path, via="render")
    for issue in exported.pdf_issues:
        note(f"  {issue}")
    if args.pack:
        from designer.pack import write_print_pack  # imported here: see print_order

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


def output_path(product: Product, output: str | None) -> Path:
    """Where the file goes: ``--output`` as given, but a proof's name always says PROOF."""
    if not output:
        return Path(product.file_name)
    path = Path(output)
    marked = proof_named(path) if product.is_proof else path
    if marked != path:
        note(f"a proof's name says so: writing {marked} (not {path})")
    return marked


def _report_layout(product: Product, *, errors: bool = True) -> None:
    """The findings worth a line: warnings, and errors unless a refusal lists them itself."""
    shown = {Severity.WARNING, Severity.ERROR} if errors else {Severity.WARNING}
    for issue in product.issues:
        if issue.severity in shown:
            note(f"  {issue}")


def _refuse(product: Product, args: argparse.Namespace) -> int:
    job = product.job
    _report_layout(product, errors=False)  # the errors follow once, as the reasons
    note(
        f"designer: not print-ready: {job.template.id} / {job.region.id} / "
        f"{job.size.value}; nothing written:"
    )
    for issue in product.blockers:
        note(f"  - {issue}")
    rules = [issue.rule for issue in product.blockers]
    for line in fix_commands(rules, job.template.id, job.region.id, args):
        note(f"  To fix: {line}")
    note("  Fix these, or write a marked proof with --proof.")
    return EXIT_NOT_READY
