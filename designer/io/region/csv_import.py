"""Importing a council's CSV into a region file, all rows or none; and the starter CSV.

Every bad row is reported at once, each by its line and column, and the target
file is only rewritten (atomically, under its edit lock) when every row is
valid and the result loads back. A record whose details change is verified
only if its row says who verified it and when.

The starter CSV is the other direction: every current region in the import's
own columns, so a council edits its rows instead of typing a header. It
imports back unchanged. The same cells, checked the same way, are how the
window edits one region's contact values (``region_from_cells``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from msgspec import Struct
from pydantic import ValidationError

from designer.errors import RegionError
from designer.io.atomic import write_text_atomic
from designer.io.region.build import build_region, clashes, region_problems
from designer.io.region.directory import RegionDirectory
from designer.io.region.file import (
    MAX_BYTES,
    editing,
    load_regions,
    parse_regions,
    read_region_text,
)
from designer.io.region.schema import Loc, Problem, RegionIn, field_path, problems_from
from designer.io.region.yaml_write import dump_regions_yaml, header_comments
from designer.model.region import CONTACT_FIELDS, Contact, Phone, Region, Verification
from designer.records import replace
from designer.resources import editable_regions_file

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
REQUIRED_COLUMNS: tuple[str, ...] = ("id", "name", "health_board", "local_name")
"""Columns whose cells must be filled in (the header needs every column, empty or not)."""


class _Row(Struct, frozen=True):
    line: int
    cells: dict[str, str]
    problem: str | None = None


_Imported = list[tuple[int, Region]]  # (CSV line, region)


def import_regions_csv(csv_path: Path, into: Path | None = None) -> RegionDirectory:
    """Add or replace regions from a CSV file, all rows or none, under the file's edit lock.

    Blank helpline cells fall back to the file's national helpline; see
    :func:`regions_with_csv` for what a replaced record keeps.
    """
    target = editable_regions_file(into)
    with editing(target):
        text = read_region_text(target)
        directory = regions_with_csv(Path(csv_path), parse_regions(text, target))
        written = dump_regions_yaml(directory, header=header_comments(text))
        parse_regions(written, target)  # what we write must load back
        write_text_atomic(target, written)
    return directory


def regions_with_csv(csv_path: Path, current: RegionDirectory) -> RegionDirectory:
    """``current`` with the CSV's records laid in (nothing is written), or RegionError."""
    rows = _read_csv(csv_path)
    _check_row_count(rows, csv_path)
    imported, problems = _csv_regions(rows, current.default_helpline)
    problems += _clash_problems(imported, current.regions, current.source)
    if problems:
        raise _csv_error(problems, csv_path)
    merged = replace(current, regions=_merge(current.regions, [r for _, r in imported]))
    _check_merged_size(merged, len(rows), csv_path)
    return merged


MAX_ROWS = 2_000  # Scotland has 32 council areas, the UK about 400: more is not a region list


def _check_row_count(rows: Sequence[_Row], csv_path: Path) -> None:
    """Refuse a huge CSV before checking its rows (8,000 rows take 20 s to check)."""
    if len(rows) > MAX_ROWS:
        raise RegionError(
            f"the file holds {len(rows)} rows; an import takes at most {MAX_ROWS}",
            source=csv_path,
            hint="check it is the right file, or split it and import each part",
        )


def _check_merged_size(merged: RegionDirectory, rows: int, csv_path: Path) -> None:
    """The CSV is what makes the region file too large: say so, naming it (not the region file)."""
    size = len(dump_regions_yaml(merged).encode("utf-8"))
    if size > MAX_BYTES:
        raise RegionError(
            f"its {rows} rows would make the region file {merged.source.name} {size:,} bytes, "
            f"over the limit of {MAX_BYTES:,}",
            source=csv_path,
            hint="check it is the right file (very long cells?), or import fewer rows",
        )


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


def _csv_regions(rows: Sequence[_Row], helpline: Contact) -> tuple[_Imported, list[Problem]]:
    """Each valid row's Region; each problem's loc is (line, column)."""
    imported: _Imported = []
    problems: list[Problem] = []
    for row in rows:
        region, found = _csv_region(row, helpline)
        problems += [replace(p, loc=(row.line, _column(p.loc))) for p in found]
        imported += [(row.line, region)] if region and not found else []
    return imported, problems


def _csv_region(row: _Row, helpline: Contact) -> tuple[Region | None, list[Problem]]:
    if row.problem:
        return None, [Problem(("row",), row.problem)]
    return region_from_cells(row.cells, helpline)


def region_from_cells(
    cells: Mapping[str, str], helpline: Contact
) -> tuple[Region | None, list[Problem]]:
    """One record from text cells named like the CSV columns, checked as an import checks it.

    Blank helpline cells fall back to ``helpline`` (the file's national one).
    Each problem's loc is the record path (``("local", "phone")``).
    """
    data: dict[str, Any] = {"helpline": {}, "local": {}, "verification": {}}
    for column, loc in _CSV_LOCS.items():
        section = data[str(loc[0])] if len(loc) > 1 else data
        section[str(loc[-1])] = cells.get(column, "")
    try:
        region = build_region(RegionIn.model_validate(data), helpline)
    except ValidationError as exc:
        return None, problems_from(exc)
    return region, region_problems(region, ())


