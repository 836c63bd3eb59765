"""`designer templates` and `designer regions`: what is installed, as text or JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from designer.cli.common import EXIT_OK, Commands, library, note, regions
from designer.io.regions import import_regions_csv
from designer.model.region import Region
from designer.model.template import Template


def register(commands: Commands) -> None:
    templates = commands.add_parser("templates", help="list the approved templates")
    templates.add_argument("--json", action="store_true", help="print a JSON array")
    templates.set_defaults(run=list_templates)
    regions_cmd = commands.add_parser("regions", help="list regions, or import a CSV of them")
    regions_cmd.add_argument("--json", action="store_true", help="print a JSON array")
    regions_cmd.add_argument(
        "--import",
        dest="import_csv",
        metavar="FILE.csv",
        help="add or replace regions from a CSV (all rows or none) in the region file",
    )
    regions_cmd.set_defaults(run=list_regions)


def template_record(template: Template) -> dict[str, object]:
    return {
        "id": template.id,
        "title": template.title,
        "version": template.version,
        "sizes": [s.value for s in template.sizes],
        "kind": template.kind,
        "campaign": template.campaign,
        "fields": [f.name for f in template.fields],
    }


def list_templates(args: argparse.Namespace) -> int:
    lib = library(args)
    for problem in lib.problems:
        note(f"designer: warning: template not loaded: {problem}")
    records = [template_record(t) for t in lib]
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return EXIT_OK
    for r in records:
        sizes = ", ".join(r["sizes"])  # type: ignore[arg-type]
        print(f"{r['id']:<28} v{r['version']:<8} {sizes:<14} {r['title']}")
    return EXIT_OK


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
    if args.import_csv:
        target = Path(args.regions) if args.regions else None
        directory = import_regions_csv(Path(args.import_csv), target)
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
