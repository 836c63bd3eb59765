"""GUI tests: offscreen Qt, a real controller and engine, a synchronous worker.

``QT_QPA_PLATFORM`` is set before anything creates the QApplication. Every test
builds the real window around the synchronous ``ImmediateRunner`` (renders
happen inside the edit that caused them) and scripted dialogs, so nothing
ever waits on a modal box.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui.gui_helpers import POSTER, FakeDialogs, approved_templates, verified
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from designer.gui.app import create_window
from designer.gui.catalogue import Catalogue, check_approvals
from designer.gui.main_window import MainWindow
from designer.gui.settings import Settings
from designer.gui.worker import ImmediateRunner
from designer.io.regions import load_regions
from designer.io.templates import load_library
from designer.model.printer import DEFAULT_PRINTER
from designer.model.region import Region
from designer.model.template import Template
from designer.resources import regions_file


@pytest.fixture(scope="session")
def approved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Copies of the bundled templates, signed with the demo key, and a keyring trusting it."""
    folder = tmp_path_factory.mktemp("approved")
    return approved_templates(folder)


@pytest.fixture(scope="session")
def library_templates(approved: tuple[Path, Path]) -> tuple[Template, ...]:
    return load_library(approved[0]).templates


@pytest.fixture(scope="session")
def sample_regions() -> tuple[Region, ...]:
    return tuple(load_regions())


@pytest.fixture
def catalogue(tmp_path: Path, library_templates: tuple[Template, ...],
              sample_regions: tuple[Region, ...], approved: tuple[Path, Path]) -> Catalogue:
    """Templates as bundled; one verified area first, then three sample (unverified) ones."""
    source = tmp_path / "regions.yaml"
    shutil.copyfile(regions_file(), source)
    regions = (verified(sample_regions[4]), *sample_regions[:3])
    approvals = check_approvals(library_templates, approved[1])
    return Catalogue(
        templates=library_templates,
        regions=regions,
        printers=(DEFAULT_PRINTER,),
        problems=(),
        regions_source=source,
        keyring=approved[1],
        approvals=approvals,
    )


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config" / "designer.ini")


@pytest.fixture
def window(
    qtbot: QtBot, catalogue: Catalogue, settings: Settings, dialogs: FakeDialogs
) -> MainWindow:
    settings.template_id = POSTER
    settings.size = "A3"
    win = create_window(ImmediateRunner(), settings, catalogue, dialogs)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture(autouse=True)
def no_leaked_widgets(qapp: QApplication) -> Iterator[None]:
    """Each test starts with no top-level widget left over from the one before."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leftover = [w for w in QApplication.topLevelWidgets() if w.isWindow() and _counts(w)]
    assert not leftover, f"widgets leaked from an earlier test: {leftover}"
    yield


def _counts(widget: object) -> bool:
    """Qt keeps a few private top-levels (tooltips, completer popups' hosts); ignore those."""
    name = type(widget).__name__
    return name not in {"QTipLabel", "QMenu"} and not name.startswith("_")
