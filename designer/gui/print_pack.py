"""Save the print pack: the PDF, a job sheet, a proof image and a manifest in one folder.

Uses ``designer.pack.write_print_pack`` on the worker, for the product the
preview shows (a proof stays a proof: the pack says so), with the same checks
and export log as an export. An existing pack folder is only replaced after
asking. The print order (quantity, stock, finish, contact, notes) is asked for
first, starting from the answers given last time, and printed on the job sheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from designer.errors import DesignerError
from designer.gui.controller import Controller
from designer.gui.dialogs import Dialogs
from designer.gui.export_result import Written, WrittenKind
from designer.gui.rendering import PreviewPipeline, product_for
from designer.gui.settings import Settings
from designer.gui.worker import EXPORT_PRIORITY, Outcome, Runner
from designer.production import Job, Product

if TYPE_CHECKING:
    from designer.pack import PrintOrder


def write_pack(job: Job, cached: Product, folder: Path, order: PrintOrder | None = None) -> Path:
    """The background half: the preview's product, or ``job``'s when that differs (a proof)."""
    # imported here: print packs (job sheet, PDF checks) cost ~50 ms to import, and the
    # first preview needs none of it
    from designer.pack import write_print_pack

    return write_print_pack(product_for(job, cached), folder, order, via="window pack")


class PackSaver(QObject):
    status = Signal(str)
    saved = Signal(object)  # Path of the pack folder
    written = Signal(object)  # Written: what the window shows about the pack just saved

    def __init__(self, controller: Controller, pipeline: PreviewPipeline, runner: Runner,
                 settings: Settings, dialogs: Dialogs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._pipeline = pipeline
        self._runner = runner
        self._settings = settings
        self._dialogs = dialogs
        self.action = QAction(self.tr("Save print pack…"), self)
        self.action.setStatusTip(self.tr("The PDF with a job sheet, a proof image and a manifest, "
                                         "in one folder for the printer"))
        self.action.triggered.connect(self.save)
        for signal in (controller.changed, pipeline.rendered, pipeline.failed):
            signal.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        """Available once the preview's product is there: the pack is of what is shown."""
        state = self._controller.state
        ready = self._pipeline.current_product() is not None
        self.action.setEnabled(ready and not state.value_problems())

    def save(self) -> None:
        cached = self._pipeline.current_product()
        if cached is None:
            return
        # a product that cannot be final is packed as the proof it is, as an export would be
        job = self._controller.job(proof=cached.is_proof)
        if job is None:
            return
        order = self._dialogs.print_order(self.remembered_order())
        if order is None:
            return
        self.remember_order(order)
        start = Path(self._settings.output_folder or Path.home())
        folder = self._dialogs.folder(self.tr("Save the print pack in"), start)
        if folder is None:
            return
        from designer.pack import pack_folder_name  # imported here: see write_pack

        target = folder / pack_folder_name(cached)
        if target.exists() and not self._dialogs.confirm(
            self.tr("Replace print pack?"),
            self.tr("{name} already exists in {folder}. Replace it?").format(
                name=target.name, folder=folder)):
            return
        self.status.emit(self.tr("Saving the print pack…"))
        self._runner.submit(lambda: write_pack(job, cached, folder, order), self._written,
                            priority=EXPORT_PRIORITY)

    def _written(self, outcome: Outcome[Path]) -> None:
        if isinstance(outcome.error, DesignerError):
            self._dialogs.error(self.tr("Print pack not saved"), str(outcome.error))
            return
        path = outcome.unwrap()
        self._settings.output_folder = str(path.parent)
        self._settings.add_recent(path)
        self.status.emit(self.tr("Print pack saved in {path}").format(path=path))
        self.saved.emit(path)
        self.written.emit(Written(kind=WrittenKind.PACK, path=path, folder=path.parent))

    def remembered_order(self) -> PrintOrder:
        from designer.pack import PrintOrder  # imported here: see write_pack

        s = self._settings
        return PrintOrder(quantity=s.order_quantity, stock=s.order_stock, finish=s.order_finish,
                          contact=s.order_contact, notes=s.order_notes)

    def remember_order(self, order: PrintOrder) -> None:
        s = self._settings
        s.order_quantity, s.order_stock, s.order_finish = order.quantity, order.stock, order.finish
        s.order_contact, s.order_notes = order.contact, order.notes
