"""Atomic writes: a temporary file in the same folder, flushed, then renamed.

A reader (or a printer's hot folder) never sees half a file, and a failure
leaves whatever was there before untouched.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from designer.errors import ExportError


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, or raise ExportError saying why."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise export_error(path, exc) from exc
    try:
        os.chmod(tmp, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise export_error(path, exc) from exc
    except BaseException:  # Ctrl-C mid-write: leave no hidden part file behind
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
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
