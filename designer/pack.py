"""The print pack: everything a printer would otherwise phone to ask about.

Per region, one folder holding the print PDF, a one-page job sheet, a small
proof PNG per page and ``manifest.json``, which gives the SHA-256 of every
other file in the folder (a printer can tell a file was swapped or damaged).
The print PDF takes the same path as an export (``designer.export``):
checked as a finished file (a final with errors is refused) and recorded in
the export log. The folder is assembled under a temporary name and renamed
into place, so a printer's hot folder never sees half a pack, and a failure
leaves any earlier pack as it was.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

from msgspec import Struct
from msgspec.structs import asdict
from PIL import Image

from designer import __version__
from designer.errors import ExportError
from designer.export import Exported, check_product, logged
from designer.production import Product
from designer.records import replace
from designer.render.job_sheet import render_job_sheet
from designer.render.preview import rasterise

PROOF_DPI = 40


class PrintOrder(Struct, frozen=True, kw_only=True):
    """What the person ordering fills in; printed on the job sheet as given."""

    quantity: str = ""
    stock: str = ""
    finish: str = ""
    contact: str = ""
    notes: str = ""


def pack_folder_name(product: Product) -> str:
    """The pack's folder name: the print file's name without ``.pdf`` (``-PROOF`` and all)."""
    return Path(product.file_name).stem


def write_print_pack(
    product: Product,
    folder: Path,
    order: PrintOrder | None = None,
    *,
    via: str = "pack",
    checked: Exported | None = None,
) -> Path:
    """Write the pack for ``product`` into ``folder/<pack_folder_name>/`` and return that path."""
    return export_print_pack(product, folder, order, via=via, checked=checked).path


def export_print_pack(
    product: Product,
    folder: Path,
    order: PrintOrder | None = None,
    *,
    via: str = "pack",
    checked: Exported | None = None,
) -> Exported:
    """Check, assemble and log the pack, the way ``export_product`` does a single file.

    The print PDF gets the same finished-file checks (a final with errors is
    refused, nothing written) and its row in the export log, as the file inside
    the pack. ``checked``: the export of the very same bytes, whose findings
    stand (a batch writes the PDF and its pack; one check is enough).
    """
    name = pack_folder_name(product)
    target = folder / name
    pdf_path = target / f"{name}.pdf"
    staging = _staging(folder, name)
    try:
        _fill(staging, product, order or PrintOrder(), name)
        exported = _reuse(checked, product, target) or check_product(
            product, pdf_path, staging / pdf_path.name
        )
        with logged(product, pdf_path, via=via):
            _swap_into_place(staging, target)
    except OSError as exc:
        raise _pack_error(target, exc) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # gone already when the swap succeeded
    return replace(exported, path=target)


def _staging(folder: Path, name: str) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=folder))
    except OSError as exc:
        raise _pack_error(folder / name, exc) from None
    try:
        staging.chmod(0o755)  # mkdtemp makes it private; a pack is shared with the printer
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise _pack_error(folder / name, exc) from None
    return staging


def _pack_error(target: Path, exc: OSError) -> ExportError:
    return ExportError(
        f"could not write the print pack: {exc.strerror or exc}",
        source=target,
        hint="nothing was changed; check the folder and try again",
    )


def _reuse(checked: Exported | None, product: Product, target: Path) -> Exported | None:
    """``checked`` if it is the verdict on these very bytes."""
    if checked is None or checked.sha256 != product.sha256:
        return None
    return replace(checked, path=target)


def _fill(staging: Path, product: Product, order: PrintOrder, name: str) -> None:
    pdf_name = f"{name}.pdf"
    manifest = pack_manifest(product, order, pdf_name)
    (staging / f"{name}-job-sheet.pdf").write_bytes(render_job_sheet(manifest))
    (staging / pdf_name).write_bytes(product.pdf)
    pages = len(product.layout.pages)
    for index, png in enumerate(proof_names(name, pages)):
        _proof_image(product.pdf, index).save(staging / png, optimize=True)
    manifest["files_sha256"] = _hashes(staging, {pdf_name: product.sha256})
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    (staging / "manifest.json").write_text(text, encoding="utf-8")


def _swap_into_place(staging: Path, target: Path) -> None:
    """Put the new pack at ``target``; at no point is there neither a whole old nor new pack.

    The old pack is set aside (``.<name>.old``), the new one renamed in, and
    the old one removed last; if the rename fails, the old pack goes back.
    """
    old = target.with_name(f".{target.name}.old")
    if old.exists() and not target.exists():
        old.rename(target)  # an earlier swap was cut off between its two renames
    shutil.rmtree(old, ignore_errors=True)
    had_old = target.exists()
    if had_old:
        target.rename(old)
    try:
        staging.rename(target)
    except BaseException:
        if had_old:
            old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def proof_names(name: str, pages: int) -> list[str]:
    """One proof image per page: ``<name>-proof.png``, or ``-proof-page-N.png`` for several."""
    if pages == 1:
        return [f"{name}-proof.png"]
    return [f"{name}-proof-page-{n}.png" for n in range(1, pages + 1)]


def _hashes(folder: Path, known: dict[str, str]) -> dict[str, str]:
    """SHA-256 of every file in the pack so far (all but the manifest itself), by name.

    ``known``: digests already in hand (the print PDF's, hashed once when it was made).
    """
    files = sorted(p for p in folder.iterdir() if p.is_file())
    return {p.name: known.get(p.name) or hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def _proof_image(pdf: bytes, index: int) -> Image.Image:
    """One page through the same rasteriser as the window's preview."""
    page = rasterise(pdf, index, PROOF_DPI)
    size = (page.width, page.height)
    raw = Image.frombuffer("RGBX", size, page.data, "raw", page.pixel_format, page.stride, 1)
    return raw.convert("RGB")


def pack_manifest(product: Product, order: PrintOrder, pdf_name: str) -> dict[str, object]:
    job, layout, printer = product.job, product.layout, product.job.printer
    verification = job.region.verification
    return {
        "print_file": pdf_name,
        "sha256": product.sha256,
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
        # a profile without marks prints no fold marks: the folds then travel only here
        "fold_marks_on_sheet": printer.crop_marks and any(p.folds_mm for p in layout.pages),
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
