"""The main window: assembles the step panels, menus and status bar. Nothing else.

Left: 1 choose (template, area, size, printer) and 2 fill in. Middle: 3 the
preview. Right: 4 the checks and 5 export. Every panel follows the controller
or the preview pipeline; the window only wires them up, remembers its
geometry and the last choices, and shows messages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from designer.gui.about import show_about
from designer.gui.area_tools import AreaTools
from designer.gui.commands import Edits
from designer.gui.controller import Controller
from designer.gui.crash import log_dir
from designer.gui.dialogs import Dialogs, QtDialogs
from designer.gui.export_result import DesktopOpener
from designer.gui.exporter import Exporter
from designer.gui.guide import show_guide
from designer.gui.head_start import HeadStart
from designer.gui.panels import PanelParts, Panels, apply_keyboard_order, build_panels
from designer.gui.print_pack import PackSaver
from designer.gui.region_import import RegionImporter, csv_in
from designer.gui.rendering import PreviewPipeline
from designer.gui.screen_fit import place
from designer.gui.settings import Settings
from designer.gui.shortcuts import MenuKeys, unique
from designer.gui.state import EditorState
from designer.gui.thumbnails import Thumbnailer
from designer.gui.worker import Runner

if TYPE_CHECKING:
    from designer.gui.batch_dialog import BatchDialog


class MainWindow(QMainWindow):
    def __init__(self, controller: Controller, runner: Runner, settings: Settings,
                 dialogs: Dialogs | None = None, *, batch_workers: int = 1,
                 head_start: HeadStart | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.runner = runner
        self.settings = settings
        self.dialogs = dialogs or QtDialogs(self)
        self.batch_workers = batch_workers
        self.batch_dialog: BatchDialog | None = None
        self.opener = DesktopOpener(parent=self)  # recent outputs, the log folder
        self.opener.finished.connect(self._opened)
        self.undo_stack = QUndoStack(self)
        self.edits = Edits(controller, self.undo_stack)
        self.pipeline = PreviewPipeline(controller, runner, head_start)
        self.pipeline.refresh()  # the first render starts now, while the widgets are built
        self.exporter = Exporter(controller, self.pipeline, runner, settings, self.dialogs, self)
        self.importer = RegionImporter(controller, self.dialogs, self)
        self.batch_action = QAction(self.tr("Export for several areas…"), self)
        self.batch_action.setShortcut(QKeySequence("Ctrl+B"))
        self.batch_action.triggered.connect(self.open_batch)
        self.pack_saver = PackSaver(controller, self.pipeline, runner, settings, self.dialogs, self)
        self.panels: Panels = build_panels(PanelParts(
            parent=self, tr=self.tr, controller=controller, edits=self.edits,
            pipeline=self.pipeline, settings=settings, exporter=self.exporter,
            extra_actions=(self.batch_action, self.pack_saver.action),
            results=(self.pack_saver.written,)))
        self.setCentralWidget(self.panels.splitter)
        self._menus()
        self.menu_keys = MenuKeys(self.menuBar())
        self.busy = QLabel(self)
        self.statusBar().addPermanentWidget(self.busy)
        self._connect()
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("designer"))
        self._restore()
        self._follow(controller.state)

    # --- assembly -------------------------------------------------------------------------

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.exporter.final_action, self.exporter.proof_action,
                              self.batch_action])
        file_menu.addAction(self.pack_saver.action)
        file_menu.addSeparator()
        self.recent_menu = QMenu(self.tr("Recent outputs"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.importer.action)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcuts(unique([QKeySequence("Ctrl+Q"),
                                         *QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)]))
        quit_action.triggered.connect(self.close)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(unique([QKeySequence("Ctrl+Shift+Z"),
                                  *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]))
        edit_menu.addActions([undo, redo])
        self.undo_action, self.redo_action = undo, redo
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(self.panels.preview.view_actions())
        view_menu.addSeparator()
        view_menu.addActions(self.panels.preview.guide_actions())
        self.area_tools = self._area_tools()
        help_menu = bar.addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("&Getting started"), lambda: show_guide(self))
        guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self.tr("Open the log folder"), self._open_logs)
        help_menu.addAction(self.tr("&About designer"), lambda: show_about(self))

    def _connect(self) -> None:
        for source in (self.exporter, self.importer, self.pack_saver):
            source.status.connect(self.show_status)
        self.importer.imported.connect(self.undo_stack.clear)
        self.panels.form.rebuilt.connect(self._form_rebuilt)
        self._form_rebuilt()
        self.thumbnails = Thumbnailer(self.runner, self.devicePixelRatioF())
        self.thumbnails.ready.connect(self.panels.templates.set_thumbnail)
        self.pipeline.rendered.connect(self._request_thumbnails)
        if self.pipeline.last is not None:
            self._request_thumbnails()
        self.pipeline.busy_changed.connect(
            lambda busy: self.busy.setText(self.tr("Updating preview…") if busy else ""))
        self.controller.changed.connect(self._follow)

    def _form_rebuilt(self) -> None:
        apply_keyboard_order(self.panels)
        self.menu_keys.guard(self)

    def _request_thumbnails(self) -> None:
        """After the first preview, so the thumbnails never delay it."""
        catalogue = self.controller.catalogue
        self.thumbnails.request(catalogue.templates, self.controller.state.region)

    def _area_tools(self) -> AreaTools:
        """The Areas menu (verify, edit, import), the buttons under the area picker, the
        region file's watch and the kept field values (area_tools.py)."""
        tools = AreaTools(self.controller, self.dialogs, self.settings, self)
        menu = self.menuBar().addMenu(self.tr("&Areas"))
        menu.addActions([tools.verify_action, tools.edit_action])
        menu.addSeparator()
        menu.addActions([self.importer.action, self.importer.starter_action])
        self.panels.region.add_actions([(tools.verify_action, self.tr("Verify details…")),
                                        (tools.edit_action, self.tr("Edit details…"))])
        tools.status.connect(self.show_status)
        tools.watch.status.connect(self.show_status)
        # an undo must not bring back the numbers the file no longer has
        tools.changed.connect(self.undo_stack.clear)
        tools.watch.reloaded.connect(self.undo_stack.clear)
        return tools

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _follow(self, state: EditorState) -> None:
        parts = [state.template.title if state.template else "",
                 state.region.name if state.region else "",
                 state.size.value if state.size else ""]
        self.setWindowTitle(" — ".join([self.tr("designer"), *(p for p in parts if p)]))
        self.settings.template_id = state.template.id if state.template else ""
        self.settings.region_id = state.region.id if state.region else ""
        self.settings.size = state.size.value if state.size else ""
        self.settings.printer_id = state.printer.id

    # --- actions --------------------------------------------------------------------------

    def open_batch(self) -> BatchDialog:
        # imported here: batch export (process pool, print packs, PDF checks) costs ~100 ms
        # at start-up, and the first preview needs none of it
        from designer.gui.batch_dialog import BatchDialog

        dialog = BatchDialog(self.controller, self.runner, self.settings, self.dialogs,
                             workers=self.batch_workers, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "batch_dialog", None))
        self.batch_dialog = dialog
        dialog.open()
        return dialog

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        existing = [Path(p) for p in self.settings.recent_outputs if Path(p).exists()]
        for path in existing:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not existing:
            self.recent_menu.addAction(self.tr("Nothing saved yet")).setEnabled(False)

    def _open_logs(self) -> None:
        folder = log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.dialogs.error(self.tr("The log folder could not be made"),
                               self.tr("{folder}\n\n{reason}").format(
                                   folder=folder, reason=error.strerror or error))
            return
        self.open_path(folder)

    def use_opener(self, opener: DesktopOpener) -> None:
        """Open folders with ``opener`` from now on (tests give one that finds no program)."""
        self.opener.finished.disconnect(self._opened)
        self.opener = opener
        opener.finished.connect(self._opened)

    def open_path(self, path: Path) -> None:
        """Open a folder, or show a file in its folder, the way the export box does.

        The same ``DesktopOpener`` as the export box's Open folder and Show in
        folder (``open_folder.py``): the desktop's own file manager, and a
        message saying where it is when this computer has nothing to open it.
        """
        if path.is_dir():
            self.opener.open_folder(path)
        else:
            self.opener.show_item(path)

    def _opened(self, worked: bool, path: Path) -> None:
        if worked:
            return
        self.dialogs.error(
            self.tr("Nothing on this computer could open it"),
            self.tr("This computer has no program that can show folders, so nothing opened. "
                    "It is here:\n\n{path}").format(path=path))

    # --- drag a CSV of areas onto the window -------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if csv_in(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = csv_in(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.importer.import_csv(path)

    # --- remembering ----------------------------------------------------------------------

    def _restore(self) -> None:
        place(self, remembered=self.restoreGeometry(self.settings.geometry))
        self.restoreState(self.settings.window_state)
        self.panels.splitter.restoreState(self.settings.splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.batch_dialog is not None and self.batch_dialog.running:
            self.batch_dialog.cancel()
            event.ignore()
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter = self.panels.splitter.saveState()
        self.settings.sync()
        self.runner.shutdown()
        super().closeEvent(event)


