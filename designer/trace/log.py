"""The export log: every file designer wrote, append-only, in SQLite.

One row per export with the file's trace, its path and SHA-256, when, by whom
and through which route (command line, batch, window). Triggers refuse
UPDATE and DELETE, so the log only grows. It lives in the user's data folder
(``platformdirs``); ``DESIGNER_DATA_DIR`` moves it (tests, shared machines).
"""

from __future__ import annotations

import getpass
import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from msgspec import Struct

from designer.resources import DATA_DIR_ENV, user_data_dir
from designer.trace import TraceError
from designer.trace.record import FIELDS, TraceRecord

LOG_FILE = "exports.sqlite3"
_COLUMNS = ("at", "path", "sha256", "via", "user", *FIELDS)
_INSERT = f"INSERT INTO exports ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
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


class ExportEntry(Struct, frozen=True, kw_only=True):
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
    return user_data_dir()


def log_path() -> Path:
    return data_dir() / LOG_FILE


@contextmanager
def _connection(path: Path | None) -> Iterator[sqlite3.Connection]:
    """The open log; any SQLite error inside the block is a TraceError too."""
    target = path or log_path()
    with closing(_open(target)) as db, _log_errors(target):
        yield db


def _open(target: Path) -> sqlite3.Connection:
    with _log_errors(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(target, timeout=30)
        try:
            db.executescript(_SCHEMA)
        except sqlite3.Error:
            db.close()
            raise
        return db


@contextmanager
def _log_errors(target: Path) -> Iterator[None]:
    try:
        yield
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
    digest = hashlib.sha256(content).hexdigest()
    with recording_export(trace, path, via=via, sha256=digest, log=log) as row:
        return row


@contextmanager
def recording_export(
    trace: TraceRecord, path: Path, *, via: str, sha256: str, log: Path | None = None
) -> Iterator[int]:
    """Hold the log row for a file about to be written: run the write inside this block.

    The log is opened and the row inserted (uncommitted) first, so a log that
    cannot be used raises TraceError before anything is written; the row is
    committed only when the block ends without an error, and rolled back
    otherwise. ``sha256``: of the bytes being written, hashed once by the caller.
    Yields the row id.
    """
    target = log or log_path()
    row = _row(trace, path, via, sha256)
    with closing(_open(target)) as db:
        with _log_errors(target):
            cursor = db.execute(_INSERT, [row[c] for c in _COLUMNS])
        try:
            yield int(cursor.lastrowid or 0)
        except BaseException:
            with suppress(sqlite3.Error):  # the caller's error is the one to report
                db.rollback()
            raise
        with _log_errors(target):
            db.commit()


def _row(trace: TraceRecord, path: Path, via: str, sha256: str) -> dict[str, str]:
    return {
        "at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "path": str(Path(path).resolve()),
        "sha256": sha256,
        "via": via,
        "user": login_name(),
        **_trace_dict(trace),
    }


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
    return ExportEntry(
        id=int(str(values["id"])), at=at, path=path, sha256=sha, via=via, user=user, trace=trace
    )


def login_name() -> str:
    """Who is running the program, for the export log and for change logs."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown user"
