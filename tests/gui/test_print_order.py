"""The print pack asks for the order (quantity, stock, finish, contact, notes) and remembers it."""

from __future__ import annotations

from pathlib import Path

from gui.gui_helpers import FakeDialogs
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from designer.gui.dialogs import QtDialogs
from designer.gui.main_window import MainWindow
from designer.gui.print_order import PrintOrderDialog
from designer.gui.settings import Settings
from designer.pack import PrintOrder
from designer.render.preview import page_text

ORDER = PrintOrder(quantity="250", stock="170 gsm silk", finish="Matt laminate",
                   contact="Jo Officer, 0131 496 0123", notes="Deliver to the library by Friday")


def job_sheet(folder: Path) -> str:
    (pack,) = [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")]
    (sheet,) = pack.glob("*-job-sheet.pdf")
    return " ".join(page_text(sheet.read_bytes()).split())


def test_the_order_reaches_the_job_sheet_and_is_remembered(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    first = tmp_path / "first"
    dialogs.orders.append(ORDER)
    dialogs.folders.append(first)
    window.pack_saver.action.trigger()
    sheet = job_sheet(first)
    for value in (ORDER.quantity, ORDER.stock, ORDER.finish, ORDER.contact, ORDER.notes):
        assert value in sheet, sheet
    assert "(not given)" not in sheet

    window.settings.sync()
    again = Settings(window.settings.path)  # as the next launch reads it
    assert (again.order_quantity, again.order_stock, again.order_finish, again.order_contact,
            again.order_notes) == (ORDER.quantity, ORDER.stock, ORDER.finish, ORDER.contact,
                                   ORDER.notes)
    assert window.pack_saver.remembered_order() == ORDER

    second = tmp_path / "second"
    dialogs.folders.append(second)  # no answer scripted: the dialog's start is what it shows
    window.pack_saver.action.trigger()
    assert ORDER.stock in job_sheet(second)


def test_cancelling_the_order_saves_nothing(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    dialogs.orders.append(None)
    dialogs.folders.append(tmp_path / "packs")
    window.pack_saver.action.trigger()
    assert not (tmp_path / "packs").exists()
    assert dialogs.folders  # the folder was never asked for


def test_the_order_dialog_starts_from_the_last_answers_and_trims_them(qtbot: QtBot) -> None:
    dialog = PrintOrderDialog(ORDER)
    qtbot.addWidget(dialog)
    assert dialog.quantity.text() == "250" and dialog.notes.toPlainText() == ORDER.notes
    dialog.quantity.setText(" 500 ")
    dialog.finish.clear()
    assert dialog.order() == PrintOrder(quantity="500", stock=ORDER.stock, finish="",
                                        contact=ORDER.contact, notes=ORDER.notes)


def test_the_real_dialog_answers_through_qt_dialogs(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PrintOrderDialog)
        dialog.stock.setText("300 gsm card")
        dialog.save_button.click()

    QTimer.singleShot(0, answer)
    order = QtDialogs(parent).print_order(PrintOrder(quantity="100"))
    assert order == PrintOrder(quantity="100", stock="300 gsm card")
