"""Help > Getting started: a guide in the window, in plain words, ready to translate."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from designer.gui.guide import GuideDialog
from designer.gui.main_window import MainWindow
from designer.gui.shortcuts import menu_actions

JARGON = ("TrimBox", "PDF/X", " pt", "CMYK", "preflight", "designer regions")


def open_guide(window: MainWindow) -> GuideDialog:
    (action,) = [a for a in menu_actions(window.menuBar())
                 if a.text().replace("&", "") == "Getting started"]
    action.trigger()
    (dialog,) = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, GuideDialog) and w.isVisible()]
    return dialog


def test_help_opens_a_guide_to_the_five_steps_contacts_csv_and_proofs(
        window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_guide(window)
    text = dialog.text.toPlainText()
    for step in ("1. Choose a template", "2. Fill in your details", "3. Check the poster",
                 "4. Checks", "5. Export"):
        assert step in text
    assert "Checking the contact details" in text and "Verify contact details" in text
    assert "CSV" in text and "Import areas from CSV" in text
    assert "What a proof is" in text and "PROOF" in text
    assert not [word for word in JARGON if word in text]
    dialog.close()


def test_every_line_of_the_guide_goes_through_tr(window: MainWindow) -> None:
    """A translation of a paragraph replaces that paragraph (Qt asks tr() for each)."""
    asked: list[str] = []

    class Recording(GuideDialog):
        def tr(self, text: str, *args: object) -> str:  # type: ignore[override]
            asked.append(text)
            return f"«{text}»"

    dialog = Recording(window)
    shown = dialog.text.toPlainText()
    paragraphs = [p for _heading, ps in dialog.sections() for p in ps]
    assert len(paragraphs) >= 9
    assert all(p.startswith("«") for p in paragraphs)
    assert dialog.windowTitle() == "«Getting started»"
    assert shown.count("«") == len(paragraphs) + len(dialog.sections())
    dialog.deleteLater()
