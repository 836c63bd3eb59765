"""Step 5: save the PDF the preview shows, print-ready or as a proof.

A print-ready export is allowed only when nothing blocks it, and the reason is
always on screen when it is not. A proof can always be saved. Files are
written atomically on the worker (exports never block the window and never
run two at once), an existing file is never replaced without asking, and the
folder is remembered.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from designer.errors import DesignerError
from designer.filenames import proof_named
from designer.gui.controller import Controller
from designer.gui.dialogs import Dialogs
from designer.gui.export_result import Written, WrittenKind
from designer.gui.plain_tr import plain_tr
from designer.gui.plain_words import plain_finding
from designer.gui.rendering import PreviewPipeline, product_for
from designer.gui.settings import Settings
from designer.gui.worker import EXPORT_PRIORITY, Outcome, Runner
from designer.production import Job, Product
from designer.records import replace

if TYPE_CHECKING:
    from designer.export import Exported


def write_product(job: Job, cached: Product | None, path: Path) -> Exported:
    """The background half: produce (unless cached), then check and write it as the CLI does.

    ``export_product`` refuses a blocked final, checks the finished bytes and
    writes atomically (``write_atomic``). We asked about replacing already.
    """
    # imported here, on the worker: the finished-file checks (pikepdf walk, external
    # tools) cost ~50 ms to import and the window needs them only when saving
    from designer.export import export_product

    return export_product(product_for(job, cached), path, overwrite=True, via="window")


def suggested_name(job: Job, cached: Product) -> str:
    """``Product.file_name`` of what ``job`` will write.

    ``cached`` is the preview's product, for the same job but perhaps not the
    proof flag; the name depends only on the job and the blockers, which the
    proof flag does not change.
    """
    return replace(cached, job=job).file_name




def _sentence(text: str) -> str:
    """A reason as a sentence of its own: capital first, full stop last."""
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


class Exporter(QObject):
    status = Signal(str)  # a short line for the status bar
    saved = Signal(object)  # Path
    written = Signal(object)  # Written: what the window shows about the file just saved
    availability_changed = Signal()

    def __init__(self, controller: Controller, pipeline: PreviewPipeline, runner: Runner,
                 settings: Settings, dialogs: Dialogs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._pipeline = pipeline
        self._runner = runner
        self._settings = settings
        self._dialogs = dialogs
        self._writing = False
        self.final_action = QAction(self.tr("Export print-ready PDF…"), self)
        self.final_action.setShortcut(QKeySequence("Ctrl+E"))
        self.final_action.triggered.connect(lambda: self.export(proof=False))
        self.proof_action = QAction(self.tr("Export proof PDF…"), self)
        self.proof_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.proof_action.triggered.connect(lambda: self.export(proof=True))
        for signal in (controller.changed, pipeline.rendered, pipeline.failed):
            signal.connect(self._update)
        self._update()

    def final_blocked_reason(self) -> str | None:
        """Why a print-ready file cannot be saved now, in plain words; None when it can."""
        state = self._controller.state
        if state.job() is None:
            return self.tr("Choose a template, an area and a size first.")
        if state.proof:
            return self.tr("“Proof only” is ticked.")
        problems = state.value_problems()
        if problems:
            return next(iter(problems.values()))
        if self._pipeline.error is not None:
            return self._pipeline.error
        product = self._pipeline.current_product()
        if product is None:
            return self.tr("Checking…")
        if product.blockers:
            first = plain_finding(product.blockers[0], state.template, state.size, plain_tr).what
            more = len(product.blockers) - 1
            if not more:
                return self.tr("Not print-ready. {reason}").format(reason=_sentence(first))
            if more == 1:
                return self.tr("Not print-ready. {reason} One more thing: see the checks.").format(
                    reason=_sentence(first))
            return self.tr("Not print-ready. {reason} {n} more things: see the checks.").format(
                reason=_sentence(first), n=more)
        return None

    def proof_blocked_reason(self) -> str | None:
        state = self._controller.state
        if state.job() is None:
            return self.tr("Choose a template, an area and a size first.")
        problems = state.value_problems()
        if problems:
            return next(iter(problems.values()))
        if self._pipeline.error is not None:
            return self._pipeline.error
        return self.tr("Checking…") if self._pipeline.current_product() is None else None

    def _update(self, *_args: object) -> None:
        self.final_action.setEnabled(not self._writing and self.final_blocked_reason() is None)
        self.proof_action.setEnabled(not self._writing and self.proof_blocked_reason() is None)
        self.availability_changed.emit()

    def output_folder(self) -> Path:
        remembered = self._settings.output_folder
        return Path(remembered) if remembered and Path(remembered).is_dir() else Path.home()

    def export(self, *, proof: bool) -> None:
        job = self._controller.job(proof=proof)
        blocked = self.proof_blocked_reason() if proof else self.final_blocked_reason()
        cached = self._pipeline.current_product()
        if job is None or cached is None or blocked is not None or self._writing:
            return
        title = self.tr("Export proof PDF") if proof else self.tr("Export print-ready PDF")
        path = self._dialogs.save_path(title, self.output_folder() / suggested_name(job, cached))
        if path is not None and proof:  # a final is never a proof: its blockers stop it
            path = proof_named(path)
        if path is None or not self._may_write(path):
            return
        self._writing = True
        self._update()
        self.status.emit(self.tr("Saving {name}…").format(name=path.name))
        self._runner.submit(lambda: write_product(job, cached, path), self._written,
                            priority=EXPORT_PRIORITY)

    def _may_write(self, path: Path) -> bool:
        if not path.exists():
            return True
        return self._dialogs.confirm(
            self.tr("Replace file?"),
            self.tr("{name} already exists in {folder}. Replace it?").format(
                name=path.name, folder=path.parent))

    def _written(self, outcome: Outcome[Exported]) -> None:
        self._writing = False
        self._update()
        if isinstance(outcome.error, DesignerError):
            self.status.emit(self.tr("Not saved."))
            self._dialogs.error(self.tr("Export failed"), str(outcome.error))
            return
        exported = outcome.unwrap()  # anything else is a bug: the crash handler shows it
        path = exported.path
        self._settings.output_folder = str(path.parent)
        self._settings.add_recent(path)
        kind = self.tr("proof") if exported.proof else self.tr("print-ready file")
        self.status.emit(self.tr("Saved {kind} {path}").format(kind=kind, path=path))
        self.saved.emit(path)
        self.written.emit(Written(kind=WrittenKind.PROOF if exported.proof else WrittenKind.FINAL,
                                  path=path, folder=path.parent))
