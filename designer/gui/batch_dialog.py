"""Step 5b: the same poster for several areas (or all of them) in one go.

The dialog says what it will make (template, size, printer, print-ready or
proof) before anything starts, ticks no area by itself (the count of ticked
areas is always shown, and "Show ticked only" lists just those), builds one
frozen job per ticked area from the current state and hands them to
``designer.batch.export_batch`` on the worker. Each finished area comes back
on the main thread as a row (print-ready, proof, kept, or why it failed);
Cancel stops after the area being written, leaving only complete files.
Existing files are never replaced without asking; an area whose file is kept
is reported as kept, not as failed. A new run starts from an empty list.
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
from designer.gui.export_result import ExportResult, Written, WrittenKind
from designer.gui.plain_tr import plain_tr
from designer.gui.plain_words import has_jargon, printer_title
from designer.gui.settings import Settings
from designer.gui.worker import EXPORT_PRIORITY, Outcome, Runner
from designer.production import Job

BatchFunction = Callable[..., BatchReport]  # designer.batch.export_batch's signature


default_batch: BatchFunction = export_batch


def existing_files(jobs: list[Job], folder: Path) -> list[Path]:
    """Files a batch could replace: a job writes ``<stem>.pdf`` or ``<stem>-PROOF.pdf``."""
    return [path for job in jobs for path in _candidates(job, folder) if path.exists()]


def _candidates(job: Job, folder: Path) -> tuple[Path, Path]:
    return folder / f"{job.file_stem}.pdf", folder / f"{job.file_stem}-PROOF.pdf"


def split_existing(jobs: list[Job], folder: Path) -> tuple[list[Job], list[Job]]:
    """(jobs with no file yet, jobs whose file exists): kept files mean those areas are skipped."""
    fresh = [job for job in jobs if not any(p.exists() for p in _candidates(job, folder))]
    return fresh, [job for job in jobs if job not in fresh]


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
        self._kept = 0  # areas whose existing file was kept in the current run
        self._folder = Path(settings.output_folder or Path.home())
        self._build()
        self._fill_regions()
        self._show_plan()
        self._count_ticked()

    def _build(self) -> None:
        self.plan = QLabel(self)
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.PlainText)
        self.plan.setAccessibleName(self.tr("What will be made"))
        self.regions = QListWidget(self)
        self.regions.setAccessibleName(self.tr("Areas to export"))
        self.regions.itemChanged.connect(self._count_ticked)
        self.ticked_count = QLabel(self)
        self.ticked_only = QCheckBox(self.tr("Show ticked only"), self)
        self.ticked_only.toggled.connect(self._filter)
        all_button = QPushButton(self.tr("Select all"), self)
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button = QPushButton(self.tr("Select none"), self)
        none_button.clicked.connect(lambda: self._check_all(False))
        self.proofs_for_unverified = QCheckBox(
            self.tr("Make proofs for areas whose contact details are not verified"), self)
        self.proofs_for_unverified.setChecked(True)
        self.proofs_for_unverified.setToolTip(self.tr(
            "Otherwise those areas are skipped: only verified numbers go to print."))
        self.proofs_for_unverified.toggled.connect(self._show_plan)
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
        self.written_box = ExportResult(parent=self)
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
        picks.addWidget(self.ticked_only)
        picks.addStretch(1)
        picks.addWidget(self.ticked_count)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_label, 1)
        folder.addWidget(buttons[2])
        column = QVBoxLayout(self)
        column.addWidget(self.plan)
        column.addWidget(QLabel(self.tr("Areas (a warning sign marks contact details that are not "
                                        "verified yet):"), self))
        column.addWidget(self.regions, 1)
        column.addLayout(picks)
        column.addWidget(self.proofs_for_unverified)
        column.addLayout(folder)
        column.addWidget(self.progress)
        column.addWidget(self.results, 1)
        column.addWidget(self.summary)
        column.addWidget(self.written_box)
        column.addWidget(self.buttons)
        self.resize(640, 680)

    def _fill_regions(self) -> None:
        # Nothing is ticked for the person: an area ticked out of sight made a file nobody asked
        # for. The current area is only brought into view.
        current = self._controller.state.region
        self.regions.blockSignals(True)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for region in self._controller.catalogue.regions:
            item = QListWidgetItem(region.name, self.regions)
            if not region.verification.is_current(date.today()):
                item.setIcon(warning)
                item.setToolTip(self.tr("Contact details not verified: a proof, not a print file"))
            item.setData(Qt.ItemDataRole.UserRole, region.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if region == current:
                self.regions.setCurrentItem(item)
        self.regions.blockSignals(False)

    # --- what will be made ----------------------------------------------------------------

    def plan_text(self) -> str:
        """Template, size, printer and kind of file, as the run will use them."""
        state = self._controller.state
        template = state.template.title if state.template else self.tr("(no template chosen)")
        size = self.tr("{name} ({w:g} × {h:g} mm)").format(
            name=state.size.value, w=state.size.trim.width_mm, h=state.size.trim.height_mm
        ) if state.size else self.tr("(no size chosen)")
        lines = [self.tr("Template: {template}").format(template=template),
                 self.tr("Size: {size}").format(size=size),
                 self.tr("Printer: {printer}").format(printer=printer_title(state.printer,
                                                                            plain_tr)),
                 self.tr("Kind: {kind}").format(kind=self._kind())]
        return "\n".join(lines)

    def _kind(self) -> str:
        state = self._controller.state
        check = self._controller.catalogue.approvals.get(state.template.id) if (
            state.template) else None
        if state.proof:
            return self.tr("proofs only (“Proof only” is ticked): every file is marked PROOF")
        if check is not None and not check.approved:
            return self.tr("proofs only: the template is not approved yet")
        if self.proofs_for_unverified.isChecked():
            return self.tr("print-ready files where the contact details are verified; proofs "
                           "(marked PROOF) for the other areas")
        return self.tr("print-ready files; areas whose contact details are not verified are "
                       "not made")

    def _show_plan(self) -> None:
        self.plan.setText(self.plan_text())

    def ticked(self) -> list[str]:
        """Ids of the ticked areas, in list order."""
        items = (self.regions.item(r) for r in range(self.regions.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items
                if i.checkState() == Qt.CheckState.Checked]

    def _count_ticked(self, *_args: object) -> None:
        n = len(self.ticked())
        self.ticked_count.setText(self.tr("{n} of {total} areas ticked").format(
            n=n, total=self.regions.count()))
        self.start_button.setText(self.tr("Export {n} area(s)").format(n=n) if n else
                                  self.tr("Export"))
        self._filter(self.ticked_only.isChecked())

    def _filter(self, ticked_only: bool) -> None:
        for row in range(self.regions.count()):
            item = self.regions.item(row)
            item.setHidden(ticked_only and item.checkState() != Qt.CheckState.Checked)

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
        chosen = set(self.ticked())
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
        self._clear_results()  # whatever happens now, the last run's rows are not this run's
        self._show_plan()
        jobs = self.jobs()
        problems = self._controller.state.value_problems()
        if not jobs or problems:
            fallback = self.tr("Choose at least one area.")
            self.summary.setText(next(iter(problems.values()), fallback))
            return
        overwrite = self._ask_overwrite(jobs)
        self._stop.clear()
        self.progress.setRange(0, len(jobs))
        self._settings.output_folder = str(self._folder)
        if not overwrite:
            jobs, kept = split_existing(jobs, self._folder)
            for job in kept:
                self._kept_row(job)
        if not jobs:
            self._finish(BatchReport(()))
            return
        self.summary.setText(self.tr("Exporting {n} area(s)…").format(n=len(jobs)))
        self._set_running(True)
        self._run(jobs, overwrite)

    def _run(self, jobs: list[Job], overwrite: bool) -> None:
        run_batch = self._export_batch
        folder, workers, stop, runner = self._folder, self._workers, self._stop, self._runner

        def work() -> BatchReport:
            return run_batch(jobs, folder, workers=workers, overwrite=overwrite,
                                progress=lambda item: runner.to_main(lambda: self._item(item)),
                                cancelled=stop.is_set)

        runner.submit(work, self._done, priority=EXPORT_PRIORITY)

    def _clear_results(self) -> None:
        self._listed.clear()
        self._kept = 0
        self.results.clear()
        self.progress.setValue(0)
        self.summary.clear()
        self.written_box.clear()

    def _kept_row(self, job: Job) -> None:
        self._listed.add(job.region.id)
        self._kept += 1
        names = ", ".join(p.name for p in _candidates(job, self._folder) if p.exists())
        row = QTreeWidgetItem([job.region.name, self.tr("Kept: the existing file was not "
                                                        "replaced"), names])
        self.results.addTopLevelItem(row)
        self.progress.setValue(self.progress.value() + 1)

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
            reason = item.message if not has_jargon(item.message) else self.tr(
                "it could not be made as asked (point here for the details for the printer)")
            result = self.tr("Failed: {reason}").format(reason=reason)
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
        self._finish(outcome.unwrap())

    def _finish(self, report: BatchReport) -> None:
        unique = list({i.job.region.id: i for i in report.items}.values())
        done = [i for i in unique if i.ok]
        failed = len(unique) - len(done)
        text = self.tr("{written} file(s) written to {folder}.").format(
            written=len(done), folder=self._folder)
        if self._kept:
            text += " " + self.tr("{n} area(s) kept their existing file.").format(n=self._kept)
        if failed:
            text += " " + self.tr("{n} area(s) failed: see the list.").format(n=failed)
        if self._stop.is_set():
            text = self.tr("Cancelled. ") + text
        self.summary.setText(text)
        first = next((i.path for i in done if i.path is not None), self._folder)
        proofs = sum(1 for i in done if i.proof)
        written = Written(kind=WrittenKind.BATCH, path=first, folder=self._folder,
                          finals=len(done) - proofs, proofs=proofs, kept=self._kept,
                          failed=failed)
        self.written_box.show_written(written)
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
