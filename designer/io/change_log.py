"""A region file's change log: JSON lines appended whole, and a damaged line found and reported.

Why: the log is the record of who changed a safety-critical phone number and
when. A disk that fills up mid-write must not leave half a line that the next
entry then runs into: an append writes every byte or, on any error, cuts the
file back to its length before, so the log holds whole lines only. A line
damaged some other way (the power went mid-write) is never silently kept as
if whole: the next append ends it, then records a ``damaged-line`` entry
naming its line number and what it held, and :func:`read_change_log` lists
every line that is not a whole entry.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from msgspec import Struct

TAIL_BYTES = 1 << 16  # a line of the log is a few hundred bytes
_FLAGS = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)  # no \r\n on Windows


class DamagedLine(Struct, frozen=True):
    number: int  # 1-based
    text: str


class ChangeLog(Struct, frozen=True):
    entries: tuple[dict[str, object], ...]
    damaged: tuple[DamagedLine, ...]


def encode(entries: list[dict[str, object]]) -> bytes:
    text = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entries)
    return text.encode("utf-8")


def append_entries(log: Path, entries: list[dict[str, object]], *, by: str) -> None:
    """Append ``entries`` as whole lines, or nothing at all (OSError says why)."""
    fd = os.open(log, _FLAGS, 0o644)
    try:
        size = os.fstat(fd).st_size
        data = _damage_report(fd, size, by) + encode(entries)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        except OSError:
            with contextlib.suppress(OSError):  # back to whole lines: nothing of this append
                os.ftruncate(fd, size)
                os.fsync(fd)
            raise
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError("the change log took no more bytes")
        view = view[written:]


def _damage_report(fd: int, size: int, by: str) -> bytes:
    """When the log's last line is cut off: a newline ending it and an entry saying so."""
    start = max(size - TAIL_BYTES, 0)
    tail = os.pread(fd, size - start, start) if hasattr(os, "pread") else _read_at(fd, start)
    if not tail or tail.endswith(b"\n"):
        return b""
    cut = tail[tail.rfind(b"\n") + 1 :]
    number = _line_count(fd, size - len(cut)) + 1
    entry: dict[str, object] = {
        "at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "by": by,
        "action": "damaged-line",
        "region": "",
        "field": f"line {number}",
        "old": cut.decode("utf-8", "replace"),
        "new": None,
    }
    return b"\n" + encode([entry])


def _read_at(fd: int, start: int) -> bytes:
    os.lseek(fd, start, os.SEEK_SET)
    return os.read(fd, TAIL_BYTES)


def _line_count(fd: int, end: int) -> int:
    os.lseek(fd, 0, os.SEEK_SET)
    count, left = 0, end
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        count, left = count + chunk.count(b"\n"), left - len(chunk)
    return count


def read_change_log(log: Path) -> ChangeLog:
    """Every whole entry, and every line that is not one (cut off, or not a JSON object)."""
    entries: list[dict[str, object]] = []
    damaged: list[DamagedLine] = []
    raw = log.read_bytes() if log.exists() else b""
    lines = raw.split(b"\n")
    last = len(lines) - 1  # after the final newline: empty when the log ends whole
    for number, line in enumerate(lines, 1):
        if number - 1 == last and not line:
            break
        entry = _entry(line) if number - 1 != last else None
        if entry is None:
            damaged.append(DamagedLine(number, line.decode("utf-8", "replace")))
        else:
            entries.append(entry)
    return ChangeLog(tuple(entries), tuple(damaged))


def _entry(line: bytes) -> dict[str, object] | None:
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
