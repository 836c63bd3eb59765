"""Nothing lost: interrupted batches, full or read-only folders, failed edits and imports.

Tests run as root in CI, where chmod does not stop writes; a read-only folder
is then simulated by making the first write step fail with EACCES (the real
chmod test runs only for an ordinary user).
"""

from __future__ import annotations

import errno
import io
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from approval_support import region_file
from support import job, run

import designer.export
from designer.batch import BatchItem, export_batch
from designer.cli import main
from designer.errors import DesignerError, ExportError
from designer.export import export_product
from designer.io.region.edit import changes_log_path, verify_region
from designer.io.region.file import lock_path
from designer.io.regions import load_regions
from designer.production import produce
from designer.trace.log import list_exports

POSTER = "worried-about-yourself"
REGIONS = ("fife", "moray", "angus", "falkirk")


def files(folder: Path) -> list[str]:
    """Everything in ``folder``, hidden temporary files included."""
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def assert_complete(pdf: Path) -> None:
    run("qpdf", "--check", pdf)  # raises on a truncated or damaged file


# --- an interrupted batch ---------------------------------------------------------------------


def test_ctrl_c_in_a_batch_keeps_complete_files_and_names_the_rest(tmp_path: Path) -> None:
    jobs = [job(POSTER, r, "A4", proof=True) for r in REGIONS]
    seen: list[BatchItem] = []

    def progress(item: BatchItem) -> None:
        seen.append(item)
        if len(seen) == 2:
            raise KeyboardInterrupt

    report = export_batch(jobs, tmp_path, workers=1, progress=progress)
    assert report.interrupted and report.cancelled
    written = {item.region_id for item in report.items if item.ok}
    assert {"fife", "moray"} <= written
    assert set(report.missing(jobs)) == set(REGIONS) - written
    assert files(tmp_path) == sorted(f"{POSTER}_{r}_A4-PROOF.pdf" for r in written)
    for name in files(tmp_path):
        assert_complete(tmp_path / name)


