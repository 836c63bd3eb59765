"""Write a product to disk: checked as a finished file first, then renamed into place.

The PDF half of preflight runs on the real bytes in a temporary file beside the
target. A final file with errors is never renamed into place; a proof is
written with its findings reported. Either way the write is atomic.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from designer.errors import ExportError
from designer.io.atomic import write_atomic
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.pdf_checks import ExpectedGeometry, preflight_pdf
from designer.production import Product


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path
    proof: bool
    pdf_issues: tuple[PreflightIssue, ...]


def expected_geometry(product: Product) -> ExpectedGeometry:
    trim = product.layout.trim
    return ExpectedGeometry(
        trim.width_mm, trim.height_mm, product.job.printer.bleed_mm, len(product.layout.pages)
    )


def check_pdf_bytes(product: Product, folder: Path) -> tuple[PreflightIssue, ...]:
    """Run the finished-file checks on ``product.pdf`` via a temporary file in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".check-", suffix=".pdf", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(product.pdf)
        found = preflight_pdf(Path(name), product.job.printer, expected=expected_geometry(product))
    finally:
        Path(name).unlink(missing_ok=True)
    return tuple(found)


def export_product(product: Product, path: Path, *, overwrite: bool = True) -> Exported:
    """Check and write ``product`` to ``path``; refuse a final file that is not print-ready."""
    if not product.job.proof:
        product.require_final()
    if path.exists() and not overwrite:
        raise ExportError("the file exists already", source=path, hint="choose another name")
    issues = check_pdf_bytes(product, path.parent)
    errors = [i for i in issues if i.severity is Severity.ERROR]
    if errors and not product.is_proof:
        raise ExportError(
            "the finished PDF failed preflight: " + "; ".join(str(i) for i in errors),
            source=path,
            hint="report this: a bundled template should never fail; make a proof meanwhile",
        )
    write_atomic(path, product.pdf)
    return Exported(path, product.is_proof, issues)
