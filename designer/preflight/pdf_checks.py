"""Preflight of a finished PDF, ours or anyone's, returned as findings.

Key idea: gather facts first, then judge. ``pdf_facts`` reads the file once
(the external tools concurrently, pikepdf in this thread); each rule is then a
small function from those facts to findings with the measured value, the limit
and what to do. The rules are grouped by what they look at:

- ``pdf_rules_geometry``: pdf.pages, pdf.boxes.*
- ``pdf_rules_content``: pdf.font.not-embedded, pdf.colour.*, pdf.image.*,
  pdf.ink.total, pdf.compression.lzw-jbig2, pdf.transparency
- ``pdf_rules_pdfx``: pdf.structure, pdfx.*, pdf.encrypted, pdf.javascript,
  pdf.annotations

A file that cannot be read at all gives one finding, never an exception; a
missing tool raises.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pikepdf

from designer.model.printer import PrinterProfile
from designer.preflight import pdf_rules_content as content
from designer.preflight import pdf_rules_geometry as geometry
from designer.preflight import pdf_rules_pdfx as pdfx
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.pdf_facts import ExpectedGeometry, Facts, gather
from designer.preflight.pdf_fixes import FIXES, encrypted_issue, issue

__all__ = ["FIXES", "ExpectedGeometry", "preflight_pdf"]

ERROR = Severity.ERROR
Rule = Callable[[Facts], Iterable[PreflightIssue]]


def preflight_pdf(
    path: Path, printer: PrinterProfile, *, expected: ExpectedGeometry | None = None
) -> list[PreflightIssue]:
    """Check a finished PDF against PRINT.md and the printer profile; errors first."""
    try:
        pdf = _open(path)
    except _Unreadable as exc:
        return [exc.issue]
    with pdf:
        facts = gather(path, pdf, printer, expected)
        issues = dict.fromkeys(found for rule in _RULES for found in rule(facts))
    return sorted(issues, key=lambda i: i.severity is not ERROR)


class _Unreadable(Exception):
    def __init__(self, issue: PreflightIssue) -> None:
        super().__init__(issue.message)
        self.issue = issue


def _open(path: Path) -> pikepdf.Pdf:
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
        if b"%PDF-" not in head:
            raise _Unreadable(_unreadable(path, "it does not start like a PDF file"))
        return pikepdf.open(path)
    except pikepdf.PasswordError as exc:
        raise _Unreadable(encrypted_issue("it needs a password to open")) from exc
    except (OSError, pikepdf.PikepdfError) as exc:
        raise _Unreadable(_unreadable(path, str(exc))) from exc


def _unreadable(path: Path, why: str) -> PreflightIssue:
    return issue("pdf.unreadable", f"{path.name} cannot be read as a PDF: {why}", element=path.name)


# one severity's findings are listed in this order
_RULES: tuple[Rule, ...] = (
    pdfx.structure,
    geometry.page_count,
    geometry.trim_missing,
    geometry.trim_size,
    geometry.bleed_box,
    geometry.media_box,
    geometry.crop_box,
    geometry.art_box,
    content.fonts,
    content.colours,
    content.image_ppi,
    content.ink_total,
    pdfx.output_intent,
    pdfx.identity,
    pdfx.trapped,
    pdfx.info_keys,
    pdfx.encryption,
    pdfx.javascript,
    pdfx.printed_annotations,
    content.compression,
    content.transparency,
)
