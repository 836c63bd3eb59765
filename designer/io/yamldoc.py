"""Safe YAML loading that remembers the line of every value.

Validation errors must name the line a person has to fix. PyYAML's node tree
carries positions; we compose it once, build plain Python data from it with
the safe constructor, and keep a map from each value's path
(``("sizes", "A4", "pages", 0)``) to its 1-based line.

A document parsed once is remembered across processes (``load_cache``, keyed
by the text): every render reads the template, its approval record and the
keyring, and a process that finds them all remembered never imports PyYAML
(~28 ms).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from designer.io import load_cache
from designer.io.yaml_document import MAX_BYTES, YamlDocument, YamlLoadError


def load_yaml(source: Path, text: str | None = None, *, plain: bool = False) -> YamlDocument:
    """Parse ``source`` (or ``text``) safely; raise YamlLoadError with a line on bad syntax.

    With ``plain`` every scalar stays a string (``0123`` is not a number, ``no`` is
    not false): right for contact data, where the text is the value.
    """
    if text is None:
        raw = source.read_bytes()
        if len(raw) > MAX_BYTES:
            raise YamlLoadError(f"the file is {len(raw)} bytes; the limit is {MAX_BYTES}", None)
        text = utf8_text(raw)
    if len(text) > MAX_BYTES:
        raise YamlLoadError(f"the file is {len(text)} characters; the limit is {MAX_BYTES}", None)
    parts = ("plain" if plain else "safe", text)
    known = load_cache.remembered("yaml", parts, tuple)
    if known is not None and len(known) == 2 and isinstance(known[1], dict):
        return YamlDocument(data=known[0], source=source, lines=known[1])
    # imported here: a process whose documents are all remembered never imports PyYAML
    from designer.io.yaml_parse import parse_yaml

    data, lines = parse_yaml(text, plain=plain)
    load_cache.remember("yaml", parts, (data, lines))
    return YamlDocument(data=data, source=source, lines=lines)


def utf8_text(raw: bytes) -> str:
    """``raw`` as UTF-8 text; YamlLoadError naming the line and column of the first bad byte."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = raw[exc.start : exc.start + 1].hex().upper()
        raise YamlLoadError(
            f"the file is not UTF-8 text: byte 0x{byte} at line {line}, column {column} "
            "cannot be read; save the file as UTF-8",
            line,
        ) from None


def dotted(path: Sequence[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
