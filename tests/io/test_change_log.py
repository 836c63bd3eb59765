"""The change log is appended whole or not at all, and a damaged last line is found and reported."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from approval_support import region_file

from designer.errors import ExportError
from designer.io import change_log
from designer.io.change_log import read_change_log
from designer.io.region.edit import changes_log_path, import_regions_logged, verify_region
from designer.io.regions import CSV_COLUMNS, load_regions


def _csv_changing_angus(path: Path, regions: Path) -> Path:
    angus = load_regions(regions).get("angus")
    row = {c: "" for c in CSV_COLUMNS} | {
        "id": angus.id,
        "name": angus.name,
        "health_board": angus.health_board,
        "local_name": angus.local.name,
        "local_phone": "0131 496 0998",
    }
    path.write_text(",".join(CSV_COLUMNS) + "\n" + ",".join(row[c] for c in CSV_COLUMNS) + "\n")
    return path


def test_a_full_disk_mid_import_leaves_no_partial_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regions = region_file(tmp_path)
    verify_region("fife", by="A. Officer", path=regions)
    log = changes_log_path(regions)
    before, file_before = log.read_bytes(), regions.read_bytes()
    real_write = os.write

    def half_then_full(fd: int, data: bytes) -> int:
        if fd != -1 and len(data) > 20 and os.fstat(fd).st_size == len(before):
            return real_write(fd, bytes(data)[: len(data) // 2])  # the disk takes half
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(change_log.os, "write", half_then_full)
    with pytest.raises(ExportError, match=r"cannot write the change log.*nothing was changed"):
        import_regions_logged(_csv_changing_angus(tmp_path / "a.csv", regions), regions, by="D")
    monkeypatch.undo()

    assert log.read_bytes() == before  # whole lines only: the half line was cut back
    assert regions.read_bytes() == file_before
    assert read_change_log(log).damaged == ()


def test_a_damaged_last_line_is_reported_and_not_run_into(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    verify_region("fife", by="A. Officer", path=regions)
    log = changes_log_path(regions)
    whole = log.read_bytes().count(b"\n")
    with log.open("ab") as handle:
        handle.write(b'{"action": "import", "by": "D", "regi')  # the power went here

    assert [d.number for d in read_change_log(log).damaged] == [whole + 1]
    verify_region("angus", by="B. Officer", path=regions)

    found = read_change_log(log)
    (damaged,) = found.damaged
    assert damaged.number == whole + 1 and damaged.text.endswith('"regi')
    reports = [e for e in found.entries if e["action"] == "damaged-line"]
    assert reports == [
        reports[0] | {"field": f"line {whole + 1}", "old": damaged.text, "by": "B. Officer"}
    ]
    assert found.entries[-1]["region"] == "angus"  # the new change is a whole entry of its own


def test_every_line_of_a_sound_log_is_an_entry(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    verify_region("fife", by="A. Officer", path=regions)
    log = changes_log_path(regions)

    found = read_change_log(log)

    assert found.damaged == ()
    assert [json.loads(line) for line in log.read_text().splitlines()] == list(found.entries)
