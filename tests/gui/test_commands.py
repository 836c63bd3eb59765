"""Undo commands on a bare QUndoStack: no widgets, only the controller."""

from __future__ import annotations

from gui.gui_helpers import POSTER
from PySide6.QtGui import QUndoStack

from designer.gui.catalogue import Catalogue
from designer.gui.commands import (
    ChooseRegion,
    ChooseSize,
    ChooseTemplate,
    Edits,
    EditValue,
    SetProof,
)
from designer.gui.controller import Controller, Highlight, initial_state
from designer.model.sizes import PaperSize


def make(catalogue: Catalogue) -> tuple[Controller, QUndoStack]:
    return Controller(catalogue), QUndoStack()


def test_edit_value_undo_and_redo(catalogue: Catalogue) -> None:
    controller, stack = make(catalogue)
    seen: list[object] = []
    controller.changed.connect(seen.append)
    stack.push(EditValue(controller, "local_note", "Hello"))
    assert controller.state.value("local_note") == "Hello"
    stack.undo()
    assert controller.state.value("local_note") == ""
    stack.redo()
    assert controller.state.value("local_note") == "Hello"
    assert len(seen) == 3


def test_typing_in_one_field_merges_into_one_step(catalogue: Catalogue) -> None:
    controller, stack = make(catalogue)
    for text in ("H", "He", "Hel", "Hello"):
        stack.push(EditValue(controller, "local_note", text))
    stack.push(EditValue(controller, "partner_line", "Shared by Fife"))
    stack.push(EditValue(controller, "local_note", "Hello!"))
    assert stack.count() == 3
    stack.undo()
    stack.undo()
    assert controller.state.value("local_note") == "Hello"
    assert controller.state.value("partner_line") != "Shared by Fife"
    stack.undo()
    assert controller.state.value("local_note") == ""


def test_typing_back_to_the_start_leaves_no_step(catalogue: Catalogue) -> None:
    controller, stack = make(catalogue)
    stack.push(EditValue(controller, "local_note", "a"))
    stack.push(EditValue(controller, "local_note", ""))
    assert stack.count() == 0
    assert controller.state.value("local_note") == ""


def test_choices_are_undoable(catalogue: Catalogue) -> None:
    controller, stack = make(catalogue)
    start = controller.state
    leaflet = catalogue.template("key-messages-leaflet")
    poster = catalogue.template(POSTER)
    assert leaflet is not None and poster is not None
    stack.push(ChooseTemplate(controller, poster))
    stack.push(ChooseSize(controller, PaperSize.A2))
    stack.push(ChooseRegion(controller, catalogue.regions[2]))
    stack.push(SetProof(controller, True))
    state = controller.state
    assert (state.template, state.size, state.region, state.proof) == (
        poster, PaperSize.A2, catalogue.regions[2], True)
    for _ in range(4):
        stack.undo()
    assert controller.state == start


def test_switching_template_keeps_shared_values_and_a_fitting_size(catalogue: Catalogue) -> None:
    poster = catalogue.template(POSTER)
    leaflet = catalogue.template("key-messages-leaflet")
    assert poster is not None and leaflet is not None
    state = initial_state(catalogue).with_template(poster).with_size(PaperSize.A2)
    state = state.with_value("partner_line", "Shared by Fife Council")
    switched = state.with_template(leaflet)
    assert switched.size in leaflet.sizes
    assert switched.value("partner_line") == "Shared by Fife Council"


def test_edits_skip_no_op_changes_and_state_changes_clear_the_highlight(
    catalogue: Catalogue,
) -> None:
    controller, stack = make(catalogue)
    edits = Edits(controller, stack)
    region = controller.state.region
    assert region is not None
    edits.choose_region(region)  # already chosen
    edits.set_value("local_note", "")
    assert stack.count() == 0
    controller.set_highlight(Highlight(1, "note"))
    edits.set_value("local_note", "x")
    assert controller.highlight is None
