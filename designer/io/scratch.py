"""Temporary files that are not the user's: kept out of their folders, swept when orphaned.

Checking a finished PDF needs its bytes in a file (the preflight tools read
files). Written beside the output, a killed batch left ``.check-*.pdf`` among
the posters; here they go to a scratch folder in the user's cache instead. A
process killed outright (SIGKILL, a closed terminal's process group) cannot
remove its own, so each name carries the process id and a stamp of the
machine, and the first scratch file a later process makes removes those whose
process is gone.
"""

from __future__ import annotations

import hashlib
import os
import socket
import tempfile
import time
from functools import cache
from pathlib import Path

from designer.io.cache import cache_dir

_ORPHANED_AFTER_S = 24 * 3600  # where a process cannot be asked whether it lives


def scratch_dir() -> Path:
    return cache_dir() / "scratch"


def scratch_file(kind: str, suffix: str) -> tuple[int, Path]:
    """A new, open temporary file (descriptor, path) in the scratch folder; OSError if none."""
    folder = scratch_dir()
    folder.mkdir(parents=True, exist_ok=True)
    _swept(folder)
    fd, name = tempfile.mkstemp(
        prefix=f"{kind}-{os.getpid()}-{_machine()}-", suffix=suffix, dir=folder
    )
    return fd, Path(name)


@cache
def _swept(folder: Path) -> None:
    """Once per process: remove the files of processes that ended without removing them."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for path in entries:
        if _orphaned(path):
            path.unlink(missing_ok=True)


def _orphaned(path: Path) -> bool:
    parts = path.name.split("-")
    if len(parts) < 4 or not parts[1].isdigit():
        return False  # not a name this module made
    if parts[2] == _machine() and os.name == "posix":
        return not _alive(int(parts[1]))
    try:  # another machine sharing the cache (a network home), or no way to ask: by age
        return time.time() - path.stat().st_mtime > _ORPHANED_AFTER_S
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks (POSIX; on Windows os.kill would end it)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but belongs to someone else
    return True


@cache
def _machine() -> str:
    """A short stamp of this computer: a process id means nothing on another."""
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]
