"""Write a product to disk: checked as a finished file first, then renamed into place.

The PDF half of preflight runs on the real bytes in a temporary file beside the
target. A final file with errors is never renamed into place; a proof is
written with its findings reported. Either way the write is atomic, a full or
read-only folder is a plain-words ExportError, and each file written is
recorded in the export log.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from designer.errors import DesignerError, ExportError
from designer.io.atomic import export_error, write_atomic
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.pdf_checks import ExpectedGeometry, preflight_pdf
from designer.production import Product
from designer.trace.log import record_export


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
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".check-", suffix=".pdf", dir=folder)
    except OSError as exc:
        raise _write_error(folder / product.file_name, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(product.pdf)
        found = preflight_pdf(Path(name), product.job.printer, expected=expected_geometry(product))
    except OSError as exc:  # the disk filled up, or the folder went away
        raise _write_error(folder / product.file_name, exc) from None
    finally:
        Path(name).unlink(missing_ok=True)
    return tuple(found)


def _write_error(path: Path, exc: OSError) -> ExportError:
    """The same plain words as an atomic write's: disk full, permission denied..."""
    return export_error(path, exc)


def export_product(
    product: Product, path: Path, *, overwrite: bool = True, via: str = "designer"
) -> Exported:
    """Check and write ``product`` to ``path``; refuse a final file that is not print-ready.

    Every file written is recorded in the export log (``designer log``); ``via``
    says which route wrote it (``render``, ``batch``, ``window``...).
    """
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
    log_export(product, path, via=via)
    return Exported(path, product.is_proof, issues)


def log_export(product: Product, path: Path, *, via: str) -> None:
    """Record a written file in the export log; the file stays if that fails, and we say so."""
    if product.trace is None:
        return
    try:
        record_export(product.trace, path, via=via, data=product.pdf)
    except DesignerError as exc:
        raise ExportError(
            f"the file was written but could not be recorded in the export log: {exc}",
            source=path,
            hint="the file itself carries its trace (designer trace); fix the log and export again",
        ) from None
