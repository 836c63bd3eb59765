"""What `designer preflight FILE` judges a file against, when the user does not say.

A printer's preflight judges a file by the job it belongs to. This program's
files record theirs (the trace: printer profile, finished size, proof or
final; the PDF/X identity in Info or XMP), so with no ``--printer`` the file
is judged by the profile and PDF/X flavour it records, and the TrimBox
against the size it was made at. A file that records nothing (a foreign
file) is judged by the default profile, and the verdict says so. What the
user gives (``--printer``, ``--pdfx``, ``--size``) always wins.
"""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
from msgspec import Struct

from designer.errors import DesignerError, PrinterProfileError
from designer.io.printers import load_printer
from designer.model.printer import DEFAULT_PRINTER, PdfxFlavour, PrinterProfile
from designer.model.sizes import PaperSize, TrimSize
from designer.preflight.pdf_facts import ExpectedGeometry
from designer.records import replace
from designer.trace import TraceError
from designer.trace.record import TraceRecord, read_trace

_WXH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[xX×]\s*(\d+(?:\.\d+)?)\s*(?:mm)?\s*$")


class Judgement(Struct, frozen=True):
    """The profile, flavour and size a file is judged by, and where each came from."""

    printer: PrinterProfile
    expected: ExpectedGeometry | None
    trace: TraceRecord | None
    notes: tuple[str, ...]  # one line per choice: "printer offset-coated (recorded in the file)"


def parse_size(text: str) -> TrimSize:
    """A known size's name (``A3``, ``dl-trifold``) or ``WxH`` in mm (``297x420``)."""
    match = _WXH.match(text)
    if match:
        width, height = float(match[1]), float(match[2])
        if not (0 < width <= 5000 and 0 < height <= 5000):
            raise ValueError(f"size {text!r}: width and height must be 0-5000 mm")
        return TrimSize(width, height)
    try:
        return PaperSize.parse(text).trim
    except ValueError as exc:
        raise ValueError(f"{exc}; or give width x height in mm, e.g. 297x420") from None


def judge(path: Path, *, printer: str | None, pdfx: str | None, size: str | None) -> Judgement:
    """Settle what ``path`` is judged by; DesignerError for a printer or size that is wrong."""
    trace = _trace(path)
    profile, printer_note = _printer(printer, trace)
    flavour, flavour_note = _flavour(pdfx, profile, path)
    profile = replace(profile, pdfx=flavour)
    trim, size_note = _trim(size, trace)
    expected = ExpectedGeometry(trim.width_mm, trim.height_mm, profile.bleed_mm) if trim else None
    return Judgement(profile, expected, trace, (printer_note, flavour_note, size_note))


def _trace(path: Path) -> TraceRecord | None:
    try:
        return read_trace(path)
    except (TraceError, pikepdf.PasswordError, pikepdf.PdfError, OSError, ValueError):
        return None  # a foreign or unreadable file: the checks themselves say what is wrong


def _printer(name: str | None, trace: TraceRecord | None) -> tuple[PrinterProfile, str]:
    if name:
        profile = load_printer(name)
        return profile, f"printer profile {profile.id} (as asked)"
    if trace is None:
        return _default(), (
            f"printer profile {DEFAULT_PRINTER.id} (assumed: the file records no profile; "
            "give --printer to judge it by another)"
        )
    try:
        profile = load_printer(trace.printer)
    except PrinterProfileError:
        return _default(), (
            f"printer profile {DEFAULT_PRINTER.id} (assumed: the file records "
            f"{trace.printer!r}, which is not installed; give --printer FILE.yaml)"
        )
    return profile, f"printer profile {trace.printer} (recorded in the file)"


def _default() -> PrinterProfile:
    """The bundled default profile as its file says (an installation may have edited it)."""
    try:
        return load_printer(DEFAULT_PRINTER.id)
    except PrinterProfileError:
        return DEFAULT_PRINTER


def _flavour(pdfx: str | None, profile: PrinterProfile, path: Path) -> tuple[PdfxFlavour, str]:
    if pdfx:
        return PdfxFlavour(pdfx), f"{_name(PdfxFlavour(pdfx))} (as asked)"
    declared = declared_flavour(path)
    if declared is not None:
        return declared, f"{_name(declared)} (declared by the file)"
    return profile.pdfx, f"{_name(profile.pdfx)} (the profile's; the file declares no PDF/X)"


def _name(flavour: PdfxFlavour) -> str:
    return "PDF/X-4" if flavour is PdfxFlavour.X4 else "PDF/X-1a:2001"


def declared_flavour(path: Path) -> PdfxFlavour | None:
    """The PDF/X version the file claims, in Info (X-1a) or XMP (X-4); None if none or unread."""
    try:
        with pikepdf.open(path) as pdf:
            info = str(pdf.docinfo.get("/GTS_PDFXVersion", "")) if pdf.trailer.get("/Info") else ""
            xmp = pdf.open_metadata()
            x4 = str(xmp.get("pdfxid:GTS_PDFXVersion", ""))
            x1 = str(xmp.get("pdfx:GTS_PDFXVersion", ""))
    except (pikepdf.PasswordError, pikepdf.PdfError, OSError, ValueError, TypeError):
        return None
    if info.startswith("PDF/X-1") or x1.startswith("PDF/X-1"):
        return PdfxFlavour.X1A
    if x4.startswith("PDF/X-4"):
        return PdfxFlavour.X4
    return None


def _trim(size: str | None, trace: TraceRecord | None) -> tuple[TrimSize | None, str]:
    if size:
        try:
            trim = parse_size(size)
        except ValueError as exc:
            raise DesignerError(f"--size {size!r}: {exc}") from None
        return trim, f"finished size {_mm(trim)} (as asked)"
    if trace is not None:
        try:
            trim = PaperSize.parse(trace.size).trim
            return trim, f"finished size {trace.size}, {_mm(trim)} (recorded in the file)"
        except ValueError:
            pass
    return None, "finished size not checked (the file records none; give --size A3 or WxH mm)"


def _mm(trim: TrimSize) -> str:
    return f"{trim.width_mm:g} x {trim.height_mm:g} mm"
