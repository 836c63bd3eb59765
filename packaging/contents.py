"""What goes into the packaged program folder besides the code PyInstaller finds itself.

Shared by ``designer.spec`` (which builds from it), ``build.py`` and ``smoke.py``
(which name what it makes) and ``tests/test_packaging.py`` (which checks it
against what the program reads at run time), so the list lives in one place.
Imports nothing but the standard library: the test suite loads it without
PyInstaller installed.
"""

from __future__ import annotations

import importlib.util
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "designer"  # the folder dist/designer/ and its executable
WINDOW_NAME = "designer-window"  # Windows only: the same program without a console window

# Data trees, from the checkout to their place in the bundle. designer.resources
# looks for designer/_data/{assets,templates} beside its own module, as it does
# in an installed wheel (pyproject.toml's package-data), so the frozen build
# needs no lookup of its own.
DATA_FOLDERS: tuple[tuple[str, str], ...] = (
    ("assets", "designer/_data/assets"),
    ("templates", "designer/_data/templates"),
    ("designer/gui/i18n", "designer/gui/i18n"),
)

# Modules whose file designer.io.load_cache.installed_stamp looks at (size and
# time, found without importing them) to key its disk cache. In the bundle
# their code is inside PyInstaller's archive, so the file it names is copied
# beside it; a name not installed at build time is left out (the stamp then
# says "not found", as it does from source).
STAMPED_MODULES: tuple[str, ...] = (
    "msgspec",
    "phonenumbers",
    "PIL",
    "pydantic",
    "pydantic_core",
    "reportlab",
    "reportlab.pdfbase.ttfonts",
    "segno",
    "uharfbuzz",
    "yaml",
)

# designer uses QtCore, QtGui and QtWidgets only; PySide6-Essentials carries
# more. PyInstaller collects only what is imported, and these keep an indirect
# import (a plugin, a hook) from pulling a module and its Qt libraries in.
QT_EXCLUDES: tuple[str, ...] = tuple(
    f"PySide6.{name}"
    for name in (
        "QtConcurrent", "QtDBus", "QtDesigner", "QtHelp", "QtNetwork", "QtOpenGL",
        "QtOpenGLWidgets", "QtPrintSupport", "QtQml", "QtQuick", "QtQuickControls2",
        "QtQuickTest", "QtQuickWidgets", "QtSql", "QtSvg", "QtSvgWidgets", "QtTest",
        "QtUiTools", "QtXml",
    )
)
# Never imported by a command or the window, but reachable from a library's
# optional parts (pydantic's mypy plugin, PIL's Qt bridge) or from the
# developer tools installed beside it: the tests' and linters' packages.
OTHER_EXCLUDES: tuple[str, ...] = (
    "tkinter", "IPython", "PyQt5", "PyQt6", "PySide2",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "pydantic.mypy", "rich",
    "pygments", "importlinter", "grimp",
)

# PyInstaller's run-time hooks replaced by our own (packaging/rthook_qt.py).
REPLACED_RUNTIME_HOOKS: tuple[str, ...] = ("pyi_rth_pyside6",)


def executable(folder: Path, name: str = NAME) -> Path:
    """The program inside a packaged folder: ``designer``, or ``designer.exe`` on Windows."""
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def platform_tag() -> str:
    """e.g. ``linux-x86_64``, ``windows-amd64``, ``macos-arm64``: the archive's name says where."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def archive_format() -> str:
    """A zip on Windows (Explorer opens it), a tar.gz elsewhere (keeps the executable bit)."""
    return "zip" if sys.platform == "win32" else "gztar"


def data_files() -> list[tuple[str, str]]:
    """(source, destination folder) pairs for PyInstaller's ``datas``."""
    pairs = [(str(ROOT / source), dest) for source, dest in DATA_FOLDERS]
    return pairs + stamped_files()


def stamped_files() -> list[tuple[str, str]]:
    """Each stamped module's file, to the folder it would sit in below site-packages."""
    pairs = []
    for name in STAMPED_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.origin:
            continue
        origin = Path(spec.origin)
        depth = name.count(".") + (1 if origin.name == "__init__.py" else 0)
        site = origin.parents[depth]
        pairs.append((str(origin), str(origin.parent.relative_to(site))))
    return pairs
