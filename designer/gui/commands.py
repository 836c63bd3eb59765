"""Every user edit as an undo command that only calls the controller.

As in orange-canvas-core's ``document/commands.py``, a command holds the state
before and after and hands one or the other to the controller; it touches no
widget, so it is tested on a bare ``QUndoStack``. ``Edits`` is the small typed
front door widgets call ("choose this region"); it builds and pushes commands.
Consecutive typing in one field merges into one step, so Ctrl+Z undoes a word
or a phrase, not a single letter. Choosing a template or an area brings back the
values last typed for it (``Controller.recalled``); undo puts the old ones back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from designer.gui.controller import Controller
from designer.gui.plain_tr import plain_tr
from designer.gui.plain_words import printer_title
from designer.gui.state import EditorState
from designer.model.printer import PrinterProfile
from designer.model.region import Region
from designer.model.sizes import PaperSize
from designer.model.template import Template

EDIT_VALUE_ID = 1001


def tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


class StateCommand(QUndoCommand):
    """Move the controller from one immutable state to another, and back."""

    def __init__(self, controller: Controller, after: EditorState, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._before = controller.state
        self._after = after

    def redo(self) -> None:
        self._controller.set_state(self._after)

    def undo(self) -> None:
        self._controller.set_state(self._before)


class EditValue(StateCommand):
    """Typing into one field; consecutive edits of the same field merge."""

    def __init__(self, controller: Controller, name: str, value: str) -> None:
        after = controller.state.with_value(name, value)
        super().__init__(controller, after, tr("Edit {field}").format(field=_label(after, name)))
        self.name = name

    def id(self) -> int:
        return EDIT_VALUE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditValue) or other.name != self.name:
            return False
        self._after = other._after
        self.setObsolete(self._after == self._before)
        return True


class ChooseTemplate(StateCommand):
    def __init__(self, controller: Controller, template: Template) -> None:
        after = controller.recalled(controller.state.with_template(template))
        text = tr("Choose template {title}").format(title=template.title)
        super().__init__(controller, after, text)


class ChooseRegion(StateCommand):
    def __init__(self, controller: Controller, region: Region) -> None:
        after = controller.recalled(controller.state.with_region(region))
        super().__init__(controller, after, tr("Choose area {name}").format(name=region.name))


class ChooseSize(StateCommand):
    def __init__(self, controller: Controller, size: PaperSize) -> None:
        after = controller.state.with_size(size)
        super().__init__(controller, after, tr("Choose size {size}").format(size=size.value))


class ChoosePrinter(StateCommand):
    def __init__(self, controller: Controller, printer: PrinterProfile) -> None:
        after = controller.state.with_printer(printer)
        # the printer list's plain name, not the profile's "PDF/X-1a:2001 (strict)"
        text = tr("Choose printer: {title}").format(title=printer_title(printer, plain_tr))
        super().__init__(controller, after, text)


class SetProof(StateCommand):
    def __init__(self, controller: Controller, proof: bool) -> None:
        after = controller.state.with_proof(proof)
        text = tr("Proof only") if proof else tr("Print-ready")
        super().__init__(controller, after, text)


def _label(state: EditorState, name: str) -> str:
    field = state.template.field_named(name) if state.template else None
    return field.label if field else name


class Edits:
    """What widgets call to change the document; a no-op when nothing would change."""

    def __init__(self, controller: Controller, stack: QUndoStack) -> None:
        self.controller = controller
        self.stack = stack

    def choose_template(self, template: Template) -> None:
        if template != self.controller.state.template:
            self.stack.push(ChooseTemplate(self.controller, template))

    def choose_region(self, region: Region) -> None:
        if region != self.controller.state.region:
            self.stack.push(ChooseRegion(self.controller, region))

    def choose_size(self, size: PaperSize) -> None:
        if size != self.controller.state.size:
            self.stack.push(ChooseSize(self.controller, size))

    def choose_printer(self, printer: PrinterProfile) -> None:
        if printer != self.controller.state.printer:
            self.stack.push(ChoosePrinter(self.controller, printer))

    def set_proof(self, proof: bool) -> None:
        if proof != self.controller.state.proof:
            self.stack.push(SetProof(self.controller, proof))

    def set_value(self, name: str, value: str) -> None:
        if value != self.controller.state.value(name):
            self.stack.push(EditValue(self.controller, name, value))
