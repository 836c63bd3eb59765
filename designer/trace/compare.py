"""Does a file's trace still match what is installed? Template and region, each in words."""

from __future__ import annotations

from pathlib import Path

from msgspec import Struct

from designer.approval.keys import Keyring
from designer.approval.verify import check_template
from designer.errors import DesignerError
from designer.io.region.record_hash import region_hash
from designer.io.regions import RegionDirectory
from designer.io.templates import TemplateLibrary
from designer.trace.record import TraceRecord


class Match(Struct, frozen=True):
    subject: str  # "template" or "region"
    ok: bool
    message: str

    def to_json(self) -> dict[str, object]:
        return {"subject": self.subject, "matches": self.ok, "message": self.message}


def compare_template(
    record: TraceRecord, library: TemplateLibrary, keyring: Keyring | Path | None = None
) -> Match:
    try:
        template = library.get(record.template_id)
    except DesignerError:
        return Match("template", False, f"no template {record.template_id!r} is installed now")
    check = check_template(template, keyring)
    now = check.digest.combined if check.digest else ""
    state = check.summary
    if now and now == record.template_hash:
        return Match("template", True, f"matches the installed v{template.version}; {state}")
    made = f"v{record.template_version} #{record.template_hash[:12]}"
    installed = f"v{template.version} #{now[:12] or 'unreadable'}"
    return Match(
        "template", False, f"DIFFERS: the file was made from {made}, installed is {installed}"
    )


def compare_region(record: TraceRecord, regions: RegionDirectory) -> Match:
    if record.region_id not in regions:
        return Match("region", False, f"no region {record.region_id!r} in {regions.source} now")
    region = regions.get(record.region_id)
    verified = region.verification.on.isoformat() if region.verification.on else "unverified"
    if region_hash(region) == record.region_hash:
        return Match("region", True, f"matches the record in {regions.source}")
    return Match(
        "region",
        False,
        f"DIFFERS: the record in {regions.source} has changed since (now verified: {verified}; "
        "see its .changes.jsonl for what changed)",
    )
