""""Edit contact details…": change an area's contact values in the window.

One box per contact value, named as the CSV import names them, and checked by
the same Qt-free code (``designer.io.region.edit.edit_region_contacts``):
phone numbers, web and e-mail addresses are refused with the import's own
words, and nothing is written until every value is good. A changed record is
no longer verified, and the dialog says so before anything is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from designer.errors import DesignerError
from designer.model.region import CONTACT_FIELDS, Contact, Region

_LABELS = {"name": "Name", "phone": "Phone", "hours": "Opening hours", "web": "Web address",
           "email": "E-mail"}

Edit = Callable[..., Region]  # designer.io.region.edit.edit_region_contacts


class RegionEditor(QDialog):
    def __init__(self, region: Region, helpline: Contact, target: Path, edit: Edit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.target = target
        self._edit = edit
        # imported here: the CSV code (pydantic, phone numbers) is needed only once asked
        from designer.io.region.csv_import import region_cells

        self._cells = region_cells(region, helpline)
        self._national = {f"helpline_{k}": _text(getattr(helpline, k)) for k in CONTACT_FIELDS}
        self.result_region: Region | None = None
        self.boxes: dict[str, QLineEdit] = {}
        self._names: dict[str, str] = {}  # column -> what the officer sees it called
        self.setWindowTitle(self.tr("Edit contact details: {name}").format(name=region.name))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "Saving a change means these details are no longer verified: posters for this "
            "area are proofs until someone checks the new details and records it "
            "(Areas > Verify contact details…)."), self))
        layout.addWidget(self._block("local", self.tr("Local service")))
        layout.addWidget(self._block("helpline", self.tr(
            "Helpline (leave a box empty to use the national helpline)")))
        self.message = _wrapped("", self)
        self.message.setStyleSheet("color: #a11d1d;")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save changes"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))  # no gaps

    def _block(self, block: str, title: str) -> QGroupBox:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        for key in CONTACT_FIELDS:
            column = f"{block}_{key}"
            box = QLineEdit(self._cells[column], group)
            box.setAccessibleName(f"{title}: {_LABELS[key]}")
            self._names[column] = f"{title.split(' (')[0]}, {_LABELS[key].lower()}"
            if block == "helpline":
                box.setPlaceholderText(self._national[column])
            self.boxes[column] = box
            form.addRow(self.tr(_LABELS[key]), box)
        return group

    def changed_values(self) -> Mapping[str, str]:
        return {column: box.text() for column, box in self.boxes.items()
                if box.text() != self._cells[column]}

    def save(self) -> None:
        changes = self.changed_values()
        if not changes:
            self.reject()
            return
        try:
            self.result_region = self._edit(self.region.id, changes, path=self.target)
        except DesignerError as exc:
            self.show_problem(str(exc))
            return
        self.accept()

    def show_problem(self, text: str) -> None:
        for column, name in self._names.items():  # the import names columns; say the boxes
            text = text.replace(f"{column}:", f"{name}:")
        self.message.setText(text)
        self.message.setVisible(True)


def _text(value: object) -> str:
    display = getattr(value, "display", None)
    return str(display) if display is not None else "" if value is None else str(value)


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
