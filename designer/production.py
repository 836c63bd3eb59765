"""One template x one region x one size -> a checked PDF, final or proof.

This is the engine's front door, shared by the CLI, the window and batches:
verify the template's approval, lay out, check the layout, draw, finish as
PDF/X. A final file is made only when nothing stands in the way (an
unapproved template is one such thing); otherwise the same PDF is made as a
proof, visibly marked, and the reasons are returned so every caller can say
why. Every file carries its trace: what it was made from, in its XMP metadata
and in a small imprint line (the slug, or inside the page when there is none).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time
from pathlib import Path

from msgspec import Struct, field

from designer import __version__
from designer.approval.verify import ApprovalCheck, approval_issue, check_template
from designer.errors import ExportError
from designer.filenames import safe_name
from designer.fonts import FontMetrics, load_font, text_width_pt
from designer.io.region.record_hash import region_hash
from designer.layout.engine import layout_document
from designer.layout.imprint import Imprint, plan_imprints
from designer.layout.placed import DocumentLayout, PlacedText
from designer.layout.proof import plan_proof_band, plan_proof_mark
from designer.model.geometry import pt_to_mm
from designer.model.printer import DEFAULT_PRINTER, PrinterProfile
from designer.model.region import Region
from designer.model.sizes import PaperSize
from designer.model.template import Template
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.layout_checks import check_layout
from designer.records import replace
from designer.render.pdf import render_pdf
from designer.render.pdfx import DocumentMetadata, finish_pdfx
from designer.resources import font_path
from designer.trace.record import TraceRecord


class Job(Struct, frozen=True, kw_only=True):
    """Everything that determines the output: same job, same bytes."""

    template: Template
    region: Region
    size: PaperSize
    values: tuple[tuple[str, str], ...] = ()
    printer: PrinterProfile = DEFAULT_PRINTER
    proof: bool = False  # asked for a proof even if a final would be allowed
    produced: date = field(default_factory=date.today)
    keyring: Path | None = None  # trusted approvers; None: the bundled keyring

    @property
    def file_stem(self) -> str:
        # ids come from files anyone can edit: the name must still be valid on Windows
        return safe_name(f"{self.template.id}_{self.region.id}_{self.size.value}")


class Product(Struct, frozen=True, kw_only=True):
    job: Job
    layout: DocumentLayout
    issues: tuple[PreflightIssue, ...]
    blockers: tuple[PreflightIssue, ...]  # the findings against a final file; empty: allowed
    pdf: bytes
    approval: ApprovalCheck | None = None  # the template's approval, checked for this job
    trace: TraceRecord | None = None  # what the file says it was made from
    sha256: str = ""  # of ``pdf``, hashed once: the export log, the trace and the pack share it

    @property
    def is_proof(self) -> bool:
        return self.job.proof or bool(self.blockers)

    @property
    def proof_reasons(self) -> tuple[str, ...]:
        """Why this is a proof (empty for a final file)."""
        if self.blockers:
            return tuple(dict.fromkeys(issue.message for issue in self.blockers))
        return ("proof requested",) if self.job.proof else ()

    @property
    def file_name(self) -> str:
        return f"{self.job.file_stem}{'-PROOF' if self.is_proof else ''}.pdf"

    def require_final(self) -> None:
        """Raise ExportError listing every reason this cannot be a final file."""
        if self.blockers:
            raise ExportError(
                "not print-ready: " + "; ".join(self.proof_reasons),
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
    approval = check_template(job.template, job.keyring)
    refusal = approval_issue(approval)
    issues = (*((refusal,) if refusal else ()), *check_layout(layout, job.printer))
    draft = Product(
        job=job,
        layout=layout,
        issues=issues,
        blockers=final_blockers(issues),
        pdf=b"",
        approval=approval,
    )
    trace = trace_record(job, approval, draft.is_proof)
    font = layout_metrics(layout)
    proof = bool(draft.proof_reasons)
    raw = render_pdf(
        layout,
        job.printer,
        proof_band=plan_proof_band(draft.proof_reasons, font, layout.trim) if proof else None,
        proof_mark=plan_proof_mark(font, layout.trim) if proof else None,
        slug_font=font.name,
        trace_line=trace.imprint() if job.printer.has_slug else "",
        imprints=() if job.printer.has_slug else imprints(layout, job.printer, trace, font),
    )
    meta = metadata(job, layout, draft.is_proof, trace)
    pdf = finish_pdfx(raw, printer=job.printer, meta=meta)
    return replace(draft, pdf=pdf, trace=trace, sha256=hashlib.sha256(pdf).hexdigest())


def imprints(
    layout: DocumentLayout, printer: PrinterProfile, trace: TraceRecord, font: FontMetrics
) -> tuple[Imprint, ...]:
    """The trace inside each page, where layout finds room for it."""
    texts = (trace.imprint(), trace.short_imprint())
    return plan_imprints(layout, printer, texts, lambda t, s: pt_to_mm(text_width_pt(font, t, s)))


def trace_record(job: Job, approval: ApprovalCheck, proof: bool) -> TraceRecord:
    template_hash = approval.digest.combined if approval.digest else ""
    document_id = job_digest(job, proof, template_hash)
    verified_on = job.region.verification.on
    return TraceRecord(
        reference=document_id[:8],
        document_id=document_id,
        template_id=job.template.id,
        template_version=job.template.version,
        template_hash=template_hash,
        template_approval=approval.summary,
        region_id=job.region.id,
        region_hash=region_hash(job.region),
        region_verified_on=verified_on.isoformat() if verified_on else "unverified",
        size=job.size.value,
        produced=job.produced.isoformat(),
        program=f"designer {__version__}",
        state="proof" if proof else "final",
        printer=job.printer.id,
    )


def final_blockers(issues: tuple[PreflightIssue, ...]) -> tuple[PreflightIssue, ...]:
    """Every error finding: unverified contacts, overflow, missing glyphs, no approval..."""
    return tuple(i for i in issues if i.severity is Severity.ERROR)


def layout_font(layout: DocumentLayout) -> str:
    """A font already embedded in the document, for the slug and the proof mark."""
    return layout_metrics(layout).name


def layout_metrics(layout: DocumentLayout) -> FontMetrics:
    """That font's metrics: the imprint is measured with the font it is drawn in."""
    for page in layout.pages:
        for item in page.items:
            if isinstance(item, PlacedText):
                return load_font(item.font_path)
    return load_font(font_path("NotoSans-Regular.ttf"))


def metadata(
    job: Job, layout: DocumentLayout, proof: bool, trace: TraceRecord | None = None
) -> DocumentMetadata:
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
        document_id=trace.document_id if trace else job_digest(job, proof),
        extra=trace.extra() if trace else (),
    )


def job_digest(job: Job, proof: bool, template_hash: str = "") -> str:
    """A stable id for the inputs: the same job always gets the same document id."""
    parts = (
        job.template.id,
        job.template.version,
        template_hash,
        repr(job.region),
        job.size.value,
        repr(sorted(job.values)),
        repr(job.printer),
        job.produced.isoformat(),
        str(proof),
        __version__,
    )
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
