"""The export buttons, with the reason a print-ready file is not possible right now.

The buttons mirror actions owned by ``Exporter`` and the window (batch, print
pack), so the menu, the shortcut and the button always agree. Under them, the
last export says what it wrote and where (``ExportResult``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from designer.gui.export_result import DesktopOpener, ExportResult
from designer.gui.exporter import Exporter


def action_button(action: QAction, parent: QWidget) -> QPushButton:
    """A push button that triggers ``action`` and follows its text and enabled state."""
    button = QPushButton(action.text().replace("&", ""), parent)
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setVisible(action.isVisible())

    action.changed.connect(follow)
    follow()
    return button


class ExportPanel(QWidget):
    def __init__(self, exporter: Exporter, extra: list[QAction], parent: QWidget | None = None,
                 *, results: Iterable[SignalInstance] = (), opener: DesktopOpener | None = None):
        """``results``: more ``written`` signals to show (the print pack's)."""
        super().__init__(parent)
        self._exporter = exporter
        self.final_button = action_button(exporter.final_action, self)
        self.final_button.setDefault(True)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #5f4b00;")
        self.proof_button = action_button(exporter.proof_action, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.final_button)
        layout.addWidget(self.reason)
        layout.addWidget(self.proof_button)
        self.extra_buttons = [action_button(action, self) for action in extra]
        for button in self.extra_buttons:
            layout.addWidget(button)
        self.result = ExportResult(opener, self)
        layout.addWidget(self.result)
        for written in (exporter.written, *results):
            self.follow(written)
        exporter.availability_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        reason = self._exporter.final_blocked_reason()
        self.reason.setText(reason or "")
        self.reason.setVisible(bool(reason))
        self.final_button.setAccessibleDescription(reason or "")

    def follow(self, written: SignalInstance) -> None:
        """Show what each emission of ``written`` (a ``Written``) says was saved."""
        written.connect(self.result.show_written)
