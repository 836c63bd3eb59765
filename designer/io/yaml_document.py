"""A parsed YAML document, its error and the limits every parse keeps.

Apart from ``yamldoc`` (which loads, and remembers, documents) and ``yaml_parse``
(which runs PyYAML): both need these, and neither may import the other's
module to get them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from msgspec import Struct

Path_ = tuple[str | int, ...]

MAX_BYTES = 2_000_000  # a template or region file is a few kB; refuse anything absurd
MAX_DEPTH = 40
MAX_ALIASED = 10_000  # values repeated by aliases; a real file repeats a handful, a bomb billions


class YamlDocument(Struct, frozen=True):
    data: Any
    source: Path
    lines: dict[Path_, int]

    def line_of(self, path: Sequence[str | int]) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        key = tuple(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.lines.get(())


class YamlLoadError(Exception):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


class RepeatedKeyError(YamlLoadError):
    """A key given twice in one mapping: where, and where it was first given, from the parse."""

    def __init__(self, path: Path_, line: int, first_line: int) -> None:
        super().__init__(f"key {path[-1]!r} appears twice", line)
        self.path = path  # the repeated key's path; its last part is the key
        self.first_line = first_line
