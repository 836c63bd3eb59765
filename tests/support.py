"""Shared test helpers: real regions and templates, and the real PDF tools."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import designer
from designer.io.regions import load_regions
from designer.io.templates import load_library
from designer.model.region import Region, Verification
from designer.model.sizes import PaperSize
from designer.production import Job
from designer.records import replace

PRODUCED = date(2026, 11, 29)
PT_PER_MM = 72 / 25.4


def verified(region: Region) -> Region:
    """The region as if its owner had confirmed it this month."""
    check = Verification(
        by="Test Officer", on=date(2026, 11, 2), source="test", review_by=date(2027, 5, 2)
    )
    return replace(region, verification=check)


def job(template_id: str, region_id: str, size: str, **kwargs: object) -> Job:
    template = load_library().get(template_id)
    region = load_regions().get(region_id)
    if kwargs.pop("verify", False):
        region = verified(region)
    return Job(template=template, region=region, size=PaperSize(size), produced=PRODUCED, **kwargs)  # type: ignore[arg-type]


def run(*args: str | Path) -> str:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, check=True)
    return done.stdout


def page_boxes_mm(pdf: Path, page: int = 1) -> dict[str, tuple[float, float, float, float]]:
    """Each box pdfinfo reports, as (x0, y0, x1, y1) in millimetres."""
    out = run("pdfinfo", "-box", "-f", str(page), "-l", str(page), pdf)
    boxes = {}
    for name, *nums in re.findall(r"(\w+Box):\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", out):
        x0, y0, x1, y1 = (float(n) / PT_PER_MM for n in nums)
        boxes[name] = (x0, y0, x1, y1)
    return boxes


def pdf_text(pdf: Path) -> str:
    """Text as pdftotext extracts it in drawing order (-raw), whitespace collapsed.

    Drawing order keeps each frame's lines together, even across the columns of a
    folded leaflet, where layout order would interleave them.
    """
    return " ".join(run("pdftotext", "-raw", pdf, "-").split())


def pdf_fonts(pdf: Path) -> list[dict[str, str]]:
    lines = run("pdffonts", pdf).splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type... emb sub uni object ID: read the three yes/no columns from the right
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4]})
    return fonts


def package_modules(*, window: bool) -> list[str]:
    """Every module of the package, found in its folder (nothing is imported to find them,
    so a core test that asks never loads the window's package), ``__main__`` left out;
    with ``window`` False, nothing under ``designer.gui``."""
    root = Path(designer.__file__).parent
    names = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__main__" or "_data" in parts:
            continue
        if not window and parts[:2] == ("designer", "gui"):
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names

