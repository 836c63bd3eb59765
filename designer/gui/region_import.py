"""Import areas from a CSV file: dropped on the window or chosen from the File menu.

Uses the same function and validation as ``designer regions --import``, all
rows or none, every changed field recorded in the change log under the login
name; a refusal shows the ``RegionError`` text, which names the row and
column. Changing contact details is a deliberate act, so the window asks
first and says which file will change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QAction

from designer.errors import DesignerError
from designer.gui.controller import Controller
from designer.gui.dialogs import Dialogs
from designer.records import replace
from designer.resources import editable_regions_file


def csv_in(mime: QMimeData) -> Path | None:
    """The one local .csv file being dragged, if that is what it is."""
    if not mime.hasUrls():
        return None
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if len(paths) != 1 or paths[0].suffix.lower() != ".csv":
        return None
    return paths[0]


class RegionImporter(QObject):
    status = Signal(str)
    imported = Signal()  # the region list changed on disk and in the controller

    def __init__(self, controller: Controller, dialogs: Dialogs, parent: QObject | None = None):
        super().__init__(parent)
        self._controller = controller
        self._dialogs = dialogs
        self.action = QAction(self.tr("Import areas from CSV…"), self)
        self.action.triggered.connect(self.choose)

    def target(self) -> Path:
        return editable_regions_file(self._controller.catalogue.regions_source)

    def choose(self) -> None:
        path = self._dialogs.open_csv(self.tr("Import areas from a CSV file"), Path.home())
        if path is not None:
            self.import_csv(path)

    def import_csv(self, path: Path) -> bool:
        target = self.target()
        question = self.tr(
            "Import the areas in {name}?\n\nTheir contact details will be added to, or replace "
            "those in, {target}. Every poster made afterwards carries them.").format(
            name=path.name, target=target)
        if not self._dialogs.confirm(self.tr("Import areas"), question):
            return False
        # imported here: the CSV import, YAML writer and change log are needed only now
        from designer.io.region_edit import import_regions_logged
        from designer.trace.log import login_name

        try:
            directory = import_regions_logged(path, target, by=login_name())
        except DesignerError as exc:
            self._dialogs.error(self.tr("Areas not imported"), str(exc))
            return False
        catalogue = replace(self._controller.catalogue, regions=tuple(directory))
        self._controller.set_catalogue(catalogue)
        self.imported.emit()
        self.status.emit(self.tr("Imported {name}: {n} areas in the list.").format(
            name=path.name, n=len(directory)))
        return True
