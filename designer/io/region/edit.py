"""Deliberate, recorded changes to a region file: verifications, contact edits and imports.

Contact data is safety-critical, so every change made through designer is
written atomically and recorded, field by field, in an append-only log beside
the file (``scotland.yaml.changes.jsonl``: one JSON object a line with when,
who, what action, which region and field, the old and the new value). The log
entry is written before the file, so no change can reach the file unrecorded;
if the file then cannot be written, a ``failed`` entry says so.

Every edit runs inside the file's edit lock (``region.file.editing``) and reads
the file once: the change, the logged differences and the kept comment header
all come from that one read, so two editors take turns and none is lost.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

from designer.errors import DesignerError, ExportError, RegionError
from designer.io.atomic import write_text_atomic
from designer.io.change_log import append_entries
from designer.io.region.build import six_months_after as six_months_after
from designer.io.region.csv_import import (
    column_of,
    region_cells,
    region_from_cells,
    regions_with_csv,
)
from designer.io.region.directory import RegionDirectory
from designer.io.region.file import editing, parse_regions, read_region_text
from designer.io.region.record_hash import region_fields as region_fields
from designer.io.region.record_hash import region_hash as region_hash
from designer.io.region.schema import verified_on_problem
from designer.io.region.yaml_write import dump_regions_yaml, header_comments
from designer.model.characters import hidden_character
from designer.model.region import CONTACT_FIELDS, Contact, Region, Verification
from designer.records import replace
from designer.resources import editable_regions_file

CHANGES_SUFFIX = ".changes.jsonl"
FieldChange = tuple[str, str, str | None, str | None]  # region id, field, old, new
Change = Callable[[RegionDirectory], RegionDirectory]


def changes_log_path(region_file: Path) -> Path:
    return Path(region_file).with_name(Path(region_file).name + CHANGES_SUFFIX)


# --- verifying a region -----------------------------------------------------------------------


def verify_region(
    region_id: str,
    *,
    by: str,
    source: str | None = None,
    on: date | None = None,
    review_by: date | None = None,
    path: Path | None = None,
) -> Region:
    """Record that ``by`` confirmed the region's contact details on ``on`` (default today)."""
    target = editable_regions_file(path)
    on = on or date.today()
    _check_verification(by, source, on, review_by)
    check = Verification(
        _clean(by), on, _clean(source) if source else None, review_by or six_months_after(on)
    )

    def verify(before: RegionDirectory) -> RegionDirectory:
        before.get(region_id)  # an unknown id is an error that suggests close ones
        regions = (replace(r, verification=check) if r.id == region_id else r for r in before)
        return replace(before, regions=tuple(regions))

    return edit_regions(target, verify, by=_clean(by), action="verify").get(region_id)


def _check_verification(by: str, source: str | None, on: date, review_by: date | None) -> None:
    if not _clean(by):
        raise RegionError("--by is empty", hint="give the name of the person who checked")
    for value in (by, source or ""):
        bad = hidden_character(value)
        if bad:
            raise RegionError(f"{value!r} contains control characters: {bad}")
    problem = verified_on_problem(on)
    if problem:
        raise RegionError(problem)
    if review_by is not None and review_by < on:
        raise RegionError(f"the review date {review_by} is before the verification date {on}")


def _clean(text: str) -> str:
    return " ".join(text.split())


# --- editing a region's contact values ------------------------------------------------------

EDITABLE_COLUMNS: tuple[str, ...] = tuple(
    f"{block}_{key}" for block in ("local", "helpline") for key in CONTACT_FIELDS
)
"""The contact values an officer may edit, named as the CSV columns name them."""


def edit_region_contacts(
    region_id: str, values: Mapping[str, str], *, by: str, path: Path | None = None
) -> Region:
    """Change some of a region's contact values (``{"local_phone": "0131 496 0200"}``).

    The values are checked exactly as a CSV import checks them (phone numbers, web
    and e-mail addresses); a blank helpline value means the national helpline's. A
    record whose details change is no longer verified: an old check never covers new
    details. Nothing is written, and RegionError lists every problem, when one is bad.
    """
    unknown = sorted(set(values) - set(EDITABLE_COLUMNS))
    if unknown:
        raise RegionError(f"{unknown[0]!r} is not a contact value that can be edited")
    target = editable_regions_file(path)

    def edit(before: RegionDirectory) -> RegionDirectory:
        old = before.get(region_id)
        new = edited_region(old, values, before.default_helpline)
        regions = (new if r.id == region_id else r for r in before)
        return replace(before, regions=tuple(regions))

    return edit_regions(target, edit, by=_clean(by) or "unknown", action="edit").get(region_id)


