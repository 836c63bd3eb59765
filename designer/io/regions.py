"""The region contact file: load and check it, import a council's CSV, write it back.

Key ideas:

* The YAML is read with PyYAML's *base* loader, so every value stays the text
  that was written: ``0123`` is never an octal number and ``on`` never a
  boolean. A strict pydantic schema (unknown keys are errors) then checks it,
  with phone numbers, web and e-mail addresses going through
  ``designer.io.contacts``.
* The node tree gives every key its line, so each problem reads
  ``scotland.yaml:57: regions[3].local.phone: '0131 496 12' is not a valid UK
  number (use the full number with area code)``.
* A CSV import is all or nothing: every bad row is reported at once and the
  target file is only rewritten (atomically) when every row is valid.
"""

from __future__ import annotations

import calendar
import csv
import difflib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Annotated, Any, Self, TextIO, TypeVar

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PlainValidator,
    ValidationError,
    model_validator,
)

from designer.errors import RegionError
from designer.io.atomic import write_text_atomic
from designer.io.contacts import ContactValueError, check_email, check_web, parse_phone
from designer.io.yamldoc import YamlDocument, YamlLoadError, load_yaml
from designer.model.region import CONTACT_FIELDS, Contact, Phone, Region, Verification
from designer.resources import regions_file

__all__ = [
    "CSV_COLUMNS",
    "RegionDirectory",
    "dump_regions_yaml",
    "import_regions_csv",
    "load_regions",
]

Loc = tuple[str | int, ...]
T = TypeVar("T")

MAX_BYTES = 2_000_000  # the 32 Scottish areas take about 20 kB
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


# --- the file format ---------------------------------------------------------------------


def _text(value: object) -> object:
    """Blank cells and empty YAML values mean 'not given'."""
    if isinstance(value, str):
        value = " ".join(value.split())  # line breaks are layout's business
        return None if value in _NULLS else value
    return value


def _blank_block(value: object) -> object:
    return {} if _text(value) is None else value


def _blank_list(value: object) -> object:
    return [] if _text(value) is None else value


def _optional(check: Callable[[str], T]) -> Callable[[object], T | None]:
    """A validator that lets 'not given' through and checks any text with ``check``."""

    def validate(value: object) -> T | None:
        text = _text(value)
        if text is None:
            return None
        if not isinstance(text, str):
            raise ContactValueError("must be text")
        return check(text)

    return validate


def _slug(text: str) -> str:
    if not _SLUG.fullmatch(text):
        raise ContactValueError(
            f"{text!r} is not a valid id",
            hint="use lower-case letters, digits and hyphens, like city-of-edinburgh",
        )
    return text


def _iso_date(text: str) -> date:
    try:
        if _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise ContactValueError(f"{text!r} is not a date", hint="write dates as YYYY-MM-DD")


Text = Annotated[str | None, BeforeValidator(_text)]
Required = Annotated[str, BeforeValidator(_text)]
PhoneValue = Annotated[Phone | None, PlainValidator(_optional(partial(parse_phone, field="phone")))]
WebValue = Annotated[str | None, PlainValidator(_optional(check_web))]
EmailValue = Annotated[str | None, PlainValidator(_optional(check_email))]
DateValue = Annotated[date | None, PlainValidator(_optional(_iso_date))]
SlugValue = Annotated[str, PlainValidator(_optional(_slug))]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _ContactIn(_Strict):
    name: Text = None
    phone: PhoneValue = None
    hours: Text = None
    web: WebValue = None
    email: EmailValue = None


class _VerificationIn(_Strict):
    verified_by: Text = None
    verified_on: DateValue = None
    source: Text = None
    review_by: DateValue = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if bool(self.verified_by) != (self.verified_on is not None):
            raise ContactValueError(
                "has only one of verified_by and verified_on",
                hint="give both who verified the record and when, or neither",
            )
        if self.review_by and self.verified_on and self.review_by < self.verified_on:
            raise ContactValueError("review_by is before verified_on")
        return self


