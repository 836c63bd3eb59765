"""The right input for each kind of editable field, with its inline message.

text -> one-line box with a running count; multiline -> a plain text
box with a running count; choice -> a drop-down of the allowed values. The
boxes leave Ctrl+Z to the window, so undo always walks the one shared history
(every edit is an undo command) instead of each box's private one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from designer.model.template import EditableField, FieldType

_WINDOW_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class _LeaveUndoToWindow(QObject):
    """Refuse Ctrl+Z / Ctrl+Shift+Z as a box shortcut, so the window's actions get them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.ShortcutOverride:
            return False
        if any(event.matches(key) for key in _WINDOW_KEYS):
            event.ignore()
            return True
        return False


class FieldEditor:
    """One field's input widget, its count, and the line for its message."""

    def __init__(self, field: EditableField, on_edit: Callable[[str, str], None],
                 parent: QWidget) -> None:
        self.field = field
        self._on_edit = on_edit
        self._setting = False
        self._filter = _LeaveUndoToWindow(parent)
        self.widget = self._make(parent)
        self.widget.setAccessibleName(field.label)
        self.widget.setAccessibleDescription(field.help)
        self.widget.setToolTip(field.help)
        self.count = QLabel(parent)
        self.message = QLabel(parent)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a11d1d;")
        self.message.setVisible(False)

    def _make(self, parent: QWidget) -> QWidget:
        if self.field.type is FieldType.CHOICE:
            combo = QComboBox(parent)
            combo.addItems(list(self.field.choices))
            combo.activated.connect(lambda _row: self._edited(combo.currentText()))
            return combo
        if self.field.type is FieldType.MULTILINE:
            box = QPlainTextEdit(parent)
            box.setUndoRedoEnabled(False)
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
            box.textChanged.connect(lambda: self._edited(box.toPlainText()))
            box.installEventFilter(self._filter)
            return box
        line = QLineEdit(parent)
        # no setMaxLength: it stops typing without a word ("walk-in ad"); the count and
        # the inline message say how much is too long, and export waits until it fits
        line.textEdited.connect(self._edited)
        line.installEventFilter(self._filter)
        return line

    def value(self) -> str:
        if isinstance(self.widget, QComboBox):
            return self.widget.currentText()
        if isinstance(self.widget, QPlainTextEdit):
            return self.widget.toPlainText()
        assert isinstance(self.widget, QLineEdit)
        return self.widget.text()

    def set_value(self, value: str) -> None:
        """Show ``value`` (after undo, or a template switch) without making it an edit."""
        self._update_count(value)
        if value == self.value():
            return
        self._setting = True
        if isinstance(self.widget, QComboBox):
            self.widget.setCurrentText(value)
        elif isinstance(self.widget, QPlainTextEdit):
            self.widget.setPlainText(value)
        elif isinstance(self.widget, QLineEdit):
            self.widget.setText(value)
            if not self.widget.hasFocus():
                self.widget.setCursorPosition(0)  # show the start of a long value
        self._setting = False

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _edited(self, value: str) -> None:
        self._update_count(value)
        if not self._setting:
            self._on_edit(self.field.name, value)

    def _update_count(self, value: str) -> None:
        if self.field.type is FieldType.CHOICE:
            self.count.clear()
            return
        self.count.setText(f"{len(value)}/{self.field.max_length}")
        over = len(value) > self.field.max_length
        self.count.setStyleSheet("color: #a11d1d;" if over else "color: palette(mid);")
