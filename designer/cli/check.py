"""`designer preflight FILE.pdf`: the finished-file checks on any PDF, ours or not."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from designer.cli.common import EXIT_NOT_READY, EXIT_OK, printer
from designer.preflight.issues import Severity, has_errors
from designer.preflight.pdf_checks import Programs, preflight_pdf


def run_preflight(args: argparse.Namespace) -> int:
    programs = Programs.installed()  # the deeper check, where installed (pdf_inprocess)
    issues = preflight_pdf(Path(args.file), printer(args), programs=programs)
    verdict = "FAILED" if has_errors(issues) else "PASSED"
    if args.json:
        print(
            json.dumps(
                {
                    "file": args.file,
                    "verdict": verdict.lower(),
                    "findings": [i.to_json() for i in issues],
                    "programs_run": list(programs.ran()),
                    "programs_not_run": list(programs.not_run()),
                },
                indent=2,
            )
        )
    else:
        for issue in issues:
            print(issue)
        print("\n".join(programs.note()))
        counts = {s: sum(i.severity is s for i in issues) for s in Severity}
        print(
            f"{verdict}: {counts[Severity.ERROR]} errors, {counts[Severity.WARNING]} warnings, "
            f"{counts[Severity.INFO]} notes - {args.file}"
        )
    return EXIT_NOT_READY if has_errors(issues) else EXIT_OK