class _RegionIn(_Strict):
    id: SlugValue
    name: Required
    gaelic_name: Text = None
    health_board: Required
    helpline: Annotated[_ContactIn, BeforeValidator(_blank_block)] = _ContactIn()
    local: Annotated[_ContactIn, BeforeValidator(_blank_block)]
    logos: Annotated[tuple[Required, ...], BeforeValidator(_blank_list)] = ()
    verification: Annotated[_VerificationIn, BeforeValidator(_blank_block)] = _VerificationIn()


class _DefaultsIn(_Strict):
    helpline: _ContactIn


class _FileIn(_Strict):
    defaults: _DefaultsIn
    regions: Annotated[tuple[_RegionIn, ...], BeforeValidator(_blank_list)]


_MODELS = (_FileIn, _DefaultsIn, _RegionIn, _ContactIn, _VerificationIn)
_KNOWN_KEYS = sorted({key for model in _MODELS for key in model.model_fields})


# --- problems: where, what, what to do ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Problem:
    loc: Loc
    message: str
    hint: str | None = None


def _problems_from(exc: ValidationError) -> list[_Problem]:
    """Unknown keys first: a misspelt key also makes the real one 'missing'."""
    errors = sorted(exc.errors(), key=lambda error: error["type"] != "extra_forbidden")
    return [_problem_from(error) for error in errors]


def _problem_from(error: Any) -> _Problem:
    loc: Loc = tuple(error["loc"])
    cause = error.get("ctx", {}).get("error")
    if isinstance(cause, ContactValueError):
        return _Problem(loc, cause.message, cause.hint)
    if error["type"] == "extra_forbidden":
        close = difflib.get_close_matches(str(loc[-1]), _KNOWN_KEYS, n=1)
        hint = f"did you mean {close[0]!r}?" if close else "see docs/regions.md for the fields"
        return _Problem(loc, "is not a known field", hint)
    if error["type"] == "missing" or error.get("input") is None:
        return _Problem(loc, "is missing")
    if error.get("input") == "" or error["type"] == "too_short":
        return _Problem(loc, "is empty")
    plain = {"model_type": "must be a block of fields", "tuple_type": "must be a list"}
    return _Problem(loc, plain.get(error["type"], "must be text"))


def _field(loc: Loc) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")


# --- building the model ------------------------------------------------------------------


def _contact(base: Contact, given: _ContactIn) -> Contact:
    """``base`` with every value ``given`` laid over it."""
    return replace(base, **{key: value for key, value in given if value is not None})


def _six_months_after(day: date) -> date:
    month0 = day.month - 1 + 6
    year, month = day.year + month0 // 12, month0 % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))


def _verification(given: _VerificationIn) -> Verification:
    review_by = given.review_by
    if review_by is None and given.verified_on is not None:
        review_by = _six_months_after(given.verified_on)
    return Verification(given.verified_by, given.verified_on, given.source, review_by)


def _region(given: _RegionIn, helpline: Contact) -> Region:
    return Region(
        id=given.id,
        name=given.name,
        health_board=given.health_board,
        helpline=_contact(helpline, given.helpline),
        local=_contact(Contact(name=""), given.local),
        gaelic_name=given.gaelic_name,
        logos=given.logos,
        verification=_verification(given.verification),
    )


def _contact_problems(contact: Contact, loc: Loc) -> list[_Problem]:
    if not contact.name:
        return [_Problem((*loc, "name"), "is missing", "give the service's name")]
    if not (contact.phone or contact.web or contact.email):
        return [_Problem(loc, "has no phone, web or e-mail", "give at least a phone number")]
    return []


def _region_problems(region: Region, loc: Loc) -> list[_Problem]:
    helpline = _contact_problems(region.helpline, (*loc, "helpline"))
    return helpline + _contact_problems(region.local, (*loc, "local"))


def _clashes(regions: Sequence[Region]) -> Iterator[tuple[int, int, str]]:
    """(earlier, later, key) for every id or name used twice (names ignoring case)."""
    for key in ("id", "name"):
        first: dict[str, int] = {}
        for index, region in enumerate(regions):
            value = str(getattr(region, key)).casefold()
            if value in first:
                yield first[value], index, key
            first.setdefault(value, index)


