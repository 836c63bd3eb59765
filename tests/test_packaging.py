"""The packaged build's configuration, checked without building it (``make package`` builds).

What the frozen program reads at run time must be in the folder PyInstaller
makes: the data trees where ``designer.resources`` looks, the files the disk
cache stamps, the commands imported by name. The Windows installer and the CI
workflow, which cannot run here, must at least name the right files.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path, PureWindowsPath
from types import ModuleType

import pytest
import yaml

from designer import __version__, resources
from designer.io import load_cache

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = _load("contents")


def _analysis_keywords() -> dict[str, ast.expr]:
    tree = ast.parse((PACKAGING / "designer.spec").read_text())
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
             and isinstance(n.func, ast.Name) and n.func.id == "Analysis"]
    assert len(calls) == 1
    return {k.arg: k.value for k in calls[0].keywords if k.arg}


# --- what designer.resources and the disk cache read ------------------------------------------


def test_a_folder_laid_out_as_the_spec_says_is_where_resources_looks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "_internal"  # PyInstaller's folder beside the executable
    for source, dest in contents.DATA_FOLDERS:
        shutil.copytree(ROOT / source, bundle / dest)
    monkeypatch.setattr(resources, "_PACKAGE", bundle / "designer")
    resources.data_root.cache_clear()
    try:
        assert resources.data_root() == bundle / "designer" / "_data"
        found = [resources.font_path("NotoSans-Bold.ttf"), resources.icc_profile(),
                 resources.icc_profile("sRGB.icc"), resources.bundled_regions_file(),
                 resources.asset("logos", "campaign-mark.png"),
                 resources.asset("keys", "keyring.yaml")]
        assert all(p.is_file() and bundle in p.parents for p in found)
        assert sorted(p.name for p in resources.printers_dir().glob("*.yaml")) == [
            "digital-no-marks.yaml", "offset-coated.yaml", "offset-uncoated.yaml",
            "x1a-strict.yaml"]
        assert {p.parent.name for p in resources.templates_dir().glob("*/template.yaml")} == {
            "worried-about-yourself", "worried-about-someone", "key-messages-leaflet",
            "dl-trifold-leaflet"}
    finally:
        resources.data_root.cache_clear()


def test_the_bundle_carries_every_tree_a_wheel_carries() -> None:
    """pyproject.toml's package-data is what an installed designer reads beside its code."""
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]["designer"]
    trees = {"designer/" + p.split("/*")[0] for p in package_data if "/" in p}
    assert trees == {"designer/_data/assets", "designer/_data/templates", "designer/gui/i18n"}
    assert trees <= {dest for _source, dest in contents.DATA_FOLDERS}
    for source, dest in contents.DATA_FOLDERS:  # the checkout's link points at the same tree
        assert (ROOT / dest).resolve() == (ROOT / source).resolve()


def _stamped_in_source() -> set[str]:
    names = set(load_cache._DECIDING_LIBRARIES)
    for path in (ROOT / "designer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "installed_stamp"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                names.add(node.args[0].value)
    return names


def test_every_module_the_disk_cache_stamps_is_copied_beside_the_archive() -> None:
    stamped = _stamped_in_source()
    assert {"pydantic", "reportlab.pdfbase.ttfonts", "segno", "PIL"} <= stamped
    assert stamped <= set(contents.STAMPED_MODULES)


def test_stamped_files_land_where_the_frozen_importer_says_they_are() -> None:
    """PyInstaller gives a module in its archive the file name ``_MEIPASS/a/b.py`` (or
    ``a/b/__init__.py``); installed_stamp looks at that file, so it must exist there."""
    placed = {Path(dest) / Path(source).name for source, dest in contents.stamped_files()}
    expected = set()
    for name in contents.STAMPED_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            parts = Path(*name.split("."))
            package = Path(spec.origin).name == "__init__.py"
            expected.add(parts / "__init__.py" if package else parts.with_suffix(".py"))
    assert Path("reportlab/pdfbase/ttfonts.py") in expected
    assert placed == expected


def test_the_spec_collects_what_is_imported_by_name_and_the_fingerprinted_sources() -> None:
    keywords = _analysis_keywords()
    hidden = keywords["hiddenimports"]
    assert isinstance(hidden, ast.Call) and ast.unparse(hidden) == "collect_submodules('designer')"
    # the modules the parser's Run(...) imports by name are designer's own, so collected
    tree = ast.parse((ROOT / "designer" / "cli" / "parser.py").read_text())
    commands = {ast.literal_eval(n.args[0]) for n in ast.walk(tree)
                if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "Run"}
    assert {"making", "batching", "check", "tracing"} <= commands
    assert all(importlib.util.find_spec(f"designer.cli.{c}") for c in commands)
    # load_cache.code_fingerprint reads designer's own .py files: they go beside the archive
    assert ast.literal_eval(keywords["module_collection_mode"]) == {"designer": "pyz+py"}
    assert ast.unparse(keywords["datas"]) == "contents.data_files()"


def test_qt_is_not_loaded_by_every_run_but_still_finds_its_plugins(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """PyInstaller's PySide6 hook (which imports QtCore) is swapped for ours (which does not)."""
    keywords = _analysis_keywords()
    assert "rthook_qt.py" in ast.unparse(keywords["runtime_hooks"])
    spec = (PACKAGING / "designer.spec").read_text()
    assert "not in contents.REPLACED_RUNTIME_HOOKS" in spec
    assert contents.REPLACED_RUNTIME_HOOKS == ("pyi_rth_pyside6",)
    hook = (PACKAGING / "rthook_qt.py").read_text()
    assert "import PySide6" not in hook and "from PySide6" not in hook
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.delenv("QT_PLUGIN_PATH", raising=False)
    exec(compile(hook, "rthook_qt.py", "exec"), {})
    qt = Path(importlib.util.find_spec("PySide6").origin).parent  # type: ignore[union-attr, arg-type]
    wheel_plugins = qt / "plugins" if sys.platform == "win32" else qt / "Qt" / "plugins"
    assert wheel_plugins.is_dir()  # the bundle keeps the wheel's layout below _MEIPASS
    assert Path(os.environ["QT_PLUGIN_PATH"]) == tmp_path / wheel_plugins.relative_to(qt.parent)


def test_unused_qt_modules_are_left_out_and_the_used_ones_kept() -> None:
    used = set()
    for path in (ROOT / "designer").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text()))
    assert used == {"QtCore", "QtGui", "QtWidgets"}
    excluded = {name.removeprefix("PySide6.") for name in contents.QT_EXCLUDES}
    assert not used & excluded
    assert {"QtNetwork", "QtQml", "QtQuick"} <= excluded


