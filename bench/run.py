"""`make bench`: what designer costs next to a naive ReportLab floor, measured in one run.

Prints medians in milliseconds and the ratios the issues set targets for:
whole-process render vs the floor script, per-poster cost in a batch, the
speed-up of a batch on two cores, and the cost of each stage (layout, the
layout checks, drawing, PDF/X finishing, the finished-file checks). Numbers
depend on the machine and on what else runs; run it on a quiet one.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
DESIGNER = [PYTHON, "-m", "designer.cli"]
TEMPLATE, REGION, SIZE = "worried-about-yourself", "city-of-edinburgh", "A3"


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def process(*args: str | Path) -> Callable[[], object]:
    command = [str(a) for a in args]
    return lambda: subprocess.run(command, check=True, capture_output=True, cwd=ROOT)


def row(label: str, value: float, unit: str = "ms", note: str = "") -> None:
    print(f"  {label:<58} {value:>9.1f} {unit} {note}")


def whole_process(tmp: Path) -> dict[str, float]:
    print("Whole processes (median of 5):")
    floor = median_ms(process(PYTHON, HERE / "naive_poster.py", tmp / "floor.pdf"), 5)
    render = median_ms(
        process(
            *DESIGNER,
            "render",
            TEMPLATE,
            REGION,
            "--size",
            SIZE,
            "--proof",
            "--output",
            tmp / "d.pdf",
        ),
        5,
    )
    row("floor: naive ReportLab A3 poster", floor)
    row(
        "designer render (A3, PDF/X, both preflight halves)",
        render,
        note=f"= {render / floor:.2f}x floor (target 1.3x)",
    )
    return {"floor": floor, "render": render}


def batch(tmp: Path) -> None:
    print("Batch of 32 regions at A3 (one run each):")
    (tmp / "nb").mkdir()
    floor = median_ms(process(PYTHON, HERE / "naive_poster.py", tmp / "nb" / "n.pdf", "32"), 1)
    runs = {}
    for jobs in ("1", "2"):
        command = (*DESIGNER, "batch", TEMPLATE, "--size", SIZE, "--proof", "--jobs", jobs)
        runs[jobs] = median_ms(process(*command, "--output-dir", tmp / f"b{jobs}"), 1)
    one, two = runs["1"], runs["2"]
    row("floor: 32 naive posters in one process, per poster", floor / 32)
    row(
        "designer batch --jobs 1, per poster",
        one / 32,
        note=f"= {one / floor:.2f}x floor (target 1.0x)",
    )
    row(
        "designer batch --jobs 2, per poster",
        two / 32,
        note=f"speed-up {one / two:.2f}x (target 1.6x)",
    )


def stages(tmp: Path) -> None:
    sys.path.insert(0, str(HERE))
    import naive_poster

    from designer.export import check_pdf_bytes
    from designer.io.regions import load_regions
    from designer.io.templates import load_library
    from designer.model.sizes import PaperSize
    from designer.preflight.layout_checks import check_layout
    from designer.production import Job, lay_out, layout_font, metadata, produce
    from designer.render.pdf import render_pdf
    from designer.render.pdfx import finish_pdfx

    naive_poster.register_fonts()
    job = Job(load_library().get(TEMPLATE), load_regions().get(REGION), PaperSize(SIZE), proof=True)
    produce(job)  # warm caches: fonts parsed, transforms built, as in a running batch or window
    layout = lay_out(job)
    raw = render_pdf(layout, job.printer, proof_band=None, slug_font=layout_font(layout))
    product = produce(job)
    print("In one process, per A3 poster (median of 20, warm):")
    floor = median_ms(lambda: naive_poster.draw_poster(tmp / "f.pdf", "0808 157 0000", "Fife"), 20)
    row("floor: naive ReportLab draw + write", floor)
    row("layout (text fitted, QR, placement)", median_ms(lambda: lay_out(job), 20))
    row(
        "preflight before rendering (layout checks)",
        median_ms(lambda: check_layout(layout, job.printer), 50),
        note="(target 10 ms)",
    )
    row(
        "draw with ReportLab",
        median_ms(
            lambda: render_pdf(
                layout, job.printer, proof_band=None, slug_font=layout_font(layout)
            ),
            20,
        ),
    )
    row(
        "PDF/X finishing (pikepdf)",
        median_ms(
            lambda: finish_pdfx(raw, printer=job.printer, meta=metadata(job, layout, True)), 20
        ),
    )
    total = median_ms(lambda: produce(job), 20)
    row("produce(): all of the above", total, note=f"= {total / floor:.2f}x floor")
    row(
        "preflight on the finished PDF (qpdf, poppler, Ghostscript)",
        median_ms(lambda: check_pdf_bytes(product, tmp), 5),
        note="(finishing + this: target 1000 ms)",
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        whole_process(tmp)
        batch(tmp)
        stages(tmp)
    gui = HERE / "gui_bench.py"
    if gui.exists():
        print("Window (offscreen):")
        subprocess.run([PYTHON, str(gui)], check=False, cwd=ROOT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
