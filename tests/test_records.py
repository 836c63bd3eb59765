"""Every record of five or more fields is keyword-only, found by walking the package.

A call that passes eight values by position cannot be read (which one is the
page?) and breaks silently when a field is added in the middle. The rule covers
a record written tomorrow: the records are found, not listed. The window's
records are checked in a subprocess, so this core test does not load Qt.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import msgspec
from support import package_modules

FIELDS_BEFORE_KEYWORDS = 5

# Whether a record takes its values by position is asked of msgspec itself: a keyword-only
# record refuses positional values before anything else runs (its signature would need
# every annotation resolved).
CHECK = """
import importlib, json, sys
import msgspec
def positional(record, count):
    try:
        record(*([None] * count))
    except TypeError as exc:
        return "Extra positional arguments" not in str(exc)
    except Exception:
        return True
    return True
found = []
for name in sys.argv[1:]:
    for value in vars(importlib.import_module(name)).values():
        if (isinstance(value, type) and issubclass(value, msgspec.Struct)
                and value.__module__ == name):
            count = len(value.__struct_fields__)
            found.append([f"{name}.{value.__qualname__}", count, positional(value, count)])
print(json.dumps(found))
"""


def records() -> list[tuple[str, int, bool]]:
    done = subprocess.run([sys.executable, "-c", CHECK, *package_modules(window=True)],
                          capture_output=True, text=True, check=False, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    return [tuple(row) for row in json.loads(done.stdout)]  # type: ignore[misc]


def test_the_walk_finds_the_records_of_core_and_window() -> None:
    names = {name for name, _, _ in records()}
    assert {"designer.preflight.issues.PreflightIssue", "designer.gui.state.EditorState",
            "designer.production.Job"} <= names


def test_every_record_of_five_or_more_fields_is_keyword_only() -> None:
    offenders = [f"{name} ({count} fields)" for name, count, positional in records()
                 if count >= FIELDS_BEFORE_KEYWORDS and positional]
    assert not offenders, "make these kw_only=True:\n" + "\n".join(offenders)


def test_the_check_tells_positional_from_keyword_only() -> None:
    class Wide(msgspec.Struct, frozen=True):
        a: int
        b: int

    class Named(msgspec.Struct, frozen=True, kw_only=True):
        a: int
        b: int

    namespace: dict[str, object] = {}
    exec(CHECK.split("found = []")[0], namespace)
    positional = namespace["positional"]
    assert callable(positional)
    assert positional(Wide, 2) is True
    assert positional(Named, 2) is False
