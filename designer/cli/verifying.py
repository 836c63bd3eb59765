"""`designer regions verify`: record that someone checked a region's contact details.

Until a region's details are verified (and while they are within their review
date) only proofs can be made with them; the messages that say so print the
exact command to run.
"""

from __future__ import annotations

import argparse
from datetime import date

from designer.cli.common import EXIT_OK, regions_path
from designer.errors import DesignerError
from designer.io.region.edit import changes_log_path, verify_region
from designer.resources import editable_regions_file


def run_verify_region(args: argparse.Namespace) -> int:
    path = editable_regions_file(regions_path(args))
    region = verify_region(
        args.region,
        by=args.by,
        source=args.source,
        on=_date(args.on, "--on"),
        review_by=_date(args.review_by, "--review-by"),
        path=path,
    )
    check = region.verification
    print(f"{region.id}: verified by {check.by} on {check.on}, review by {check.review_by}")
    print(f"recorded in {path} (history: {changes_log_path(path)})")
    return EXIT_OK


def _date(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DesignerError(f"{option} {text!r}: write the date as YYYY-MM-DD") from None
