"""The approved wording as it will print for the chosen area. No Qt here.

The form shows the locked copy so officers can read what they cannot change.
Shown with placeholders ("[local phone]") it reads like a form to fill, not a
poster; shown with the area's real name, numbers and addresses (and the
officer's own field values) it is a proof-read of exactly the words that go
on the wall. A value that is empty is named in words, never as a slot.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from designer.model.placeholders import Placeholder, PlaceholderSyntaxError, parse
from designer.model.region import Region
from designer.model.template import Template

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


def wording_for(template: Template | None, region: Region | None, values: Mapping[str, str],
                tr: Translate = _same) -> str:
    """Every copy entry of ``template``, its values filled in for ``region``."""
    if template is None:
        return ""
    labels = {f.name: f.label for f in template.fields}

    def value(slot: Placeholder) -> str:
        if slot.scope == "field":
            label = labels.get(slot.name, slot.name.replace("_", " "))
            return values.get(slot.name, "").strip() or tr("({label}: not filled in)").format(
                label=label)
        if region is None:
            return tr("(the area's {detail})").format(detail=_detail(slot.name))
        try:
            found = region.lookup(slot.name)
        except KeyError:
            found = None
        return found or tr("({area} has no {detail})").format(area=region.name,
                                                              detail=_detail(slot.name))

    return "\n\n".join(_filled(text, value) for text in template.copy.values() if text.strip())


def _filled(text: str, value: Callable[[Placeholder], str]) -> str:
    try:
        parts = parse(text)
    except PlaceholderSyntaxError:
        return text
    return "".join(part if isinstance(part, str) else value(part) for part in parts)


def _detail(path: str) -> str:
    """``local.phone`` -> "local phone"; ``name`` -> "name"."""
    return path.replace(".", " ").replace("_", " ")
