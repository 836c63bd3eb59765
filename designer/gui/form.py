"""Step 2: the form generated from the template's editable fields, and the locked wording.

Each field shows, right under it, the first thing wrong with it: the value
itself (too long, not allowed), or what the checks found in the frames it
prints in (the text no longer fits). The approved wording is shown read-only
so staff can see what they cannot change, and why the poster reads as it does.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from designer.gui.commands import Edits
from designer.gui.field_editors import FieldEditor
from designer.gui.findings import field_findings, frames_of_field
from designer.gui.plain_tr import plain_tr
from designer.gui.rendering import PreviewPipeline, PreviewResult
from designer.gui.state import EditorState
from designer.gui.wording import wording_for
from designer.model.template import Template


class FieldForm(QWidget):
    rebuilt = Signal()  # the field widgets were replaced (a new template)

    def __init__(self, edits: Edits, pipeline: PreviewPipeline, parent: QWidget | None = None):
        super().__init__(parent)
        self._edits = edits
        self._pipeline = pipeline
        self._template: Template | None = None
        self._editors: dict[str, FieldEditor] = {}
        self.fields_box = QWidget(self)
        self.rows = QFormLayout(self.fields_box)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.copy_box = QGroupBox(self.tr("Approved wording (cannot be changed)"), self)
        self.copy_text = QPlainTextEdit(self.copy_box)
        self.copy_text.setReadOnly(True)
        self.copy_text.setAccessibleName(self.tr("Approved wording"))
        self.copy_text.setMinimumHeight(120)
        QVBoxLayout(self.copy_box).addWidget(self.copy_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields_box)
        layout.addWidget(self.copy_box, 1)
        edits.controller.changed.connect(self.follow)
        pipeline.rendered.connect(self._rendered)
        self.follow(edits.controller.state)

    def editor(self, name: str) -> QWidget:
        return self._editors[name].widget

    def message(self, name: str) -> str:
        return self._editors[name].message.text()

    def editors(self) -> list[QWidget]:
        return [e.widget for e in self._editors.values()]

    def follow(self, state: EditorState) -> None:
        if state.template != self._template:
            self._rebuild(state.template)
        for name, editor in self._editors.items():
            editor.set_value(state.value(name))
        self._show_wording(state)
        self._show_messages()

    def _show_wording(self, state: EditorState) -> None:
        """The approved wording with the area's real details (``designer.gui.wording``)."""
        text = wording_for(state.template, state.region, dict(state.values), plain_tr)
        if text != self.copy_text.toPlainText():  # unchanged: keep where the reader scrolled
            self.copy_text.setPlainText(text)

    def _rebuild(self, template: Template | None) -> None:
        self._template = template
        while self.rows.rowCount():
            self.rows.removeRow(0)
        self._editors = {}
        fields = template.fields if template else ()
        for field in fields:
            editor = FieldEditor(field, self._edits.set_value, self.fields_box)
            self._editors[field.name] = editor
            self.rows.addRow(self._label(field.label, editor), self._field_box(editor))
        if not fields:
            self.rows.addRow(QLabel(self.tr("This template has nothing to fill in.")))
        self.rebuilt.emit()

    def _label(self, text: str, editor: FieldEditor) -> QLabel:
        label = QLabel(text, self.fields_box)
        label.setBuddy(editor.widget)
        return label

    def _field_box(self, editor: FieldEditor) -> QWidget:
        box = QWidget(self.fields_box)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(editor.widget, 1)
        row.addWidget(editor.count)
        column.addLayout(row)
        column.addWidget(editor.message)
        if editor.field.help:
            help_label = QLabel(editor.field.help, box)
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color: palette(mid);")
            column.addWidget(help_label)
        return box

    def _rendered(self, _result: PreviewResult) -> None:
        self._show_messages()

    def _show_messages(self) -> None:
        state = self._edits.controller.state
        problems = state.value_problems()
        last = self._pipeline.last  # kept until the next render lands: no flicker while typing
        product = last.product if last is not None else None
        for name, editor in self._editors.items():
            text = problems.get(name, "")
            if not text and product is not None:
                found = field_findings(product, frames_of_field(product.layout, name))
                text = "; ".join(_plain(i.message, i.fix) for i in found)
            editor.show_message(text)


def _plain(message: str, fix: str) -> str:
    return f"{message[:1].upper()}{message[1:]}" + (f" ({fix})" if fix else "")
