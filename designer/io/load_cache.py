"""What loading checked, remembered across processes: templates, regions, printer profiles.

Why: checking the bundled files costs every new process about half a second
before any work is done, most of it importing pydantic and building its
schemas, then 32 regions' phone numbers. A file that was checked and has not
changed need not be checked again; a process that finds everything it loads
here never imports the schema code at all.

Everything a remembered result depends on is in its key: the file's bytes,
where it is, the names of the files that a relative name in it could resolve
to, the source of the code that checks and builds (``designer.io``,
``designer.model``, ``resources`` and ``errors``) and the installed versions
of the libraries that decide (pydantic, phonenumbers, PyYAML). Change any of
them and the key changes, so an entry is never stale, only missing. Only
successes are remembered: a file with a mistake is checked, and its error
reported, every time.

Results are our own frozen records (msgspec Structs), pickled: written by this program into
the user's own cache folder (``designer.io.cache``) and trusted as Python
trusts the bytecode it keeps in ``__pycache__`` (whoever can write either can
already change the program). A value that does not unpickle to the expected
type is a miss; deleting the folder costs only time.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TypeVar

from designer.io import cache as disk_cache

T = TypeVar("T")
_DECIDING_CODE = ("io", "model")  # designer's sub-packages whose code decides what loads
_DECIDING_MODULES = ("resources.py", "errors.py")  # and the modules they lean on
_DECIDING_LIBRARIES = ("pydantic", "pydantic_core", "phonenumbers", "yaml", "msgspec")


def remembered(kind: str, parts: Iterable[bytes | str], expected: type[T]) -> T | None:
    """The value remembered for ``parts``, or None (never remembered, unreadable, other type)."""
    data = disk_cache.read(kind, _key(kind, parts))
    if data is None:
        return None
    try:
        value = pickle.loads(data)
    except Exception:  # a damaged or foreign entry is a miss, whatever it raises
        return None
    return value if isinstance(value, expected) else None


def remember(kind: str, parts: Iterable[bytes | str], value: object) -> None:
    disk_cache.write(kind, _key(kind, parts), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def names_in(folder: Path) -> str:
    """The files below ``folder``, by relative name (links marked: loaders refuse them).

    What a relative path in a file may find; ``folder``'s own place is the caller's to add.
    """
    names = []
    try:
        for root, _dirs, files in os.walk(folder, onerror=_raise):
            inside = os.path.relpath(root, folder)
            for name in files:
                link = " -> link" if os.path.islink(os.path.join(root, name)) else ""
                names.append((name if inside == "." else f"{inside}/{name}") + link)
    except OSError:
        return f"unreadable {folder}"
    return "\n".join(sorted(names))


def _raise(error: OSError) -> None:
    raise error


def _key(kind: str, parts: Iterable[bytes | str]) -> str:
    return disk_cache.cache_key(kind, code_fingerprint(), *parts)


@cache
def code_fingerprint() -> str:
    """The source of the checking and building code and the deciding libraries' versions."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    sources = [package / name for name in _DECIDING_MODULES]
    sources += [path for sub in _DECIDING_CODE for path in sorted((package / sub).glob("*.py"))]
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    for name in _DECIDING_LIBRARIES:
        digest.update(installed_stamp(name).encode())
    return digest.hexdigest()


def installed_stamp(name: str) -> str:
    """Where a library lives and its size and time, found without importing it.

    Cheaper than ``importlib.metadata`` (whose import alone costs ~25 ms), and it
    changes whenever the library is reinstalled, at another version or not.
    """
    spec = importlib.util.find_spec(name)
    origin = Path(spec.origin) if spec is not None and spec.origin else None
    if origin is None:
        return f"{name}: not found"
    state = origin.stat()
    return f"{name}: {origin} {state.st_size} {state.st_mtime_ns}"
