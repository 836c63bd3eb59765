"""Keep what the officer typed, per template (and area), so quitting loses nothing.

Every change of the state writes the current template's field values to the
settings file; the next launch starts from them (``Settings.remembered``), and
choosing a template or an area again brings back what was typed for it.
There is nothing to lose on quit, so the window never has to ask.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from designer.gui.controller import Controller
from designer.gui.settings import Settings
from designer.gui.state import EditorState


class FieldMemory(QObject):
    def __init__(self, controller: Controller, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        controller.recall = settings.field_values
        controller.changed.connect(self.keep)
        self.keep(controller.state)

    def keep(self, state: EditorState) -> None:
        if state.template is None:
            return
        region_id = state.region.id if state.region is not None else ""
        self._settings.keep_field_values(state.template.id, region_id, dict(state.values))
