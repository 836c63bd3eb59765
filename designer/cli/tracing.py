"""`designer trace FILE.pdf` and `designer log`: where a file came from, what was made.

``trace`` exits 0 when the template and region data the file names still match
what is installed, 1 when either has changed (or is gone), 2 when the file
carries no designer trace.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from designer.cli.common import EXIT_NOT_READY, EXIT_OK, keyring_path, library, regions
from designer.trace.compare import Match, compare_region, compare_template
from designer.trace.log import ExportEntry, list_exports, log_path
from designer.trace.record import FIELDS, TraceRecord, read_trace


def run_trace(args: argparse.Namespace) -> int:
    record = read_trace(Path(args.file))
    matches = (
        compare_template(record, library(args), keyring_path(args)),
        compare_region(record, regions(args)),
    )
    if args.json:
        data = {"file": args.file, "trace": _fields(record), "now": [m.to_json() for m in matches]}
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(trace_text(args.file, record, matches))
    return EXIT_OK if all(m.ok for m in matches) else EXIT_NOT_READY


def _fields(record: TraceRecord) -> dict[str, str]:
    return {name: str(getattr(record, name)) for name in FIELDS}


def trace_text(file: str, r: TraceRecord, matches: tuple[Match, ...]) -> str:
    rows = [
        ("file", file),
        ("reference", f"{r.reference} (document {r.document_id}), {r.state}"),
        ("template", f"{r.template_id} v{r.template_version} #{r.template_hash[:12]}"),
        ("", r.template_approval),
        ("region", f"{r.region_id}, verified {r.region_verified_on}, record {r.region_hash[:12]}"),
        ("made", f"{r.size}, {r.produced}, {r.program}, printer {r.printer}"),
    ]
    rows += [(f"{m.subject} now", f"{'ok' if m.ok else 'CHANGED'}: {m.message}") for m in matches]
    return "\n".join(f"{(label + ':') if label else '':<14}{value}" for label, value in rows)


def run_log(args: argparse.Namespace) -> int:
    entries = list_exports(args.limit or None)
    if args.json:
        print(json.dumps([e.to_json() for e in entries], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not entries:
        print(f"no exports recorded yet ({log_path()})")
    for entry in entries:
        print(log_line(entry))
    return EXIT_OK


def log_line(e: ExportEntry) -> str:
    t = e.trace
    return (
        f"{e.at}  {t.reference}  {t.state:<5}  {t.template_id} v{t.template_version}  "
        f"{t.region_id}  {t.size}  {e.via}  {e.user}  {e.path}"
    )
