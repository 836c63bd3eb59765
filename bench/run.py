"""`make bench`: what designer costs next to a naive ReportLab floor, measured in one run.

Prints medians in milliseconds and the ratios the issues set targets for:
whole-process render vs the floor script, per-poster cost in a batch, the
speed-up of a batch on two cores over one (the process confined to those
CPUs, since the checking tools run beside it), and the cost of each stage
(layout, the layout checks, drawing, PDF/X finishing, the finished-file
checks). Numbers depend on the machine and on what else runs; run it on a
quiet one.
"""

from __future__ import annotations

import os
import resource
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


def interleaved_ms(actions: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Each action's median over ``rounds``, taking turns: A B C, A B C...

    This machine's speed drifts by half or more over a minute (a shared virtual
    machine); in turns, the floor and what is compared with it meet the same
    conditions, so their ratio holds even when the absolute figures move.
    """
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(rounds):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def interleaved_cpu_ms(actions: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """As ``interleaved_ms``, but the CPU time (user + system) the child processes used.

    On a shared machine a process confined to one core waits for it while others run;
    its CPU time is what it cost, whoever else was running.
    """
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(rounds):
        for name, action in actions.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            action()
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            times[name].append(used * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def process(*args: str | Path) -> Callable[[], object]:
    command = [str(a) for a in args]
    return lambda: subprocess.run(command, check=True, capture_output=True, cwd=ROOT)


def row(label: str, value: float, unit: str = "ms", note: str = "") -> None:
    print(f"  {label:<58} {value:>9.1f} {unit} {note}")


def whole_process(tmp: Path) -> dict[str, float]:
    print("Whole processes on one core (median of 7, in turns):")
    command = (*DESIGNER, "render", TEMPLATE, REGION, "--size", SIZE, "--proof")
    actions = {
        "floor": on_cores(1, PYTHON, HERE / "naive_poster.py", tmp / "floor.pdf"),
        "render": on_cores(1, *command, "--output", tmp / "d.pdf"),
    }
    if _has_typst():
        actions["typst"] = on_cores(1, PYTHON, HERE / "typst_poster.py", tmp / "t.pdf")
    found = interleaved_ms(actions, 7)
    cpu = interleaved_cpu_ms(actions, 5)
    floor, render = found["floor"], found["render"]
    row("floor: naive ReportLab A3 poster", floor)
    if "typst" in found:
        row(
            "Typst A3 poster (python -c typst.compile)",
            found["typst"],
            note=f"= {found['typst'] / floor:.2f}x floor",
        )
    row(
        "designer render (A3, PDF/X, both preflight halves)",
        render,
        note=f"= {render / floor:.2f}x floor (target 1.0x)",
    )
    row(
        "the same in CPU time: designer render / floor",
        cpu["render"],
        note=f"vs {cpu['floor']:.0f} ms = {cpu['render'] / cpu['floor']:.2f}x floor",
    )
    return found


def on_cores(cores: int, *args: str | Path) -> Callable[[], object]:
    """A whole process confined to the first ``cores`` CPUs (what "on one core" means)."""
    command = [str(a) for a in args]
    allowed = sorted(os.sched_getaffinity(0))[:cores]
    return lambda: subprocess.run(
        command,
        check=True,
        capture_output=True,
        cwd=ROOT,
        preexec_fn=lambda: os.sched_setaffinity(0, allowed),
    )


def batch(tmp: Path) -> None:
    print("Batch of 32 regions at A3 (median of 3, in turns):")
    (tmp / "nb").mkdir()
    command = (*DESIGNER, "batch", TEMPLATE, "--size", SIZE, "--proof")
    found = interleaved_ms(
        {
            "floor": process(PYTHON, HERE / "naive_poster.py", tmp / "nb" / "n.pdf", "32"),
            "default": process(*command, "--output-dir", tmp / "b0"),
            "one": on_cores(1, *command, "--jobs", "1", "--output-dir", tmp / "b1"),
            "two": on_cores(2, *command, "--jobs", "2", "--output-dir", tmp / "b2"),
        },
        3,
    )
    floor, default, one, two = (found[k] for k in ("floor", "default", "one", "two"))
    row("floor: 32 naive posters in one process, per poster", floor / 32)
    row(
        f"designer batch (all {os.cpu_count()} cores, the default), per poster",
        default / 32,
        note=f"= {default / floor:.2f}x floor (target 1.0x)",
    )
    row("designer batch --jobs 1 on one core, per poster", one / 32, note=f"= {one / floor:.2f}x")
    row(
        "designer batch --jobs 2 on two cores, per poster",
        two / 32,
        note=f"speed-up {one / two:.2f}x over one core (target 1.6x)",
    )


def _has_typst() -> bool:
    try:
        import typst  # noqa: F401
    except ImportError:
        print("  (typst is not installed: pip install -e '.[bench]'; its figures are left out)")
        return False
    return True


def per_extra_poster(tmp: Path) -> None:
    """What one more area costs on one core: (32 posters - 1 poster) / 31, whole processes.

    Start-up cancels out, so this is the batch's own per-poster work (lay out, draw,
    finish, check, write, log) against the floor's and Typst's, all confined to one CPU.
    """
    print("Per extra poster on one core, (32 - 1) / 31, whole processes (median of 5, in turns):")
    batch = (*DESIGNER, "batch", TEMPLATE, "--size", SIZE, "--proof", "--jobs", "1")
    one_region = (*batch, "--regions", REGION)
    for name in ("f1", "f32", "t1", "t32"):
        (tmp / name).mkdir()
    actions = {
        "floor1": on_cores(1, PYTHON, HERE / "naive_poster.py", tmp / "f1" / "n.pdf"),
        "floor32": on_cores(1, PYTHON, HERE / "naive_poster.py", tmp / "f32" / "n.pdf", "32"),
        "d1": on_cores(1, *one_region, "--output-dir", tmp / "d1"),
        "d32": on_cores(1, *batch, "--output-dir", tmp / "d32"),
    }
    typst = _has_typst()
    if typst:
        actions["t1"] = on_cores(1, PYTHON, HERE / "typst_poster.py", tmp / "t1" / "t.pdf")
        actions["t32"] = on_cores(1, PYTHON, HERE / "typst_poster.py", tmp / "t32" / "t.pdf", "32")
    for label, measure in (("wall", interleaved_ms), ("CPU time", interleaved_cpu_ms)):
        found = measure(actions, 5)
        print(f" {label}:")
        floor = (found["floor32"] - found["floor1"]) / 31
        mine = (found["d32"] - found["d1"]) / 31
        row("floor: naive ReportLab, per extra poster", floor)
        typeset = (found["t32"] - found["t1"]) / 31 if typst else 0.0
        if typst:
            row(
                "Typst (compiled typesetter), per extra poster",
                typeset,
                note=f"= {typeset / floor:.2f}x floor",
            )
        row(
            "designer batch --jobs 1, per extra poster (checked, written, logged)",
            mine,
            note=f"= {mine / floor:.2f}x floor (target 1.0x"
            + (f"; Typst {typeset / floor:.2f}x)" if typst else ")"),
        )
        row("designer batch of one area, whole process", found["d1"])
        row("floor: one naive poster, whole process", found["floor1"])


def stages(tmp: Path) -> None:
    sys.path.insert(0, str(HERE))
    import naive_poster
    import pikepdf

    from designer.export import check_pdf_bytes
    from designer.io.regions import load_regions
    from designer.io.templates import load_library
    from designer.model.sizes import PaperSize
    from designer.preflight.ink_bound import ink_bounds
    from designer.preflight.layout_checks import check_layout
    from designer.preflight.pdf_checks import InkCheck, preflight_pdf
    from designer.preflight.pdf_facts import ink_areas
    from designer.production import Job, lay_out, layout_font, metadata, produce
    from designer.render.pdf import render_pdf
    from designer.render.pdfx import finish_pdfx

    naive_poster.register_fonts()
    job = Job(
        template=load_library().get(TEMPLATE),
        region=load_regions().get(REGION),
        size=PaperSize(SIZE),
        proof=True,
    )
    produce(job)  # warm caches: fonts parsed, transforms built, as in a running batch or window
    layout = lay_out(job)
    raw = render_pdf(layout, job.printer, proof_band=None, slug_font=layout_font(layout))
    product = produce(job)
    print("In one process, per A3 poster (median of 20, warm):")
    both = interleaved_ms(
        {
            "floor": lambda: naive_poster.draw_poster(tmp / "f.pdf", "0808 157 0000", "Fife"),
            "produce": lambda: produce(job),
        },
        20,
    )
    floor = both["floor"]
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
            lambda: render_pdf(layout, job.printer, proof_band=None, slug_font=layout_font(layout)),
            20,
        ),
    )
    row(
        "PDF/X finishing (pikepdf)",
        median_ms(
            lambda: finish_pdfx(raw, printer=job.printer, meta=metadata(job, layout, True)), 20
        ),
    )
    total = both["produce"]  # measured in turns with the floor
    row("produce(): all of the above", total, note=f"= {total / floor:.2f}x floor")
    row(
        "preflight on the finished PDF as export runs it (ink bound)",
        median_ms(lambda: check_pdf_bytes(product, tmp), 10),
        note="(finishing + this: target 1000 ms)",
    )
    path = tmp / "checked.pdf"
    path.write_bytes(product.pdf)
    with pikepdf.open(path) as pdf:
        areas = ink_areas(pdf)
        row(
            "  of which the ink bound from the page's operators",
            median_ms(lambda: ink_bounds(pdf, areas), 20),
        )
    row(
        "  the same with Ghostscript's render instead (designer preflight)",
        median_ms(lambda: preflight_pdf(path, job.printer, ink_check=InkCheck.RENDER), 5),
    )


def compile_bytecode() -> None:
    """Time the program as installed: its modules compiled to bytecode, as pip leaves them.

    An editable install compiles on first import, unless PYTHONDONTWRITEBYTECODE
    is set (as on some CI and sandbox machines), when every process would compile
    designer's ~450 modules again (~0.2 s) while the libraries it is compared
    with are compiled. compileall writes the caches regardless.
    """
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "designer")], check=True)


def window(gui: Path) -> None:
    """Two launches sharing a new, empty cache: the first after an install, then a later one.

    The first checks every template, region and printer profile and converts the
    logo; later launches find them remembered (designer.io.load_cache, designer.io.cache).
    """
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "DESIGNER_CACHE_DIR": folder, "QT_QPA_PLATFORM": "offscreen"}
        print("Window (offscreen), the first launch after an install (empty cache):")
        launched(env, [PYTHON, str(gui), "--launch-only"])
        for n in (1, 2, 3):
            print(f"Window (offscreen), a later launch ({n} of 3):")
            launched(env, [PYTHON, str(gui), *(["--launch-only"] if n < 3 else [])])


def launched(env: dict[str, str], command: list[str]) -> None:
    """Run ``command``, telling it when it was launched (its start-up counts in its figures)."""
    env = {**env, "DESIGNER_BENCH_LAUNCHED": repr(time.time())}
    subprocess.run(command, check=False, cwd=ROOT, env=env)


def main() -> int:
    compile_bytecode()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        whole_process(tmp)
        per_extra_poster(tmp)
        batch(tmp)
        stages(tmp)
    gui = HERE / "gui_bench.py"
    if gui.exists():
        window(gui)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