def column_of(loc: Loc) -> str:
    """The CSV column a problem's record path belongs to (``local_phone``)."""
    return _column(loc)


# --- the starter CSV: every region in the import's columns -------------------------------------


def region_cells(region: Region, helpline: Contact) -> dict[str, str]:
    """The region as CSV cells; helpline cells the national helpline already gives stay blank."""
    cells = {"id": region.id, "name": region.name, "gaelic_name": region.gaelic_name or "",
             "health_board": region.health_board}
    for key in CONTACT_FIELDS:
        own, national = _cell(getattr(region.helpline, key)), _cell(getattr(helpline, key))
        cells[f"helpline_{key}"] = "" if own == national else own
        cells[f"local_{key}"] = _cell(getattr(region.local, key))
    check = region.verification
    cells |= {"verified_by": check.by or "", "verified_on": _cell(check.on),
              "verification_source": check.source or "", "review_by": _cell(check.review_by)}
    return cells


def _cell(value: object) -> str:
    if value is None:
        return ""
    return value.display if isinstance(value, Phone) else str(value)


def starter_csv(directory: RegionDirectory) -> str:
    """Every region of ``directory`` as import CSV text (header first), in file order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for region in directory:
        cells = region_cells(region, directory.default_helpline)
        writer.writerow([cells[column] for column in CSV_COLUMNS])
    return out.getvalue()


def write_starter_csv(path: Path, regions: Path | None = None) -> RegionDirectory:
    """Write the starter CSV for the region file ``regions`` (default: the one in use)."""
    directory = load_regions(regions)
    write_text_atomic(Path(path), starter_csv(directory))
    return directory


# --- what an import would do, said before it is done -------------------------------------------


class ImportPlan(Struct, frozen=True):
    """The names of the areas an import adds and replaces (and those it leaves as they are)."""

    added: tuple[str, ...]
    replaced: tuple[str, ...]
    unchanged: tuple[str, ...]


def plan_import(csv_path: Path, current: RegionDirectory) -> ImportPlan:
    """What importing ``csv_path`` into ``current`` would change; RegionError if it would fail."""
    after = regions_with_csv(Path(csv_path), current)
    before = {region.id: region for region in current}
    imported = {row.cells.get("id", "").strip() for row in _read_csv(Path(csv_path))}
    added: list[str] = []
    replaced: list[str] = []
    unchanged: list[str] = []
    for region in after:
        if region.id not in before:
            added.append(region.name)
        elif region.id in imported:
            (unchanged if before[region.id] == region else replaced).append(region.name)
    return ImportPlan(added=tuple(added), replaced=tuple(replaced), unchanged=tuple(unchanged))


def _column(loc: Loc) -> str:
    for column, column_loc in _CSV_LOCS.items():
        if column_loc == loc:
            return column
    return field_path(loc) or "row"


def _clash_problems(imported: _Imported, current: Sequence[Region], target: Path) -> list[Problem]:
    """Ids or names repeated in the CSV, and new ids whose name another region has."""
    problems = []
    for earlier, later, key in clashes([region for _, region in imported]):
        line, region = imported[later]
        message = f"{getattr(region, key)!r} is also on line {imported[earlier][0]}"
        problems.append(Problem((line, key), message))
    for line, region in imported:
        other = next((r for r in current if _same_name(r, region) and r.id != region.id), None)
        if other:
            message = f"{region.name!r} is already the name of {other.id!r} in {target.name}"
            problems.append(Problem((line, "name"), message, "use a different name or that id"))
    return problems


def _same_name(a: Region, b: Region) -> bool:
    return a.name.casefold() == b.name.casefold()


def _merge(current: Sequence[Region], imported: Sequence[Region]) -> tuple[Region, ...]:
    """Replace records by id and append new ones."""
    by_id = {region.id: region for region in imported}
    kept = [_replaced(r, by_id.pop(r.id)) if r.id in by_id else r for r in current]
    return (*kept, *by_id.values())


def _replaced(old: Region, new: Region) -> Region:
    """``new`` with ``old``'s logos (the CSV has no column for them).

    A row with no verification of its own keeps the old one only when it says
    exactly what the record already says: an old check never covers new details.
    """
    new = replace(new, logos=old.logos)
    unchanged = replace(new, verification=old.verification) == old
    return old if unchanged and new.verification == Verification() else new


class CsvRowsError(RegionError):
    """Rows of an import were refused; ``problems`` lists each, by line and column."""

    def __init__(self, message: str, problems: tuple[str, ...], *, source: Path) -> None:
        super().__init__(message, source=source)
        self.problems = problems


def _csv_error(problems: Sequence[Problem], source: Path) -> CsvRowsError:
    ordered = sorted(problems, key=lambda p: (p.loc[0], str(p.loc[1:])))
    each = tuple(f"line {p.loc[0]}: {p.loc[1]}: {_with_hint(p)}" for p in ordered)
    count = f"{len(problems)} problem{'s' * (len(problems) > 1)}"
    return CsvRowsError(f"{count}, nothing was imported: {'; '.join(each)}", each, source=source)


def _with_hint(problem: Problem) -> str:
    return f"{problem.message} ({problem.hint})" if problem.hint else problem.message
