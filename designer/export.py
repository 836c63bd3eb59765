"""Write a product to disk: checked as a finished file first, then renamed into place.

The PDF half of preflight runs on the real bytes in a temporary file beside the
target. A final file with errors is never renamed into place; a proof is
written with its findings reported. Either way the write is atomic, a full or
read-only folder is a plain-words ExportError, and each file written is
recorded in the export log, which is opened before the write: no log, no file.
The print pack (``designer.pack``) goes through the same check and log.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from msgspec import Struct

from designer.errors import DesignerError, ExportError
from designer.io.atomic import export_error, mode_for, replace_or_explain, write_atomic
from designer.io.scratch import scratch_dir, scratch_file
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.pdf_checks import ExpectedGeometry, InkCheck, Programs, preflight_pdf
from designer.production import Product
from designer.trace.log import recording_export


class Exported(Struct, frozen=True):
    """A checked product: where it went, and what the finished-file checks found."""

    path: Path
    proof: bool
    pdf_issues: tuple[PreflightIssue, ...]
    sha256: str = ""  # the product's: a print pack of the same bytes need not check again


def expected_geometry(product: Product) -> ExpectedGeometry:
    trim = product.layout.trim
    return ExpectedGeometry(
        trim.width_mm, trim.height_mm, product.job.printer.bleed_mm, len(product.layout.pages)
    )


def check_pdf_bytes(product: Product, folder: Path | None) -> tuple[PreflightIssue, ...]:
    """Run the finished-file checks on ``product.pdf`` via a temporary file in ``folder``.

    With no ``folder``, the file goes to the scratch folder (``designer.io.scratch``),
    never beside the user's files, where a killed batch would leave it.
    """
    try:
        if folder is None:
            fd, scratch = scratch_file("check", ".pdf")
            name = str(scratch)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=".check-", suffix=".pdf", dir=folder)
    except OSError as exc:
        raise export_error((folder or scratch_dir()) / product.file_name, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(product.pdf)
        return check_pdf_file(product, Path(name))
    except OSError as exc:  # the disk filled up, or the folder went away
        raise export_error((folder or scratch_dir()) / product.file_name, exc) from None
    finally:
        Path(name).unlink(missing_ok=True)


def check_pdf_file(product: Product, written: Path) -> tuple[PreflightIssue, ...]:
    """The finished-file checks on ``written``, a file holding exactly ``product.pdf``."""
    found = preflight_pdf(
        written,
        product.job.printer,
        expected=expected_geometry(product),
        ink_check=InkCheck.BOUND_FIRST,  # Ghostscript only where the operators cannot settle
        programs=Programs.for_export(),  # in-process: nothing needed on PATH
    )
    return tuple(found)


def export_product(
    product: Product, path: Path, *, overwrite: bool = True, via: str = "designer"
) -> Exported:
    """Check and write ``product`` to ``path``; refuse a final file that is not print-ready.

    The bytes are written once, to the scratch folder: the finished-file
    checks read that file, and a file that passes is renamed into place (a
    killed check leaves nothing beside the user's files). Every file written
    is recorded in the export log (``designer log``); ``via`` says which route
    wrote it (``render``, ``batch``, ``window``...).
    """
    if path.exists() and not overwrite:
        raise ExportError("the file exists already", source=path, hint="choose another name")
    if not product.job.proof:
        product.require_final()
    try:  # a folder that cannot be made fails before any work
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise export_error(path, exc) from None
    with _staged(path, product.pdf) as part:
        exported = _verdict(product, path, _checked(product, path, part))
        with logged(product, path, via=via):
            rename_into_place(part, path, product.pdf)
    return exported


def _checked(product: Product, path: Path, part: Path) -> tuple[PreflightIssue, ...]:
    try:
        return check_pdf_file(product, part)
    except OSError as exc:  # the folder went away under us
        raise export_error(path, exc) from None


@contextmanager
def _staged(path: Path, data: bytes) -> Iterator[Path]:
    """``data`` in a scratch file with ``path``'s permissions, on disk; gone after the block.

    A part file still there when the block ends (refused, or the write
    failed) is removed; one left by a killed process is swept by a later run.
    """
    try:
        fd, part = scratch_file("check", ".pdf")
    except OSError as exc:
        raise export_error(scratch_dir() / path.name, exc) from None
    try:
        os.chmod(part, mode_for(path))  # as write_atomic: an existing file keeps its mode
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        yield part
    except OSError as exc:
        raise export_error(path, exc) from None
    finally:  # Ctrl-C mid-write or a refusal: leave no part file
        part.unlink(missing_ok=True)


def rename_into_place(part: Path, path: Path, data: bytes) -> None:
    """The checked part file becomes ``path`` in one rename (never seen half written).

    Only when the scratch folder is on another disk than ``path`` (no rename
    across disks) are the same bytes written again, atomically, beside it.
    """
    try:  # write_atomic's own rename: the same words for a file another program holds open
        replace_or_explain(str(part), path)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise export_error(path, exc) from None
        write_atomic(path, data)


def check_product(product: Product, path: Path, written: Path) -> Exported:
    """Both halves' verdict on ``product`` as it is about to be written to ``path``.

    A final must be unblocked and its finished bytes free of preflight errors,
    or ExportError says why; a proof passes with its findings. ``written``: a
    file already holding ``product.pdf`` (a print pack's staged copy), checked
    as it is rather than written again.
    """
    if not product.job.proof:
        product.require_final()
    return _verdict(product, path, _checked(product, path, written))


def _verdict(product: Product, path: Path, issues: tuple[PreflightIssue, ...]) -> Exported:
    """``issues`` from the finished file: a final with errors is refused, a proof passes."""
    errors = [i for i in issues if i.severity is Severity.ERROR]
    if errors and not product.is_proof:
        raise ExportError(
            "the finished PDF failed preflight: " + "; ".join(str(i) for i in errors),
            source=path,
            hint="report this: a bundled template should never fail; make a proof meanwhile",
        )
    return Exported(path, product.is_proof, issues, product.sha256)


@contextmanager
def logged(product: Product, path: Path, *, via: str) -> Iterator[None]:
    """Run the write that puts ``path`` in place inside this block, and it is in the export log.

    The log is opened and the row inserted before the write, so a log that
    cannot be used means nothing is written (ExportError says why); the row is
    committed only if the write succeeds, and rolled back if it fails.
    """
    if product.trace is None:
        yield
        return
    with ExitStack() as stack:
        try:
            stack.enter_context(
                recording_export(product.trace, path, via=via, sha256=product.sha256)
            )
        except DesignerError as exc:
            raise ExportError(
                f"nothing was written: {exc.message} ({exc.source})", source=path, hint=exc.hint
            ) from None
        yield
        try:
            stack.close()  # commits the row
        except DesignerError as exc:
            raise NotRecordedError(path, exc) from None


class NotRecordedError(ExportError):
    """The file is in place but its log row could not be committed (rare: the log is held open)."""

    def __init__(self, path: Path, cause: DesignerError) -> None:
        super().__init__(
            f"the file was written but could not be recorded in the export log: {cause}",
            source=path,
            hint="the file itself carries its trace (designer trace); fix the log and export again",
        )
        self.path = path
