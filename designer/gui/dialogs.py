"""Every question the window asks a person, behind one small interface.

Export, batch and import logic ask through ``Dialogs``; the window passes
``QtDialogs``, tests pass a scripted fake, so no test ever blocks on a modal
dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from designer.pack import PrintOrder


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


class Dialogs(Protocol):
    def save_path(self, title: str, suggested: Path) -> Path | None: ...
    def folder(self, title: str, start: Path) -> Path | None: ...
    def open_csv(self, title: str, start: Path) -> Path | None: ...
    def confirm(self, title: str, text: str) -> bool: ...
    def error(self, title: str, text: str) -> None: ...
    def info(self, title: str, text: str) -> None: ...
    def print_order(self, start: PrintOrder) -> PrintOrder | None: ...


class QtDialogs:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def save_path(self, title: str, suggested: Path) -> Path | None:
        # We ask about overwriting ourselves, the same way for every export.
        name, _ = QFileDialog.getSaveFileName(
            self._parent, title, str(suggested), tr("PDF files (*.pdf)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def folder(self, title: str, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(self._parent, title, str(start))
        return Path(name) if name else None

    def open_csv(self, title: str, start: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent, title, str(start), tr("CSV files (*.csv)"))
        return Path(name) if name else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self._parent, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self._parent, title, text)

    def print_order(self, start: PrintOrder) -> PrintOrder | None:
        # imported here: the dialog brings in the print pack (job sheet, PDF checks)
        from designer.gui.print_order import PrintOrderDialog

        dialog = PrintOrderDialog(start, self._parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        order = dialog.order()
        dialog.deleteLater()
        return order if accepted else None
