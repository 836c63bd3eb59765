"""The About box: what this is, the versions that made the file, and the licences."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from designer import __version__


def tr(text: str) -> str:
    return QCoreApplication.translate("about", text)


def package_version(name: str) -> str:
    from importlib import metadata  # here: ~20 ms to import, and only the About box asks

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return tr("not installed")


def versions() -> list[tuple[str, str]]:
    return [
        ("designer", __version__),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("ReportLab", package_version("reportlab")),
        ("pikepdf", package_version("pikepdf")),
        ("pypdfium2", package_version("pypdfium2")),
    ]


def about_html() -> str:
    rows = "".join(f"<tr><td>{name}</td><td>&nbsp;{version}</td></tr>"
                   for name, version in versions())
    return (
        "<h3>designer</h3>"
        + "<p>" + tr("Approved campaign posters and leaflets with your area's contact details, "
                     "ready for the printer.") + "</p>"
        + f"<table>{rows}</table>"
        + "<p>" + tr("Fonts: Noto Sans, SIL Open Font License 1.1.") + "<br>"
        + tr("Colour profiles: FOGRA39L (free, built with ArgyllCMS) and sRGB, zlib licence.")
        + "<br>" + tr("designer itself: MIT licence.") + "</p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, tr("About designer"), about_html())
