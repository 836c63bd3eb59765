"""Preflight of a finished PDF, ours or anyone's, returned as findings.

Key idea: gather facts first, then judge. ``pdf_facts`` reads the file once (in
this process by default; external programs, when asked for, concurrently); each rule is then a
small function from those facts to findings with the measured value, the limit
and what to do. The rules are grouped by what they look at:

- ``pdf_rules_geometry``: pdf.pages, pdf.boxes.*
- ``pdf_rules_content``: pdf.font.not-embedded, pdf.colour.*, pdf.image.*,
  pdf.ink.total, pdf.compression.lzw-jbig2, pdf.transparency
- ``pdf_rules_pdfx``: pdf.structure, pdfx.*, pdf.encrypted, pdf.javascript,
  pdf.annotations

A file that cannot be read at all gives one finding, never an exception; a
missing tool raises. A file that opens but is malformed inside (a name where a
number belongs, an integer where a dictionary belongs) never raises either:
each fact-gathering step and each rule runs under a guard that turns what it
could not read into a ``pdf.structure`` error naming the part or the check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pikepdf

from designer.model.printer import PrinterProfile
from designer.preflight import pdf_rules_content as content
from designer.preflight import pdf_rules_geometry as geometry
from designer.preflight import pdf_rules_pdfx as pdfx
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.pdf_facts import ExpectedGeometry, Facts, InkCheck, gather
from designer.preflight.pdf_fixes import FIXES, encrypted_issue, issue, malformed_issue
from designer.preflight.pdf_inprocess import IN_PROCESS, Programs
from designer.preflight.pdf_walk import MALFORMED, describe

__all__ = ["FIXES", "ExpectedGeometry", "InkCheck", "Programs", "preflight_pdf"]

ERROR = Severity.ERROR
Rule = Callable[[Facts], Iterable[PreflightIssue]]


def preflight_pdf(
    path: Path,
    printer: PrinterProfile,
    *,
    expected: ExpectedGeometry | None = None,
    ink_check: InkCheck = InkCheck.RENDER,
    pdfinfo: bool = True,
    programs: Programs = IN_PROCESS,
) -> list[PreflightIssue]:
    """Check a finished PDF against PRINT.md and the printer profile; errors first.

    ``ink_check`` BOUND_FIRST skips Ghostscript's render for pages whose drawing
    operators already prove the total ink within the limit (``ink_bound``).
    ``programs`` names the external programs to run (default none: every
    check in this process, see ``pdf_inprocess``); without Ghostscript the
    bound settles the ink, and a page it cannot settle is a warning.
    ``pdfinfo=False`` skips poppler's pdfinfo even when poppler runs: pikepdf
    reads its facts (pages, encryption, JavaScript) too.
    """
    try:
        pdf = _open(path)
    except _Unreadable as exc:
        return [exc.issue]
    with pdf:
        try:
            facts = gather(path, pdf, printer, expected, ink_check, pdfinfo, programs)
        except MALFORMED as exc:
            return [malformed_issue("The pages of the file cannot be read", describe(exc))]
        issues = dict.fromkeys(found for rule in _RULES for found in _checked(*rule, facts))
    return sorted(issues, key=lambda i: i.severity is not ERROR)


def _checked(rule: Rule, rule_id: str, what: str, facts: Facts) -> Iterator[PreflightIssue]:
    """A rule's findings; one that meets a value it cannot read says what it could not check."""
    try:
        yield from rule(facts)
    except MALFORMED as exc:
        yield malformed_issue(f"{what} could not be checked", describe(exc), element=rule_id)


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


# one severity's findings are listed in this order; each rule with its id and what it checks
_RULES: tuple[tuple[Rule, str, str], ...] = (
    (pdfx.structure, "pdf.structure", "The file's structure"),
    (geometry.page_count, "pdf.pages", "The page count"),
    (geometry.trim_missing, "pdf.boxes.trim-missing", "The TrimBox"),
    (geometry.trim_size, "pdf.boxes.trim-size", "The trim size"),
    (geometry.bleed_box, "pdf.boxes.bleed", "The BleedBox"),
    (geometry.media_box, "pdf.boxes.media", "The MediaBox"),
    (geometry.crop_box, "pdf.boxes.cropbox", "The CropBox"),
    (geometry.art_box, "pdf.boxes.artbox", "The ArtBox"),
    (content.fonts, "pdf.font.not-embedded", "Font embedding"),
    (content.colours, "pdf.colour", "The colour spaces"),
    (content.image_ppi, "pdf.image.low-ppi", "Image resolution"),
    (content.ink_total, "pdf.ink.total", "The total ink"),
    (pdfx.output_intent, "pdfx.output-intent", "The output intent"),
    (pdfx.identity, "pdfx.identity", "The PDF/X identity"),
    (pdfx.trapped, "pdfx.trapped", "The trapping key"),
    (pdfx.info_keys, "pdfx.info", "The Info dictionary"),
    (pdfx.encryption, "pdf.encrypted", "Encryption"),
    (pdfx.javascript, "pdf.javascript", "JavaScript"),
    (pdfx.printed_annotations, "pdf.annotations", "The annotations"),
    (content.compression, "pdf.compression.lzw-jbig2", "Compression"),
    (content.transparency, "pdf.transparency", "Transparency"),
)
