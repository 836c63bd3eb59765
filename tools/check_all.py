"""Export every bundled template, size and region in both PDF/X flavours and preflight each file.

Slow (a few minutes on two cores): run by hand before a release, not in `make test`.
Files are proofs, since the bundled sample contact data is unverified; the PDF
checks are the same for proofs and finals.

    python tools/check_all.py [OUTDIR]
"""

from __future__ import annotations

import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from designer.export import check_pdf_bytes
from designer.io.printers import load_printer
from designer.io.regions import load_regions
from designer.io.templates import load_library
from designer.preflight.issues import Severity
from designer.production import Job, produce

PRINTERS = ("offset-coated", "x1a-strict")


def check(args: tuple[str, str, str, str, Path]) -> list[str]:
    template_id, region_id, size, printer_id, folder = args
    template = load_library().get(template_id)
    job = Job(
        template=template,
        region=load_regions().get(region_id),
        size=next(s for s in template.sizes if s.value == size),
        printer=load_printer(printer_id),
        proof=True,
    )
    product = produce(job)
    errors = [i for i in check_pdf_bytes(product, folder) if i.severity is Severity.ERROR]
    return [f"{template_id} {region_id} {size} {printer_id}: {e}" for e in errors]


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    cases = [
        (t.id, r.id, s.value, p, folder)
        for t in load_library()
        for s in t.sizes
        for r in load_regions()
        for p in PRINTERS
    ]
    with ProcessPoolExecutor() as pool:
        failures = [line for result in pool.map(check, cases, chunksize=4) for line in result]
    for line in failures:
        print(line)
    print(f"{len(cases)} files checked, {len(failures)} errors")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
