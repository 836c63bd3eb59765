"""Measure the window the way staff feel it: launch to first preview, keystroke to preview.

Drives the real window offscreen (real thread pool, real engine) and prints
the numbers; it is a measurement, not a test. Targets (issue 4): a keystroke
in a field updates an A3 poster's preview in at most 80 ms (median); launch
to the first preview takes under 1 s.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_bench.py [--keys 40]
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# designer.gui first, as `designer` itself does: it imports the engine before PySide6
# (see designer/gui/__init__.py), which importing PySide6 first would undo.
from designer.gui.app import configure_application, start  # noqa: E402, I001
from designer.gui.main_window import MainWindow  # noqa: E402
from designer.gui.settings import Settings  # noqa: E402
from designer.gui.worker import PoolRunner  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

IMPORTED = time.perf_counter()
POSTER = "worried-about-yourself"
TEXT = "Drop-in at the community hub, Tuesdays 10am to 4pm "


def wait_until(done: Callable[[], bool], window: MainWindow, timeout_ms: int = 5000) -> bool:
    """Run the event loop until ``done()`` holds after a preview lands (or time runs out)."""
    if done():
        return True
    loop = QEventLoop()

    def check() -> None:
        if done():
            loop.quit()

    window.panels.preview.shown.connect(check)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    window.panels.preview.shown.disconnect(check)
    return done()


def up_to_date(window: MainWindow) -> Callable[[], bool]:
    target = window.pipeline.generation
    last = window.pipeline.last
    return lambda: (
        (
            window.pipeline.last is not None
            and window.pipeline.last is not last
            and window.pipeline.last.generation == target
        )
        or (last is not None and last.generation == target)
    )


def launch(settings_dir: Path) -> tuple[QApplication, MainWindow, float, float]:
    """The window opened as ``designer`` opens it (``app.start``), on the A3 poster."""
    configure_application()
    settings = Settings(settings_dir / "bench.ini")
    settings.template_id, settings.size = POSTER, "A3"
    settings.sync()
    window_started = time.perf_counter()
    started = start(sys.argv[:1], settings)
    first: list[float] = []
    started.window.panels.preview.shown.connect(lambda _g: first.append(time.perf_counter()))
    wait_until(lambda: bool(first), started.window, 10000)
    return started.app, started.window, since_launch(first[0]), first[0] - window_started


def since_launch(moment: float) -> float:
    """Seconds from the process's launch to ``moment`` (a perf_counter reading).

    ``bench/run.py`` puts the wall-clock time it started this process in
    DESIGNER_BENCH_LAUNCHED, so the interpreter's own start-up counts too; run
    by hand, the count starts at this script's first line.
    """
    launched = os.environ.get("DESIGNER_BENCH_LAUNCHED")
    if launched is None:
        return moment - STARTED
    return time.time() - (time.perf_counter() - moment) - float(launched)


def keystrokes(window: MainWindow, count: int) -> tuple[list[float], list[float]]:
    """Per key: time to the new preview on screen, and the worker's share (produce + raster)."""
    editor = window.panels.form.editor("local_note")
    editor.setFocus()
    times, engine = [], []
    for char in (TEXT * 3)[:count]:
        started = time.perf_counter()
        QTest.keyClicks(editor, char)
        if not wait_until(up_to_date(window), window):
            raise SystemExit("a preview never arrived")
        times.append((time.perf_counter() - started) * 1000)
        last = window.pipeline.last
        assert last is not None
        engine.append(last.seconds * 1000)
    return times, engine


def burst(window: MainWindow, count: int, gap_ms: int) -> tuple[float, int]:
    """Type ``count`` keys ``gap_ms`` apart; time from the last key to its preview."""
    editor = window.panels.form.editor("partner_line")
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_End)
    dropped = window.pipeline.dropped
    for char in TEXT[:count]:
        QTest.keyClicks(editor, char)
        QTest.qWait(gap_ms)
    started = time.perf_counter()
    wait_until(up_to_date(window), window)
    return (time.perf_counter() - started) * 1000, window.pipeline.dropped - dropped


def print_launch(since_start: float, since_window: float) -> None:
    print(f"imports (PySide6 + engine):        {(IMPORTED - STARTED) * 1000:7.0f} ms")
    print(f"launch -> first preview (process): {since_start * 1000:7.0f} ms   target < 1000")
    print(f"launch -> first preview (window):  {since_window * 1000:7.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keys", type=int, default=40, help="keystrokes to time")
    parser.add_argument("--launch-only", action="store_true", help="time the launch, then stop")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app, window, since_start, since_window = launch(Path(folder))
        runner = window.runner
        assert isinstance(runner, PoolRunner)
        runner.wait_idle(10000)  # thumbnails and the fitted re-render finish first
        if args.launch_only:
            window.close()
            app.processEvents()
            print_launch(since_start, since_window)
            return 0
        app.processEvents()
        last = window.pipeline.last
        assert last is not None
        raster = last.raster
        times, engine = keystrokes(window, args.keys)
        tail_ms, dropped = burst(window, 20, 25)
        window.close()
        app.processEvents()
    print_launch(since_start, since_window)
    print(f"preview image: {raster.width}x{raster.height} px at {raster.dpi:g} dpi (A3 + bleed)")
    print(
        f"keystroke -> preview, {len(times)} keys: median {statistics.median(times):.0f} ms, "
        f"p90 {statistics.quantiles(times, n=10)[-1]:.0f} ms, max {max(times):.0f} ms"
        "   target median <= 80"
    )
    print(f"  of which the worker (produce + rasterise): median {statistics.median(engine):.0f} ms")
    print(
        f"burst of 20 keys 25 ms apart: last key -> preview {tail_ms:.0f} ms, "
        f"{dropped} stale renders dropped"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
