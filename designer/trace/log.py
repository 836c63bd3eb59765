"""The export log: every file designer wrote, append-only, in SQLite.

One row per export with the file's trace, its path and SHA-256, when, by whom
and through which route (command line, batch, window). Triggers refuse
UPDATE and DELETE, so the log only grows. It lives in the user's data folder
(``platformdirs``); ``DESIGNER_DATA_DIR`` moves it (tests, shared machines).
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from designer.trace import TraceError
from designer.trace.record import FIELDS, TraceRecord

DATA_DIR_ENV = "DESIGNER_DATA_DIR"
LOG_FILE = "exports.sqlite3"
_COLUMNS = ("at", "path", "sha256", "via", "user", *FIELDS)
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS exports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    {", ".join(f"{c} TEXT NOT NULL" for c in _COLUMNS)}
);
CREATE TRIGGER IF NOT EXISTS exports_no_update BEFORE UPDATE ON exports
BEGIN SELECT RAISE(ABORT, 'the export log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS exports_no_delete BEFORE DELETE ON exports
BEGIN SELECT RAISE(ABORT, 'the export log is append-only'); END;
"""


@dataclass(frozen=True, slots=True)
class ExportEntry:
    id: int
    at: str  # ISO 8601, UTC
    path: str
    sha256: str
    via: str  # "render", "batch", "window"...
    user: str
    trace: TraceRecord

    def to_json(self) -> dict[str, object]:
        head = {"id": self.id, "at": self.at, "path": self.path, "sha256": self.sha256}
        return {**head, "via": self.via, "user": self.user, **_trace_dict(self.trace)}


def _trace_dict(trace: TraceRecord) -> dict[str, str]:
    return {f: getattr(trace, f) for f in FIELDS}


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir("designer"))


def log_path() -> Path:
    return data_dir() / LOG_FILE


@contextmanager
def _connection(path: Path | None) -> Iterator[sqlite3.Connection]:
    target = path or log_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(target, timeout=30)) as db:
            db.executescript(_SCHEMA)
            yield db
    except (sqlite3.Error, OSError) as exc:
        raise TraceError(
            f"the export log cannot be used: {exc}",
            source=target,
            hint=f"check the folder, or point {DATA_DIR_ENV} at a writable one",
        ) from None


def record_export(
    trace: TraceRecord, path: Path, *, via: str, data: bytes | None = None, log: Path | None = None
) -> int:
    """Append one export to the log; returns its row id. ``data``: the bytes written."""
    content = data if data is not None else Path(path).read_bytes()
    row = {
        "at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "path": str(Path(path).resolve()),
        "sha256": hashlib.sha256(content).hexdigest(),
        "via": via,
        "user": _user(),
        **_trace_dict(trace),
    }
    sql = f"INSERT INTO exports ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
    with _connection(log) as db, db:
        cursor = db.execute(sql, [row[c] for c in _COLUMNS])
        return int(cursor.lastrowid or 0)


def list_exports(limit: int | None = 50, log: Path | None = None) -> list[ExportEntry]:
    """The newest exports first (all of them when ``limit`` is None)."""
    sql = f"SELECT id, {', '.join(_COLUMNS)} FROM exports ORDER BY id DESC"
    with _connection(log) as db:
        rows = db.execute(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ()).fetchall()
    return [_entry(row) for row in rows]


def _entry(row: tuple[object, ...]) -> ExportEntry:
    values = dict(zip(("id", *_COLUMNS), row, strict=True))
    trace = TraceRecord(**{f: str(values[f]) for f in FIELDS})
    at, path, sha, via, user = (str(values[k]) for k in ("at", "path", "sha256", "via", "user"))
    return ExportEntry(int(str(values["id"])), at, path, sha, via, user, trace)


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown user"
