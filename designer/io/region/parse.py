"""Checking a region file's text and building its ``RegionDirectory``.

Key idea: the node tree gives every key its line, so each problem reads
``scotland.yaml:57: regions[3].local.phone: '0131 496 12' is not a valid UK
number (use the full number with area code)``. When several things are wrong
the first in file order is named, with a count of the rest. ``region.file``
remembers what passed (``load_cache``), so this module, the schema and the
phone-number library are imported only when a file is new or changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from designer.errors import RegionError
from designer.io.located import located
from designer.io.region.build import (
    build_region,
    clashes,
    contact_problems,
    merge_contact,
    region_problems,
)
from designer.io.region.directory import RegionDirectory
from designer.io.region.schema import FileIn, Problem, problems_from
from designer.io.yaml_document import YamlDocument, YamlLoadError
from designer.io.yamldoc import load_yaml
from designer.model.region import Contact, Region


def checked_regions(text: str, source: Path) -> RegionDirectory:
    doc = _parse_yaml(text, source)
    try:
        parsed = FileIn.model_validate(doc.data)
    except ValidationError as exc:
        raise _yaml_error(problems_from(exc), doc) from None
    helpline = merge_contact(Contact(name=""), parsed.defaults.helpline)
    regions = tuple(build_region(given, helpline) for given in parsed.regions)
    problems = _directory_problems(helpline, regions)
    if problems:
        raise _yaml_error(problems, doc)
    return RegionDirectory(regions, helpline, source)


def _directory_problems(helpline: Contact, regions: Sequence[Region]) -> list[Problem]:
    problems = contact_problems(helpline, ("defaults", "helpline"))
    if not regions:
        problems.append(Problem(("regions",), "is empty", "list at least one region"))
    for index, region in enumerate(regions):
        problems += region_problems(region, ("regions", index))
    for earlier, later, key in clashes(regions):
        value = getattr(regions[later], key)
        message = f"{value!r} is also used by regions[{earlier}]"
        problems.append(Problem(("regions", later, key), message))
    return problems


def _parse_yaml(text: str, source: Path) -> YamlDocument:
    """Every value as text (``0123`` stays ``0123``), with the line of each; repeats refused."""
    try:
        doc = load_yaml(source, text, plain=True)
    except YamlLoadError as exc:
        raise RegionError(f"not valid YAML: {exc}", source=source, line=exc.line) from None
    if doc.data is None:
        raise RegionError("the file is empty", source=source, hint="see docs/regions.md")
    return doc


def _yaml_error(problems: Sequence[Problem], doc: YamlDocument) -> RegionError:
    """The first problem in file order (ties keep their order: unknown keys first)."""
    first = min(problems, key=lambda problem: doc.line_of(problem.loc[:-1]) or 0)
    more = f"then {len(problems) - 1} more problem(s)" if len(problems) > 1 else None
    hint = "; ".join(part for part in (first.hint, more) if part) or None
    return located(RegionError, doc, first.loc, first.message, hint=hint)


# --- one editor at a time ----------------------------------------------------------------


