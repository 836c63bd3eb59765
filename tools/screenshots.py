"""Screenshots of the real window in a few states, for the docs and for a look-over.

    .venv/bin/python tools/screenshots.py docs/screenshots

Runs on X11 (the xcb platform, as users get it). Without a DISPLAY it starts
its own ``Xvfb`` and stops it afterwards. States: the gallery at launch,
editing with the preview, a preflight error with its frame highlighted, the
box that says what an export wrote and where, and a batch export in
progress. Settings go to a temporary folder, and the exported files too, so
nothing of the user's changes.

Then the window on the screens councils issue, each in a fresh process on a
private Xvfb of that size (the scale factor must be set before Qt starts): a
1366 x 768 laptop, and a 1920 x 1080 screen at 150 % (``QT_SCALE_FACTOR=1.5``,
1280 x 720 logical pixels). The window takes the screen less a taskbar and a
title bar, as it would maximised on such a desktop.
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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from designer.gui.main_window import MainWindow
    from designer.gui.worker import PoolRunner

SIZE = (1440, 900)
TASKBAR_PX, TITLE_BAR_PX = 40, 30  # physical pixels a desktop keeps for itself
# (file name, screen size, scale factor)
LAPTOPS = (("window-1366x768.png", (1366, 768), 1.0),
           ("window-1920x1080-150pc.png", (1920, 1080), 1.5))
POSTER = "worried-about-yourself"
AREA = "city-of-edinburgh"
NOTE = "Drop-in sessions at the Leith Community Hub, Tuesdays"
LONG_NOTE = "Drop-in sessions at the Waverley Community Hub, Wednesdays and Thursdays, 10am to 4pm"


@contextmanager
def display(size: tuple[int, int] = SIZE, private: bool = False) -> Iterator[None]:
    """Use the current X display, or run a private Xvfb of ``size`` for the duration."""
    if os.environ.get("DISPLAY") and not private:
        yield
        return
    if shutil.which("Xvfb") is None:
        raise SystemExit("no DISPLAY and no Xvfb: install xvfb (see the Makefile's sysdeps)")
    number = next(n for n in range(99, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
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
    parser.add_argument("--laptop", type=int, help=argparse.SUPPRESS)  # one of LAPTOPS, inside
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    if args.laptop is not None:
        name, screen, scale = LAPTOPS[args.laptop]
        with display(screen, private=True), tempfile.TemporaryDirectory() as scratch:
            os.environ["QT_QPA_PLATFORM"] = "xcb"
            os.environ["QT_SCALE_FACTOR"] = str(scale)
            return shoot_laptop(args.outdir / name, screen, scale, Path(scratch))
    with display(), tempfile.TemporaryDirectory() as scratch:
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        code = shoot(args.outdir, Path(scratch))
    for index in range(len(LAPTOPS)):
        code = code or subprocess.run(
            [sys.executable, __file__, str(args.outdir), "--laptop", str(index)],
            check=False).returncode
    return code


def shoot_laptop(path: Path, screen: tuple[int, int], scale: float, scratch: Path) -> int:
    """The window editing a poster, as big as the screen leaves it, at the screen's scale."""
    app, runner, window = open_window(scratch)
    width = round(screen[0] / scale)
    height = round((screen[1] - TASKBAR_PX) / scale) - TITLE_BAR_PX
    window.setGeometry(0, 0, width, height)
    window.show()
    settle(app, runner, 800)
    window.edits.set_value("local_note", NOTE)
    window.panels.form.editor("local_note").setFocus()
    settle(app, runner)
    window.grab().save(str(path))
    print(path, f"({width} x {height} logical pixels at {scale:g}x)")
    window.close()
    return 0


def settle(app: QApplication, runner: PoolRunner, ms: int = 300) -> None:
    """Let the window draw and the previews land."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        app.processEvents()
        runner.wait_idle(20)
    while not runner.wait_idle(20):
        app.processEvents()
    app.processEvents()


def open_window(scratch: Path) -> tuple[QApplication, PoolRunner, MainWindow]:
    """The window on the sample poster, from a fresh profile in ``scratch``; file dialogs
    answered as an officer accepting the suggested name would."""
    from PySide6.QtWidgets import QApplication

    from designer.gui.app import configure_application, create_window
    from designer.gui.dialogs import QtDialogs
    from designer.gui.settings import Settings
    from designer.gui.worker import PoolRunner

    class SaveWhereSuggested(QtDialogs):
        def save_path(self, title: str, suggested: Path) -> Path | None:
            return suggested

    configure_application()
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    runner = PoolRunner()
    settings = Settings(scratch / "designer.ini")
    settings.template_id, settings.region_id, settings.size = POSTER, AREA, "A3"
    settings.output_folder = str(scratch / "out")
    (scratch / "out").mkdir(exist_ok=True)
    window = create_window(runner, settings, dialogs=SaveWhereSuggested(None), batch_workers=1)
    return app, runner, window


def shoot(outdir: Path, scratch: Path) -> int:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QWidget

    app, runner, window = open_window(scratch)
    window.setGeometry(0, 0, *SIZE)
    window.show()

    def save(name: str, widget: QWidget | None = None, wait: bool = True) -> None:
        if wait:
            settle(app, runner)
        path = outdir / name
        (widget or window).grab().save(str(path))
        print(path)

    settle(app, runner, 800)
    save("gallery.png")

    editor = window.panels.form.editor("local_note")
    window.edits.set_value("local_note", NOTE)
    editor.setFocus()
    save("editing.png")

    window.edits.set_value("local_note", LONG_NOTE)
    settle(app, runner)
    checks = window.panels.checks
    rows = [i for i, issue in enumerate(checks.issues()) if issue.rule == "text.overflow"]
    if rows:
        checks.list.setCurrentRow(rows[0], QItemSelectionModel.SelectionFlag.ClearAndSelect)
    save("preflight.png")

    window.undo_stack.undo()
    settle(app, runner)
    (scratch / "one").mkdir()  # not the batch's folder: it would ask to replace this file
    window.settings.output_folder = str(scratch / "one")
    window.exporter.proof_action.trigger()
    give_up = time.monotonic() + 60
    while not window.panels.export.result.isVisible():
        if time.monotonic() > give_up:
            raise SystemExit("the proof export never said it was done")
        app.processEvents()
        time.sleep(0.01)
    save("exported.png")

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