# --- the directory -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RegionDirectory:
    """The regions of one file, in file order, with the national helpline they share."""

    regions: tuple[Region, ...]
    default_helpline: Contact
    source: Path

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(region.id for region in self.regions)

    def __iter__(self) -> Iterator[Region]:
        return iter(self.regions)

    def __len__(self) -> int:
        return len(self.regions)

    def __contains__(self, region_id: object) -> bool:
        return region_id in self.ids

    def get(self, region_id: str) -> Region:
        """The region with this id; the error suggests the closest ids."""
        for region in self.regions:
            if region.id == region_id:
                return region
        close = difflib.get_close_matches(region_id.lower(), self.ids, n=3, cutoff=0.5)
        hint = (
            f"did you mean {' or '.join(map(repr, close))}?"
            if close
            else "ids are lower-case, like city-of-edinburgh"
        )
        raise RegionError(f"no region has the id {region_id!r}", source=self.source, hint=hint)


# --- loading YAML ------------------------------------------------------------------------


def load_regions(path: Path | None = None) -> RegionDirectory:
    """Load and check a region file (the bundled Scottish one by default)."""
    source = Path(path) if path is not None else regions_file()
    return _parse_directory(_read_text(source), source)


def _read_text(source: Path) -> str:
    try:
        raw = source.read_bytes()
        if len(raw) > MAX_BYTES:
            raise RegionError(f"the file is too large ({len(raw)} bytes)", source=source)
        return raw.decode("utf-8-sig")
    except OSError as exc:
        raise RegionError(f"cannot read the file: {exc.strerror}", source=source) from exc
    except UnicodeDecodeError as exc:
        raise RegionError("the file is not UTF-8 text", source=source) from exc


def _parse_directory(text: str, source: Path) -> RegionDirectory:
    doc = _parse_yaml(text, source)
    try:
        parsed = _FileIn.model_validate(doc.data)
    except ValidationError as exc:
        raise _yaml_error(_problems_from(exc), source, doc.lines) from None
    helpline = _contact(Contact(name=""), parsed.defaults.helpline)
    regions = tuple(_region(given, helpline) for given in parsed.regions)
    problems = _directory_problems(helpline, regions)
    if problems:
        raise _yaml_error(problems, source, doc.lines)
    return RegionDirectory(regions, helpline, source)


def _directory_problems(helpline: Contact, regions: Sequence[Region]) -> list[_Problem]:
    problems = _contact_problems(helpline, ("defaults", "helpline"))
    if not regions:
        problems.append(_Problem(("regions",), "is empty", "list at least one region"))
    for index, region in enumerate(regions):
        problems += _region_problems(region, ("regions", index))
    for earlier, later, key in _clashes(regions):
        value = getattr(regions[later], key)
        message = f"{value!r} is also used by regions[{earlier}]"
        problems.append(_Problem(("regions", later, key), message))
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


def _yaml_error(
    problems: Sequence[_Problem], source: Path, lines: Mapping[Loc, int]
) -> RegionError:
    """The first problem in file order (ties keep their order: unknown keys first)."""
    first = min(problems, key=lambda problem: _line(lines, problem.loc[:-1]) or 0)
    more = f"then {len(problems) - 1} more problem(s)" if len(problems) > 1 else None
    hint = "; ".join(part for part in (first.hint, more) if part) or None
    line = _line(lines, first.loc)
    return RegionError(first.message, source=source, line=line, field=_field(first.loc), hint=hint)


def _line(lines: Mapping[Loc, int], loc: Loc) -> int | None:
    """The line of ``loc``, or of its nearest ancestor in the file (for a missing key)."""
    while loc and loc not in lines:
        loc = loc[:-1]
    return lines.get(loc)


# --- importing a council's CSV -----------------------------------------------------------