def test_sigint_to_the_cli_batch_exits_130_and_lists_missing_regions(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "designer.cli", "batch", POSTER, "--size", "A4", "--proof"]
    command += ["--output-dir", str(tmp_path), "--jobs", "2"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("[1/32]"):
            break
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 130, err
    assert "batch interrupted" in err and "not written:" in err
    assert "Traceback" not in err
    names = files(tmp_path)
    assert names and all(n.endswith("-PROOF.pdf") and not n.startswith(".") for n in names)
    assert len(names) < 32
    for name in names:
        assert_complete(tmp_path / name)


def test_ctrl_c_during_the_batch_s_first_file_loses_neither_file_log_nor_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first file is made in the parent, and written there while the workers start;
    Ctrl-C lands right after its rename, before its export-log row is committed: it must
    wait for both, and every file the workers finish is reported and logged too."""
    parent = os.getpid()
    real_rename = designer.export.rename_into_place

    def rename_then_ctrl_c(part: Path, path: Path, data: bytes) -> None:
        real_rename(part, path, data)
        if os.getpid() == parent:
            os.kill(parent, signal.SIGINT)

    monkeypatch.setattr(designer.export, "rename_into_place", rename_then_ctrl_c)
    jobs = [job(POSTER, region, "A4", verify=True) for region in ("highland", "fife", "moray")]
    try:
        report = export_batch(jobs, tmp_path, workers=2)
    except KeyboardInterrupt:
        pytest.fail("Ctrl-C escaped the batch")

    assert report.interrupted
    written = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert sorted(item.path.name for item in report.items if item.path) == written
    assert report.items[0].job.region.id == "highland"  # the parent's file, reported first
    logged = sorted(Path(entry.path).name for entry in list_exports())
    assert written and logged == written


def test_a_bug_while_the_parent_writes_the_first_file_loses_none_of_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers are already writing when the parent writes the first file: a bug there
    is that region's failure, and every file the workers write is still reported."""
    import designer.batch

    parent = os.getpid()
    real_export = designer.batch.export_product

    def broken_in_parent(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() == parent:
            raise RuntimeError("a bug")
        return real_export(*args, **kwargs)

    monkeypatch.setattr(designer.batch, "export_product", broken_in_parent)
    jobs = [job(POSTER, region, "A4", verify=True) for region in ("highland", "fife", "moray")]
    report = export_batch(jobs, tmp_path, workers=2)

    first, *others = report.items
    assert not first.ok and "internal error" in first.message and "a bug" in first.message
    assert [i.region_id for i in others] == ["fife", "moray"] and all(i.ok for i in others)
    written = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert sorted(i.path.name for i in others if i.path) == written


# --- a full disk ------------------------------------------------------------------------------


class _FullDisk:
    """``os.fdopen`` whose files fail with ENOSPC once ``full`` is set."""

    def __init__(self) -> None:
        self.full = False
        self.real = os.fdopen

    def __call__(self, fd: int, *args: Any, **kwargs: Any) -> io.IOBase:
        handle = self.real(fd, *args, **kwargs)
        if self.full:
            handle.write = self._fail
        return handle

    def _fail(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[_FullDisk]:
    fake = _FullDisk()
    monkeypatch.setattr(os, "fdopen", fake)
    yield fake


def test_a_full_disk_is_a_clear_error_and_leaves_no_partial_file(
    tmp_path: Path, disk: _FullDisk, capsys: pytest.CaptureFixture[str]
) -> None:
    disk.full = True
    out = tmp_path / "out"
    args = ["render", POSTER, "fife", "--size", "A4", "--proof", "--output", str(out / "p.pdf")]
    assert main(args) == 2
    assert "the disk is full" in capsys.readouterr().err
    assert files(out) == []


def test_a_full_disk_mid_batch_keeps_what_was_written(tmp_path: Path, disk: _FullDisk) -> None:
    jobs = [job(POSTER, r, "A4", proof=True) for r in REGIONS]

    def progress(item: BatchItem) -> None:
        disk.full = True  # the disk fills up after the first file

    report = export_batch(jobs, tmp_path, workers=1, progress=progress)
    first, *rest = report.items
    assert first.ok and first.path is not None
    assert all(not item.ok and "the disk is full" in item.message for item in rest)
    assert files(tmp_path) == [first.path.name]
    assert_complete(first.path)


def test_a_failed_rewrite_keeps_the_old_file(tmp_path: Path, disk: _FullDisk) -> None:
    product = produce(job(POSTER, "fife", "A4", proof=True))
    path = export_product(product, tmp_path / "poster.pdf").path
    before = path.read_bytes()
    disk.full = True
    with pytest.raises(ExportError, match="the disk is full"):
        export_product(produce(job(POSTER, "moray", "A4", proof=True)), path)
    assert path.read_bytes() == before
    assert files(tmp_path) == ["poster.pdf"]


# --- a read-only folder -----------------------------------------------------------------------


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders; see below")
def test_a_read_only_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "locked"
    out.mkdir()
    out.chmod(0o555)
    try:
        assert (
            main(["render", POSTER, "fife", "--size", "A4", "--proof", "--output", f"{out}/p.pdf"])
            == 2
        )
    finally:
        out.chmod(0o755)
    assert "permission denied" in capsys.readouterr().err
    assert files(out) == []


def test_a_read_only_folder_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a non-root user sees: creating a file in the folder fails with EACCES."""

    def refuse(*args: Any, **kwargs: Any) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    out = tmp_path / "locked"
    assert (
        main(["render", POSTER, "fife", "--size", "A4", "--proof", "--output", f"{out}/p.pdf"]) == 2
    )
    err = capsys.readouterr().err
    assert "permission denied" in err and "choose a folder you can write to" in err
    assert files(out) == []


# --- region edits and imports -----------------------------------------------------------------


def test_a_region_edit_that_cannot_be_written_changes_nothing(
    tmp_path: Path, disk: _FullDisk
) -> None:
    regions = region_file(tmp_path)
    before = regions.read_bytes()
    disk.full = True
    with pytest.raises(DesignerError, match="the disk is full"):
        verify_region("fife", by="A. Officer", path=regions)
    assert regions.read_bytes() == before
    kept = [regions.name, changes_log_path(regions).name, lock_path(regions).name]  # lock: empty
    assert sorted(files(tmp_path)) == sorted(kept)
    last = changes_log_path(regions).read_text().splitlines()[-1]
    assert '"action": "failed"' in last and "disk is full" in last


def test_a_bad_import_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    regions = region_file(tmp_path)
    before = regions.read_bytes()
    csv = tmp_path / "bad.csv"
    csv.write_text("id,name\nfife,Fife\n")
    assert main(["--regions", str(regions), "regions", "--import", str(csv), "--by", "X"]) == 2
    assert "header row" in capsys.readouterr().err
    assert regions.read_bytes() == before
    assert not changes_log_path(regions).exists()
    assert len(load_regions(regions)) == 32


def test_a_process_pool_batch_reports_each_region_once(tmp_path: Path) -> None:
    jobs = [job(POSTER, r, "A4", proof=True) for r in REGIONS[:3]]
    report = export_batch(jobs, tmp_path, workers=2)
    assert sorted(i.region_id for i in report.items) == sorted(REGIONS[:3])
    assert not report.cancelled and not report.interrupted
