"""What the window is editing, as one immutable value.

Every user edit makes a new ``EditorState``; undo keeps the old ones. The
state turns into the engine's frozen ``Job`` on demand, so a background render
always works on a snapshot nobody can change underneath it. No Qt here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from msgspec import Struct

from designer.layout.values import value_problem
from designer.model.printer import DEFAULT_PRINTER, PrinterProfile
from designer.model.region import Region
from designer.model.sizes import PaperSize
from designer.model.template import Template
from designer.production import Job
from designer.records import replace

Values = tuple[tuple[str, str], ...]


class EditorState(Struct, frozen=True, kw_only=True):
    template: Template | None = None
    region: Region | None = None
    size: PaperSize | None = None
    values: Values = ()
    printer: PrinterProfile = DEFAULT_PRINTER
    proof: bool = False

    def value(self, name: str) -> str:
        return dict(self.values).get(name, "")

    def with_template(self, template: Template) -> EditorState:
        """Switch template: keep the size and same-named values where they still apply."""
        size = self.size if self.size in template.sizes else _first_size(template)
        kept = dict(self.values)
        values = tuple((f.name, kept.get(f.name, f.default)) for f in template.fields)
        return replace(self, template=template, size=size, values=values)

    def with_region(self, region: Region | None) -> EditorState:
        return replace(self, region=region)

    def with_size(self, size: PaperSize) -> EditorState:
        if self.template is not None and size not in self.template.sizes:
            raise ValueError(f"template {self.template.id!r} has no {size.value} layout")
        return replace(self, size=size)

    def with_value(self, name: str, value: str) -> EditorState:
        if self.template is None or self.template.field_named(name) is None:
            raise KeyError(f"{name!r} is not an editable field of the current template")
        values = tuple((n, value if n == name else v) for n, v in self.values)
        return replace(self, values=values)

    def with_printer(self, printer: PrinterProfile) -> EditorState:
        return replace(self, printer=printer)

    def with_proof(self, proof: bool) -> EditorState:
        return replace(self, proof=proof)

    def value_problems(self) -> dict[str, str]:
        """Field name -> plain-words problem, for every value the engine would refuse."""
        if self.template is None:
            return {}
        problems = {}
        for field in self.template.fields:
            problem = value_problem(field, self.value(field.name))
            if problem:
                problems[field.name] = problem
        return problems

    def job(self, *, proof: bool | None = None, produced: date | None = None,
            keyring: Path | None = None) -> Job | None:
        """The engine's frozen job for this state, or None while a choice is missing.

        ``keyring`` lists the approvers whose signatures make a template final-ready.
        """
        if self.template is None or self.region is None or self.size is None:
            return None
        return Job(
            template=self.template,
            region=self.region,
            size=self.size,
            values=self.values,
            printer=self.printer,
            proof=self.proof if proof is None else proof,
            produced=produced or date.today(),
            keyring=keyring,
        )


def _first_size(template: Template) -> PaperSize | None:
    """The template's first size, preferring A3 (the usual poster) when it has one."""
    if PaperSize.A3 in template.sizes:
        return PaperSize.A3
    return template.sizes[0] if template.sizes else None
