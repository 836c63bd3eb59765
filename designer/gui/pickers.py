"""Step 1c: size, printer profile and the proof switch, each an undoable choice.

The size list only ever offers the current template's sizes. The printer list
names each printer in plain words (``plain_words.printer_title``); the exact
settings are in the checks' "Details for the printer".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from designer.gui.catalogue import Catalogue
from designer.gui.commands import Edits
from designer.gui.plain_tr import plain_tr
from designer.gui.plain_words import printer_title, printer_tooltip
from designer.gui.state import EditorState
from designer.model.printer import PrinterProfile
from designer.model.sizes import PaperSize


class SizePicker(QComboBox):
    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits = edits
        self._sizes: tuple[PaperSize, ...] = ()
        self._following = False
        self.setAccessibleName(self.tr("Size"))
        self.currentIndexChanged.connect(self._picked)
        edits.controller.changed.connect(self.follow)
        self.follow(edits.controller.state)

    def follow(self, state: EditorState) -> None:
        self._following = True
        sizes = state.template.sizes if state.template else ()
        if sizes != self._sizes:
            self._sizes = sizes
            self.clear()
            for size in sizes:
                trim = size.trim
                self.addItem(self.tr("{name}  ({w:g} × {h:g} mm)").format(
                    name=size.value, w=trim.width_mm, h=trim.height_mm))
        self.setCurrentIndex(sizes.index(state.size) if state.size in sizes else -1)
        self._following = False

    def _picked(self, row: int) -> None:
        if not self._following and 0 <= row < len(self._sizes):
            self._edits.choose_size(self._sizes[row])


class PrinterPicker(QComboBox):
    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits = edits
        self._printers: tuple[PrinterProfile, ...] = ()
        self._following = False
        self.setAccessibleName(self.tr("Printer"))
        self.currentIndexChanged.connect(self._picked)
        edits.controller.catalogue_changed.connect(self.set_catalogue)
        edits.controller.changed.connect(self.follow)
        self.set_catalogue(edits.controller.catalogue)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self._following = True
        self._printers = catalogue.printers
        self.clear()
        for printer in self._printers:
            self.addItem(printer_title(printer, plain_tr))
            self.setItemData(self.count() - 1, printer_tooltip(printer, plain_tr),
                             Qt.ItemDataRole.ToolTipRole)
        self._following = False
        self.follow(self._edits.controller.state)

    def follow(self, state: EditorState) -> None:
        self._following = True
        ids = [p.id for p in self._printers]
        self.setCurrentIndex(ids.index(state.printer.id) if state.printer.id in ids else -1)
        self.setToolTip(printer_tooltip(state.printer, plain_tr))
        self._following = False

    def _picked(self, row: int) -> None:
        if not self._following and 0 <= row < len(self._printers):
            self._edits.choose_printer(self._printers[row])


class ProofCheck(QCheckBox):
    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits = edits
        self.setText(self.tr("Proof only (marked PROOF, for checking)"))
        self.setAccessibleName(self.tr("Proof only"))
        self.clicked.connect(edits.set_proof)
        edits.controller.changed.connect(self.follow)
        self.follow(edits.controller.state)

    def follow(self, state: EditorState) -> None:
        self.setChecked(state.proof)
