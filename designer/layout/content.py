"""Approved copy with the region's details and the staff's field values filled in.

Field values are printed literally: they are joined into the text as plain
strings, never parsed for markup or placeholders. Characters that could
disguise the text (control characters, bidirectional overrides) are refused
at input by ``designer.layout.values``.
"""

from __future__ import annotations

from collections.abc import Mapping

from designer.layout.values import clean_values
from designer.model.placeholders import Placeholder, parse, substitute
from designer.model.region import Region
from designer.model.template import Template


class ContentResolver:
    def __init__(self, template: Template, region: Region, values: Mapping[str, str]) -> None:
        self.template = template
        self.region = region
        self.values = clean_values(template, values)

    def resolve(self, placeholder: Placeholder) -> str | None:
        if placeholder.scope == "region":
            return self.region.lookup(placeholder.name)
        return self.values.get(placeholder.name) or None

    def fill(self, text: str) -> str | None:
        return substitute(parse(text), self.resolve)

    def paragraphs(self, copy_key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Filled paragraphs of a copy entry, and the source of any left out for an empty value."""
        kept: list[str] = []
        omitted: list[str] = []
        for source in self.template.copy[copy_key].strip().split("\n\n"):
            filled = self.fill(source.strip())
            if filled is None:
                omitted.append(source.strip())
            else:
                kept.append(filled)
        return tuple(kept), tuple(omitted)