_CSV_LOCS: dict[str, Loc] = {
    "id": ("id",),
    "name": ("name",),
    "gaelic_name": ("gaelic_name",),
    "health_board": ("health_board",),
    **{f"helpline_{key}": ("helpline", key) for key in CONTACT_FIELDS},
    **{f"local_{key}": ("local", key) for key in CONTACT_FIELDS},
    "verified_by": ("verification", "verified_by"),
    "verified_on": ("verification", "verified_on"),
    "verification_source": ("verification", "source"),
    "review_by": ("verification", "review_by"),
}
CSV_COLUMNS: tuple[str, ...] = tuple(_CSV_LOCS)


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    cells: dict[str, str]
    problem: str | None = None


_Imported = list[tuple[int, Region]]  # (CSV line, region)


def import_regions_csv(csv_path: Path, into: Path | None = None) -> RegionDirectory:
    """Add or replace regions from a CSV file, all rows or none.

    Blank helpline cells fall back to the file's national helpline; a replaced
    record keeps its logos (the CSV has no column for them).
    """
    csv_path = Path(csv_path)
    target = Path(into) if into is not None else regions_file()
    current = load_regions(target)
    imported, problems = _csv_regions(_read_csv(csv_path), current.default_helpline)
    problems += _clash_problems(imported, current.regions, target)
    if problems:
        raise _csv_error(problems, csv_path)
    directory = replace(current, regions=_merge(current.regions, [r for _, r in imported]))
    text = dump_regions_yaml(directory, header=_header(_read_text(target)))
    _parse_directory(text, target)  # what we write must load back
    write_text_atomic(target, text)
    return directory


def _read_csv(path: Path) -> list[_Row]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return _csv_rows(handle, path)
    except OSError as exc:
        raise RegionError(f"cannot read the file: {exc.strerror}", source=path) from exc
    except UnicodeDecodeError as exc:
        hint = "save it as CSV UTF-8"
        raise RegionError("the file is not UTF-8 text", source=path, hint=hint) from exc
    except csv.Error as exc:
        raise RegionError(f"not valid CSV: {exc}", source=path) from exc


def _csv_rows(handle: TextIO, path: Path) -> list[_Row]:
    """Non-blank rows with the line each starts on (a quoted cell may span lines)."""
    reader = csv.reader(handle)
    header = [cell.strip() for cell in next(reader, [])]
    _check_header(header, path)
    rows, start = [], reader.line_num + 1
    for cells in reader:
        if any(cell.strip() for cell in cells):
            wrong = f"has {len(cells)} values, the header has {len(header)}"
            problem = wrong if len(cells) != len(header) else None
            rows.append(_Row(start, dict(zip(header, cells, strict=False)), problem))
        start = reader.line_num + 1
    if not rows:
        raise RegionError("there are no rows below the header", source=path)
    return rows


def _check_header(header: list[str], path: Path) -> None:
    missing = ", ".join(column for column in CSV_COLUMNS if column not in header)
    unknown = ", ".join(column for column in header if column not in CSV_COLUMNS)
    repeated = len(set(header)) != len(header)
    if missing or unknown or repeated:
        parts = [f"missing: {missing}" if missing else "", f"unknown: {unknown}" if unknown else ""]
        problem = "; ".join(filter(None, parts)) or "a column appears twice"
        raise RegionError(
            f"the header row does not match the columns ({problem})",
            source=path,
            line=1,
            hint=f"use exactly: {','.join(CSV_COLUMNS)}",
        )


def _csv_regions(rows: Sequence[_Row], helpline: Contact) -> tuple[_Imported, list[_Problem]]:
    """Each valid row's Region; each problem's loc is (line, column)."""
    imported: _Imported = []
    problems: list[_Problem] = []
    for row in rows:
        region, found = _csv_region(row, helpline)
        problems += [replace(p, loc=(row.line, _column(p.loc))) for p in found]
        imported += [(row.line, region)] if region and not found else []
    return imported, problems


def _csv_region(row: _Row, helpline: Contact) -> tuple[Region | None, list[_Problem]]:
    if row.problem:
        return None, [_Problem(("row",), row.problem)]
    data: dict[str, Any] = {"helpline": {}, "local": {}, "verification": {}}
    for column, loc in _CSV_LOCS.items():
        section = data[str(loc[0])] if len(loc) > 1 else data
        section[str(loc[-1])] = row.cells[column]
    try:
        region = _region(_RegionIn.model_validate(data), helpline)
    except ValidationError as exc:
        return None, _problems_from(exc)
    return region, _region_problems(region, ())


