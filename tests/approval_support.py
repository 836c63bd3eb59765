"""Helpers for the approval, trace and hostile-input tests: tmp copies, the CLI as run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from support import verified

from designer import resources
from designer.io.regions import dump_regions_yaml, load_regions
from designer.model.region import Verification
from designer.records import replace


def designer(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "designer.cli", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)


def copy_template(tmp_path: Path, template_id: str = "worried-about-yourself") -> Path:
    """A library folder in ``tmp_path`` holding a copy of one bundled template (signed)."""
    library = tmp_path / "templates"
    shutil.copytree(resources.templates_dir() / template_id, library / template_id)
    return library


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def region_file(tmp_path: Path, *verified_ids: str, review_by: date | None = None) -> Path:
    """A copy of the bundled regions with ``verified_ids`` verified (review date optional)."""
    directory = load_regions()
    regions = []
    for region in directory.regions:
        if region.id in verified_ids:
            region = verified(region)
            if review_by is not None:
                check = region.verification
                region = replace(
                    region, verification=Verification(check.by, check.on, check.source, review_by)
                )
        regions.append(region)
    path = tmp_path / "regions.yaml"
    path.write_text(dump_regions_yaml(replace(directory, regions=tuple(regions), source=path)))
    return path
