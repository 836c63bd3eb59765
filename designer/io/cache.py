"""A small on-disk cache of derived bytes, so a new process need not redo slow, pure work.

Its one idea: the key is a SHA-256 of *everything* the value is computed from
(the input bytes, the profiles, the library versions doing the computing), so
an entry can never be stale, only missing. Values are plain bytes that the
caller decodes and checks itself: most are plain data (pixels, grids, numbers);
``load_cache`` and ``font_cache`` store pickles of their own records, each
saying there why it trusts them and how it reads them. Entries are written
atomically (a temporary file, then a rename), and any problem reading or
writing is a miss, never an error: the folder can be deleted at any time.

It lives in the user's cache folder (``platformdirs``); ``DESIGNER_CACHE_DIR``
moves it (tests, shared machines).
"""

from __future__ import annotations

import hashlib
import os
from contextlib import suppress
from pathlib import Path

import platformdirs

from designer.errors import ExportError
from designer.io.atomic import write_atomic

CACHE_DIR_ENV = "DESIGNER_CACHE_DIR"
VERSION = "1"  # bump to orphan every entry if the encoding of values changes


def cache_dir() -> Path:
    override = os.environ.get(CACHE_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_cache_dir("designer"))


def cache_key(*parts: bytes | str) -> str:
    """A digest of ``parts``, each length-prefixed so no two lists of parts collide."""
    digest = hashlib.sha256(VERSION.encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def _path(kind: str, key: str) -> Path:
    return cache_dir() / kind / key[:2] / key


def read(kind: str, key: str) -> bytes | None:
    """The value stored under ``key``, or None (absent or unreadable)."""
    try:
        return _path(kind, key).read_bytes()
    except OSError:
        return None


def write(kind: str, key: str, value: bytes) -> None:
    """Store ``value`` under ``key``; silently does nothing if the folder is not writable."""
    with suppress(OSError, ExportError):
        write_atomic(_path(kind, key), value, durable=False)
