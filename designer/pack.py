"""The print pack: everything a printer would otherwise phone to ask about.

Per region, one folder holding the print PDF, a one-page job sheet, a small
proof PNG and ``manifest.json``. The folder is assembled under a temporary
name and renamed into place, so a printer's hot folder never sees half a pack.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import pypdfium2 as pdfium

from designer import __version__
from designer.errors import ExportError
from designer.production import Product
from designer.render.job_sheet import render_job_sheet

PROOF_DPI = 40


@dataclass(frozen=True, slots=True)
class PrintOrder:
    """What the person ordering fills in; printed on the job sheet as given."""

    quantity: str = ""
    stock: str = ""
    finish: str = ""
    contact: str = ""
    notes: str = ""


def write_print_pack(product: Product, folder: Path, order: PrintOrder | None = None) -> Path:
    """Write the pack for ``product`` into ``folder/<file stem>/`` and return that path."""
    order = order or PrintOrder()
    stem = Path(product.file_name).stem
    target = folder / stem
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{stem}.", dir=folder))
        staging.chmod(0o755)  # mkdtemp makes it private; a pack is shared with the printer
        _fill(staging, product, order, stem)
        _swap_into_place(staging, target)
    except OSError as exc:
        raise ExportError(
            f"could not write the print pack: {exc.strerror or exc}", source=target
        ) from None
    return target


def _fill(staging: Path, product: Product, order: PrintOrder, stem: str) -> None:
    pdf_name = f"{stem}.pdf"
    (staging / pdf_name).write_bytes(product.pdf)
    manifest = pack_manifest(product, order, pdf_name)
    (staging / f"{stem}-job-sheet.pdf").write_bytes(render_job_sheet(manifest))
    _proof_png(product.pdf, staging / f"{stem}-proof.png")
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    (staging / "manifest.json").write_text(text, encoding="utf-8")


def _swap_into_place(staging: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
    staging.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _proof_png(pdf: bytes, path: Path) -> None:
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=PROOF_DPI / 72).to_pil()
        image.save(path, optimize=True)
    finally:
        document.close()


def pack_manifest(product: Product, order: PrintOrder, pdf_name: str) -> dict[str, object]:
    job, layout, printer = product.job, product.layout, product.job.printer
    verification = job.region.verification
    return {
        "print_file": pdf_name,
        "sha256": hashlib.sha256(product.pdf).hexdigest(),
        "status": "PROOF - not for print" if product.is_proof else "final",
        "proof_reasons": list(product.proof_reasons),
        "finished_size": {
            "name": job.size.value,
            "width_mm": layout.trim.width_mm,
            "height_mm": layout.trim.height_mm,
        },
        "bleed_mm": printer.bleed_mm,
        "pages": len(layout.pages),
        "sides": "double-sided" if len(layout.pages) == 2 else f"{len(layout.pages)} page(s)",
        "folds_mm_from_left": {page.name: list(page.folds_mm) for page in layout.pages},
        "crop_marks": printer.crop_marks,
        "colour": "CMYK",
        "colours_used": {name: str(colour) for name, colour in layout.palette},
        "pdfx": "PDF/X-4" if printer.pdfx.value == "x4" else "PDF/X-1a:2001",
        "output_condition": printer.output_condition,
        "output_condition_info": printer.output_condition_info,
        "ink_limit_percent": printer.ink_limit,
        "printer_profile": printer.id,
        "order": asdict(order),
        "template": {
            "id": job.template.id,
            "version": job.template.version,
            "title": job.template.title,
        },
        "region": {
            "id": job.region.id,
            "name": job.region.name,
            "verified_by": verification.by,
            "verified_on": verification.on.isoformat() if verification.on else None,
        },
        "produced": job.produced.isoformat(),
        "program": f"designer {__version__}",
    }
