"""The import dialog: what a CSV must hold, a starter file, and every problem found.

A council officer who has never seen the format learns here which columns are
needed and which may stay empty, can save all current areas as a starter CSV
to edit, and, when an import is refused, reads every problem in a list that
scrolls and wraps (never cut off), each naming its CSV line and column.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.errors import DesignerError

# as designer.io.region.csv_import names them; repeated here so opening the dialog does not
# load the CSV import (pydantic, phone numbers), and a test checks they agree
REQUIRED = ("id", "name", "health_board", "local_name")
OPTIONAL = ("gaelic_name", "local_phone", "local_hours", "local_web", "local_email",
            "helpline_name", "helpline_phone", "helpline_hours", "helpline_web",
            "helpline_email", "verified_by", "verified_on", "verification_source", "review_by")


def problem_lines(error: DesignerError) -> list[str]:
    """One line per problem: a refused import's rows, or the one error there is."""
    each = getattr(error, "problems", None)
    return list(each) if each else [str(error)]


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import areas from a CSV file"))
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr(
            "A CSV file (saved from a spreadsheet as \u201cCSV UTF-8\u201d) can add areas or "
            "replace their contact details. Its first row names the columns, in any order. "
            "Every column must be there; a row whose id is already in the list replaces that "
            "area, a new id adds one. If any row has a problem, nothing is imported."), self))
        self.required = _wrapped(self.tr("Must be filled in: {columns}.").format(
            columns=", ".join(REQUIRED)), self)
        self.optional = _wrapped(self.tr(
            "May be left empty: {columns}. Give a phone, web address or e-mail for the local "
            "service; empty helpline columns mean the national helpline; dates are written "
            "YYYY-MM-DD.").format(columns=", ".join(OPTIONAL)), self)
        layout.addWidget(self.required)
        layout.addWidget(self.optional)
        row = QHBoxLayout()
        self.starter_button = QPushButton(self.tr("Save a starter CSV…"), self)
        self.starter_button.setToolTip(self.tr(
            "All current areas in these columns: edit your own rows and import it"))
        self.choose_button = QPushButton(self.tr("Choose a CSV file to import…"), self)
        self.choose_button.setDefault(True)
        row.addWidget(self.starter_button)
        row.addStretch(1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.note = _wrapped("", self)
        self.note.setVisible(False)
        layout.addWidget(self.note)
        self.problems_title = _wrapped("", self)
        self.problems_title.setStyleSheet("color: #a11d1d; font-weight: 600;")
        self.problems = QListWidget(self)
        self.problems.setWordWrap(True)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setAccessibleName(self.tr("Problems found"))
        for widget in (self.problems_title, self.problems):
            widget.setVisible(False)
            layout.addWidget(widget, 1 if widget is self.problems else 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)
        self.problems_title.setVisible(False)
        self.problems.clear()
        self.problems.setVisible(False)

    def show_problems(self, name: str, lines: list[str]) -> None:
        count = len(lines)
        self.problems_title.setText(self.tr(
            "{name} was not imported, nothing was changed. Fix {what} and try again:").format(
            name=name, what=self.tr("this problem") if count == 1 else
            self.tr("these {n} problems").format(n=count)))
        self.problems.clear()
        self.problems.addItems([_plain(line) for line in lines])
        self.note.setVisible(False)
        self.problems_title.setVisible(True)
        self.problems.setVisible(True)

    def problem_texts(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]


def _plain(line: str) -> str:
    return f"{line[:1].upper()}{line[1:]}"


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
