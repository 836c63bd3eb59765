"""The layering rules hold for every module, including one written tomorrow.

The rules name what may import a library (designer.gui for Qt; designer.render and the font
modules for ReportLab), so these tests find the modules themselves instead of keeping a list.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import package_modules

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def core_modules() -> list[str]:
    """Every module of the package outside the window, found in the tree."""
    return package_modules(window=False)


def test_the_walk_finds_the_core() -> None:
    names = core_modules()
    assert {"designer.cli", "designer.production", "designer.io.yaml_parse"} <= set(names)
    assert not [name for name in names if name.startswith("designer.gui")]


def test_every_core_module_imports_no_qt() -> None:
    imports = "; ".join(f"import {name}" for name in core_modules())
    code = (
        f"import sys; {imports}; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')); "
        "print(','.join(bad))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_a_cli_command_runs_with_qt_unimportable() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None; "
        "from designer.cli import main; raise SystemExit(main(['templates']))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "worried-about-yourself" in done.stdout


# --- the contracts catch a module that does not exist yet -----------------------------------

@pytest.fixture(scope="module")
def tree_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package and its contracts, copied where a test may add modules to them."""
    top = tmp_path_factory.mktemp("tree")
    shutil.copytree(ROOT / "designer", top / "designer", symlinks=True,
                    ignore=shutil.ignore_patterns("__pycache__", "_data"))
    shutil.copy(ROOT / "pyproject.toml", top / "pyproject.toml")
    return top


def lint(top: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=top, env={"PYTHONPATH": str(top)},
                          capture_output=True, text=True, check=False, timeout=120)


def with_module(top: Path, relative: str, source: str) -> subprocess.CompletedProcess[str]:
    added = top / "designer" / relative
    added.write_text(source, encoding="utf-8")
    try:
        return lint(top)
    finally:
        added.unlink()


def test_the_copied_tree_keeps_every_contract(tree_copy: Path) -> None:
    done = lint(tree_copy)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 kept, 0 broken" in done.stdout


@pytest.mark.parametrize(("relative", "source", "broken"), [
    ("tomorrow.py", "import PySide6.QtCore\n", "Only the window imports Qt BROKEN"),
    ("io/tomorrow.py", "from designer.gui import state\n",
     "Nothing outside the window imports the window BROKEN"),
    ("model/tomorrow.py", "from reportlab.lib.units import mm\n",
     "Only render and the font modules import ReportLab BROKEN"),
])
def test_a_new_module_that_breaks_a_rule_fails(tree_copy: Path, relative: str, source: str,
                                               broken: str) -> None:
    done = with_module(tree_copy, relative, source)
    assert done.returncode != 0
    assert broken in done.stdout, done.stdout
