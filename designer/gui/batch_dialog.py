"""Step 5b: the same poster for several areas (or all of them) in one go.

The dialog builds one frozen job per chosen area from the current state and
hands them to ``designer.batch.export_batch`` on the worker. Each finished
area comes back on the main thread as a row (print-ready, proof, or why it
failed); Cancel stops after the area being written, leaving only complete
files. Existing files are never replaced without asking.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.batch import BatchItem, BatchReport, export_batch
from designer.gui.controller import Controller
from designer.gui.dialogs import Dialogs
from designer.gui.settings import Settings
from designer.gui.worker import EXPORT_PRIORITY, Outcome, Runner
from designer.production import Job

BatchFunction = Callable[..., BatchReport]  # designer.batch.export_batch's signature


default_batch: BatchFunction = export_batch


def existing_files(jobs: list[Job], folder: Path) -> list[Path]:
    """Files a batch could replace: a job writes ``<stem>.pdf`` or ``<stem>-PROOF.pdf``."""
    names = [f"{job.file_stem}{suffix}.pdf" for job in jobs for suffix in ("", "-PROOF")]
    return [folder / name for name in names if (folder / name).exists()]


class BatchDialog(QDialog):
    item_done = Signal(object)  # BatchItem
    finished_batch = Signal(object)  # BatchReport, or None after an error

    def __init__(self, controller: Controller, runner: Runner, settings: Settings,
                 dialogs: Dialogs, *, workers: int = 1, export_batch: BatchFunction | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for several areas"))
        self._controller = controller
        self._runner = runner
        self._settings = settings
        self._dialogs = dialogs
        self._workers = workers
        self._export_batch = export_batch or default_batch
        self._stop = threading.Event()
        self._running = False
        self._listed: set[str] = set()  # areas with a result row
        self._folder = Path(settings.output_folder or Path.home())
        self._build()
        self._fill_regions()

    def _build(self) -> None:
        self.regions = QListWidget(self)
        self.regions.setAccessibleName(self.tr("Areas to export"))
        all_button = QPushButton(self.tr("Select all"), self)
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button = QPushButton(self.tr("Select none"), self)
        none_button.clicked.connect(lambda: self._check_all(False))
        self.proofs_for_unverified = QCheckBox(
            self.tr("Make proofs for areas whose contact details are not verified"), self)
        self.proofs_for_unverified.setChecked(True)
        self.proofs_for_unverified.setToolTip(self.tr(
            "Otherwise those areas are skipped: only verified numbers go to print."))
        self.folder_label = QLabel(self)
        folder_button = QPushButton(self.tr("Choose folder…"), self)
        folder_button.clicked.connect(self._choose_folder)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.results = QTreeWidget(self)
        self.results.setHeaderLabels([self.tr("Area"), self.tr("Result"), self.tr("File")])
        self.results.setRootIsDecorated(False)
        self.results.setAccessibleName(self.tr("Results"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(self.tr("Export"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self._lay_out(all_button, none_button, folder_button)
        self._show_folder()
        self._set_running(False)

    def _lay_out(self, *buttons: QPushButton) -> None:
        picks = QHBoxLayout()
        picks.addWidget(buttons[0])
        picks.addWidget(buttons[1])
        picks.addStretch(1)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_label, 1)
        folder.addWidget(buttons[2])
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("Areas (a warning sign marks contact details that are not "
                                        "verified yet):"), self))
        column.addWidget(self.regions, 1)
        column.addLayout(picks)
        column.addWidget(self.proofs_for_unverified)
        column.addLayout(folder)
        column.addWidget(self.progress)
        column.addWidget(self.results, 1)
        column.addWidget(self.summary)
        column.addWidget(self.buttons)
        self.resize(640, 620)

    def _fill_regions(self) -> None:
        current = self._controller.state.region
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for region in self._controller.catalogue.regions:
            item = QListWidgetItem(region.name, self.regions)
            if not region.verification.is_current(date.today()):
                item.setIcon(warning)
                item.setToolTip(self.tr("Contact details not verified: a proof, not a print file"))
            item.setData(Qt.ItemDataRole.UserRole, region.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if region == current
                               else Qt.CheckState.Unchecked)

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.regions.count()):
            self.regions.item(row).setCheckState(state)

    def set_checked(self, region_ids: set[str]) -> None:
        for row in range(self.regions.count()):
            item = self.regions.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in region_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_folder(self, folder: Path) -> None:
        self._folder = folder
        self._show_folder()

    def _choose_folder(self) -> None:
        chosen = self._dialogs.folder(self.tr("Save the files in"), self._folder)
        if chosen is not None:
            self.set_folder(chosen)

    def _show_folder(self) -> None:
        self.folder_label.setText(self.tr("Save in: {folder}").format(folder=self._folder))

    def jobs(self) -> list[Job]:
        state = self._controller.state
        chosen = {self.regions.item(r).data(Qt.ItemDataRole.UserRole)
                  for r in range(self.regions.count())
                  if self.regions.item(r).checkState() == Qt.CheckState.Checked}
        today = date.today()
        proofs = self.proofs_for_unverified.isChecked()
        unverified = {r.id for r in self._controller.catalogue.regions
                      if not r.verification.is_current(today)}
        jobs = (self._controller.job(state.with_region(region),
                                     proof=state.proof or (proofs and region.id in unverified))
                for region in self._controller.catalogue.regions if region.id in chosen)
        return [job for job in jobs if job is not None]

    # --- running --------------------------------------------------------------------------

    def start(self) -> None:
        jobs = self.jobs()
        problems = self._controller.state.value_problems()
        if not jobs or problems:
            fallback = self.tr("Choose at least one area.")
            self.summary.setText(next(iter(problems.values()), fallback))
            return
        overwrite = self._ask_overwrite(jobs)
        run_batch = self._export_batch
        self._stop.clear()
        self._listed.clear()
        self.results.clear()
        self.progress.setRange(0, len(jobs))
        self.progress.setValue(0)
        self.summary.setText(self.tr("Exporting {n} area(s)…").format(n=len(jobs)))
        self._set_running(True)
        self._settings.output_folder = str(self._folder)
        folder, workers, stop, runner = self._folder, self._workers, self._stop, self._runner

        def work() -> BatchReport:
            return run_batch(jobs, folder, workers=workers, overwrite=overwrite,
                                progress=lambda item: runner.to_main(lambda: self._item(item)),
                                cancelled=stop.is_set)

        runner.submit(work, self._done, priority=EXPORT_PRIORITY)

    def _ask_overwrite(self, jobs: list[Job]) -> bool:
        """True: replace existing files; False: keep them (those areas are skipped)."""
        existing = existing_files(jobs, self._folder)
        if not existing:
            return False
        return self._dialogs.confirm(
            self.tr("Replace files?"),
            self.tr("{n} file(s) for these areas already exist in {folder}. Replace them?\n"
                    "(No keeps the existing files and skips those areas.)").format(
                n=len(existing), folder=self._folder))

    def cancel(self) -> None:
        if self._running:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling after the current area…"))

    def _item(self, item: BatchItem) -> None:
        if item.job.region.id in self._listed:
            return  # reported twice (a job that finished while Cancel came): one row is enough
        self._listed.add(item.job.region.id)
        if item.ok:
            result = self.tr("Proof") if item.proof else self.tr("Print-ready")
        else:
            result = self.tr("Failed: {reason}").format(reason=item.message)
        name = item.path.name if item.path else ""
        row = QTreeWidgetItem([item.job.region.name, result, name])
        row.setToolTip(1, item.message)
        self.results.addTopLevelItem(row)
        self.progress.setValue(self.progress.value() + 1)
        self.item_done.emit(item)

    def _done(self, outcome: Outcome[BatchReport]) -> None:
        self._set_running(False)
        if outcome.error is not None:
            self.summary.setText(self.tr("The export stopped: {reason}").format(
                reason=outcome.error))
            self.finished_batch.emit(None)
            return
        report = outcome.unwrap()
        unique = {i.job.region.id: i for i in report.items}.values()
        written = sum(1 for i in unique if i.ok)
        failed = len(unique) - written
        text = self.tr("{written} file(s) written to {folder}.").format(
            written=written, folder=self._folder)
        if failed:
            text += " " + self.tr("{n} area(s) failed: see the list.").format(n=failed)
        if self._stop.is_set():
            text = self.tr("Cancelled. ") + text
        self.summary.setText(text)
        self.finished_batch.emit(report)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        self.regions.setEnabled(not running)

    @property
    def running(self) -> bool:
        return self._running

    def reject(self) -> None:
        if self._running:
            self.cancel()  # Esc while running: stop cleanly; Close is offered when done
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
