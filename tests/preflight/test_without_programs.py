"""Nothing in the core needs a program on PATH: exports and ``designer preflight`` without them.

qpdf, poppler and Ghostscript are hidden two ways: in this process (PATH
emptied, ``shutil.which`` finding nothing, and any attempt to start a program
failing the test), and for the command line in a subprocess whose PATH holds
only the virtual environment's bin folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.colors import CMYKColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from support import job, verified

from designer.export import export_product
from designer.io.region.yaml_write import dump_regions_yaml
from designer.io.regions import load_regions
from designer.model.printer import DEFAULT_PRINTER
from designer.preflight.pdf_checks import InkCheck, Programs, preflight_pdf
from designer.production import produce

PROGRAMS = ("qpdf", "pdfinfo", "pdffonts", "pdfimages", "gs")
VENV_BIN = Path(sys.executable).parent
NOTO = Path(__file__).resolve().parents[2] / "assets" / "fonts" / "NotoSans-Regular.ttf"


@pytest.fixture
def no_programs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No checking program can be found or started from this process."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    real_which = shutil.which
    monkeypatch.setattr(
        shutil, "which", lambda name, *a, **k: None if name in PROGRAMS else real_which(name)
    )
    real_run = subprocess.run

    def refuse(args: list[str], *rest: object, **options: object) -> object:
        if Path(str(args[0])).name in PROGRAMS:
            pytest.fail(f"the core started {args[0]}")
        return real_run(args, *rest, **options)  # type: ignore[call-overload]

    monkeypatch.setattr(subprocess, "run", refuse)


@pytest.mark.usefixtures("no_programs")
def test_a_final_export_needs_no_program(tmp_path: Path) -> None:
    assert Programs.installed() == Programs()
    product = produce(job("worried-about-someone", "fife", "A3", verify=True))
    target = tmp_path / product.file_name

    exported = export_product(product, target)

    assert target.read_bytes() == product.pdf
    assert not exported.proof
    assert list(exported.pdf_issues) == []


@pytest.mark.usefixtures("no_programs")
def test_every_finding_is_found_without_the_programs(tmp_path: Path) -> None:
    path = tmp_path / "bad.pdf"
    canvas = Canvas(str(path), pagesize=(400, 400))
    canvas.setFillColorRGB(0.9, 0.1, 0.1)
    canvas.rect(40, 40, 100, 40, stroke=0, fill=1)
    canvas.setFont("Helvetica", 24)
    canvas.drawString(60, 300, "Not embedded")
    canvas.drawImage(ImageReader(Image.new("CMYK", (100, 100))), 60, 100, 100, 100)
    canvas.showPage()
    canvas.save()

    rules = {i.rule for i in preflight_pdf(path, DEFAULT_PRINTER)}

    assert {"pdf.colour.rgb", "pdf.font.not-embedded", "pdf.image.low-ppi"} <= rules
    assert "pdf.boxes.trim-missing" in rules


def _over_the_limit(path: Path) -> Path:
    pdfmetrics.registerFont(TTFont("NotoSans", str(NOTO)))
    canvas = Canvas(str(path), pagesize=(400, 400), initialFontName="NotoSans")
    canvas.setTrimBox((30, 30, 370, 370))
    canvas.setBleedBox((21.5, 21.5, 378.5, 378.5))
    # a shading (which the bound cannot judge) under the whole page, then 340 % of ink
    canvas.linearGradient(200, 200, 300, 300, (CMYKColor(1, 0, 0, 0), CMYKColor(0, 1, 0, 0)))
    canvas.setFillColor(CMYKColor(1, 0.8, 0.8, 0.8))
    canvas.rect(100, 100, 50, 50, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    return path


@pytest.mark.usefixtures("no_programs")
def test_ink_no_program_measured_is_a_warning_saying_why(tmp_path: Path) -> None:
    path = _over_the_limit(tmp_path / "ink.pdf")

    found = preflight_pdf(path, DEFAULT_PRINTER, ink_check=InkCheck.RENDER)

    (ink,) = [i for i in found if i.rule.startswith("pdf.ink")]
    assert ink.rule == "pdf.ink.unmeasured" and ink.severity == "warning"
    assert "a shading" in ink.message and "Ghostscript is not installed" in ink.message
    assert ink.page == 1


@pytest.mark.tools
def test_with_ghostscript_the_same_page_is_measured(tmp_path: Path) -> None:
    path = _over_the_limit(tmp_path / "ink.pdf")

    found = preflight_pdf(path, DEFAULT_PRINTER, programs=Programs(ghostscript=True))

    (ink,) = [i for i in found if i.rule.startswith("pdf.ink")]
    assert ink.rule == "pdf.ink.total" and ink.measured == "340.0 %"


# --- the command line, in a process whose PATH holds only the virtual environment ------------


def _designer(*args: str | Path, cwd: Path, path: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": path}
    command = [str(VENV_BIN / "designer"), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env, check=False)


@pytest.fixture
def verified_regions(tmp_path: Path) -> Path:
    directory = load_regions()
    regions = tuple(verified(r) if r.id == "fife" else r for r in directory.regions)
    path = tmp_path / "regions.yaml"
    path.write_text(dump_regions_yaml(type(directory)(regions, directory.default_helpline, path)))
    return path


def test_render_and_preflight_run_with_only_the_venv_on_path(
    tmp_path: Path, verified_regions: Path
) -> None:
    assert not any((VENV_BIN / name).exists() for name in PROGRAMS)
    only_venv = str(VENV_BIN)
    made = _designer(
        "--regions", verified_regions, "render", "worried-about-someone", "fife", "--size", "A4",
        "--output", "poster.pdf", cwd=tmp_path, path=only_venv,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr

    checked = _designer("preflight", "poster.pdf", cwd=tmp_path, path=only_venv)

    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Not installed, so not run: qpdf --check, poppler" in checked.stdout
    assert "Ghostscript's ink render" in checked.stdout
    assert "Checked with" not in checked.stdout
    assert "PASSED" in checked.stdout and "Traceback" not in checked.stderr


def test_preflight_fails_a_bad_file_as_before_without_the_programs(tmp_path: Path) -> None:
    path = _over_the_limit(tmp_path / "ink.pdf")

    checked = _designer("preflight", path, cwd=tmp_path, path=str(VENV_BIN))

    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "pdf.ink.unmeasured" in checked.stdout or "not measured" in checked.stdout
    assert "FAILED" in checked.stdout


@pytest.mark.tools
def test_preflight_says_which_programs_it_ran(tmp_path: Path) -> None:
    path = _over_the_limit(tmp_path / "ink.pdf")

    checked = _designer("preflight", path, cwd=tmp_path, path=os.environ["PATH"])

    assert "Checked with qpdf --check, poppler (pdfinfo, pdffonts, pdfimages), " in checked.stdout
    assert "Ghostscript's ink render (installed)" in checked.stdout
    assert "Not installed" not in checked.stdout
    assert "pdf.ink.total" in checked.stdout and "340.0 %" in checked.stdout
