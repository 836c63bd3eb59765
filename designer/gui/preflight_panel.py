"""Step 4: the checks, updating with the preview.

Each finding shows a severity icon, what is wrong in plain words and what to
do (``plain_words``). Reasons that stop a print-ready file but are not
findings are listed too. The exact figures a printer checks (sizes in points,
ink percentages, the PDF standard) are folded under "Details for the
printer", with the printer's settings. Choosing a finding highlights its frame
on the preview, through the controller: this panel never touches the preview.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.gui.controller import Controller, Highlight
from designer.gui.findings import page_of_frame
from designer.gui.plain_tr import plain_tr
from designer.gui.plain_words import plain_finding, printer_details
from designer.gui.rendering import PreviewPipeline, PreviewResult
from designer.preflight.issues import PreflightIssue, Severity
from designer.production import Product

IssueRole = Qt.ItemDataRole.UserRole + 1

_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class PreflightPanel(QWidget):
    def __init__(self, controller: Controller, pipeline: PreviewPipeline,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._product: Product | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Check results"))
        self.list.setSpacing(4)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap when the panel resizes
        self.list.setItemDelegate(_WrappingDelegate(self.list))
        self.list.currentItemChanged.connect(self._chosen)
        self.list.itemActivated.connect(lambda item: self._chosen(item, None))
        self.show_notes = QCheckBox(self)
        self.show_notes.setAccessibleName(self.tr("Show notes"))
        self.show_notes.toggled.connect(self._show_notes)
        self.details_button = QToolButton(self)
        self.details_button.setText(self.tr("Details for the printer"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._show_details)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details for the printer"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setMaximumHeight(160)
        self.details.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.show_notes)
        layout.addWidget(self.details_button)
        layout.addWidget(self.details)
        pipeline.rendered.connect(self._rendered)
        pipeline.failed.connect(self._failed)
        self._set_summary(self.tr("Checking…"), "")
        if pipeline.last is not None:
            self._rendered(pipeline.last)
        if pipeline.error is not None:
            self._failed(pipeline.error)

    def issues(self) -> list[PreflightIssue]:
        """The findings listed, in order (tests and screenshots)."""
        found = (self.list.item(i).data(IssueRole) for i in range(self.list.count()))
        return [issue for issue in found if isinstance(issue, PreflightIssue)]

    def _rendered(self, result: PreviewResult) -> None:
        self._product = result.product
        current = self.list.currentItem()
        chosen = current.data(IssueRole) if current is not None else None
        self.list.blockSignals(True)  # a re-render (zoom, page) keeps the highlight
        self.list.clear()
        issues = sorted(result.product.issues, key=lambda i: _ORDER[i.severity])
        job = result.product.job
        for issue in issues:
            plain = plain_finding(issue, job.template, job.size, plain_tr)
            self._add(issue.severity, plain.what, plain.fix, issue)
        self._fill_details(result.product, issues)
        if chosen is not None and chosen in issues:
            self.list.setCurrentRow(issues.index(chosen))
        self.list.blockSignals(False)
        self._summarise(result.product)
        notes = sum(1 for i in issues if i.severity is Severity.INFO)
        self.show_notes.setText(self.tr("Show notes ({n})").format(n=notes))
        self.show_notes.setVisible(bool(notes))
        self._show_notes(self.show_notes.isChecked())

    def _show_notes(self, on: bool) -> None:
        """Notes (information, nothing to fix) stay out of the way unless asked for."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            issue = item.data(IssueRole)
            if isinstance(issue, PreflightIssue) and issue.severity is Severity.INFO:
                item.setHidden(not on)

    def _failed(self, message: str) -> None:
        self._product = None
        self.show_notes.setVisible(False)
        self.list.clear()
        fix = self.tr("Change what you typed under “Fill in your details”; the checks run again "
                      "then.")
        self._add(Severity.ERROR, _sentence(message), fix, None)
        self.details.setPlainText(message)
        self._set_summary(self.tr("Cannot check this poster yet."), "#a11d1d")

    def _add(self, severity: Severity, message: str, fix: str,
             issue: PreflightIssue | None) -> None:
        text = message + (f"\n{self.tr('What to do')}: {fix}" if fix else "")
        item = QListWidgetItem(self._icon(severity), text)
        if severity is Severity.INFO:
            item.setForeground(self.palette().placeholderText())
        item.setData(IssueRole, issue)
        item.setToolTip(text)  # the exact line is under "Details for the printer"
        self.list.addItem(item)

    def _fill_details(self, product: Product, issues: list[PreflightIssue]) -> None:
        """Every finding as the core states it, figures and all, and the printer's settings."""
        lines = [str(issue) for issue in issues] or [self.tr("No findings.")]
        lines += ["", self.tr("Printer settings:"), printer_details(product.job.printer)]
        self.details.setPlainText("\n".join(lines))

    def _show_details(self, on: bool) -> None:
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.details.setVisible(on)

    def visible_texts(self) -> list[str]:
        """What an officer reads without opening the details: rows and their tooltips."""
        rows = [self.list.item(i) for i in range(self.list.count())]
        return [self.summary.text(), *(r.text() for r in rows), *(r.toolTip() for r in rows)]

    def _icon(self, severity: Severity) -> QIcon:
        return self.style().standardIcon(_ICONS[severity])

    def _summarise(self, product: Product) -> None:
        errors = sum(1 for i in product.issues if i.severity is Severity.ERROR)
        warnings = sum(1 for i in product.issues if i.severity is Severity.WARNING)
        if not product.blockers:
            text = self.tr("Ready to print.") if not warnings else (
                self.tr("Ready to print; one warning to look at.") if warnings == 1 else
                self.tr("Ready to print; {n} warnings to look at.").format(n=warnings))
            self._set_summary(text, "#1b5e20")
        elif errors:
            text = self.tr("One thing to fix before a print-ready file.") if errors == 1 else (
                self.tr("{n} things to fix before a print-ready file.").format(n=errors))
            self._set_summary(text, "#a11d1d")
        else:
            self._set_summary(self.tr("The design passes its checks; proofs only for now."),
                              "#8a4b00")

    def _set_summary(self, text: str, colour: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(f"font-weight: 600; color: {colour};" if colour else
                                   "font-weight: 600;")

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        issue = item.data(IssueRole) if item is not None else None
        if not isinstance(issue, PreflightIssue) or not issue.element or self._product is None:
            self._controller.set_highlight(None)
            return
        page = issue.page or page_of_frame(self._product.layout, issue.element)
        if page is not None:
            self._controller.set_highlight(Highlight(page, issue.element))


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights from the text wrapped at the list's current width (Qt's own guess is short)."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        icon = max(self._view.iconSize().width(), 22)
        width = max(80, self._view.viewport().width() - icon - 2 * self._view.spacing() - 24)
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, max(bounds.height(), icon) + 8)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")
