"""`designer templates` and `designer regions`: what is installed, as text or JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from designer.approval.verify import ApprovalCheck, check_library
from designer.cli.common import (
    EXIT_OK,
    keyring_path,
    library,
    note,
    regions,
    regions_path,
)
from designer.io.region.csv_import import write_starter_csv
from designer.io.region.edit import import_regions_logged
from designer.model.region import Region
from designer.model.template import Template
from designer.trace.log import login_name


def template_record(template: Template, check: ApprovalCheck | None = None) -> dict[str, object]:
    return {
        "id": template.id,
        "title": template.title,
        "version": template.version,
        "sizes": [s.value for s in template.sizes],
        "kind": template.kind,
        "campaign": template.campaign,
        "fields": [f.name for f in template.fields],
        "approval": check.to_json() if check else None,
    }


def list_templates(args: argparse.Namespace) -> int:
    lib = library(args)
    for problem in lib.problems:
        note(f"designer: warning: template not loaded: {problem}")
    checks = check_library(lib, keyring_path(args))
    records = [template_record(t, checks[t.id]) for t in lib]
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return EXIT_OK
    for t in lib:
        state = approval_label(checks[t.id])
        sizes = ", ".join(s.value for s in t.sizes)
        print(f"{t.id:<28} v{t.version:<8} {sizes:<14} {state:<12} {t.title}")
    for check in checks.values():
        if not check.approved:
            note(f"designer: warning: {check.template_id}: {check.summary}")
    return EXIT_OK


def approval_label(check: ApprovalCheck) -> str:
    return "approved" if check.approved else check.state.value.upper()


def region_record(region: Region) -> dict[str, object]:
    v = region.verification
    return {
        "id": region.id,
        "name": region.name,
        "gaelic_name": region.gaelic_name,
        "health_board": region.health_board,
        "verified": region.verified,
        "verified_by": v.by,
        "verified_on": v.on.isoformat() if v.on else None,
        "review_by": v.review_by.isoformat() if v.review_by else None,
        "helpline": region.helpline.phone.display if region.helpline.phone else None,
        "local_phone": region.local.phone.display if region.local.phone else None,
    }


def list_regions(args: argparse.Namespace) -> int:
    if args.export_csv:
        directory = write_starter_csv(Path(args.export_csv), regions_path(args))
        note(f"wrote {len(directory)} regions from {directory.source} to {args.export_csv}")
        return EXIT_OK
    if args.import_csv:
        directory = import_regions_logged(Path(args.import_csv), regions_path(args), by=_who(args))
        note(f"imported {args.import_csv}: {len(directory)} regions now in {directory.source}")
        return EXIT_OK
    records = [region_record(r) for r in regions(args)]
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return EXIT_OK
    for r in records:
        state = "verified" if r["verified"] else "UNVERIFIED"
        print(f"{r['id']:<26} {r['name']:<26} {r['health_board']:<36} {state}")
    return EXIT_OK


def _who(args: argparse.Namespace) -> str:
    """``--by``, else the login name: every change to contact data names someone."""
    return str(args.by) if args.by else login_name()
