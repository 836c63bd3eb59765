"""Smaller things an officer tripped over: the keyboard's path, leaflet pages, silent failures."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PureWindowsPath

import pytest
from gui.gui_helpers import FakeDialogs
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from designer.gui import main_window as main_window_module
from designer.gui.export_result import DesktopOpener
from designer.gui.main_window import MainWindow
from designer.gui.open_folder import Command, Desktop, Opened
from designer.gui.panels import keyboard_order

LEAFLET = "dl-trifold-leaflet"


def choose(window: MainWindow, template_id: str) -> None:
    template = window.controller.catalogue.template(template_id)
    assert template is not None
    window.edits.choose_template(template)
    QApplication.processEvents()


def tab_walk(window: MainWindow) -> list[QWidget]:
    """Press Tab from the search box until the focus comes back to it; where it went."""
    start = window.panels.gallery.search
    start.setFocus()
    QApplication.processEvents()
    visited: list[QWidget] = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is start:
            return visited
        visited.append(now)
    raise AssertionError("Tab never came back to the search box")


def stops(window: MainWindow) -> list[QWidget]:
    return [w for w in keyboard_order(window.panels)
            if w.isVisibleTo(window) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


@pytest.mark.parametrize("template", ["worried-about-yourself", LEAFLET])
def test_tab_goes_through_the_steps_in_reading_order_and_round(
        window: MainWindow, template: str) -> None:
    choose(window, template)
    window.resize(1280, 720)
    walked = tab_walk(window)
    expected = stops(window)
    assert walked == expected[1:]
    panels = window.panels
    order = [panels.region.combo, panels.form.editors()[-1], panels.form.copy_text,
             panels.preview.scroll_area, panels.checks.list, panels.export.proof_button]
    positions = [walked.index(w) for w in order]
    assert positions == sorted(positions)


def test_every_tab_stop_shows_where_the_focus_is(window: MainWindow) -> None:
    """Boxes, buttons, lists and tabs draw a focus mark; a plain scroll area draws none."""
    choose(window, LEAFLET)
    for widget in stops(window):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if type(widget).__name__ == "QScrollArea":
            assert ":focus" in widget.styleSheet(), "the preview shows no focus"
    columns = [window.panels.splitter.widget(i) for i in range(3)]
    assert not [c for c in columns if c.focusPolicy() & Qt.FocusPolicy.TabFocus]


def test_a_box_reached_by_the_keyboard_scrolls_wholly_into_view(window: MainWindow) -> None:
    window.resize(1280, 560)
    QApplication.processEvents()
    last = window.panels.form.editors()[-1]
    column = window.panels.splitter.widget(0)
    last.setFocus()
    QApplication.processEvents()
    top = last.mapTo(column, last.rect().topLeft()).y()
    assert top >= 0 and top + last.height() <= column.height()


def test_the_leaflets_inside_page_is_a_tab_of_its_own(window: MainWindow) -> None:
    choose(window, LEAFLET)
    tabs = window.panels.preview.page_box
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Page 1: outside",
                                                             "Page 2: inside"]
    assert tabs.isVisibleTo(window)
    tabs.setCurrentIndex(1)
    last = window.pipeline.last
    assert last is not None and last.raster.page_index == 1


def test_a_log_folder_that_cannot_be_opened_says_where_it_is(
        window: MainWindow, dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    opened: list[str] = []

    def no_file_manager(url: object) -> bool:
        opened.append(str(url))
        return False

    def no_programs(plan: Sequence[Command]) -> Opened:
        opened.extend(c.program for c in plan)
        return Opened(False)

    # the export box's opener: the desktop's commands first, then Qt's own, none working
    window.use_opener(DesktopOpener(Desktop.LINUX, no_programs, no_file_manager,
                                    background=False, parent=window))
    monkeypatch.setattr(main_window_module, "log_dir", lambda: tmp_path / "logs")
    (action,) = [a for m in window.menuBar().actions() if m.menu()
                 for a in m.menu().actions() if a.text() == "Open the log folder"]
    action.trigger()
    assert opened[0] == "xdg-open" and "logs" in opened[-1]
    assert len(dialogs.errors) == 1 and str(tmp_path / "logs") in dialogs.errors[0]
    assert "no program that can show folders" in dialogs.errors[0]


def test_a_log_folder_that_cannot_be_made_says_why(
        window: MainWindow, dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(main_window_module, "log_dir", lambda: blocker / "logs")
    window._open_logs()
    assert len(dialogs.errors) == 1 and str(blocker / "logs") in dialogs.errors[0]


def test_a_recent_output_is_shown_in_its_folder_by_the_export_boxs_opener(
        window: MainWindow, dialogs: FakeDialogs, tmp_path: Path) -> None:
    made = tmp_path / "poster.pdf"
    made.write_bytes(b"%PDF-1.4\n")
    window.settings.add_recent(made)
    asked: list[tuple[str, ...]] = []

    def none_work(plan: Sequence[Command]) -> Opened:
        asked.extend(c.argv for c in plan)
        return Opened(False)

    window.use_opener(DesktopOpener(Desktop.WINDOWS, none_work, lambda _url: False,
                                    background=False, parent=window))
    window.recent_menu.aboutToShow.emit()
    (action,) = [a for a in window.recent_menu.actions() if a.text() == "poster.pdf"]
    action.trigger()
    assert asked == [("explorer", "/select,", str(PureWindowsPath(made)))]  # as Show in folder
    assert len(dialogs.errors) == 1 and str(made) in dialogs.errors[0]
