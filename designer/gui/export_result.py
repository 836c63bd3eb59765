"""What an export just wrote and where, in the window, with "Open folder" and "Show in folder".

A status-bar line is gone in seconds and easy to miss; an officer who cannot
find the file they made has not finished the job. After every export (proof,
print-ready file, print pack, batch) this box says in plain words what was
written, in which folder, and opens that folder or shows the file in it with
the desktop's own file manager (``designer.gui.open_folder`` decides how).
When the computer has nothing that can show folders, it says so and gives
the path to copy, instead of doing nothing.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path

from msgspec import Struct
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from designer.gui.open_folder import (
    Command,
    Desktop,
    Opened,
    current_desktop,
    open_folder_plan,
    run_plan,
    show_item_plan,
)


class WrittenKind(StrEnum):
    FINAL = "final"
    PROOF = "proof"
    PACK = "pack"
    BATCH = "batch"


class Written(Struct, frozen=True, kw_only=True):
    """One finished export: the file (or pack folder) to show, and for a batch the counts."""

    kind: WrittenKind
    path: Path  # the file, the pack folder, or a batch's first file (its folder when none)
    folder: Path
    finals: int = 0  # batch only, from here on
    proofs: int = 0
    kept: int = 0
    failed: int = 0


# --- opening folders ----------------------------------------------------------------------

RunPlan = Callable[[Sequence[Command]], Opened]
OpenUrl = Callable[[QUrl], bool]


class DesktopOpener(QObject):
    """Runs an ``open_folder`` plan off the main thread; says on the main thread how it went."""

    finished = Signal(bool, object)  # worked, the path it was asked to open or show
    _ran = Signal(object, object, object)  # Opened, path, folder for the Qt fallback

    def __init__(self, desktop: Desktop | None = None, run: RunPlan = run_plan,
                 open_url: OpenUrl = QDesktopServices.openUrl, *, background: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desktop = desktop or current_desktop()
        self._run = run
        self._open_url = open_url
        self._background = background
        self._ran.connect(self._after)  # queued when it comes from the opening thread

    def open_folder(self, folder: Path) -> None:
        self._start(open_folder_plan(folder, self.desktop), folder, folder)

    def show_item(self, path: Path) -> None:
        self._start(show_item_plan(path, self.desktop), path, path.parent)

    def _start(self, plan: Sequence[Command], path: Path, folder: Path) -> None:
        def work() -> None:
            opened = self._run(plan)
            # the window may have closed while the program was asked: then nobody is told
            with contextlib.suppress(RuntimeError):
                self._ran.emit(opened, path, folder)

        if self._background:  # a program may take seconds to say no: the window never waits
            threading.Thread(target=work, name="open-folder", daemon=True).start()
        else:
            work()

    def _after(self, opened: Opened, path: Path, folder: Path) -> None:
        # Qt's own opener last: it may know a handler none of the commands found
        worked = opened.ok or self._open_url(QUrl.fromLocalFile(str(folder)))
        self.finished.emit(bool(worked), path)


# --- the box ------------------------------------------------------------------------------


class ExportResult(QFrame):
    """The last export, in words, with its folder one click away. Hidden until there is one."""

    def __init__(self, opener: DesktopOpener | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportResult")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#exportResult { background: #eef6ee; border: 1px solid #8bbf8b; "
                           "border-radius: 4px; }")
        self.opener = opener or DesktopOpener(parent=self)
        self.opener.setParent(self)
        self.opener.finished.connect(self._opened)
        self.written: Written | None = None
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: 600;")
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open folder"), self)
        self.show_button = QPushButton(self.tr("Show in folder"), self)
        self.copy_button = QPushButton(self.tr("Copy the path"), self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a11d1d;")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button.clicked.connect(self._open_folder)
        self.show_button.clicked.connect(self._show_item)
        self.copy_button.clicked.connect(self._copy)
        self._lay_out()
        self.setVisible(False)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addWidget(self.headline)
        column.addWidget(self.where)
        column.addLayout(buttons)
        column.addWidget(self.problem)
        column.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_written(self, written: Written) -> None:
        self.written = written
        self.headline.setText(breakable(self.describe(written)))
        self.where.setText(breakable(self.tr("In the folder: {folder}").format(
            folder=written.folder)))
        self.setAccessibleDescription(f"{self.headline.text()} {self.where.text()}")
        self.show_button.setVisible(written.path != written.folder)
        self._show_problem(False)
        self.setVisible(True)

    def clear(self) -> None:
        self.written = None
        self.setVisible(False)

    def describe(self, written: Written) -> str:
        name = written.path.name
        if written.kind is WrittenKind.FINAL:
            return self.tr("Saved the print-ready PDF “{name}”.").format(name=name)
        if written.kind is WrittenKind.PROOF:
            return self.tr("Saved a proof “{name}”: marked PROOF on every page, for checking, "
                           "not for print.").format(name=name)
        if written.kind is WrittenKind.PACK:
            return self.tr("Saved the print pack “{name}”: a folder with the PDF, a job sheet, "
                           "a proof picture and a list of its contents, for the printer."
                           ).format(name=name)
        return self._batch(written)

    def _batch(self, written: Written) -> str:
        parts = [self.tr("Saved {n} file(s): {finals} print-ready, {proofs} proof(s).").format(
            n=written.finals + written.proofs, finals=written.finals, proofs=written.proofs)]
        if written.kept:
            parts.append(self.tr("Kept {n} existing file(s) as they were.").format(
                n=written.kept))
        if written.failed:
            parts.append(self.tr("{n} area(s) failed: see the list.").format(n=written.failed))
        return " ".join(parts)

    # --- buttons ------------------------------------------------------------------------

    def _open_folder(self) -> None:
        if self.written is not None:
            self._show_problem(False)
            self.opener.open_folder(self.written.folder)

    def _show_item(self) -> None:
        if self.written is not None:
            self._show_problem(False)
            self.opener.show_item(self.written.path)

    def _copy(self) -> None:
        if self.written is not None:
            QGuiApplication.clipboard().setText(str(self.written.path))

    def _opened(self, worked: bool, path: Path) -> None:
        if worked:
            return
        self.problem.setText(self.tr(
            "This computer has no program that can show folders, so nothing opened. "
            "The file is here (select it or use “Copy the path”): {path}").format(path=path))
        self._show_problem(True)

    def _show_problem(self, on: bool) -> None:
        self.problem.setVisible(on)
        self.copy_button.setVisible(on)


def breakable(text: str) -> str:
    """``text`` with line-break chances after ``_`` and path separators.

    File names such as ``worried-about-yourself_city-of-edinburgh_A3-PROOF.pdf``
    are one long word; unbroken, they would set the width of the whole column.
    """
    return text.replace("_", "_\u200b").replace("/", "/\u200b").replace("\\", "\\\u200b")
