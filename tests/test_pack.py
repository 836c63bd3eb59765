"""The print pack takes an export's path: checked, logged, whole or not at all."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from support import job, run

import designer.export
import designer.pack
from designer.batch import export_batch
from designer.errors import ExportError
from designer.export import export_product
from designer.pack import PrintOrder, pack_folder_name, pack_manifest, write_print_pack
from designer.preflight.issues import PreflightIssue, Severity
from designer.production import Product, produce
from designer.render.job_sheet import render_job_sheet
from designer.trace.log import DATA_DIR_ENV, list_exports

POSTER = "worried-about-yourself"
LONG_NOTE = (
    "Deliver to the side door on Fridays and the lift is small, so please bring the boxes "
    "up by hand; ask for Morag at reception, who signs for every delivery, and leave the "
    "spare copies with the library desk on the ground floor beside the noticeboard"
)


@pytest.fixture(scope="module")
def final() -> Product:
    product = produce(job(POSTER, "fife", "A4", verify=True))
    assert not product.is_proof
    return product


@pytest.fixture
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The finished-file checks find nothing (the real ones run in the tests that need them)."""
    monkeypatch.setattr(designer.export, "preflight_pdf", lambda *_a, **_k: [])


def contents(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too), by relative path."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_pack_is_checked_and_recorded_in_the_export_log(final: Product, tmp_path: Path) -> None:
    pack = write_print_pack(final, tmp_path / "packs", PrintOrder(quantity="500"))
    assert pack == tmp_path / "packs" / pack_folder_name(final)
    name = pack_folder_name(final)
    assert sorted(p.name for p in pack.iterdir()) == sorted(
        ["manifest.json", f"{name}.pdf", f"{name}-job-sheet.pdf", f"{name}-proof.png"]
    )
    (entry,) = list_exports()
    assert entry.via == "pack" and entry.path == str((pack / f"{name}.pdf").resolve())
    assert entry.sha256 == hashlib.sha256(final.pdf).hexdigest() == _manifest(pack)["sha256"]
    assert "PNG image data" in run("file", pack / f"{name}-proof.png")
    assert [p.name for p in (tmp_path / "packs").iterdir()] == [name]


