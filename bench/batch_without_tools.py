"""``designer batch`` with the external checking programs left out, for ``make bench``.

    python bench/batch_without_tools.py BATCH-ARGUMENTS...

Issue 11 part 1 moves the finished-file checks that run qpdf, pdffonts and
pdfimages (~35 ms of CPU a file, much of it their start-up) into the
process. Until that lands, this shows what a batch costs without them: the
three are answered with "nothing found" and everything else (layout, drawing,
PDF/X, the ink bound, the colour walk, the atomic write, the export log) runs
as in ``designer batch``. Where those functions no longer exist, nothing is
replaced and this is ``designer batch`` itself. A bench tool only: its files
are not checked by those programs.
"""

from __future__ import annotations

import sys

from designer.cli import main
from designer.preflight import tools


def _leave_out_external_tools() -> None:
    if hasattr(tools, "qpdf_check"):
        tools.qpdf_check = lambda path: tools.QpdfCheck("ok", ())
    for name in ("pdffonts", "pdfimages"):
        if hasattr(tools, name):
            setattr(tools, name, lambda path: ())


if __name__ == "__main__":
    _leave_out_external_tools()
    raise SystemExit(main(["batch", *sys.argv[1:]]))
