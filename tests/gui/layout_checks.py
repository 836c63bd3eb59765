"""What "fits the screen" means, as checks on a shown window (used in and out of process).

A control is *in view* when it is visible, its whole rectangle (mapped to
the window) lies inside the window's central area and inside the viewport of
every scroll area around it, and it has at least the size it asks for
(``sizeHint``) in width, so no word on it is cut off. A control is
*reachable* when it is in view, or comes wholly into view once the scroll
area around it scrolls to it (as the window does when the keyboard moves
the focus there). The action buttons and the checks list must
be in view without scrolling; every other control must be reachable.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

from designer.gui.main_window import MainWindow
from designer.gui.panels import keyboard_order


def window_rect(widget: QWidget, window: MainWindow) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def visible_area(widget: QWidget, window: MainWindow) -> QRect:
    """The part of the window where ``widget`` can be seen: the central area, cut by viewports."""
    central = window.centralWidget()
    area = window_rect(central, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            area = area.intersected(window_rect(parent.viewport(), window))
        parent = parent.parentWidget()
    return area


def in_view_problem(widget: QWidget, window: MainWindow) -> str | None:
    """Why ``widget`` is not in view, or None when it is."""
    name = widget.accessibleName() or widget.objectName() or type(widget).__name__
    if isinstance(widget, QAbstractButton):
        name = widget.text() or name
    if not widget.isVisibleTo(window):
        return f"{name}: hidden"
    rect, area = window_rect(widget, window), visible_area(widget, window)
    if not area.contains(rect):
        return f"{name}: at {rect.getRect()}, outside the visible {area.getRect()}"
    if widget.width() < widget.sizeHint().width() and isinstance(widget, QAbstractButton):
        return f"{name}: {widget.width()} px wide, its words need {widget.sizeHint().width()}"
    return None


def reach_problem(widget: QWidget, window: MainWindow) -> str | None:
    """Why ``widget`` cannot be reached (scrolling allowed), or None when it can."""
    if in_view_problem(widget, window) is None:
        return None
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    content = parent.widget() if isinstance(parent, QScrollArea) else None
    if isinstance(parent, QScrollArea) and content is not None:
        rect = QRect(widget.mapTo(content, widget.rect().topLeft()), widget.size())
        centre = rect.center()
        parent.ensureVisible(centre.x(), centre.y(), rect.width() // 2 + 1,
                             rect.height() // 2 + 1)
        QApplication.processEvents()
    return in_view_problem(widget, window)


def action_widgets(window: MainWindow) -> list[QWidget]:
    export = window.panels.export
    return [export.final_button, export.proof_button, *export.extra_buttons,
            window.panels.checks.list]


def fit_problems(window: MainWindow) -> list[str]:
    """Everything wrong with the window at its present size; empty when it fits."""
    QApplication.processEvents()
    problems = [p for w in action_widgets(window) if (p := in_view_problem(w, window))]
    if window.panels.checks.list.height() < 100:
        problems.append(f"the checks list is only {window.panels.checks.list.height()} px high")
    for widget in keyboard_order(window.panels):
        if widget.isVisibleTo(window) and (problem := reach_problem(widget, window)):
            problems.append(problem)
    return problems
