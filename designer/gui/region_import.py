"""Import areas from a CSV file: dropped on the window or chosen in the import dialog.

Uses the same function and validation as ``designer regions --import``, all
rows or none, every changed field recorded in the change log under the login
name. Changing contact details is a deliberate act, so the window first works
out what the import would do and asks, naming the areas it adds and replaces
and the file that will change. A refusal lists every problem in the import
dialog (``region_import_dialog``), one per line, row and column named.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from designer.errors import DesignerError
from designer.gui.controller import Controller
from designer.gui.dialogs import Dialogs
from designer.gui.region_import_dialog import ImportDialog, problem_lines
from designer.records import replace
from designer.resources import editable_regions_file

if TYPE_CHECKING:
    from designer.io.region.csv_import import ImportPlan

SaveChooser = Callable[[str, Path], Path | None]


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
        self.dialog: ImportDialog | None = None
        self.choose_save: SaveChooser = self._save_path  # tests script the answer
        self.action = QAction(self.tr("Import areas from CSV…"), self)
        self.action.triggered.connect(self.open_dialog)
        self.starter_action = QAction(self.tr("Save a starter CSV of all areas…"), self)
        self.starter_action.triggered.connect(self.save_starter)

    def target(self) -> Path:
        return editable_regions_file(self._controller.catalogue.regions_source)

    def open_dialog(self) -> ImportDialog:
        if self.dialog is None:
            parent = self.parent()
            dialog = ImportDialog(parent if isinstance(parent, QWidget) else None)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.choose_button.clicked.connect(self.choose)
            dialog.starter_button.clicked.connect(self.save_starter)
            dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
            self.dialog = dialog
        self.dialog.open()
        return self.dialog

    def choose(self) -> None:
        path = self._dialogs.open_csv(self.tr("Import areas from a CSV file"), Path.home())
        if path is not None:
            self.import_csv(path)

    def save_starter(self) -> Path | None:
        """All current areas in the import's columns, for a council to edit its own rows."""
        from designer.io.region.csv_import import write_starter_csv  # needed only now

        path = self.choose_save(self.tr("Save a starter CSV"), Path.home() / "areas.csv")
        if path is None:
            return None
        path = path if path.suffix.lower() == ".csv" else path.with_suffix(".csv")
        try:
            directory = write_starter_csv(path, self._controller.catalogue.regions_source)
        except DesignerError as exc:
            self._dialogs.error(self.tr("Starter CSV not saved"), str(exc))
            return None
        text = self.tr("Saved {n} areas to {path}. Edit your own rows, delete the others, "
                       "and import it.").format(n=len(directory), path=path)
        self.status.emit(text)
        if self.dialog is not None:
            self.dialog.show_note(text)
        return path

    def import_csv(self, path: Path) -> bool:
        # imported here: the CSV import, YAML writer and change log are needed only now
        from designer.io.region.csv_import import plan_import
        from designer.io.region.edit import import_regions_logged
        from designer.io.region.file import load_regions
        from designer.trace.log import login_name

        try:
            target = self.target()
            plan = plan_import(path, load_regions(target))
        except DesignerError as exc:
            self._refused(path, exc)
            return False
        if not self._dialogs.confirm(self.tr("Import areas"), self.question(path, target, plan)):
            return False
        try:
            directory = import_regions_logged(path, target, by=login_name())
        except DesignerError as exc:
            self._refused(path, exc)
            return False
        catalogue = replace(self._controller.catalogue, regions=tuple(directory),
                            regions_source=target)
        self._controller.set_catalogue(catalogue)
        self.imported.emit()
        done = self.tr("Imported {name}: {added} added, {replaced} replaced; {n} areas in the "
                       "list.").format(name=path.name, added=len(plan.added),
                                       replaced=len(plan.replaced), n=len(directory))
        self.status.emit(done)
        if self.dialog is not None:
            self.dialog.show_note(done)
        return True

    def question(self, path: Path, target: Path, plan: ImportPlan) -> str:
        parts = [self.tr("Import the areas in {name}?").format(name=path.name)]
        parts.append(_named(self.tr("will be added"), plan.added))
        parts.append(_named(self.tr("will be replaced"), plan.replaced))
        if plan.unchanged:
            parts.append(self.tr("{count} in the file already say exactly this and stay as "
                                 "they are.").format(count=_areas(len(plan.unchanged))))
        parts.append(self.tr("The change goes into {target} and its change log. Every poster "
                             "made afterwards carries the new details.").format(target=target))
        return "\n\n".join(parts)

    def _refused(self, path: Path, error: DesignerError) -> None:
        dialog = self.open_dialog()
        dialog.show_problems(path.name, problem_lines(error))
        self.status.emit(self.tr("Areas not imported: see the list of problems."))

    def _save_path(self, title: str, suggested: Path) -> Path | None:
        parent = self.dialog or self.parent()
        name, _ = QFileDialog.getSaveFileName(
            parent if isinstance(parent, QWidget) else None, title, str(suggested),
            self.tr("CSV files (*.csv)"))
        return Path(name) if name else None


def _named(what: str, names: tuple[str, ...]) -> str:
    """'2 areas will be replaced: Fife, Angus.' or 'No area will be added.'"""
    if not names:
        return f"No area {what}."
    return f"{_areas(len(names))} {what}: {', '.join(names)}."


def _areas(count: int) -> str:
    return "1 area" if count == 1 else f"{count} areas"
