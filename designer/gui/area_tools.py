"""The Areas menu: verify or edit the current area's contact details, import a CSV.

Verifying and editing go through the same Qt-free functions as the command
line (``designer.io.region.edit``), into the same region file and change log.
After either, and whenever the file changes on disk (``region_watch``), the
window reads the file again and keeps the officer's choices. The main window
adds its menu and buttons (``MainWindow._area_tools``).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from designer.errors import DesignerError
from designer.gui.controller import Controller
from designer.gui.dialogs import Dialogs
from designer.gui.field_memory import FieldMemory
from designer.gui.region_editor import RegionEditor
from designer.gui.region_watch import RegionWatch
from designer.gui.settings import Settings
from designer.gui.state import EditorState
from designer.gui.verify_dialog import VerifyDialog
from designer.io.region.file import load_regions
from designer.records import replace
from designer.resources import editable_regions_file

D = TypeVar("D", VerifyDialog, RegionEditor)


class AreaTools(QObject):
    status = Signal(str)
    changed = Signal()  # the region file was written from the window and read again

    def __init__(self, controller: Controller, dialogs: Dialogs, settings: Settings,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._controller = controller
        self._dialogs = dialogs
        self._parent = parent
        self.dialog: QDialog | None = None  # the open verify or edit dialog, for tests
        self.verify_action = QAction(self.tr("&Verify contact details…"), self)
        self.verify_action.triggered.connect(self.verify)
        self.edit_action = QAction(self.tr("&Edit contact details…"), self)
        self.edit_action.triggered.connect(self.edit)
        self.watch = RegionWatch(controller, self)
        self.memory = FieldMemory(controller, settings, self)  # not an area's, but kept here
        controller.changed.connect(self._follow)
        self._follow(controller.state)

    def target(self) -> Path:
        return editable_regions_file(self._controller.catalogue.regions_source)

    def _follow(self, state: EditorState) -> None:
        for action in (self.verify_action, self.edit_action):
            action.setEnabled(state.region is not None)

    def verify(self) -> VerifyDialog | None:
        from designer.io.region.edit import verify_region  # the writer is needed only now

        region = self._controller.state.region
        target = self._target_or_say()
        if region is None or target is None:
            return None
        dialog = VerifyDialog(region, target, verify_region, self._parent)
        return self._open(dialog, self.tr("Recorded the check of {name}."))

    def edit(self) -> RegionEditor | None:
        from designer.io.region.edit import edit_region_contacts
        from designer.trace.log import login_name

        region = self._controller.state.region
        target = self._target_or_say()
        if region is None or target is None:
            return None
        try:
            helpline = load_regions(target).default_helpline
        except DesignerError as exc:
            self._dialogs.error(self.tr("The area file cannot be read"), str(exc))
            return None
        edit = partial(edit_region_contacts, by=login_name())
        dialog = RegionEditor(region, helpline, target, edit, self._parent)
        return self._open(dialog, self.tr("Saved the new details of {name}; they are not "
                                          "verified until someone checks them."))

    def _target_or_say(self) -> Path | None:
        try:
            return self.target()
        except DesignerError as exc:
            self._dialogs.error(self.tr("The area file cannot be changed"), str(exc))
            return None

    def _open(self, dialog: D, done: str) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._written(dialog.target, done, dialog.region.name))
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _written(self, target: Path, done: str, name: str) -> None:
        """Read the file as written (the other regions may have changed too) and keep choices."""
        try:
            directory = load_regions(target)
        except DesignerError as exc:
            self._dialogs.error(self.tr("The area file cannot be read"), str(exc))
            return
        catalogue = replace(self._controller.catalogue, regions=tuple(directory),
                            regions_source=target)
        self._controller.set_catalogue(catalogue)
        self.changed.emit()
        self.status.emit(done.format(name=name))
