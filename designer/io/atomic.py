"""Atomic writes: a temporary file in the same folder, flushed, then renamed.

A reader (or a printer's hot folder) never sees half a file, and a failure
leaves whatever was there before untouched.

Windows refuses to replace a file another program holds open (a PDF viewer
showing the last export, a virus scanner reading the new one): the rename is
retried for a moment, then the error names the file and says to close it.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from pathlib import Path

from designer.errors import ExportError
from designer.filenames import os_path

REPLACE_ATTEMPTS = 10
REPLACE_PAUSE_SECONDS = 0.1  # a scanner lets go within a second; a viewer never does


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` atomically, or raise ExportError saying why.

    ``durable`` waits for the disk before the rename, so a power cut cannot leave an empty
    file in place of the last good one; a cache entry, which is only ever a miss when lost,
    skips that wait.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=os_path(path.parent)
        )
    except OSError as exc:
        raise export_error(path, exc) from exc
    try:
        os.chmod(tmp, mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        replace_or_explain(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise export_error(path, exc) from exc
    except BaseException:  # Ctrl-C mid-write, or a file held open: leave no hidden part file
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_file(source: str | Path, target: Path) -> None:
    """``os.replace``, retried while Windows says another program has ``target`` open."""
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(os_path(source), os_path(target))
            return
        except PermissionError:
            if attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(REPLACE_PAUSE_SECONDS)


def replace_or_explain(tmp: str, path: Path) -> None:
    """Rename ``tmp`` over ``path`` (retried while Windows holds it), or say who holds it.

    Public for export, which stages its file elsewhere (the scratch folder) and renames it
    into place itself."""
    try:
        replace_file(tmp, path)
    except PermissionError as exc:
        if not path.exists():
            raise
        raise ExportError(
            f"could not replace {path.name}: another program has it open, or it is read-only",
            source=path,
            hint=f"close {path.name} in any program showing it (a PDF viewer) and try again",
        ) from exc


def mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual rw-r--r--."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


def write_text_atomic(path: Path, text: str) -> None:
    write_atomic(path, text.encode("utf-8"))


def export_error(path: Path, exc: OSError) -> ExportError:
    reasons = {
        errno.ENOSPC: ("the disk is full", "free some space or choose another folder"),
        errno.EACCES: ("permission denied", "choose a folder you can write to"),
        errno.EROFS: ("the folder is read-only", "choose a folder you can write to"),
        errno.EDQUOT: ("the disk quota is exhausted", "free some space or choose another folder"),
    }
    reason, hint = reasons.get(exc.errno or 0, (exc.strerror or str(exc), "check the folder"))
    return ExportError(f"could not write the file: {reason}", source=path, hint=hint)
