"""One template x one region x one size -> a checked PDF, final or proof.

This is the engine's front door, shared by the CLI, the window and batches:
lay out, check the layout, draw, finish as PDF/X. A final file is made only
when nothing stands in the way; otherwise the same PDF is made as a proof,
visibly marked, and the reasons are returned so every caller can say why.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time

from designer import __version__
from designer.errors import ExportError
from designer.fonts import load_font
from designer.layout.engine import layout_document
from designer.layout.placed import DocumentLayout, PlacedText
from designer.model.printer import DEFAULT_PRINTER, PrinterProfile
from designer.model.region import Region
from designer.model.sizes import PaperSize
from designer.model.template import Template
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.layout_checks import check_layout
from designer.render.pdf import render_pdf
from designer.render.pdfx import DocumentMetadata, finish_pdfx
from designer.resources import font_path


@dataclass(frozen=True, slots=True)
class Job:
    """Everything that determines the output: same job, same bytes."""

    template: Template
    region: Region
    size: PaperSize
    values: tuple[tuple[str, str], ...] = ()
    printer: PrinterProfile = DEFAULT_PRINTER
    proof: bool = False  # asked for a proof even if a final would be allowed
    produced: date = field(default_factory=date.today)

    @property
    def file_stem(self) -> str:
        stem = f"{self.template.id}_{self.region.id}_{self.size.value}"
        return stem


@dataclass(frozen=True, slots=True)
class Product:
    job: Job
    layout: DocumentLayout
    issues: tuple[PreflightIssue, ...]
    blockers: tuple[str, ...]  # why a final file is not allowed; empty when it is
    pdf: bytes

    @property
    def is_proof(self) -> bool:
        return self.job.proof or bool(self.blockers)

    @property
    def proof_reasons(self) -> tuple[str, ...]:
        """Why this is a proof (empty for a final file)."""
        if self.blockers:
            return self.blockers
        return ("proof requested",) if self.job.proof else ()

    @property
    def file_name(self) -> str:
        return f"{self.job.file_stem}{'-PROOF' if self.is_proof else ''}.pdf"

    def require_final(self) -> None:
        """Raise ExportError listing every reason this cannot be a final file."""
        if self.blockers:
            raise ExportError(
                "not print-ready: " + "; ".join(self.blockers),
                hint="fix these, or make a proof with --proof",
            )


def lay_out(job: Job) -> DocumentLayout:
    return layout_document(
        job.template,
        job.region,
        job.size,
        dict(job.values),
        bleed_mm=job.printer.bleed_mm,
        today=job.produced,
    )


def produce(job: Job) -> Product:
    """Lay out, check, draw and finish one job (as a proof when anything blocks a final)."""
    layout = lay_out(job)
    issues = tuple(check_layout(layout, job.printer))
    blockers = final_blockers(issues)
    draft = Product(job, layout, issues, blockers, b"")
    font = layout_font(layout)
    raw = render_pdf(layout, job.printer, proof_reasons=draft.proof_reasons, slug_font=font)
    pdf = finish_pdfx(raw, printer=job.printer, meta=metadata(job, layout, draft.is_proof))
    return replace(draft, pdf=pdf)


def final_blockers(issues: tuple[PreflightIssue, ...]) -> tuple[str, ...]:
    """Every error finding, in words: unverified contacts, overflow, missing glyphs..."""
    reasons = (i.message for i in issues if i.severity is Severity.ERROR)
    return tuple(dict.fromkeys(reasons))


def layout_font(layout: DocumentLayout) -> str:
    """A font already embedded in the document, for the slug and the proof mark."""
    for page in layout.pages:
        for item in page.items:
            if isinstance(item, PlacedText):
                return item.font_name
    return load_font(font_path("NotoSans-Regular.ttf")).name


def metadata(job: Job, layout: DocumentLayout, proof: bool) -> DocumentMetadata:
    created = datetime.combine(job.produced, time(0, 0), tzinfo=UTC)
    state = "proof" if proof else "final"
    return DocumentMetadata(
        title=layout.title + (" (PROOF)" if proof else ""),
        subject=f"{job.template.campaign}: {job.template.title}, {job.size.value}, "
        f"{layout.region_name} ({state})",
        creator=f"designer {__version__}",
        author=job.template.campaign,
        keywords=f"{job.template.id}, {job.region.id}, {job.size.value}, {state}",
        created=created,
        document_id=job_digest(job, proof),
    )


def job_digest(job: Job, proof: bool) -> str:
    """A stable id for the inputs: the same job always gets the same document id."""
    parts = (
        job.template.id,
        job.template.version,
        repr(job.region),
        job.size.value,
        repr(sorted(job.values)),
        repr(job.printer),
        job.produced.isoformat(),
        str(proof),
        __version__,
    )
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
