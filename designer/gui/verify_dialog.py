""""Verify contact details…": record that someone checked the area's numbers, in the window.

The dialog shows every contact value exactly as it will print (phone numbers in
their printed grouping), asks who checked them, how, and until when the check
holds (six months by default), and then calls the same Qt-free function as
``designer regions verify`` (``designer.io.region.edit.verify_region``): the
record and the change-log line are the same whichever front end made them.
A refusal is shown in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from designer.errors import DesignerError
from designer.model.region import CONTACT_FIELDS, Region

WAYS = ("phone call to the service", "letter or e-mail from the service",
        "the service's published page")


def printed_values(region: Region) -> list[tuple[str, str]]:
    """(what, as it prints) for every contact value the area's posters can carry."""
    labels = {"name": "name", "phone": "phone", "hours": "opening hours", "web": "web address",
              "email": "e-mail"}
    rows = [("Area", region.name)]
    if region.gaelic_name:
        rows.append(("Gaelic name", region.gaelic_name))
    for block, title in (("local", "Local service"), ("helpline", "Helpline")):
        for key in CONTACT_FIELDS:
            value = region.lookup(f"{block}.{key}")
            if value:
                rows.append((f"{title} {labels[key]}", value))
    return rows


Verify = Callable[..., Region]  # designer.io.region.edit.verify_region


class VerifyDialog(QDialog):
    def __init__(self, region: Region, target: Path, verify: Verify,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.target = target
        self._verify = verify
        self.result_region: Region | None = None
        self.setWindowTitle(self.tr("Verify contact details: {name}").format(name=region.name))
        self.setMinimumWidth(560)  # a web address reads whole, not broken after "https://"
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "Check each value below with the service itself, exactly as it will be printed. "
            "Posters for this area are print-ready only while a check is recorded."), self))
        layout.addLayout(self._values_form(region))
        layout.addLayout(self._check_form())
        self.message = _wrapped("", self)
        self.message.setStyleSheet("color: #a11d1d;")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.record_button = self.buttons.addButton(
            self.tr("Record the check"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))  # no gaps

    def _values_form(self, region: Region) -> QFormLayout:
        form = QFormLayout()
        self.value_labels: dict[str, QLabel] = {}
        for what, value in printed_values(region):
            label = _wrapped(value, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("font-weight: 600;")
            self.value_labels[what] = label
            form.addRow(self.tr(what), label)
        return form

    def _check_form(self) -> QFormLayout:
        from designer.io.region.build import six_months_after  # the schema is needed only now

        form = QFormLayout()
        self.by = QLineEdit(self)
        self.by.setPlaceholderText(self.tr("Your name and organisation"))
        self.how = QComboBox(self)
        self.how.setEditable(True)
        self.how.addItems([self.tr(way) for way in WAYS])
        today = date.today()
        self.on = _date_edit(today, self)
        self.on.setMaximumDate(_qdate(today))  # nobody confirms a record tomorrow
        self.review_by = _date_edit(six_months_after(today), self)
        self.on.dateChanged.connect(
            lambda d: self.review_by.setDate(_qdate(six_months_after(d.toPython()))))
        form.addRow(self.tr("Checked by"), self.by)
        form.addRow(self.tr("How"), self.how)
        form.addRow(self.tr("Checked on"), self.on)
        form.addRow(self.tr("Check again by"), self.review_by)
        return form

    def record(self) -> None:
        try:
            self.result_region = self._verify(
                self.region.id, by=self.by.text(), source=self.how.currentText().strip() or None,
                on=self.on.date().toPython(), review_by=self.review_by.date().toPython(),
                path=self.target)
        except DesignerError as exc:
            self.show_problem(str(exc))
            return
        self.accept()

    def show_problem(self, text: str) -> None:
        if "--by" in text:  # the core speaks to the command line; say it for the window
            text = self.tr("Give the name of the person who checked the details.")
        self.message.setText(text)
        self.message.setVisible(True)


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    return edit