def _manifest(pack: Path) -> dict[str, object]:
    data = json.loads((pack / "manifest.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_a_final_that_fails_pdf_preflight_is_refused_and_leaves_nothing(
    final: Product, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = PreflightIssue(
        severity=Severity.ERROR, rule="pdf.test", message="made to fail", fix="nothing to do"
    )
    monkeypatch.setattr(designer.export, "preflight_pdf", lambda *_a, **_k: [bad])
    folder = tmp_path / "packs"
    with pytest.raises(ExportError, match=r"failed preflight: .*made to fail"):
        write_print_pack(final, folder)
    assert list(folder.iterdir()) == []
    assert list_exports() == []


def test_a_failure_while_filling_leaves_the_old_pack_and_no_staging(
    final: Product, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick_checks: None
) -> None:
    folder = tmp_path / "packs"
    write_print_pack(final, folder, PrintOrder(quantity="100"))
    before = contents(folder)

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug while filling")

    monkeypatch.setattr(designer.pack, "_fill", broken)
    with pytest.raises(RuntimeError):
        write_print_pack(final, folder, PrintOrder(quantity="200"))
    assert contents(folder) == before
    assert [p.name for p in folder.iterdir()] == [pack_folder_name(final)]
    assert len(list_exports()) == 1


def test_replacing_a_pack_keeps_the_old_one_when_the_new_one_cannot_go_in(
    final: Product, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick_checks: None
) -> None:
    folder = tmp_path / "packs"
    write_print_pack(final, folder, PrintOrder(quantity="100"))
    before = contents(folder)
    rename = Path.rename

    def failing_rename(self: Path, target: Path) -> Path:
        if self.parent == folder and self.name.startswith(".") and not self.name.endswith(".old"):
            raise OSError(28, "No space left on device")  # the staging folder's move
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", failing_rename)
    with pytest.raises(ExportError, match="could not write the print pack"):
        write_print_pack(final, folder, PrintOrder(quantity="200"))
    assert contents(folder) == before
    assert [p.name for p in folder.iterdir()] == [pack_folder_name(final)]
    assert len(list_exports()) == 1  # the second pack's row was rolled back


def test_replacing_a_pack_replaces_it_whole(
    final: Product, tmp_path: Path, quick_checks: None
) -> None:
    folder = tmp_path / "packs"
    write_print_pack(final, folder, PrintOrder(quantity="100"))
    pack = write_print_pack(final, folder, PrintOrder(quantity="200"))
    order = _manifest(pack)["order"]
    assert isinstance(order, dict) and order["quantity"] == "200"
    assert [p.name for p in folder.iterdir()] == [pack.name]
    assert [e.via for e in list_exports()] == ["pack", "pack"]


def test_a_log_that_cannot_be_opened_means_no_pack(
    final: Product, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick_checks: None
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv(DATA_DIR_ENV, str(blocker))
    folder = tmp_path / "packs"
    with pytest.raises(ExportError, match="nothing was written: the export log cannot be used"):
        write_print_pack(final, folder)
    assert list(folder.iterdir()) == []


def test_a_log_that_cannot_be_opened_means_no_export(
    final: Product, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick_checks: None
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv(DATA_DIR_ENV, str(blocker))
    out = tmp_path / "out"
    with pytest.raises(ExportError) as caught:
        export_product(final, out / "poster.pdf")
    message = str(caught.value)
    assert "nothing was written: the export log cannot be used" in message
    assert str(blocker) in message and DATA_DIR_ENV in message
    assert list(out.iterdir()) == []


def test_a_batch_with_no_log_writes_nothing_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick_checks: None
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv(DATA_DIR_ENV, str(blocker))
    out = tmp_path / "out"
    report = export_batch([job(POSTER, "fife", "A4", verify=True)], out, workers=1)
    (item,) = report.items
    assert not item.ok and item.path is None and "export log" in item.message
    assert list(out.iterdir()) == []


def test_a_batch_whose_pack_fails_reports_the_file_it_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick_checks: None
) -> None:
    def no_room(*_args: object, **_kwargs: object) -> Path:
        raise ExportError("could not write the print pack: the disk is full")

    monkeypatch.setattr(designer.pack, "write_print_pack", no_room)  # batch imports it on use
    out = tmp_path / "out"
    jobs = [job(POSTER, "fife", "A4", verify=True)]
    (item,) = export_batch(jobs, out, workers=1, pack_dir=tmp_path / "packs").items
    assert not item.ok and item.path is not None and item.path.is_file()
    assert "final written, but no print pack" in item.message


def test_a_batch_pack_is_logged_beside_its_file(tmp_path: Path, quick_checks: None) -> None:
    jobs = [job(POSTER, "fife", "A4", verify=True)]
    report = export_batch(jobs, tmp_path / "out", workers=1, pack_dir=tmp_path / "packs")
    assert report.items[0].ok, report.items[0].message
    assert [e.via for e in list_exports()] == ["batch pack", "batch"]


def test_the_job_sheet_wraps_a_long_note_and_keeps_every_word(
    final: Product, tmp_path: Path
) -> None:
    manifest = pack_manifest(final, PrintOrder(notes=LONG_NOTE), "poster.pdf")
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(render_job_sheet(manifest))
    text = run("pdftotext", "-raw", sheet, "-")
    words = text.split()
    for word in LONG_NOTE.split():
        assert word in words, word
    note_lines = [line for line in text.splitlines() if "Morag" in line or "Fridays" in line]
    assert len(note_lines) == 2  # one long value, wrapped across lines
    assert manifest["sha256"] in text.replace("\n", "")


def test_the_job_sheet_goes_on_to_another_page_rather_than_cut_a_note(
    final: Product, tmp_path: Path
) -> None:
    notes = "\n".join(f"line {n} of the delivery instructions" for n in range(80))
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(render_job_sheet(pack_manifest(final, PrintOrder(notes=notes), "p.pdf")))
    pages = re.search(r"Pages:\s+(\d+)", run("pdfinfo", sheet))
    assert pages is not None and int(pages.group(1)) > 1
    text = run("pdftotext", "-raw", sheet, "-")
    assert all(f"line {n} of the delivery instructions" in text for n in range(80))


def test_the_job_sheet_refuses_a_character_its_font_lacks(final: Product) -> None:
    manifest = pack_manifest(final, PrintOrder(stock="Silk 170 g 中"), "poster.pdf")
    with pytest.raises(ExportError) as caught:
        render_job_sheet(manifest)
    assert caught.value.field == "Stock"
    assert "'中' (U+4E2D)" in str(caught.value)


def test_a_pack_whose_job_sheet_cannot_be_drawn_leaves_nothing(
    final: Product, tmp_path: Path, quick_checks: None
) -> None:
    folder = tmp_path / "packs"
    with pytest.raises(ExportError, match="no glyph"):
        write_print_pack(final, folder, PrintOrder(contact="ب"))
    assert list(folder.iterdir()) == []


def test_the_job_sheet_keeps_the_sha256_on_one_line(final: Product, tmp_path: Path) -> None:
    manifest = pack_manifest(final, PrintOrder(), "worried-about-yourself-A4-fife.pdf")
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(render_job_sheet(manifest))
    lines = run("pdftotext", "-layout", sheet, "-").splitlines()
    (line,) = [line for line in lines if "SHA-256" in line]
    assert line.split() == ["SHA-256", str(manifest["sha256"])]


def test_the_job_sheet_has_real_metadata(final: Product, tmp_path: Path) -> None:
    manifest = pack_manifest(final, PrintOrder(), "poster.pdf")
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(render_job_sheet(manifest))
    info = dict(
        (key.strip(), value.strip())
        for key, _, value in (
            line.partition(":") for line in run("pdfinfo", "-isodates", sheet).splitlines()
        )
    )
    assert info["Title"] == "Print job sheet: poster.pdf"
    assert info["Author"] == info["Creator"] == manifest["program"]
    assert info["CreationDate"].startswith(str(manifest["produced"]))  # 2026-11-29
    assert "anonymous" not in info.values()


def test_a_two_page_leaflet_has_a_proof_image_per_page_and_every_file_hashed(
    tmp_path: Path, quick_checks: None
) -> None:
    leaflet = produce(job("key-messages-leaflet", "fife", "A5", verify=True))
    pack = write_print_pack(leaflet, tmp_path)
    name = pack_folder_name(leaflet)
    pngs = sorted(p.name for p in pack.glob("*.png"))
    assert pngs == [f"{name}-proof-page-1.png", f"{name}-proof-page-2.png"]
    first, second = (pack / png for png in pngs)
    assert first.read_bytes() != second.read_bytes()
    hashes = _manifest(pack)["files_sha256"]
    assert isinstance(hashes, dict)
    on_disk = {p.name for p in pack.iterdir()} - {"manifest.json"}
    assert set(hashes) == on_disk and len(on_disk) == 4
    for file_name, digest in hashes.items():
        assert hashlib.sha256((pack / file_name).read_bytes()).hexdigest() == digest


@pytest.mark.parametrize(
    ("profile", "marked"), [("offset-coated", True), ("digital-no-marks", False)]
)
def test_the_job_sheet_says_where_the_folds_are_and_whether_the_sheet_marks_them(
    profile: str, marked: bool, tmp_path: Path
) -> None:
    from designer.io.printers import load_printer

    leaflet = produce(
        job("dl-trifold-leaflet", "fife", "DL-TRIFOLD", printer=load_printer(profile))
    )
    manifest = pack_manifest(leaflet, PrintOrder(), "dl.pdf")
    assert manifest["fold_marks_on_sheet"] is marked
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(render_job_sheet(manifest))
    text = " ".join(run("pdftotext", "-raw", sheet, "-").split())
    assert "outside at 97, 197 mm; inside at 100, 200 mm from the left trim edge" in text
    said = "dashed fold marks outside the bleed" if marked else "NOT marked on the sheet"
    assert said in text


class _Writes:
    """``os.fdopen`` whose handles remember every block written through them."""

    def __init__(self) -> None:
        self.real = os.fdopen
        self.blocks: list[bytes] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        spy = self

        class Handle:
            def __init__(self, inner: Any) -> None:
                self.inner = inner

            def __enter__(self) -> Handle:
                self.inner.__enter__()
                return self

            def __exit__(self, *exc: object) -> None:
                self.inner.__exit__(*exc)

            def write(self, data: bytes) -> int:
                spy.blocks.append(bytes(data))
                return int(self.inner.write(data))

            def __getattr__(self, name: str) -> Any:
                return getattr(self.inner, name)

        return Handle(self.real(*args, **kwargs))


def test_an_export_and_its_pack_write_the_pdf_once_and_hash_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick_checks: None
) -> None:
    hashed: list[bytes] = []
    real_sha256 = hashlib.sha256

    def counting(data: bytes = b"", **kwargs: Any) -> Any:
        hashed.append(bytes(data))
        return real_sha256(data, **kwargs)

    monkeypatch.setattr(hashlib, "sha256", counting)
    writes = _Writes()
    monkeypatch.setattr(os, "fdopen", writes)
    product = produce(job(POSTER, "fife", "A4", verify=True))
    exported = export_product(product, tmp_path / "poster.pdf")
    pack = write_print_pack(product, tmp_path / "packs", checked=exported)

    assert sum(block == product.pdf for block in writes.blocks) == 1  # staged, checked, renamed
    assert sum(data == product.pdf for data in hashed) == 1
    digest = real_sha256(product.pdf).hexdigest()
    assert [e.sha256 for e in list_exports()] == [digest, digest]  # the pack's row, the file's
    assert _manifest(pack)["sha256"] == digest
    assert _manifest(pack)["files_sha256"][f"{pack.name}.pdf"] == digest
    assert (tmp_path / "poster.pdf").read_bytes() == product.pdf
