"""Loading a region file: read it, check it (``region.parse``), and hold the ``RegionDirectory``.

What was checked is remembered across processes (``load_cache``), so an
unchanged file costs a new process no schema and no phone-number checks.

Editing takes turns: :func:`editing` holds a lock (``<file>.lock`` beside the
region file, through ``filelock`` on every platform) from the read to the
write, so a verify in a terminal and an import in the window cannot each
overwrite the other's change.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from designer.errors import RegionError
from designer.io import load_cache
from designer.io.region.directory import RegionDirectory
from designer.records import replace
from designer.resources import regions_file

MAX_BYTES = 2_000_000  # the 32 Scottish areas take about 20 kB
LOCK_SUFFIX = ".lock"
LOCK_WAIT_SECONDS = 30.0  # an edit takes well under a second; longer means something is stuck


# --- loading YAML ------------------------------------------------------------------------


def load_regions(path: Path | None = None) -> RegionDirectory:
    """Load and check a region file (the bundled Scottish one by default)."""
    source = Path(path) if path is not None else regions_file()
    return parse_regions(read_region_text(source), source)


def read_region_text(source: Path) -> str:
    try:
        raw = source.read_bytes()
        if len(raw) > MAX_BYTES:
            raise RegionError(f"the file is too large ({len(raw)} bytes)", source=source)
        return raw.decode("utf-8-sig")
    except OSError as exc:
        raise RegionError(f"cannot read the file: {exc.strerror}", source=source) from exc
    except UnicodeDecodeError as exc:
        raise RegionError("the file is not UTF-8 text", source=source) from exc


def parse_regions(text: str, source: Path) -> RegionDirectory:
    """The regions ``text`` (read from ``source``) holds, checked; RegionError if not.

    Remembered across processes (``load_cache``) while the text, its place and
    the checking code stay the same: checking 32 regions' numbers and the
    schema behind it cost a new process about 0.2 s.
    """
    # today's date too: a verification dated in the future is refused until its day comes
    parts = (str(Path(source).resolve()), text, date.today().isoformat())
    known = load_cache.remembered("regions", parts, RegionDirectory)
    if known is not None:
        return known if known.source == source else replace(known, source=source)
    # imported here: the schema and phone-number checks are needed only on a miss
    from designer.io.region.parse import checked_regions

    directory = checked_regions(text, source)
    load_cache.remember("regions", parts, directory)
    return directory


def lock_path(region_file: Path) -> Path:
    return Path(region_file).with_name(Path(region_file).name + LOCK_SUFFIX)


@contextlib.contextmanager
def editing(target: Path, *, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold ``target``'s edit lock: read, change and write it inside this block.

    ``filelock`` locks a separate open file (``flock`` on Linux and macOS,
    ``msvcrt.locking`` on Windows), so two threads of one program take turns as
    two programs do, and the lock goes when the process does (never stale).
    The empty lock file stays beside the region file: removing it while others
    wait on it is how two editors could each hold "the" lock.
    """
    from filelock import FileLock, Timeout  # imported here: only an edit needs it

    lock = FileLock(lock_path(target), timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise RegionError(
            "another program is still editing the file; nothing was changed",
            source=target,
            hint=f"try again when it has finished (its lock is {lock_path(target).name})",
        ) from None
    except OSError as exc:  # a folder we cannot write to, or a file system without locks
        raise _cannot_lock(exc, target) from None
    try:
        yield
    finally:
        lock.release()


def _cannot_lock(exc: OSError, target: Path) -> RegionError:
    return RegionError(
        f"cannot lock the file for editing: {exc.strerror or exc}; nothing was changed",
        source=target,
        hint="edit a region file in a folder you can write to",
    )
