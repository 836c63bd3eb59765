"""What to type to clear a blocker: the exact command, not just the rule's name."""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from designer.batch import BatchItem

REGION_RULES = frozenset({"region.unverified", "region.review-due"})


def fix_commands(
    rules: Iterable[str], template_id: str, region_id: str, args: argparse.Namespace
) -> list[str]:
    """One line per kind of blocker that a command clears."""
    found = set(rules)
    lines = []
    if found & REGION_RULES:
        command = verify_command(region_id, getattr(args, "regions", None))
        lines.append(f"after checking {region_id}'s contact details with the services: {command}")
    if any(rule.startswith("template.") for rule in found):
        lines.append(_approve_line(template_id))
    return lines


def batch_fixes(items: Sequence[BatchItem], args: argparse.Namespace) -> list[str]:
    """The same, once for a whole batch: which regions need verifying, and the command."""
    unverified = [i.region_id for i in items if set(i.rules) & REGION_RULES]
    lines = []
    if unverified:
        command = verify_command("REGION", getattr(args, "regions", None))
        lines.append(
            f"{len(unverified)} region(s) need their contact details checked with the services "
            f"({', '.join(unverified)}); record each with: {command}"
        )
    unapproved = {
        i.job.template.id for i in items if any(r.startswith("template.") for r in i.rules)
    }
    lines += [_approve_line(template_id) for template_id in sorted(unapproved)]
    return lines


def _approve_line(template_id: str) -> str:
    return (
        f"an approver signs the template: designer templates approve {template_id} "
        "--key THEIR-KEY.pem (details: designer templates verify)"
    )


def verify_command(region_id: str, regions_option: str | None = None) -> str:
    """The exact command that records a verification of ``region_id``."""
    where = f" --regions {shlex.quote(regions_option)}" if regions_option else ""
    return (
        f"designer{where} regions verify {shlex.quote(region_id)} "
        '--by "YOUR NAME" --source "how you checked"'
    )
