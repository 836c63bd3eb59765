"""The one object widgets follow: the current state, the catalogue, the highlight.

Widgets never poke each other. They read the controller and react to its
signals; user edits reach it only through undo commands (``commands.py``).
The controller itself holds no Qt widgets and makes no decisions about the
poster: it stores immutable values and says when they change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from msgspec import Struct
from PySide6.QtCore import QObject, Signal

from designer.gui.catalogue import Catalogue
from designer.gui.state import EditorState, Values
from designer.production import Job
from designer.records import replace

T = TypeVar("T")


class Highlight(Struct, frozen=True):
    """A frame to show on the preview: page (1-based) and frame id."""

    page: int
    frame_id: str


class Remembered(Struct, frozen=True, kw_only=True):
    """Choices from last time, by id; missing or stale ids fall back to the first entry.

    ``values`` are the field values last typed for that template (and area), so
    quitting loses nothing; names the template no longer has are dropped.
    """

    template_id: str = ""
    region_id: str = ""
    size: str = ""
    printer_id: str = ""
    values: Values = ()


class Controller(QObject):
    changed = Signal(object)  # EditorState
    catalogue_changed = Signal(object)  # Catalogue
    highlight_changed = Signal(object)  # Highlight | None

    def __init__(self, catalogue: Catalogue, state: EditorState | None = None) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._state = state if state is not None else initial_state(catalogue)
        self._highlight: Highlight | None = None
        # the values last typed for a template (and area): FieldMemory sets this, so choosing
        # an area or template brings back what was typed for it; by default nothing is kept
        self.recall: Callable[[str, str], dict[str, str]] = lambda _template, _region: {}

    @property
    def state(self) -> EditorState:
        return self._state

    @property
    def catalogue(self) -> Catalogue:
        return self._catalogue

    @property
    def highlight(self) -> Highlight | None:
        return self._highlight

    def job(self, state: EditorState | None = None, *, proof: bool | None = None) -> Job | None:
        """The frozen job for ``state`` (default: the current one), with the catalogue's keyring."""
        state = state if state is not None else self._state
        return state.job(proof=proof, keyring=self._catalogue.keyring)

    def recalled(self, state: EditorState) -> EditorState:
        """``state`` with the values last typed for its template and area, where there are any."""
        if state.template is None:
            return state
        region_id = state.region.id if state.region is not None else ""
        return _with_values(state, self.recall(state.template.id, region_id))

    def set_state(self, state: EditorState) -> None:
        if state != self._state:
            self._state = state
            self.set_highlight(None)
            self.changed.emit(state)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """New lists (after a region import): the chosen region is looked up again by id."""
        self._catalogue = catalogue
        self.catalogue_changed.emit(catalogue)
        region = self._state.region
        fresh = catalogue.region(region.id) if region is not None else None
        self.set_state(self._state.with_region(fresh or _first(catalogue.regions)))

    def set_highlight(self, highlight: Highlight | None) -> None:
        if highlight != self._highlight:
            self._highlight = highlight
            self.highlight_changed.emit(highlight)


def initial_state(catalogue: Catalogue, remembered: Remembered | None = None) -> EditorState:
    remembered = remembered or Remembered()
    state = EditorState(printer=catalogue.printer(remembered.printer_id) or catalogue.printers[0])
    template = catalogue.template(remembered.template_id) or _first(catalogue.templates)
    if template is not None:
        state = state.with_template(template)
        size = next((s for s in template.sizes if s.value == remembered.size), None)
        state = replace(state, size=size or state.size)
        if template.id == remembered.template_id:
            state = _with_values(state, dict(remembered.values))
    region = catalogue.region(remembered.region_id) or _first(catalogue.regions)
    return state.with_region(region)


def _with_values(state: EditorState, values: dict[str, str]) -> EditorState:
    kept = tuple((name, values.get(name, value)) for name, value in state.values)
    return replace(state, values=kept)


def _first(items: tuple[T, ...]) -> T | None:
    return items[0] if items else None
