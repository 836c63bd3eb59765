"""Findings a printer's preflight makes that the file-format rules do not: is it for print?

- A proof this program made (its trace says ``proof``) is an error for print,
  whatever else passes: the file carries the PROOF mark.
- An ICC-based RGB image in a PDF/X-4 file is allowed by the standard but
  converted by the printer's RIP with its own rendering intent; printers'
  preflight profiles flag it, so we warn.

Run by ``designer preflight FILE`` beside ``pdf_checks.preflight_pdf`` (the
export path never meets either: it knows its proofs, and converts every
image to CMYK).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pikepdf

from designer.model.printer import PdfxFlavour, PrinterProfile
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.pdf_walk import MALFORMED, Walker
from designer.trace.record import TraceRecord

PROOF_RULE = "pdf.proof"
ICC_RGB_RULE = "pdf.image.icc-rgb"


def print_findings(
    path: Path, printer: PrinterProfile, trace: TraceRecord | None
) -> list[PreflightIssue]:
    """The proof error and the ICC RGB image warnings for ``path``."""
    found = list(_proof(trace))
    if printer.pdfx is PdfxFlavour.X4:
        found += _icc_rgb_images(path)
    return found


def _proof(trace: TraceRecord | None) -> Iterator[PreflightIssue]:
    if trace is not None and trace.state == "proof":
        yield PreflightIssue(
            severity=Severity.ERROR,
            rule=PROOF_RULE,
            message=("The file is marked PROOF: not for print (designer made it as a proof, "
            f"reference {trace.reference})"),
            fix=("Export a final file once the checks pass (verify the region's contact details, "
            "approve the template); never send a proof to print."),
            measured="proof",
            limit="final",
        )


def _icc_rgb_images(path: Path) -> list[PreflightIssue]:
    try:
        with pikepdf.open(path) as pdf:
            uses = [u for u in Walker().document(pdf) if u.image and u.tag == "cs:ICCBased RGB"]
    except (pikepdf.PasswordError, pikepdf.PdfError, OSError, *MALFORMED):  # type: ignore[misc]
        return []  # the finished-file checks already report a file they cannot read
    seen = dict.fromkeys((u.page, u.element) for u in uses)
    return [_icc_rgb(page, element) for page, element in seen]


def _icc_rgb(page: int, element: str) -> PreflightIssue:
    return PreflightIssue(
        severity=Severity.WARNING,
        rule=ICC_RGB_RULE,
        message="An RGB image (ICC-tagged) is left for the printer's RIP to convert to CMYK",
        fix=("Convert the image to CMYK with the output profile before placing it, so its "
        "colours and total ink are what you proofed."),
        page=page or None,
        element=element,
        measured="ICCBased RGB",
        limit="CMYK in the output profile",
    )