def test_the_freezer_is_an_optional_group_make_test_does_not_install() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    groups = project["optional-dependencies"]
    assert any(d.lower().startswith("pyinstaller") for d in groups["package"])
    assert not any("pyinstaller" in d.lower() for d in [*project["dependencies"], *groups["dev"]])
    makefile = (ROOT / "Makefile").read_text()
    package = re.search(r"^package: (.*)\n((?:\t.*\n)+)", makefile, re.M)
    assert package is not None
    assert package.group(2).split("\n")[0].endswith("packaging/build.py")
    assert "packaging/smoke.py" in package.group(2)
    test_target = re.search(r"^test: (.*)$", makefile, re.M)
    assert test_target is not None and "package" not in test_target.group(1)


# --- the Windows installer and the workflow (not run here) -----------------------------------


def _iss() -> dict[str, str]:
    lines = (PACKAGING / "designer.iss").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if re.match(r"^\w+=", line))


def _from_packaging(windows_path: str) -> Path:
    return (PACKAGING / Path(*PureWindowsPath(windows_path).parts)).resolve()


def test_the_installer_is_per_user_and_packs_the_built_folder() -> None:
    setup = _iss()
    assert setup["PrivilegesRequired"] == "lowest"  # no admin rights, no elevation prompt
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"] == r"{autopf}\designer"  # %LOCALAPPDATA%\Programs when lowest
    assert _from_packaging(setup["OutputDir"]) == contents.DIST.resolve()
    text = (PACKAGING / "designer.iss").read_text()
    (source,) = re.findall(r'^Source: "([^"]+)"', text, re.M)
    assert _from_packaging(source.removesuffix(r"\*")) == (contents.DIST / contents.NAME).resolve()
    programs = set(re.findall(r'\{app\}\\([\w.-]+)', text))
    assert programs == {f"{contents.WINDOW_NAME}.exe"}  # the shortcut opens the windowed one
    spec = (PACKAGING / "designer.spec").read_text()
    assert "contents.WINDOW_NAME, console=False" in spec


def _workflow() -> dict[str, object]:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "package.yml").read_text())
    assert isinstance(workflow, dict)
    return workflow


def test_the_workflow_builds_and_smoke_tests_on_windows_and_macos() -> None:
    (job,) = _workflow()["jobs"].values()  # type: ignore[attr-defined]
    assert {"windows-latest", "macos-latest"} <= set(job["strategy"]["matrix"]["os"])
    runs = [step.get("run", "") for step in job["steps"]]
    assert any(r.strip() == "python packaging/build.py" for r in runs)
    assert any(r.strip() == "python packaging/smoke.py" for r in runs)
    installer = next(r for r in runs if "ISCC.exe" in r)
    (script,) = re.findall(r"(packaging\\[\w.]+\.iss)", installer)
    assert (ROOT / Path(*PureWindowsPath(script).parts)).is_file()
    installed = next(r for r in runs if "VERYSILENT" in r)
    assert r'--dist "$env:LOCALAPPDATA\Programs\designer"' in installed
    assert 'pip install -e ".[gui,package]"' in "\n".join(runs)


def test_the_workflow_uploads_what_build_and_iscc_make() -> None:
    (job,) = _workflow()["jobs"].values()  # type: ignore[attr-defined]
    upload = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/upload"))
    patterns = upload["with"]["path"].split()
    made = [f"dist/designer-{__version__}-windows-amd64.zip",
            f"dist/designer-{__version__}-macos-arm64.tar.gz",
            f"dist/{_iss()['OutputBaseFilename'].replace('{#AppVersion}', __version__)}.exe"]
    assert all(any(fnmatch.fnmatch(name, p) for p in patterns) for name in made)
    assert contents.archive_format() in ("zip", "gztar")


# --- the window's hidden option the smoke test uses ------------------------------------------


@pytest.mark.gui
def test_the_window_quits_after_its_first_preview_when_asked(tmp_path: Path) -> None:
    """What packaging/smoke.py runs: without the option the window would wait for a person."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DESIGNER_"))}
    env.update(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               DESIGNER_QUIT_AFTER_FIRST_PREVIEW="1")
    done = subprocess.run([sys.executable, "-m", "designer"], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["designer: first preview shown"]
