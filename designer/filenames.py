"""File names the program makes, valid on Windows, macOS and Linux alike.

Why: a name that Linux takes can be refused by Windows (a ``:`` or ``?``, a
name such as ``CON`` or ``lpt1.pdf``, a trailing dot or space) or land past
Windows' 260-character path limit, and a council PC runs Windows. Every name
the program makes (an export, a proof, a print pack's folder) goes through
:func:`safe_name`; a path handed to the system goes through :func:`os_path`,
which makes a long Windows path long-path safe.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path, PureWindowsPath

RESERVED_CHARACTERS = '<>:"/\\|?*'
# reserved as a name's stem whatever its extension ("nul.txt" too); the superscript digits
# count as well (Windows treats COM¹ as COM1)
_NUMBERED = (f"{kind}{n}" for kind in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³"))
RESERVED_NAMES = frozenset(("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", *_NUMBERED))
MAX_NAME = 120  # characters in a name we make: leaves room for a folder and a ".part" suffix
MAX_PATH = 259  # Windows' MAX_PATH (260) less the terminating NUL
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def safe_name(name: str, *, max_length: int = MAX_NAME) -> str:
    """``name`` with anything Windows refuses replaced, kept short; the same name if already fine.

    Reserved characters and control characters become ``-``; a trailing dot or
    space is dropped; a reserved stem (``CON``, ``com1``...) gets a ``_``; a
    name over ``max_length`` is shortened in its stem, with a short hash of the
    whole so two long names stay two names. The extension is kept.
    """
    cleaned = _UNSAFE.sub("-", name).rstrip(" .") or "-"
    first, dot, rest = cleaned.partition(".")
    if first.rstrip(" ").upper() in RESERVED_NAMES:  # "CON", "con.pdf", "Com1.tar.gz"
        cleaned = f"{first}_{dot}{rest}"
    if len(cleaned) <= max_length:
        return cleaned
    stem, suffix = _split_suffix(cleaned)
    tag = "-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    keep = max(max_length - len(suffix) - len(tag), 1)
    return f"{stem[:keep].rstrip(' .')}{tag}{suffix}"


def _split_suffix(name: str) -> tuple[str, str]:
    """("poster", ".pdf"); a name's only dot at its start is no suffix, nor is a long tail."""
    stem, dot, suffix = name.rpartition(".")
    return (stem, dot + suffix) if stem and len(suffix) <= 10 else (name, "")


def is_safe_name(name: str) -> bool:
    """True when Windows, macOS and Linux all take ``name`` as one file's name."""
    return bool(name) and safe_name(name, max_length=255) == name


def os_path(path: Path | str, *, windows: bool = sys.platform == "win32") -> str:
    """``path`` as the system should be given it: on Windows, long-path safe past 259 characters.

    Windows refuses a path of 260 characters or more unless it is absolute and
    starts with ``\\\\?\\`` (or long paths are enabled machine-wide, which a
    managed PC may not have).
    """
    text = os.fspath(path)
    if not windows or len(text) <= MAX_PATH or text.startswith("\\\\?\\"):
        return text
    full = PureWindowsPath(os.path.abspath(text) if sys.platform == "win32" else text)
    if str(full).startswith("\\\\"):  # a network share: \\server\share\... -> \\?\UNC\server\...
        return "\\\\?\\UNC\\" + str(full)[2:]
    return "\\\\?\\" + str(full)


def proof_named(path: Path) -> Path:
    """A proof's file name always says so: ``poster.pdf`` becomes ``poster-PROOF.pdf``.

    A proof saved under a final-looking name would pass for a final in a folder. The CLI's
    ``--output`` and the window's save dialog both go through here.
    """
    if "proof" in path.name.lower():
        return path
    return path.with_name(f"{path.stem}-PROOF{path.suffix or '.pdf'}")

