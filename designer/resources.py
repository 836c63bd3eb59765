"""One place that finds bundled fonts, colour profiles, regions, printers and templates.

From a source checkout (and an editable install) the folders sit beside the
package; an installed wheel carries them as ``designer/_data`` (in the
checkout, links to the same folders). Either way a
missing resource raises a clear error that lists what does exist.
"""

from __future__ import annotations

import os
import shutil
from functools import cache
from pathlib import Path

import platformdirs

from designer.errors import DesignerError, RegionError

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """The folder holding ``assets/`` and ``templates/``.

    A checkout is recognised by its ``pyproject.toml`` and wins, so paths in
    messages read ``assets/...``, not the links in ``designer/_data``.
    """
    checkout = _PACKAGE.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "assets").is_dir():
        return checkout
    if (_PACKAGE / "_data" / "assets").is_dir():
        return _PACKAGE / "_data"
    raise DesignerError(
        "the bundled assets folder is missing",
        source=str(_PACKAGE),
        hint="reinstall designer, or run it from a complete checkout",
    )


def assets_dir() -> Path:
    return data_root() / "assets"


def templates_dir() -> Path:
    return data_root() / "templates"


def asset(*parts: str) -> Path:
    """A file under ``assets/``; the error lists the folder's contents when absent."""
    path = assets_dir().joinpath(*parts)
    if not path.exists():
        folder = path.parent
        present = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
        raise DesignerError(
            f"bundled resource {'/'.join(parts)!r} not found",
            source=str(folder),
            hint=f"present: {', '.join(present) or 'nothing'}",
        )
    return path


def font_path(file_name: str) -> Path:
    return asset("fonts", file_name)


def icc_profile(file_name: str = "FOGRA39L_coated_free.icc") -> Path:
    return asset("icc", file_name)


DATA_DIR_ENV = "DESIGNER_DATA_DIR"


def user_data_dir() -> Path:
    """The user's own data: the export log and their copy of the region file."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir("designer"))


def bundled_regions_file() -> Path:
    return asset("regions", "scotland.yaml")


def user_regions_file() -> Path:
    return user_data_dir() / "regions" / "scotland.yaml"


def regions_file() -> Path:
    """The region file to read: the user's copy once they have edited one, else the bundled."""
    copy = user_regions_file()
    return copy if copy.is_file() else bundled_regions_file()


def editable_regions_file(chosen: Path | None = None) -> Path:
    """Where an edit goes: ``chosen`` if given, else the user's copy, made on first use.

    The bundled file (in a checkout, or inside an installed package) is never
    written: a verification or import starts from a copy of it in the user's
    data folder, which ``regions_file`` then prefers.
    """
    if chosen is not None and Path(chosen) != bundled_regions_file():
        return Path(chosen)
    copy = user_regions_file()
    if not copy.is_file():
        try:
            copy.parent.mkdir(parents=True, exist_ok=True)
            part = copy.with_suffix(".yaml.part")
            shutil.copyfile(bundled_regions_file(), part)
            os.replace(part, copy)
        except OSError as exc:
            raise RegionError(
                f"cannot make your copy of the region file: {exc.strerror or exc}",
                source=copy,
                hint=f"point {DATA_DIR_ENV} at a writable folder, or give --regions FILE",
            ) from None
    return copy


def printers_dir() -> Path:
    return assets_dir() / "printers"
