"""Approved copy with the region's details and the staff's field values filled in.

Field values are printed literally: they are joined into the text as plain
strings, never parsed for markup or placeholders. Characters that could
disguise the text (control characters, bidirectional overrides) are refused
at input by ``designer.layout.values``.
"""

from __future__ import annotations

from collections.abc import Mapping

from designer.layout.text import GLUE, KEEP
from designer.layout.values import clean_values
from designer.model.placeholders import Placeholder, parse, substitute
from designer.model.region import Region
from designer.model.template import Template

KEPT_WHOLE = ("name", "gaelic_name", "web", "email")  # region fields set as one unit


class ContentResolver:
    def __init__(self, template: Template, region: Region, values: Mapping[str, str]) -> None:
        self.template = template
        self.region = region
        self.values = clean_values(template, values)

    def resolve(self, placeholder: Placeholder) -> str | None:
        if placeholder.scope == "region":
            value = self.region.lookup(placeholder.name)
            # A number broken across two lines is misdialled: glue its groups.
            if value and placeholder.name.endswith(".phone"):
                return value.replace(" ", GLUE)
            # A name split over two lines reads as two things: keep it whole where it fits.
            if value and placeholder.name.split(".")[-1] in KEPT_WHOLE:
                return value.replace(" ", KEEP)
            return value
        return self.values.get(placeholder.name) or None

    def fill(self, text: str) -> str | None:
        return substitute(parse(text), self.resolve)

    def placeholders(self, copy_key: str) -> tuple[Placeholder, ...]:
        """Every placeholder in a copy entry, once each, in order (printed or left out)."""
        parts = parse(self.template.copy[copy_key])
        return tuple(dict.fromkeys(p for p in parts if isinstance(p, Placeholder)))

    def paragraphs(self, copy_key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Filled paragraphs of a copy entry, and the source of each line left out.

        A line whose value is empty is left out on its own (a service with no phone
        keeps its name); a paragraph goes only when all its lines do. Every omission
        is returned so preflight can report it.
        """
        kept: list[str] = []
        omitted: list[str] = []
        for source in self.template.copy[copy_key].strip().split("\n\n"):
            lines = [line.strip() for line in source.strip().split("\n")]
            filled = [(line, self.fill(line)) for line in lines]
            omitted += [line for line, text in filled if text is None]
            shown = [text for _, text in filled if text is not None]
            if shown:
                kept.append("\n".join(shown))
        return tuple(kept), tuple(omitted)
