"""Parsing YAML into plain data and the line of every value, for ``yamldoc``.

Apart from ``yamldoc`` so that PyYAML is imported only when a document has to be
parsed, not when it is remembered (``designer.io.load_cache``).
"""

from __future__ import annotations

from typing import Any

import yaml

from designer.io.yaml_document import (
    MAX_ALIASED,
    MAX_DEPTH,
    Path_,
    RepeatedKeyError,
    YamlLoadError,
)

# libyaml's parser when PyYAML was built with it: ten times faster, same nodes and marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str, *, plain: bool) -> tuple[Any, dict[Path_, int]]:
    """The data in ``text`` and the line of each value (see ``yamldoc.load_yaml``)."""
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
    budget = _Budget()
    try:
        data = _build(node, (), lines, 0, constructor, budget) if node is not None else None
    except yaml.constructor.ConstructorError as exc:  # e.g. a tag the safe loader refuses
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlLoadError(f"YAML value error: {exc.problem}", line) from None
    return data, lines


class _Budget:
    """Counts values built against the nodes written, so aliases cannot multiply a document.

    The composed tree shares one node per anchor, and every alias to it is built
    again: nine aliases to nine aliases to ... ("billion laughs") make a few
    hundred bytes build into billions of values. Values built beyond the nodes
    the text holds are those aliases repeated; past ``MAX_ALIASED`` the document
    is refused before it can exhaust memory.
    """

    def __init__(self) -> None:
        self.built = 0
        self.nodes: set[int] = set()

    def spend(self, node: yaml.Node) -> None:
        self.built += 1
        self.nodes.add(id(node))
        if self.built - len(self.nodes) > MAX_ALIASED:
            raise YamlLoadError(
                f"its aliases (*name) repeat more than {MAX_ALIASED} values; "
                "write the values out, or use fewer aliases",
                node.start_mark.line + 1,
            )


def _build(
    node: yaml.Node,
    path: Path_,
    lines: dict[Path_, int],
    depth: int,
    constructor: yaml.constructor.BaseConstructor,
    budget: _Budget,
) -> Any:
    if depth > MAX_DEPTH:
        raise YamlLoadError(f"nesting deeper than {MAX_DEPTH} levels", node.start_mark.line + 1)
    budget.spend(node)
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        return _build_mapping(node, path, lines, depth, constructor, budget)
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*path, i), lines, depth + 1, constructor, budget)
            for i, item in enumerate(node.value)
        ]
    return constructor.construct_object(node)


def _build_mapping(
    node: yaml.MappingNode,
    path: Path_,
    lines: dict[Path_, int],
    depth: int,
    constructor: yaml.constructor.BaseConstructor,
    budget: _Budget,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise YamlLoadError("mapping keys must be plain names", key_node.start_mark.line + 1)
        key = str(key_node.value)
        if key in result:
            first = lines[(*path, key)]
            raise RepeatedKeyError((*path, key), key_node.start_mark.line + 1, first)
        result[key] = _build(value_node, (*path, key), lines, depth + 1, constructor, budget)
        lines[(*path, key)] = key_node.start_mark.line + 1
    return result
