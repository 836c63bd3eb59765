"""Build dist/designer/ with PyInstaller and pack it into one archive beside it.

    .venv/bin/python packaging/build.py      (what `make package` runs first)

Prints the folder's and the archive's size. The build is for the platform it
runs on; .github/workflows/package.yml runs this on Windows and macOS.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("contents", Path(__file__).with_name("contents.py"))
assert _spec is not None and _spec.loader is not None
contents = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(contents)


def build() -> Path:
    spec = Path(__file__).with_name("designer.spec")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(contents.DIST), "--workpath", str(contents.WORK), str(spec)],
        check=True,
    )
    folder = contents.DIST / contents.NAME
    if not contents.executable(folder).is_file():
        raise SystemExit(f"build: {contents.executable(folder)} was not made")
    return folder


def archive(folder: Path) -> Path:
    from designer import __version__

    base = contents.DIST / f"{contents.NAME}-{__version__}-{contents.platform_tag()}"
    made = shutil.make_archive(str(base), contents.archive_format(), folder.parent, folder.name)
    return Path(made)


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.lstat().st_size for p in files) / 1e6


def main() -> int:
    folder = build()
    packed = archive(folder)
    count = sum(1 for p in folder.rglob("*") if p.is_file())
    print(f"built {folder}: {size_mb(folder):.0f} MB in {count} files")
    print(f"archive {packed}: {size_mb(packed):.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
