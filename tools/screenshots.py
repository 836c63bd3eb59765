"""Screenshots of the real window in a few states, for the docs and for a look-over.

    .venv/bin/python tools/screenshots.py docs/screenshots

Runs on X11 (the xcb platform, as users get it). Without a DISPLAY it starts
its own ``Xvfb`` and stops it afterwards. States: the gallery at launch,
editing with the preview, a preflight error with its frame highlighted, and a
batch export in progress. Settings go to a temporary folder, and batch files
too, so nothing of the user's changes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SIZE = (1440, 900)
POSTER = "worried-about-yourself"
AREA = "city-of-edinburgh"
NOTE = "Drop-in sessions at the Leith Community Hub, Tuesdays"
LONG_NOTE = "Drop-in sessions at the Waverley Community Hub, Wednesdays and Thursdays, 10am to 4pm"


@contextmanager
def display() -> Iterator[None]:
    """Use the current X display, or run a private Xvfb for the duration."""
    if os.environ.get("DISPLAY"):
        yield
        return
    if shutil.which("Xvfb") is None:
        raise SystemExit("no DISPLAY and no Xvfb: install xvfb (see the Makefile's sysdeps)")
    number = next(n for n in range(99, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    for _ in range(100):
        if socket.exists() or server.poll() is not None:
            break
        time.sleep(0.05)
    if server.poll() is not None:
        raise SystemExit(f"Xvfb could not start on :{number}")
    os.environ["DISPLAY"] = f":{number}"
    try:
        yield
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description="write screenshots of the window")
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    with display(), tempfile.TemporaryDirectory() as scratch:
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        return shoot(args.outdir, Path(scratch))


def shoot(outdir: Path, scratch: Path) -> int:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication, QWidget

    from designer.gui.app import configure_application, create_window
    from designer.gui.settings import Settings
    from designer.gui.worker import PoolRunner

    configure_application()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    runner = PoolRunner()
    settings = Settings(scratch / "designer.ini")
    settings.template_id, settings.region_id, settings.size = POSTER, AREA, "A3"
    settings.output_folder = str(scratch / "out")
    window = create_window(runner, settings, batch_workers=1)
    window.setGeometry(0, 0, *SIZE)
    window.show()

    def settle(ms: int = 300) -> None:
        deadline = time.monotonic() + ms / 1000
        while time.monotonic() < deadline:
            app.processEvents()
            runner.wait_idle(20)
        while not runner.wait_idle(20):
            app.processEvents()
        app.processEvents()

    def save(name: str, widget: QWidget | None = None, wait: bool = True) -> None:
        if wait:
            settle()
        path = outdir / name
        (widget or window).grab().save(str(path))
        print(path)

    settle(800)
    save("gallery.png")

    editor = window.panels.form.editor("local_note")
    window.edits.set_value("local_note", NOTE)
    editor.setFocus()
    save("editing.png")

    window.edits.set_value("local_note", LONG_NOTE)
    settle()
    checks = window.panels.checks
    rows = [i for i, issue in enumerate(checks.issues()) if issue.rule == "text.overflow"]
    if rows:
        checks.list.setCurrentRow(rows[0], QItemSelectionModel.SelectionFlag.ClearAndSelect)
    save("preflight.png")

    window.undo_stack.undo()
    settle()
    dialog = window.open_batch()
    dialog.set_folder(scratch / "out")
    dialog._check_all(True)
    done: list[object] = []
    dialog.item_done.connect(done.append)
    dialog.start()
    while len(done) < 4:
        app.processEvents()
        time.sleep(0.01)
    save("batch.png", dialog, wait=False)  # mid-run: progress, results so far, Cancel
    dialog.cancel()
    while dialog.running:
        app.processEvents()
        time.sleep(0.01)
    dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
