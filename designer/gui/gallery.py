"""Step 1a: the template gallery, with thumbnails rendered from the real templates.

``TemplateListModel`` is a plain list model (checked with pytest-qt's
``qtmodeltester``); ``TemplateGallery`` shows it with a search box and follows
the controller. Thumbnails arrive later from ``thumbnails.py``; until then a
neutral placeholder keeps the list steady.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from designer.approval.verify import ApprovalCheck
from designer.gui.commands import Edits
from designer.gui.state import EditorState
from designer.model.template import Template

THUMB_SIZE = QSize(64, 90)
TemplateRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class TemplateListModel(QAbstractListModel):
    def __init__(self, templates: tuple[Template, ...] = (),
                 approvals: Mapping[str, ApprovalCheck] | None = None) -> None:
        super().__init__()
        self._templates = templates
        self._approvals = dict(approvals or {})
        self._thumbs: dict[str, QIcon] = {}
        self._placeholder = _placeholder_icon()

    def set_templates(self, templates: tuple[Template, ...],
                      approvals: Mapping[str, ApprovalCheck] | None = None) -> None:
        self.beginResetModel()
        self._templates = templates
        self._approvals = dict(approvals or {})
        self.endResetModel()

    def set_thumbnail(self, template_id: str, image: QImage) -> None:
        self._thumbs[template_id] = QIcon(QPixmap.fromImage(image))
        for row, template in enumerate(self._templates):
            if template.id == template_id:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def row_of(self, template_id: str) -> int:
        return next((i for i, t in enumerate(self._templates) if t.id == template_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._templates)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._templates):
            return None
        template = self._templates[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(template)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbs.get(template.id, self._placeholder)
        if role == Qt.ItemDataRole.ToolTipRole:
            check = self._approvals.get(template.id)
            return template.description + (f"\n\n{check.summary}" if check else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(template).replace("\n", ", ")
        if role == TemplateRole:
            return template.id
        if role == SearchRole:
            return " ".join((template.title, template.description, template.id, template.kind))
        return None

    def _display(self, template: Template) -> str:
        sizes = ", ".join(s.value for s in template.sizes)
        return f"{template.title}\n{sizes}  ·  {self._approval_text(template)}"

    def _approval_text(self, template: Template) -> str:
        check = self._approvals.get(template.id)
        if check is not None and check.approved and check.approval is not None:
            return self.tr("version {version}, approved by {by}").format(
                version=template.version, by=check.approval.approved_by)
        if check is not None:
            return self.tr("version {version}, not approved: proofs only").format(
                version=template.version)
        return self.tr("version {version}").format(version=template.version)

    def template_at(self, row: int) -> Template | None:
        return self._templates[row] if 0 <= row < len(self._templates) else None


def _placeholder_icon() -> QIcon:
    pixmap = QPixmap(THUMB_SIZE)
    pixmap.fill(QColor("#e6e9ef"))
    return QIcon(pixmap)


class TemplateGallery(QWidget):
    """Search box over a list of templates; selecting one is an undoable edit."""

    def __init__(self, model: TemplateListModel, edits: Edits, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self._edits = edits
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(model)
        self._proxy.setFilterRole(SearchRole)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search templates"))
        self.search.setAccessibleName(self.tr("Search templates"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._proxy.setFilterFixedString)
        self.view = _list_view(self)
        self.view.setModel(self._proxy)
        self.view.setAccessibleName(self.tr("Templates"))
        self.view.selectionModel().currentChanged.connect(self._picked)
        self.empty = QLabel(self.tr("No template matches your search."), self)
        self.empty.setVisible(False)
        self._proxy.rowsInserted.connect(self._update_empty)
        self._proxy.rowsRemoved.connect(self._update_empty)
        self._proxy.modelReset.connect(self._update_empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.view, self.empty):
            layout.addWidget(widget)
        edits.controller.changed.connect(self.follow)
        self.follow(edits.controller.state)

    def follow(self, state: EditorState) -> None:
        """Select the current template without turning that into an edit."""
        row = self._model.row_of(state.template.id) if state.template else -1
        index = self._proxy.mapFromSource(self._model.index(row, 0))
        if index.isValid() and index != self.view.currentIndex():
            self.view.selectionModel().blockSignals(True)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.selectionModel().blockSignals(False)
            self.view.scrollTo(index)

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        template = self._model.template_at(self._proxy.mapToSource(current).row())
        if template is not None:
            self._edits.choose_template(template)

    def _update_empty(self) -> None:
        self.empty.setVisible(self._proxy.rowCount() == 0)


def _list_view(parent: QWidget) -> QListView:
    view = QListView(parent)
    view.setIconSize(THUMB_SIZE)
    view.setWordWrap(True)
    view.setSpacing(4)
    view.setUniformItemSizes(True)
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QListView.SelectionMode.SingleSelection)
    return view
