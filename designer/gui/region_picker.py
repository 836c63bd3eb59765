"""Step 1b: the area picker, type-ahead over the regions, showing which are verified.

Contact data is safety-critical, so the picker says plainly under the box
whether the chosen area's numbers are verified, and what that means for the
file (unverified areas can only make proofs).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from designer.gui.catalogue import Catalogue
from designer.gui.commands import Edits
from designer.gui.state import EditorState
from designer.model.region import Region

RegionIdRole = Qt.ItemDataRole.UserRole + 1


class RegionPicker(QWidget):
    def __init__(self, edits: Edits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edits = edits
        self._regions: tuple[Region, ...] = ()
        self._model = QStandardItemModel(self)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setModel(self._model)
        self.combo.setAccessibleName(self.tr("Area"))
        line = self.combo.lineEdit()
        assert line is not None  # the combo is editable
        line.setPlaceholderText(self.tr("Type an area, e.g. Fife"))
        self.combo.setCompleter(_completer(self._model, self.combo))
        self.combo.currentIndexChanged.connect(self._picked)
        line.editingFinished.connect(
            lambda: self.follow(self._edits.controller.state)
        )
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.status)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        self.action_buttons: list[QPushButton] = []
        self._following = False
        edits.controller.catalogue_changed.connect(self.set_catalogue)
        edits.controller.changed.connect(self.follow)
        self.set_catalogue(edits.controller.catalogue)

    def add_actions(self, actions: list[tuple[QAction, str]]) -> None:
        """Buttons (short text) for the area's own actions (verify, edit), under its status."""
        for action, text in actions:
            button = QPushButton(text, self)
            button.setToolTip(action.text().replace("&", ""))
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            button.setEnabled(action.isEnabled())
            self.buttons.addWidget(button)
            self.action_buttons.append(button)
        self.buttons.addStretch(1)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self._following = True
        self._regions = catalogue.regions
        self._model.clear()
        style = self.style()
        ok = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        unverified = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for region in self._regions:
            item = QStandardItem(ok if region.verified else unverified, region.name)
            item.setData(region.id, RegionIdRole)
            item.setToolTip(self.verification_text(region))
            self._model.appendRow(item)
        self._following = False
        self.follow(self._edits.controller.state)

    def follow(self, state: EditorState) -> None:
        self._following = True
        row = self._regions.index(state.region) if state.region in self._regions else -1
        self.combo.setCurrentIndex(row)
        self._following = False
        self.status.setText(self.verification_text(state.region) if state.region else "")
        if state.region is not None and self.combo.currentText() != state.region.name:
            self.combo.setEditText(state.region.name)  # undo a half-typed search
        verified = state.region is not None and state.region.verified
        self.status.setStyleSheet("" if verified else "color: #8a4b00;")

    def verification_text(self, region: Region | None) -> str:
        if region is None:
            return self.tr("No area chosen.")
        check = region.verification
        if not check.verified:
            return self.tr("Sample contact details, not verified: files are proofs until "
                           "someone confirms the numbers.")
        when = check.on.isoformat() if check.on else ""
        if not check.is_current(date.today()):
            return self.tr("Verified by {by} on {when}, but past its review date: files are "
                           "proofs until it is checked again.").format(by=check.by, when=when)
        return self.tr("Verified by {by} on {when}.").format(by=check.by, when=when)

    def _picked(self, row: int) -> None:
        if not self._following and 0 <= row < len(self._regions):
            self._edits.choose_region(self._regions[row])


def _completer(model: QStandardItemModel, parent: QComboBox) -> QCompleter:
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer
