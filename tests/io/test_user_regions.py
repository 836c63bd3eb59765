"""Edits never touch the bundled region file: they go to the user's own copy, which is then read."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from designer.io.regions import load_regions
from designer.resources import bundled_regions_file, regions_file, user_regions_file


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_verifying_with_no_region_file_named_writes_the_users_copy(
    _private_data_dir: Path,
) -> None:
    bundled = digest(bundled_regions_file())
    assert regions_file() == bundled_regions_file(), "no copy yet: the bundled file is read"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "designer.cli",
            "regions",
            "verify",
            "fife",
            "--by",
            "A. Officer",
            "--source",
            "phone call to the service",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert digest(bundled_regions_file()) == bundled, "the bundled file is unchanged"
    copy = user_regions_file()
    assert copy.is_file() and copy.is_relative_to(_private_data_dir)
    assert regions_file() == copy
    fife = load_regions().get("fife")
    assert fife.verified and fife.verification.by == "A. Officer"
    assert not load_regions().get("moray").verified
    assert copy.with_name(copy.name + ".changes.jsonl").is_file()
