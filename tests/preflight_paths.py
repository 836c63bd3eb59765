"""Two ways to read a finished PDF: in this process (the default) and with the external programs.

Tests of a rule's outcome run on the external programs where the rule's
measurement needs one (Ghostscript's render says where the ink peaks);
``tests/preflight/test_inprocess_agrees.py`` shows both ways find the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from designer.model.printer import PrinterProfile
from designer.preflight.issues import PreflightIssue
from designer.preflight.pdf_checks import Programs, preflight_pdf

EXTERNAL = Programs(qpdf=True, poppler=True, ghostscript=True)


def preflight_external(path: Path, printer: PrinterProfile, **options: Any) -> list[PreflightIssue]:
    """``preflight_pdf`` with qpdf, poppler and Ghostscript, as before they became optional."""
    return preflight_pdf(path, printer, programs=EXTERNAL, **options)
