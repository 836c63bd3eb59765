"""After every export the window says what it wrote and where, and opens that folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from gui.gui_helpers import FakeDialogs
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from designer.gui.export_result import DesktopOpener, ExportResult, Written, WrittenKind
from designer.gui.main_window import MainWindow
from designer.gui.open_folder import (
    Command,
    Desktop,
    Opened,
    current_desktop,
    open_folder_plan,
    run_plan,
    show_item_plan,
)


def box(window: MainWindow) -> ExportResult:
    return window.panels.export.result


def read(label: QLabel) -> str:
    """The label's text as read: without the invisible line-break chances in long names."""
    return label.text().replace("\u200b", "")


def test_nothing_is_shown_before_the_first_export(window: MainWindow) -> None:
    assert not box(window).isVisible()


def test_a_proof_export_says_what_it_wrote_and_where(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "poster-PROOF.pdf"
    dialogs.paths.append(target)
    window.exporter.proof_action.trigger()
    assert target.is_file()
    shown = box(window)
    assert shown.isVisible()
    assert "proof" in read(shown.headline) and target.name in read(shown.headline)
    assert str(target.parent) in read(shown.where)
    assert shown.open_button.isVisible() and shown.show_button.isVisible()


def test_a_long_file_name_does_not_widen_the_export_column(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    folder = tmp_path / "council_communications_posters_autumn_campaign"
    target = folder / "worried-about-yourself_city-of-edinburgh_A3-PROOF.pdf"
    dialogs.paths.append(target)
    window.exporter.proof_action.trigger()
    assert box(window).isVisible()
    assert box(window).minimumSizeHint().width() < 240  # the name wraps; the column stays narrow


def test_a_print_ready_export_says_so(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "poster.pdf"
    dialogs.paths.append(target)
    window.exporter.final_action.trigger()
    assert target.is_file()
    assert read(box(window).headline) == f"Saved the print-ready PDF “{target.name}”."
    assert str(tmp_path) in read(box(window).where)


def test_a_print_pack_says_which_folder_it_made(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    folder = tmp_path / "packs"
    dialogs.folders.append(folder)
    window.pack_saver.action.trigger()
    (pack,) = [p for p in folder.iterdir() if p.is_dir()]
    shown = box(window)
    assert shown.isVisible() and f"print pack “{pack.name}”" in read(shown.headline)
    assert shown.written is not None and shown.written.path == pack
    assert str(folder) in read(shown.where)


def test_a_batch_says_what_it_wrote_in_the_dialog(window: MainWindow, tmp_path: Path) -> None:
    dialog = window.open_batch()
    dialog.set_checked({r.id for r in window.controller.catalogue.regions[:3]})
    dialog.set_folder(tmp_path)
    dialog.start()
    shown = dialog.written_box
    assert shown.isVisibleTo(dialog)
    assert read(shown.headline) == "Saved 3 file(s): 1 print-ready, 2 proof(s)."
    assert str(tmp_path) in read(shown.where)
    assert shown.written is not None and shown.written.path.parent == tmp_path


# --- which program opens the folder, per desktop ---------------------------------------------


def test_windows_selects_the_file_in_explorer() -> None:
    path = PureWindowsPath("C:/Users/officer/My Posters/poster.pdf")
    (show,) = show_item_plan(path, Desktop.WINDOWS)
    assert show.argv == ("explorer", "/select,", r"C:\Users\officer\My Posters\poster.pdf")
    assert not show.wait  # explorer returns 1 when it worked
    (folder,) = open_folder_plan(path.parent, Desktop.WINDOWS)
    assert folder.argv == ("explorer", r"C:\Users\officer\My Posters")


def test_macos_reveals_the_file_in_finder() -> None:
    path = PurePosixPath("/Users/officer/poster.pdf")
    plan = show_item_plan(path, Desktop.MACOS)
    assert plan[0].argv == ("open", "-R", "/Users/officer/poster.pdf") and plan[0].wait
    assert plan[-1].argv == ("open", "/Users/officer")
    assert open_folder_plan(path.parent, Desktop.MACOS) == (Command(("open", "/Users/officer")),)


def test_linux_asks_the_file_manager_over_dbus_then_opens_the_folder() -> None:
    path = PurePosixPath("/home/officer/out/poster 1.pdf")
    plan = show_item_plan(path, Desktop.LINUX)
    assert [c.program for c in plan] == ["dbus-send", "gdbus", "xdg-open", "gio"]
    assert "org.freedesktop.FileManager1.ShowItems" in plan[0].argv
    assert "array:string:file:///home/officer/out/poster%201.pdf" in plan[0].argv
    assert plan[2].argv == ("xdg-open", "/home/officer/out")
    assert [c.argv for c in open_folder_plan(path.parent, Desktop.LINUX)] == [
        ("xdg-open", "/home/officer/out"), ("gio", "open", "/home/officer/out")]


@pytest.mark.parametrize(("platform", "desktop"), [
    ("win32", Desktop.WINDOWS), ("cygwin", Desktop.WINDOWS), ("darwin", Desktop.MACOS),
    ("linux", Desktop.LINUX), ("freebsd14", Desktop.LINUX)])
def test_the_desktop_follows_the_platform(platform: str, desktop: Desktop) -> None:
    assert current_desktop(platform) is desktop


def test_a_plan_skips_missing_programs_and_falls_back_when_one_fails() -> None:
    plan = show_item_plan(PurePosixPath("/tmp/a.pdf"), Desktop.LINUX)
    started: list[tuple[str, ...]] = []

    def start(argv: Sequence[str], wait: bool) -> bool:
        started.append(tuple(argv))
        return argv[0] == "/usr/bin/xdg-open"  # no file manager answers on D-Bus

    found = {"dbus-send": "/usr/bin/dbus-send", "xdg-open": "/usr/bin/xdg-open"}
    opened = run_plan(plan, which=found.get, start=start)
    assert opened == Opened(True, ("dbus-send", "xdg-open"))
    assert started[-1] == ("/usr/bin/xdg-open", "/tmp")
    assert run_plan(plan, which=lambda _name: None, start=start) == Opened(False, ())


# --- when nothing can open a folder ----------------------------------------------------------


def offline_box(qtbot: QtBot, *, qt_opens: bool) -> tuple[ExportResult, list[str]]:
    asked: list[str] = []

    def open_url(url: QUrl) -> bool:
        asked.append(url.toLocalFile())
        return qt_opens

    def nothing(plan: Sequence[Command]) -> Opened:
        return run_plan(plan, which=lambda _name: None)

    opener = DesktopOpener(Desktop.LINUX, nothing, open_url, background=False)
    result = ExportResult(opener)
    qtbot.addWidget(result)
    return result, asked


def test_no_file_manager_is_said_plainly_with_the_path_to_copy(
    qtbot: QtBot, tmp_path: Path
) -> None:
    result, asked = offline_box(qtbot, qt_opens=False)
    path = tmp_path / "poster.pdf"
    result.show_written(Written(kind=WrittenKind.FINAL, path=path, folder=tmp_path))
    result.show()
    assert not result.copy_button.isVisible()
    qtbot.mouseClick(result.show_button, Qt.MouseButton.LeftButton)
    assert asked == [str(tmp_path)]  # Qt's own opener was tried last
    assert result.problem.isVisible()
    assert "no program that can show folders" in read(result.problem)
    assert str(path) in read(result.problem)
    assert result.copy_button.isVisible()
    qtbot.mouseClick(result.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(path)


def test_qt_opening_the_folder_counts_as_done(qtbot: QtBot, tmp_path: Path) -> None:
    result, asked = offline_box(qtbot, qt_opens=True)
    result.show_written(Written(kind=WrittenKind.PROOF, path=tmp_path / "a.pdf", folder=tmp_path))
    result.show()
    qtbot.mouseClick(result.open_button, Qt.MouseButton.LeftButton)
    assert asked == [str(tmp_path)] and not result.problem.isVisible()
