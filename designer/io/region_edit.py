"""Deliberate, recorded changes to a region file: verifications and imports.

Contact data is safety-critical, so every change made through designer is
written atomically and recorded, field by field, in an append-only log beside
the file (``scotland.yaml.changes.jsonl``: one JSON object a line with when,
who, what action, which region and field, the old and the new value). The log
entry is written before the file, so no change can reach the file unrecorded;
if the file then cannot be written, a ``failed`` entry says so.
"""

from __future__ import annotations

import calendar
import contextlib
import hashlib
import json
import os
import tempfile
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from designer.errors import DesignerError, ExportError, RegionError
from designer.io.atomic import write_text_atomic
from designer.io.regions import RegionDirectory, dump_regions_yaml, import_regions_csv, load_regions
from designer.model.region import CONTACT_FIELDS, Phone, Region, Verification
from designer.resources import regions_file

CHANGES_SUFFIX = ".changes.jsonl"
FieldChange = tuple[str, str, str | None, str | None]  # region id, field, old, new


def region_fields(region: Region) -> dict[str, str | None]:
    """A region's record as flat text fields, as a person reads them."""
    fields: dict[str, str | None] = {
        "name": region.name,
        "gaelic_name": region.gaelic_name,
        "health_board": region.health_board,
    }
    for block in ("helpline", "local"):
        contact = getattr(region, block)
        fields |= {f"{block}.{key}": _text(getattr(contact, key)) for key in CONTACT_FIELDS}
    fields["logos"] = ", ".join(region.logos) or None
    check = region.verification
    fields["verification.verified_by"] = check.by
    fields["verification.verified_on"] = _text(check.on)
    fields["verification.source"] = check.source
    fields["verification.review_by"] = _text(check.review_by)
    return fields


def _text(value: object) -> str | None:
    if value is None:
        return None
    return value.display if isinstance(value, Phone) else str(value)


def region_hash(region: Region) -> str:
    """SHA-256 of the record: a PDF names it, so a changed record can be noticed later."""
    record = {"id": region.id, **region_fields(region)}
    text = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
    target = Path(path) if path is not None else regions_file()
    before = load_regions(target)
    region = before.get(region_id)
    on = on or date.today()
    _check_verification(by, source, on, review_by)
    check = Verification(
        _clean(by), on, _clean(source) if source else None, review_by or six_months_after(on)
    )
    updated = replace(region, verification=check)
    after = replace(before, regions=tuple(updated if r.id == region_id else r for r in before))
    save_regions(after, before, by=_clean(by), action="verify")
    return updated


def _check_verification(by: str, source: str | None, on: date, review_by: date | None) -> None:
    if not _clean(by):
        raise RegionError("--by is empty", hint="give the name of the person who checked")
    for value in (by, source or ""):
        if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in value):
            raise RegionError(f"{value!r} contains control characters")
    if on > date.today():
        raise RegionError(f"the verification date {on} is in the future")
    if review_by is not None and review_by < on:
        raise RegionError(f"the review date {review_by} is before the verification date {on}")


def _clean(text: str) -> str:
    return " ".join(text.split())


def six_months_after(day: date) -> date:
    """The default review date: the same day six months on (or the month's last day)."""
    month0 = day.month - 1 + 6
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


# --- importing, with the log ------------------------------------------------------------------


def import_regions_logged(csv_path: Path, into: Path | None = None, *, by: str) -> RegionDirectory:
    """``import_regions_csv`` (all rows or none), with every changed field logged first."""
    target = Path(into) if into is not None else regions_file()
    before = load_regions(target)
    imported, text = _import_on_copy(csv_path, target)
    after = replace(before, regions=imported)
    append_changes(target, changes_between(before, after), by=by, action="import")
    _write_or_mark_failed(target, text, by=by)
    return load_regions(target)


def _import_on_copy(csv_path: Path, target: Path) -> tuple[tuple[Region, ...], str]:
    """What the import makes, tried on a copy so the real file changes only once logged."""
    with tempfile.TemporaryDirectory(prefix="designer-import-") as scratch:
        copy = Path(scratch) / target.name
        copy.write_bytes(target.read_bytes())
        imported = import_regions_csv(csv_path, copy).regions
        return imported, copy.read_text(encoding="utf-8")


# --- saving, with the log ---------------------------------------------------------------------


def save_regions(after: RegionDirectory, before: RegionDirectory, *, by: str, action: str) -> None:
    """Write ``after`` over ``before``'s file atomically, logging each changed field first."""
    target = before.source
    text = dump_regions_yaml(after, header=_header(target))
    _check_round_trip(text, after)
    append_changes(target, changes_between(before, after), by=by, action=action)
    _write_or_mark_failed(target, text, by=by)


def _write_or_mark_failed(target: Path, text: str, *, by: str) -> None:
    try:
        write_text_atomic(target, text)
    except DesignerError as exc:
        with contextlib.suppress(DesignerError):  # best effort: the disk may be full
            _append(target, [_entry("failed", by, "", "", None, str(exc))])
        raise


def _header(target: Path) -> str:
    """The comment block at the top of the file, kept when it is rewritten."""
    lines = []
    for line in target.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines)


def _check_round_trip(text: str, expected: RegionDirectory) -> None:
    """What we are about to write must load back as exactly what we mean."""
    with tempfile.TemporaryDirectory(prefix="designer-regions-") as scratch:
        probe = Path(scratch) / expected.source.name
        probe.write_text(text, encoding="utf-8")
        loaded = load_regions(probe)
    if [region_fields(r) for r in loaded] != [region_fields(r) for r in expected]:
        raise RegionError("the edited file would not load back unchanged; nothing was written")


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
    """Append whole lines with O_APPEND, then fsync: never rewrites what is there."""
    log = changes_log_path(target)
    data = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entries)
    try:
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, data.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise ExportError(
            f"cannot write the change log: {exc.strerror}; nothing was changed",
            source=log,
            hint="the region file is changed only when its change can be recorded",
        ) from None
