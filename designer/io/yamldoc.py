"""Safe YAML loading that remembers the line of every value.

Validation errors must name the line a person has to fix. PyYAML's node tree
carries positions; we compose it once, build plain Python data from it with
the safe constructor, and keep a map from each value's path
(``("sizes", "A4", "pages", 0)``) to its 1-based line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from msgspec import Struct

Path_ = tuple[str | int, ...]

MAX_BYTES = 2_000_000  # a template or region file is a few kB; refuse anything absurd
MAX_DEPTH = 40
# libyaml's parser when PyYAML was built with it: ten times faster, same nodes and marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


def load_yaml(source: Path, text: str | None = None, *, plain: bool = False) -> YamlDocument:
    """Parse ``source`` (or ``text``) safely; raise YamlLoadError with a line on bad syntax.

    With ``plain`` every scalar stays a string (``0123`` is not a number, ``no`` is
    not false): right for contact data, where the text is the value.
    """
    if text is None:
        raw = source.read_bytes()
        if len(raw) > MAX_BYTES:
            raise YamlLoadError(f"the file is {len(raw)} bytes; the limit is {MAX_BYTES}", None)
        text = raw.decode("utf-8")
    if len(text) > MAX_BYTES:
        raise YamlLoadError(f"the file is {len(text)} characters; the limit is {MAX_BYTES}", None)
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise YamlLoadError(f"YAML syntax error: {problem}", line) from None
    lines: dict[Path_, int] = {}
    # A fresh constructor per document: PyYAML's keeps every value it has built.
    constructor = (
        yaml.constructor.BaseConstructor() if plain else yaml.constructor.SafeConstructor()
    )
    try:
        data = _build(node, (), lines, 0, constructor) if node is not None else None
    except yaml.constructor.ConstructorError as exc:  # e.g. a tag the safe loader refuses
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlLoadError(f"YAML value error: {exc.problem}", line) from None
    return YamlDocument(data=data, source=source, lines=lines)


def _build(
    node: yaml.Node,
    path: Path_,
    lines: dict[Path_, int],
    depth: int,
    constructor: yaml.constructor.BaseConstructor,
) -> Any:
    if depth > MAX_DEPTH:
        raise YamlLoadError(f"nesting deeper than {MAX_DEPTH} levels", node.start_mark.line + 1)
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        return _build_mapping(node, path, lines, depth, constructor)
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*path, i), lines, depth + 1, constructor)
            for i, item in enumerate(node.value)
        ]
    return constructor.construct_object(node)


def _build_mapping(
    node: yaml.MappingNode,
    path: Path_,
    lines: dict[Path_, int],
    depth: int,
    constructor: yaml.constructor.BaseConstructor,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise YamlLoadError("mapping keys must be plain names", key_node.start_mark.line + 1)
        key = str(key_node.value)
        if key in result:
            raise YamlLoadError(f"key {key!r} appears twice", key_node.start_mark.line + 1)
        result[key] = _build(value_node, (*path, key), lines, depth + 1, constructor)
        lines[(*path, key)] = key_node.start_mark.line + 1
    return result


def dotted(path: Sequence[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
