"""Help > Getting started: a short guide inside the program, in plain words.

A council officer opens the window without reading any documentation, so
the window carries the little they need: the five steps, checking the
contact details, adding areas from a spreadsheet, and what a proof is. Each
paragraph is its own translatable string, so a translator works on short
pieces and a changed sentence marks only its own paragraph as changed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Getting started guide"))
        self.text.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def sections(self) -> list[tuple[str, list[str]]]:
        """(heading, paragraphs) in the order they are read."""
        return [
            (self.tr("Five steps from the template to the printer"), [
                self.tr("1. Choose a template: click the poster or leaflet you need. "
                        "Then choose your area, the paper size and the printer."),
                self.tr("2. Fill in your details: only the lines your organisation may "
                        "change can be typed in. The approved wording is shown underneath "
                        "and cannot be changed."),
                self.tr("3. Check the poster: the picture in the middle is exactly what "
                        "will be printed. A leaflet has a page for each side: choose it "
                        "above the picture."),
                self.tr("4. Checks: anything that stops a file for the printer is listed "
                        "on the right, with what to do about it. Click a line to see its "
                        "place on the poster."),
                self.tr("5. Export: save a print-ready file for the printer, or a proof "
                        "to show someone first. You can also make the same poster for "
                        "several areas at once, or save a print pack for the printer."),
            ]),
            (self.tr("Checking the contact details"), [
                self.tr("Phone numbers, web addresses and e-mail addresses print exactly "
                        "as they are stored for your area. Before anything goes to the "
                        "printer, someone must check them with the service itself: phone "
                        "the number, or compare it with the service's published page."),
                self.tr("Until that check is recorded, the area is marked as not verified "
                        "and only proofs can be made. Record the check with \"Verify "
                        "contact details…\": who checked, how, and when to check again."),
            ]),
            (self.tr("Adding areas from a spreadsheet"), [
                self.tr("Areas and their contact details can come from a spreadsheet "
                        "saved as CSV. Use File > Import areas from CSV, or drag the file "
                        "onto the window. Nothing is added if any row is wrong; the "
                        "message says which row and which column to correct."),
            ]),
            (self.tr("What a proof is"), [
                self.tr("A proof is a copy for checking, not for printing: every page is "
                        "marked PROOF. Send it to whoever needs to approve the poster. A "
                        "proof can always be made, even while something still needs "
                        "fixing."),
                self.tr("A print-ready file has no such mark. It can only be saved once "
                        "the checks find nothing in the way and the contact details have "
                        "been verified."),
            ]),
        ]

    def html(self) -> str:
        parts = []
        for heading, paragraphs in self.sections():
            parts.append(f"<h3>{escape(heading)}</h3>")
            parts += [f"<p>{escape(p)}</p>" for p in paragraphs]
        return "".join(parts)


def show_guide(parent: QWidget) -> GuideDialog:
    """Open the guide beside the window (not modal: the officer can follow it)."""
    dialog = GuideDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