def edited_region(old: Region, values: Mapping[str, str], helpline: Contact) -> Region:
    """``old`` with ``values`` laid over its contact cells, checked; RegionError if bad.

    Unchanged values leave the record (and its verification) as it was.
    """
    cells = region_cells(old, helpline) | dict(values)
    cells |= {key: "" for key in ("verified_by", "verified_on", "verification_source",
                                  "review_by")}
    new, problems = region_from_cells(cells, helpline)
    if new is None or problems:
        listed = "; ".join(
            f"{column_of(p.loc)}: {p.message}" + (f" ({p.hint})" if p.hint else "")
            for p in problems
        )
        raise RegionError(f"{old.name}: nothing was changed: {listed}")
    new = replace(new, logos=old.logos)
    return old if replace(new, verification=old.verification) == old else new


# --- importing, with the log ------------------------------------------------------------------


def import_regions_logged(csv_path: Path, into: Path | None = None, *, by: str) -> RegionDirectory:
    """``import_regions_csv`` (all rows or none), with every changed field logged first."""
    target = editable_regions_file(into)
    return edit_regions(target, partial(regions_with_csv, Path(csv_path)), by=by, action="import")


# --- editing and saving, with the lock and the log --------------------------------------------


def edit_regions(target: Path, change: Change, *, by: str, action: str) -> RegionDirectory:
    """Apply ``change`` to the file under its edit lock; return the file as written.

    One read gives the directory ``change`` sees, the old values the log
    records and the comment header that is kept.
    """
    with editing(target):
        text = read_region_text(target)
        before = parse_regions(text, target)
        after = change(before)
        written = dump_regions_yaml(after, header=header_comments(text))
        loaded = _check_round_trip(written, after)
        append_changes(target, changes_between(before, after), by=by, action=action)
        _write_or_mark_failed(target, written, by=by)
    return loaded


def save_regions(after: RegionDirectory, before: RegionDirectory, *, by: str, action: str) -> None:
    """Write ``after`` over ``before``'s file, logging each changed field first.

    Refused, with nothing written, when the file no longer holds ``before``:
    someone else's edit came between, and writing ``after`` would undo it.
    """

    def change(current: RegionDirectory) -> RegionDirectory:
        if current != before:
            raise RegionError(
                "the file has changed since it was read; nothing was written",
                source=before.source,
                hint="load it again and repeat the change",
            )
        return after

    edit_regions(before.source, change, by=by, action=action)


def _write_or_mark_failed(target: Path, text: str, *, by: str) -> None:
    try:
        write_text_atomic(target, text)
    except DesignerError as exc:
        with contextlib.suppress(DesignerError):  # best effort: the disk may be full
            _append(target, [_entry("failed", by, "", "", None, str(exc))])
        raise


def _check_round_trip(text: str, expected: RegionDirectory) -> RegionDirectory:
    """What we are about to write must load back as exactly what we mean."""
    loaded = parse_regions(text, expected.source)
    if [region_fields(r) for r in loaded] != [region_fields(r) for r in expected]:
        raise RegionError("the edited file would not load back unchanged; nothing was written")
    return loaded


def changes_between(before: RegionDirectory, after: RegionDirectory) -> list[FieldChange]:
    """Every field that differs, region by region; added and removed regions too."""
    old = {r.id: region_fields(r) for r in before}
    new = {r.id: region_fields(r) for r in after}
    found: list[FieldChange] = []
    for region_id in [*old, *(i for i in new if i not in old)]:
        a, b = old.get(region_id, {}), new.get(region_id, {})
        if region_id not in new or region_id not in old:
            found.append((region_id, "(record)", _presence(a), _presence(b)))
        found += [(region_id, k, a.get(k), b.get(k)) for k in {**a, **b} if a.get(k) != b.get(k)]
    return found


def _presence(fields: dict[str, str | None]) -> str | None:
    return "present" if fields else None


def append_changes(target: Path, changes: list[FieldChange], *, by: str, action: str) -> None:
    entries = [_entry(action, by, r, f, old, new) for r, f, old, new in changes]
    if entries:
        _append(target, entries)


def _entry(
    action: str, by: str, region: str, field: str, old: str | None, new: str | None
) -> dict[str, object]:
    at = datetime.now(UTC).replace(microsecond=0).isoformat()
    return {
        "at": at,
        "by": by,
        "action": action,
        "region": region,
        "field": field,
        "old": old,
        "new": new,
    }


def _append(target: Path, entries: list[dict[str, object]]) -> None:
    """Append whole lines, or none (``change_log``): never rewrites what is there."""
    log = changes_log_path(target)
    try:
        append_entries(log, entries, by=str(entries[0]["by"]) if entries else "")
    except OSError as exc:
        raise ExportError(
            f"cannot write the change log: {exc.strerror or exc}; nothing was changed",
            source=log,
            hint="the region file is changed only when its change can be recorded",
        ) from None
