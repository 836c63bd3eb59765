"""One place that finds bundled fonts, colour profiles, regions, printers and templates.

From a source checkout (and an editable install) the folders sit beside the
package; an installed wheel carries them as ``designer/_data`` (in the
checkout, links to the same folders). Either way a
missing resource raises a clear error that lists what does exist.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from designer.errors import DesignerError

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


def regions_file() -> Path:
    return asset("regions", "scotland.yaml")


def printers_dir() -> Path:
    return assets_dir() / "printers"
