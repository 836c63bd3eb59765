"""Start the window: ``designer`` with no command, or ``make run``.

``create_window`` builds the real window around a runner and a settings file;
``main`` adds what only a real session needs (the application object, names,
logging, the crash handler, the event loop). Tests, the benchmark and the
screenshot tool call ``create_window`` with their own runner and settings.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from designer import __version__
from designer.gui import crash
from designer.gui.catalogue import APP_NAME, Catalogue, load_catalogue
from designer.gui.compat import protect_none
from designer.gui.controller import Controller, initial_state
from designer.gui.dialogs import Dialogs
from designer.gui.head_start import HeadStart
from designer.gui.main_window import MainWindow
from designer.gui.settings import Settings
from designer.gui.translations import install_translations
from designer.gui.worker import PoolRunner, Runner


def configure_application() -> None:
    """Names used by QSettings and the desktop; call before creating the QApplication."""
    protect_none()
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("designer.invalid")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def create_window(
    runner: Runner,
    settings: Settings,
    catalogue: Catalogue | None = None,
    dialogs: Dialogs | None = None,
    *,
    batch_workers: int = 1,
    head_start: HeadStart | None = None,
) -> MainWindow:
    protect_none()
    catalogue = catalogue or load_catalogue()
    controller = Controller(catalogue, initial_state(catalogue, settings.remembered()))
    window = MainWindow(controller, runner, settings, dialogs, batch_workers=batch_workers,
                        head_start=head_start)
    for problem in catalogue.problems:
        window.show_status(problem)
    return window


def _batch_workers() -> int:
    return max(1, (os.cpu_count() or 1))


def _use_forkserver() -> None:
    """Batch worker processes are started by a fork server, never forked from Qt threads.

    Called once the window is up (and before any batch can start): importing
    multiprocessing costs ~20 ms that the first preview need not wait for.
    """
    if sys.platform.startswith("linux"):
        import multiprocessing

        with contextlib.suppress(RuntimeError):  # already chosen by whoever embedded us
            multiprocessing.set_start_method("forkserver")


class Started(NamedTuple):
    app: QApplication
    window: MainWindow
    runner: PoolRunner
    head_start: HeadStart | None


def start(argv: Sequence[str], settings: Settings | None = None) -> Started:
    """The window as ``designer`` opens it, shown (``bench/gui_bench.py`` times this path)."""
    configure_application()
    settings = settings or Settings()
    # before the QApplication: the process still has one thread and no Qt object to fork
    head_start = HeadStart.begin(settings.remembered()) if QApplication.instance() is None else None
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    install_translations(app)
    crash.install(crash.setup_logging())
    runner = PoolRunner(threads=1)
    catalogue = load_catalogue()
    window = create_window(
        runner, settings, catalogue, batch_workers=_batch_workers(), head_start=head_start
    )
    window.show()
    _use_forkserver()
    if catalogue.problems:  # said once, plainly, once the window is up
        QTimer.singleShot(0, lambda: window.dialogs.error(
            QCoreApplication.translate("app", "Some files could not be loaded"),
            "\n\n".join(catalogue.problems)))
    return Started(app, window, runner, head_start)


# Hidden, for packaging/smoke.py: print one line and quit once the first preview is shown.
QUIT_AFTER_PREVIEW_ENV = "DESIGNER_QUIT_AFTER_FIRST_PREVIEW"


def _quit_after_first_preview(started: Started) -> None:
    def shown(_generation: int) -> None:
        print("designer: first preview shown", flush=True)
        started.app.quit()

    started.window.panels.preview.shown.connect(shown)


def main(argv: Sequence[str] | None = None) -> int:
    started = start(argv if argv is not None else sys.argv)
    if os.environ.get(QUIT_AFTER_PREVIEW_ENV):
        _quit_after_first_preview(started)
    code = started.app.exec()
    started.runner.shutdown()
    if started.head_start is not None:
        started.head_start.discard()  # reaped already if the first preview took its poster
    return int(code)