def _column(loc: Loc) -> str:
    for column, column_loc in _CSV_LOCS.items():
        if column_loc == loc:
            return column
    return _field(loc) or "row"


def _clash_problems(imported: _Imported, current: Sequence[Region], target: Path) -> list[_Problem]:
    """Ids or names repeated in the CSV, and new ids whose name another region has."""
    problems = []
    for earlier, later, key in _clashes([region for _, region in imported]):
        line, region = imported[later]
        message = f"{getattr(region, key)!r} is also on line {imported[earlier][0]}"
        problems.append(_Problem((line, key), message))
    for line, region in imported:
        other = next((r for r in current if _same_name(r, region) and r.id != region.id), None)
        if other:
            message = f"{region.name!r} is already the name of {other.id!r} in {target.name}"
            problems.append(_Problem((line, "name"), message, "use a different name or that id"))
    return problems


def _same_name(a: Region, b: Region) -> bool:
    return a.name.casefold() == b.name.casefold()


def _merge(current: Sequence[Region], imported: Sequence[Region]) -> tuple[Region, ...]:
    """Replace records by id (keeping their logos) and append new ones."""
    by_id = {region.id: region for region in imported}
    kept = [replace(by_id.pop(r.id), logos=r.logos) if r.id in by_id else r for r in current]
    return (*kept, *by_id.values())


def _csv_error(problems: Sequence[_Problem], source: Path) -> RegionError:
    ordered = sorted(problems, key=lambda p: (p.loc[0], str(p.loc[1:])))
    listed = "; ".join(f"line {p.loc[0]}: {p.loc[1]}: {_with_hint(p)}" for p in ordered)
    count = f"{len(problems)} problem{'s' * (len(problems) > 1)}"
    return RegionError(f"{count}, nothing was imported: {listed}", source=source)


def _with_hint(problem: _Problem) -> str:
    return f"{problem.message} ({problem.hint})" if problem.hint else problem.message


# --- writing YAML ------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style, list items indented under their key, empty values left blank."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


_Dumper.add_representer(
    type(None), lambda dumper, _: dumper.represent_scalar("tag:yaml.org,2002:null", "")
)


def dump_regions_yaml(directory: RegionDirectory, *, header: str = "") -> str:
    """The directory as region-file YAML (``header``: comment lines to put on top)."""
    data = {
        "defaults": {"helpline": _contact_data(directory.default_helpline)},
        "regions": [_region_data(r, directory.default_helpline) for r in directory],
    }
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    # a blank line before the regions list and between regions, for people editing by hand
    body = body.replace("\n  - id:", "\n\n  - id:").replace("\nregions:\n\n", "\n\nregions:\n")
    return f"{header.rstrip()}\n\n{body}" if header.strip() else body


def _contact_data(contact: Contact) -> dict[str, str | None]:
    return {key: _plain(getattr(contact, key)) for key in CONTACT_FIELDS}


def _plain(value: object) -> str | None:
    return value.display if isinstance(value, Phone) else None if value is None else str(value)


def _region_data(region: Region, helpline: Contact) -> dict[str, object]:
    data: dict[str, object] = {"id": region.id, "name": region.name}
    if region.gaelic_name:
        data["gaelic_name"] = region.gaelic_name
    data["health_board"] = region.health_board
    default = _contact_data(helpline)
    changed = {k: v for k, v in _contact_data(region.helpline).items() if v != default[k]}
    if changed:
        data["helpline"] = changed
    check = region.verification
    data |= {"local": _contact_data(region.local), "logos": list(region.logos)}
    data["verification"] = {
        "verified_by": check.by,
        "verified_on": check.on,
        "source": check.source,
        "review_by": check.review_by,
    }
    return data


def _header(text: str) -> str:
    """The comment block at the top of a region file, kept when it is rewritten."""
    lines = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines)
