"""The trace of one exported file: what it was made from, written into it and read back.

The same record becomes the XMP properties (``designer:templateHash`` ...),
the imprint line on the sheet, a row in the export log, and what
``designer trace`` prints.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pikepdf
from msgspec import Struct
from msgspec.structs import asdict

from designer.render.pdfx import DESIGNER_NS
from designer.trace import TraceError


class TraceRecord(Struct, frozen=True, kw_only=True):
    reference: str  # first 8 hex digits of the document id: short enough to read out
    document_id: str  # 32 hex digits, also the first half of the trailer /ID
    template_id: str
    template_version: str
    template_hash: str  # SHA-256 over the template's content and files ("" if unreadable)
    template_approval: str  # "approved by ... on ..." or why not
    region_id: str
    region_hash: str  # SHA-256 of the region record used
    region_verified_on: str  # YYYY-MM-DD, or "unverified"
    size: str
    produced: str  # YYYY-MM-DD
    program: str  # "designer 0.1.0"
    state: str  # "final" or "proof"
    printer: str  # printer profile id

    def extra(self) -> tuple[tuple[str, str], ...]:
        """The XMP properties, in the designer namespace."""
        return tuple((xmp_name(k), v) for k, v in asdict(self).items())

    def imprint(self) -> str:
        """The line printed on the sheet: enough to find the file's origin by eye."""
        verified = (
            f"verified {self.region_verified_on}"
            if self.region_verified_on != "unverified"
            else "UNVERIFIED"
        )
        return (
            f"ref {self.reference} | {self.template_id} v{self.template_version} "
            f"#{self.template_hash[:12] or 'unknown'} | {self.region_id} {verified} | "
            f"{self.size} | {self.produced} | {self.program}"
        )

    def short_imprint(self) -> str:
        return f"ref {self.reference} | #{self.template_hash[:12] or 'unknown'}"


def xmp_name(field: str) -> str:
    """``template_hash`` -> ``templateHash``."""
    head, *rest = field.split("_")
    return head + "".join(part.capitalize() for part in rest)


FIELDS = TraceRecord.__struct_fields__  # names only: no annotation is evaluated


def trace_from_properties(values: Mapping[str, str], source: Path | None = None) -> TraceRecord:
    """The record from XMP property values keyed by their designer names."""
    missing = [xmp_name(f) for f in FIELDS if xmp_name(f) not in values]
    if len(missing) == len(FIELDS):
        raise TraceError(
            "this PDF carries no designer trace",
            source=source,
            hint="it was not made by designer, or its metadata was removed",
        )
    if missing:
        raise TraceError(f"the trace is incomplete: {', '.join(missing)} missing", source=source)
    return TraceRecord(**{f: str(values[xmp_name(f)]) for f in FIELDS})


def read_trace(path: Path) -> TraceRecord:
    """Read the trace from a PDF's XMP metadata."""
    try:
        with pikepdf.open(path) as pdf:
            meta = pdf.open_metadata()
            values = {
                xmp_name(f): str(meta[f"{{{DESIGNER_NS}}}{xmp_name(f)}"])
                for f in FIELDS
                if f"{{{DESIGNER_NS}}}{xmp_name(f)}" in meta
            }
    except FileNotFoundError:
        raise TraceError("the file does not exist", source=path) from None
    except pikepdf.PasswordError:
        raise TraceError(
            "the PDF is encrypted: it needs a password to open",
            source=path,
            hint="trace the file as designer exported it, or export it again without a password",
        ) from None
    except (pikepdf.PikepdfError, OSError, ValueError, RecursionError) as exc:
        raise TraceError(f"cannot read the PDF: {_first_line(exc)}", source=path) from None
    return trace_from_properties(values, path)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
