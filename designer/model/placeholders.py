"""Placeholders in approved copy: ``{region.helpline.phone}`` and ``{field.local_note}``.

Copy is parsed into literal text and placeholder names; substitution joins the
parts with the values as plain strings, so nothing a user types is ever
interpreted (no format specs, no attribute access, no markup). ``{{`` and
``}}`` print literal braces.
"""

from __future__ import annotations

from collections.abc import Callable
from string import Formatter

from msgspec import Struct

from designer.model.region import region_placeholder_paths


class Placeholder(Struct, frozen=True):
    scope: str  # "region" or "field"
    name: str  # path below the scope, e.g. "helpline.phone"

    def __str__(self) -> str:
        return f"{{{self.scope}.{self.name}}}"


Part = str | Placeholder


class PlaceholderSyntaxError(ValueError):
    """Copy text whose braces or placeholder names are malformed."""


def parse(text: str) -> tuple[Part, ...]:
    try:
        parsed = list(Formatter().parse(text))
    except ValueError as exc:
        raise PlaceholderSyntaxError(f"{exc} (write {{{{ and }}}} for literal braces)") from None
    parts: list[Part] = []
    for literal, name, spec, conversion in parsed:
        if literal:
            parts.append(literal)
        if name is not None:
            parts.append(_placeholder(name, spec, conversion))
    return tuple(parts)


def _placeholder(name: str, spec: str | None, conversion: str | None) -> Placeholder:
    if spec or conversion:
        raise PlaceholderSyntaxError(f"placeholder {{{name}}} may not carry ':' or '!'")
    scope, _, rest = name.partition(".")
    if scope not in ("region", "field") or not rest:
        raise PlaceholderSyntaxError(
            f"unknown placeholder {{{name}}}: write {{region.<field>}} or {{field.<name>}}"
        )
    return Placeholder(scope, rest)


def check_names(parts: tuple[Part, ...], field_names: set[str]) -> list[str]:
    """Problems with the names used, in plain words; empty when all are known."""
    regions = set(region_placeholder_paths())
    problems = []
    for part in parts:
        if isinstance(part, str):
            continue
        known = regions if part.scope == "region" else field_names
        if part.name not in known:
            listing = ", ".join(sorted(known)) or "none"
            problems.append(f"unknown placeholder {part}; known {part.scope} names: {listing}")
    return problems


def substitute(parts: tuple[Part, ...], resolve: Callable[[Placeholder], str | None]) -> str | None:
    """The text with values filled in, or None when any value is missing (empty)."""
    out = []
    for part in parts:
        value = part if isinstance(part, str) else resolve(part)
        if not value:
            return None
        out.append(value)
    return "".join(out)
