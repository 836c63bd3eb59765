"""The things staff choose from: templates, regions, printer profiles.

Loading never raises: the window opens even when a template or the region
file is broken, and lists what went wrong. The window reads (and a CSV import
writes) the same region file the command line uses by default. No Qt here.
"""

from __future__ import annotations

from pathlib import Path

from msgspec import Struct, field

from designer.approval.verify import ApprovalCheck, check_template
from designer.errors import DesignerError
from designer.io.printers import list_printers
from designer.io.region.file import load_regions
from designer.io.templates import load_library
from designer.model.printer import DEFAULT_PRINTER, PrinterProfile
from designer.model.region import Region
from designer.model.template import Template
from designer.resources import regions_file

APP_NAME = "designer"


class Catalogue(Struct, frozen=True, kw_only=True):
    templates: tuple[Template, ...]
    regions: tuple[Region, ...]
    printers: tuple[PrinterProfile, ...] = (DEFAULT_PRINTER,)
    problems: tuple[str, ...] = ()  # what could not be loaded, in plain words
    regions_source: Path | None = None
    keyring: Path | None = None  # trusted approvers; None: the bundled keyring
    approvals: dict[str, ApprovalCheck] = field(default_factory=dict)

    def __hash__(self) -> int:
        # approvals (a dict) is left out: it follows from the templates and the keyring
        return hash((self.templates, self.regions, self.printers, self.problems,
                     self.regions_source, self.keyring))

    def template(self, template_id: str) -> Template | None:
        return next((t for t in self.templates if t.id == template_id), None)

    def region(self, region_id: str) -> Region | None:
        return next((r for r in self.regions if r.id == region_id), None)

    def printer(self, printer_id: str) -> PrinterProfile | None:
        return next((p for p in self.printers if p.id == printer_id), None)


def load_catalogue(
    templates_folder: Path | None = None,
    regions_path: Path | None = None,
    keyring: Path | None = None,
) -> Catalogue:
    problems: list[str] = []
    templates: tuple[Template, ...] = ()
    try:
        library = load_library(templates_folder)
        templates = library.templates
        problems += [str(p) for p in library.problems]
    except DesignerError as exc:
        problems.append(str(exc))
    source = regions_path or regions_file()
    regions = _regions(source, problems)
    approvals = check_approvals(templates, keyring)
    return Catalogue(
        templates=templates,
        regions=regions,
        printers=_printers(problems),
        problems=tuple(problems),
        regions_source=source,
        keyring=keyring,
        approvals=approvals,
    )


def check_approvals(
    templates: tuple[Template, ...], keyring: Path | None
) -> dict[str, ApprovalCheck]:
    """Each template's approval as it stands (the engine checks again for every file)."""
    return {t.id: check_template(t, keyring) for t in templates}


def _regions(source: Path, problems: list[str]) -> tuple[Region, ...]:
    try:
        return tuple(load_regions(source))
    except DesignerError as exc:
        problems.append(str(exc))
        return ()


def _printers(problems: list[str]) -> tuple[PrinterProfile, ...]:
    try:
        printers = list_printers()
    except DesignerError as exc:
        problems.append(str(exc))
        printers = []
    if all(p.id != DEFAULT_PRINTER.id for p in printers):
        printers.insert(0, DEFAULT_PRINTER)
    return tuple(printers)
