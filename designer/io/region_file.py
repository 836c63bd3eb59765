"""Loading a region file: read the YAML, check it, and build the ``RegionDirectory``.

Key idea: the node tree gives every key its line, so each problem reads
``scotland.yaml:57: regions[3].local.phone: '0131 496 12' is not a valid UK
number (use the full number with area code)``. When several things are wrong
the first in file order is named, with a count of the rest.

Editing takes turns: :func:`editing` holds an advisory lock (``<file>.lock``
beside the region file) from the read to the write, so a verify in a terminal
and an import in the window cannot each overwrite the other's change.
"""

from __future__ import annotations

import contextlib
import difflib
import fcntl
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from designer.errors import RegionError
from designer.io.region_build import (
    build_region,
    clashes,
    contact_problems,
    merge_contact,
    region_problems,
)
from designer.io.region_schema import FileIn, Loc, Problem, field_path, problems_from
from designer.io.yamldoc import YamlDocument, YamlLoadError, load_yaml
from designer.model.region import Contact, Region
from designer.resources import regions_file

MAX_BYTES = 2_000_000  # the 32 Scottish areas take about 20 kB
LOCK_SUFFIX = ".lock"
LOCK_WAIT_SECONDS = 30.0  # an edit takes well under a second; longer means something is stuck


@dataclass(frozen=True, slots=True)
class RegionDirectory:
    """The regions of one file, in file order, with the national helpline they share."""

    regions: tuple[Region, ...]
    default_helpline: Contact
    source: Path

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(region.id for region in self.regions)

    def __iter__(self) -> Iterator[Region]:
        return iter(self.regions)

    def __len__(self) -> int:
        return len(self.regions)

    def __contains__(self, region_id: object) -> bool:
        return region_id in self.ids

    def get(self, region_id: str) -> Region:
        """The region with this id; the error suggests the closest ids."""
        for region in self.regions:
            if region.id == region_id:
                return region
        close = difflib.get_close_matches(region_id.lower(), self.ids, n=3, cutoff=0.5)
        hint = (
            f"did you mean {' or '.join(map(repr, close))}?"
            if close
            else "ids are lower-case, like city-of-edinburgh"
        )
        raise RegionError(f"no region has the id {region_id!r}", source=self.source, hint=hint)


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
    doc = _parse_yaml(text, source)
    try:
        parsed = FileIn.model_validate(doc.data)
    except ValidationError as exc:
        raise _yaml_error(problems_from(exc), source, doc.lines) from None
    helpline = merge_contact(Contact(name=""), parsed.defaults.helpline)
    regions = tuple(build_region(given, helpline) for given in parsed.regions)
    problems = _directory_problems(helpline, regions)
    if problems:
        raise _yaml_error(problems, source, doc.lines)
    return RegionDirectory(regions, helpline, source)


def _directory_problems(helpline: Contact, regions: Sequence[Region]) -> list[Problem]:
    problems = contact_problems(helpline, ("defaults", "helpline"))
    if not regions:
        problems.append(Problem(("regions",), "is empty", "list at least one region"))
    for index, region in enumerate(regions):
        problems += region_problems(region, ("regions", index))
    for earlier, later, key in clashes(regions):
        value = getattr(regions[later], key)
        message = f"{value!r} is also used by regions[{earlier}]"
        problems.append(Problem(("regions", later, key), message))
    return problems


def _parse_yaml(text: str, source: Path) -> YamlDocument:
    """Every value as text (``0123`` stays ``0123``), with the line of each; repeats refused."""
    try:
        doc = load_yaml(source, text, plain=True)
    except YamlLoadError as exc:
        raise RegionError(f"not valid YAML: {exc}", source=source, line=exc.line) from None
    if doc.data is None:
        raise RegionError("the file is empty", source=source, hint="see docs/regions.md")
    return doc


def _yaml_error(problems: Sequence[Problem], source: Path, lines: Mapping[Loc, int]) -> RegionError:
    """The first problem in file order (ties keep their order: unknown keys first)."""
    first = min(problems, key=lambda problem: _line(lines, problem.loc[:-1]) or 0)
    more = f"then {len(problems) - 1} more problem(s)" if len(problems) > 1 else None
    hint = "; ".join(part for part in (first.hint, more) if part) or None
    line = _line(lines, first.loc)
    return RegionError(
        first.message, source=source, line=line, field=field_path(first.loc), hint=hint
    )


def _line(lines: Mapping[Loc, int], loc: Loc) -> int | None:
    """The line of ``loc``, or of its nearest ancestor in the file (for a missing key)."""
    while loc and loc not in lines:
        loc = loc[:-1]
    return lines.get(loc)


# --- one editor at a time ----------------------------------------------------------------


def lock_path(region_file: Path) -> Path:
    return Path(region_file).with_name(Path(region_file).name + LOCK_SUFFIX)


@contextlib.contextmanager
def editing(target: Path, *, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold ``target``'s edit lock: read, change and write it inside this block.

    ``flock`` on a separate open file, so two threads of one program take turns
    as two programs do, and the lock goes when the process does (never stale).
    The lock file is removed on release, while still held; a waiter that then
    finds it gone or replaced tries again on the new one.
    """
    lock = lock_path(target)
    fd = _acquire(lock, Path(target), wait)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            lock.unlink()
        os.close(fd)  # releases the lock


def _acquire(lock: Path, target: Path, wait: float) -> int:
    deadline = time.monotonic() + wait
    while True:
        fd = _open_lock(lock, target)
        if _try_lock(fd, target) and _is_current(lock, fd):
            return fd
        os.close(fd)
        if time.monotonic() > deadline:
            raise RegionError(
                "another program is still editing the file; nothing was changed",
                source=target,
                hint=f"try again when it has finished (its lock is {lock.name})",
            )
        time.sleep(0.02)


def _open_lock(lock: Path, target: Path) -> int:
    try:
        return os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise _cannot_lock(exc, target) from None


def _cannot_lock(exc: OSError, target: Path) -> RegionError:
    return RegionError(
        f"cannot lock the file for editing: {exc.strerror}; nothing was changed",
        source=target,
        hint="edit a region file in a folder you can write to",
    )


def _try_lock(fd: int, target: Path) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:  # a file system without locks: refuse rather than risk it
        os.close(fd)
        raise _cannot_lock(exc, target) from None
    return True


def _is_current(lock: Path, fd: int) -> bool:
    """True when the file we locked is still the one at ``lock`` (not removed by its holder)."""
    try:
        there = os.stat(lock)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (there.st_dev, there.st_ino) == (held.st_dev, held.st_ino)
