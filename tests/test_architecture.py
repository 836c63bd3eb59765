"""The core runs headless: nothing outside designer.gui imports Qt."""

from __future__ import annotations

import subprocess
import sys

CORE_ENTRY_POINTS = [
    "designer.cli",
    "designer.approval.verify",
    "designer.trace.log",
    "designer.trace.compare",
    "designer.colour",
    "designer.render.preview",
    "designer.production",
    "designer.batch",
    "designer.export",
    "designer.pack",
    "designer.preflight.layout_checks",
    "designer.preflight.pdf_checks",
    "designer.io.templates",
    "designer.io.regions",
]


def test_core_modules_import_no_qt() -> None:
    imports = "; ".join(f"import {name}" for name in CORE_ENTRY_POINTS)
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
