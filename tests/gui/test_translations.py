"""The window's strings reach translators, and a shipped translation comes up in the window."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from gui.gui_helpers import FakeDialogs
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from designer.gui.app import create_window
from designer.gui.catalogue import Catalogue
from designer.gui.settings import Settings
from designer.gui.translations import I18N, LANGUAGE_ENV, install_translations
from designer.gui.worker import ImmediateRunner

pytestmark = pytest.mark.gui

TOOLS = Path(sys.executable).parent
GUI = I18N.parent
GAELIC = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="gd">
<context>
    <name>MainWindow</name>
    <message><source>&amp;File</source><translation>&amp;Faidhle</translation></message>
</context>
</TS>
"""


def sources(ts_file: Path) -> set[tuple[str, str]]:
    text = ts_file.read_text(encoding="utf-8")
    found = set()
    for context in re.findall(r"<context>(.*?)</context>", text, re.S):
        (name,) = re.findall(r"<name>(.*?)</name>", context)
        found |= {(name, s) for s in re.findall(r"<source>(.*?)</source>", context, re.S)}
    return found


def test_the_translators_file_holds_every_string_of_the_window(tmp_path: Path) -> None:
    fresh = tmp_path / "designer.ts"
    files = sorted(str(p) for p in GUI.glob("*.py"))
    extract = [TOOLS / "pyside6-lupdate", *files, "-ts", fresh]
    subprocess.run(extract, check=True, capture_output=True)

    missing = sources(fresh) - sources(I18N / "designer.ts")

    assert len(sources(fresh)) > 100
    assert not missing, f"run `make translations`: {sorted(missing)[:5]}"


def test_a_shipped_translation_comes_up_in_the_window(
    qtbot: QtBot,
    qapp: QApplication,
    catalogue: Catalogue,
    settings: Settings,
    dialogs: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "designer_gd.ts").write_text(GAELIC, encoding="utf-8")
    compile_qm = [TOOLS / "pyside6-lrelease", tmp_path / "designer_gd.ts"]
    subprocess.run([*compile_qm, "-qm", tmp_path / "designer_gd.qm"], check=True)
    monkeypatch.setenv(LANGUAGE_ENV, "gd")
    translators = install_translations(qapp, folder=tmp_path)
    try:
        window = create_window(ImmediateRunner(), settings, catalogue, dialogs)
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)

    assert menus[0] == "&Faidhle"
    assert "&Edit" in menus  # what the translation leaves out stays in English


def test_a_language_with_no_translation_keeps_the_window_in_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "gd")

    assert [t for t in install_translations(qapp) if "designer" in t.filePath()] == []
