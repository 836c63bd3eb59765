"""Notice when the region file changes on disk, and load it again, keeping the choices.

Another officer, the command line or a text editor may change the region file
while the window is open; a poster made afterwards must carry the new numbers.
``QFileSystemWatcher`` loses a file that is replaced rather than rewritten (the
atomic writes designer itself makes, and most editors' saves), so the folder
is watched too and the file's path is added again after every change.

A file that no longer loads (half-saved by an editor, or with a mistake) keeps
the list as it was and says why; the next good save is picked up. While the
window reads the bundled file, the first verification or import (from the
command line, say) makes the user's own copy instead; the watch looks out for
that copy too and moves to it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from designer.errors import DesignerError
from designer.gui.controller import Controller
from designer.io.region.file import load_regions
from designer.records import replace
from designer.resources import bundled_regions_file, user_regions_file


class RegionWatch(QObject):
    status = Signal(str)
    reloaded = Signal()  # the controller has the file's new regions

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self.check)
        self._watcher.directoryChanged.connect(self.check)
        controller.catalogue_changed.connect(lambda _c: self._watch())
        self._watch()

    @property
    def path(self) -> Path | None:
        return self._controller.catalogue.regions_source

    def _wanted(self, path: Path) -> list[str]:
        wanted = [str(path), str(path.parent)]
        if path == bundled_regions_file():  # where the first edit's copy will appear
            copy = user_regions_file()
            ancestor = next((p for p in copy.parents if p.is_dir()), None)
            wanted += [str(ancestor)] if ancestor is not None else []
        return wanted

    def watched(self) -> list[str]:
        return [*self._watcher.files(), *self._watcher.directories()]

    def _watch(self) -> None:
        path = self.path
        if path is None:
            return
        wanted = self._wanted(path)
        stale = [p for p in self.watched() if p not in wanted]
        if stale:
            self._watcher.removePaths(stale)
        missing = [p for p in wanted if p not in self.watched() and Path(p).exists()]
        if missing:
            self._watcher.addPaths(missing)

    def check(self, _changed: str = "") -> bool:
        """Load the file again if its regions differ from the window's; True when they did."""
        self._watch()  # a replaced file drops out of the watcher: add it back
        path = self.path
        if path == bundled_regions_file() and user_regions_file().is_file():
            path = user_regions_file()  # someone made the user's copy: read that from now on
        if path is None or not path.is_file():
            return False
        try:
            directory = load_regions(path)
        except DesignerError as exc:
            self.status.emit(self.tr("The area file changed but cannot be read, so the list "
                                     "is as it was: {why}").format(why=exc))
            return False
        catalogue = self._controller.catalogue
        if tuple(directory) == catalogue.regions and path == catalogue.regions_source:
            return False
        self._controller.set_catalogue(
            replace(catalogue, regions=tuple(directory), regions_source=path))
        self.reloaded.emit()
        self.status.emit(self.tr("The area list was updated from {name}.").format(name=path.name))
        return True
