"""A region's record as flat text fields, and the hash that names it.

The same flat fields are what the change log records and what a PDF's trace
hashes, so a record changed after a poster was made can be noticed later.
"""

from __future__ import annotations

import hashlib
import json

from designer.model.region import CONTACT_FIELDS, Phone, Region


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
