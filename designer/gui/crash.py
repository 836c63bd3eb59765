"""Uncaught exceptions: logged to the user's log folder and shown, never a silent crash.

A bug must not take the window (and unsaved choices) down with it. The
handler writes the traceback to ``designer.log`` in ``platformdirs``' user
log directory and shows a short message that says where the log is.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from designer.gui.catalogue import APP_NAME

log = logging.getLogger("designer.gui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME))


def setup_logging(folder: Path | None = None) -> Path:
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{APP_NAME}.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("designer")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def make_excepthook(log_path: Path, show: Callable[[str], None] | None = None) -> ExceptHook:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        text = "".join(traceback.format_exception(kind, error, tb))
        log.error("uncaught exception\n%s", text)
        (show or _show)(QCoreApplication.translate(
            "crash", "Something went wrong inside designer: {error}\n\nYour files are safe. "
            "The details are in {path}; please send that file with a note of what you did."
        ).format(error=error, path=log_path))

    return hook


def _show(message: str) -> None:
    if QApplication.instance() is not None:
        QMessageBox.critical(QApplication.activeWindow(), QCoreApplication.translate(
            "crash", "Unexpected error"), message)
    else:
        print(message, file=sys.stderr)


def install(log_path: Path) -> None:
    sys.excepthook = make_excepthook(log_path)
