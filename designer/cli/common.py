"""What every command needs: loading the libraries the global options name, and output."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from designer.cli.output import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_NOT_READY,
    EXIT_OK,
    fail,
    note,
)
from designer.errors import DesignerError
from designer.io.printers import load_printer
from designer.io.region.directory import RegionDirectory
from designer.io.region.file import load_regions
from designer.io.templates import TemplateLibrary, load_library
from designer.model.printer import PdfxFlavour, PrinterProfile
from designer.records import replace

__all__ = [
    "EXIT_INPUT",
    "EXIT_INTERRUPTED",
    "EXIT_NOT_READY",
    "EXIT_OK",
    "fail",
    "field_values",
    "keyring_path",
    "library",
    "note",
    "printer",
    "production_date",
    "regions",
    "regions_path",
]


def library(args: argparse.Namespace) -> TemplateLibrary:
    return load_library(Path(args.templates) if args.templates else None)


def regions(args: argparse.Namespace) -> RegionDirectory:
    return load_regions(regions_path(args))


def regions_path(args: argparse.Namespace) -> Path | None:
    """The region file ``--regions`` names; None for the bundled one."""
    return Path(args.regions) if getattr(args, "regions", None) else None


def keyring_path(args: argparse.Namespace) -> Path | None:
    """The keyring ``--keyring`` names; None for the bundled one."""
    return Path(args.keyring) if getattr(args, "keyring", None) else None


def printer(args: argparse.Namespace) -> PrinterProfile:
    profile = load_printer(args.printer)
    if getattr(args, "pdfx", None):
        profile = replace(profile, pdfx=PdfxFlavour(args.pdfx))
    return profile


def field_values(pairs: list[str] | None) -> tuple[tuple[str, str], ...]:
    """``--set name=value`` pairs, as given."""
    values = []
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise DesignerError(f"--set {pair!r}: write --set FIELD=VALUE")
        values.append((name.strip(), value))
    return tuple(values)


def production_date(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DesignerError(f"--date {text!r}: write the date as YYYY-MM-DD") from None
