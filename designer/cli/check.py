"""`designer preflight FILE.pdf`: the finished-file checks on any PDF, ours or not.

With no ``--printer`` the file is judged by what it records (``preflight.judged``);
the first lines say what it was judged by, so a verdict on a foreign file
names the profile it assumed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from designer.cli.common import EXIT_NOT_READY, EXIT_OK
from designer.preflight.issues import PreflightIssue, Severity, has_errors
from designer.preflight.judged import judge
from designer.preflight.pdf_checks import Programs, preflight_pdf
from designer.preflight.print_rules import print_findings


def run_preflight(args: argparse.Namespace) -> int:
    path = Path(args.file)
    programs = Programs.installed()  # the deeper check, where installed (pdf_inprocess)
    judged = judge(path, printer=args.printer, pdfx=args.pdfx, size=args.size)
    issues = preflight_pdf(path, judged.printer, expected=judged.expected, programs=programs)
    issues = _errors_first([*issues, *print_findings(path, judged.printer, judged.trace)])
    verdict = "FAILED" if has_errors(issues) else "PASSED"
    if args.json:
        data = {
            "file": args.file,
            "verdict": verdict.lower(),
            "judged_by": list(judged.notes),
            "findings": [i.to_json() for i in issues],
            "programs_run": list(programs.ran()),
            "programs_not_run": list(programs.not_run()),
        }
        print(json.dumps(data, indent=2))
    else:
        for line in judged.notes:
            print(f"judged by: {line}")
        for issue in issues:
            print(issue)
        print("\n".join(programs.note()))
        counts = {s: sum(i.severity is s for i in issues) for s in Severity}
        print(
            f"{verdict}: {counts[Severity.ERROR]} errors, {counts[Severity.WARNING]} warnings, "
            f"{counts[Severity.INFO]} notes - {args.file}"
        )
    return EXIT_NOT_READY if has_errors(issues) else EXIT_OK


def _errors_first(issues: list[PreflightIssue]) -> list[PreflightIssue]:
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(issues, key=lambda i: order[i.severity])
