"""The print order asked for before a print pack is saved: quantity, stock, finish, contact, notes.

A printer who gets a pack without them phones to ask; the job sheet said
"(not given)" because the window never asked. The dialog asks, in words an
officer knows, and starts from the answers given last time (the window
remembers them), since one council usually orders from one printer the same
way. What is typed goes onto the job sheet exactly as typed
(``designer.pack.PrintOrder``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from designer.pack import PrintOrder


class PrintOrderDialog(QDialog):
    def __init__(self, start: PrintOrder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print order details"))
        intro = QLabel(self.tr("These go on the job sheet in the print pack, so the printer "
                               "does not have to ask. Leave a line empty if you do not know "
                               "yet."), self)
        intro.setWordWrap(True)
        self.quantity = self._line(start.quantity, self.tr("for example 250"))
        self.stock = self._line(start.stock, self.tr("for example 170 gsm silk"))
        self.finish = self._line(start.finish, self.tr("for example matt laminate, or none"))
        self.contact = self._line(start.contact,
                                  self.tr("your name, phone or e-mail, for questions"))
        self.notes = QPlainTextEdit(start.notes, self)
        self.notes.setPlaceholderText(self.tr("delivery address, date needed by…"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("How many copies:"), self.quantity)
        form.addRow(self.tr("Paper (stock):"), self.stock)
        form.addRow(self.tr("Finish:"), self.finish)
        form.addRow(self.tr("Contact for the printer:"), self.contact)
        form.addRow(self.tr("Notes:"), self.notes)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Choose folder and save…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.buttons)
        self.resize(480, 0)

    def _line(self, text: str, hint: str) -> QLineEdit:
        line = QLineEdit(text, self)
        line.setPlaceholderText(hint)
        return line

    def order(self) -> PrintOrder:
        return PrintOrder(
            quantity=self.quantity.text().strip(),
            stock=self.stock.text().strip(),
            finish=self.finish.text().strip(),
            contact=self.contact.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )
