"""Every command's arguments, declared without importing what the commands do.

Building the parser must stay cheap: ``designer --help`` and ``designer
templates`` should not pay for PDF, imaging and signing libraries they never
use. So each command names its run function as ``Run("module", "function")``
(a module of ``designer.cli``), imported only once that command is chosen.
"""

from __future__ import annotations

import argparse
import importlib

from msgspec import Struct

from designer import __version__
from designer.interrupts import interrupts_held
from designer.model.printer import PdfxFlavour
from designer.model.sizes import PaperSize

Commands = argparse._SubParsersAction


class Run(Struct, frozen=True):
    """A command's run function, by name: its module is imported when the command runs."""

    module: str  # under designer.cli
    function: str

    def __call__(self, args: argparse.Namespace) -> int:
        with interrupts_held():  # a Ctrl-C during lxml's import would be swallowed by it
            module = importlib.import_module(f"designer.cli.{self.module}")
        return int(getattr(module, self.function)(args))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="designer",
        description="Approved campaign templates + regional contact details -> "
        "print-ready PDF posters and leaflets. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"designer {__version__}")
    parser.add_argument("--templates", metavar="DIR", help="template library (default: bundled)")
    parser.add_argument("--regions", metavar="FILE", help="region file (default: bundled)")
    parser.add_argument(
        "--keyring", metavar="FILE", help="trusted approvers' keys (default: bundled keyring)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in (_listing, _making, _checking, _keys, _tracing):
        register(commands)
    return parser


# --- templates, regions -----------------------------------------------------------------------


def _listing(commands: Commands) -> None:
    templates = commands.add_parser(
        "templates", help="list templates and their approval; approve or verify them"
    )
    templates.add_argument("--json", action="store_true", help="print a JSON array")
    templates.set_defaults(run=Run("listing", "list_templates"))
    _template_actions(templates)
    regions_cmd = commands.add_parser(
        "regions", help="list regions, import a CSV of them, or record a verification"
    )
    regions_cmd.add_argument("--json", action="store_true", help="print a JSON array")
    regions_cmd.add_argument(
        "--import",
        dest="import_csv",
        metavar="FILE.csv",
        help="add or replace regions from a CSV (all rows or none) in the region file",
    )
    regions_cmd.add_argument(
        "--by", metavar="NAME", help="who is importing (recorded in the change log)"
    )
    regions_cmd.add_argument(
        "--export-csv", metavar="FILE.csv", help="write every region as a starter CSV to import"
    )
    regions_cmd.set_defaults(run=Run("listing", "list_regions"))
    _region_actions(regions_cmd)


def _template_actions(templates: argparse.ArgumentParser) -> None:
    actions = templates.add_subparsers(dest="templates_action", metavar="ACTION")
    sign = actions.add_parser("approve", help="sign a template as approved")
    sign.add_argument("template", nargs="?", help="template id (or --all)")
    sign.add_argument("--all", action="store_true", help="every template in the library")
    sign.add_argument("--key", required=True, metavar="FILE", help="your private key (PEM)")
    sign.add_argument("--by", metavar="NAME", help="default: the key's name in the keyring")
    sign.add_argument("--role", metavar="ROLE", help="default: the key's role in the keyring")
    sign.add_argument("--force", action="store_true", help="re-sign even if already approved")
    sign.set_defaults(run=Run("approval", "run_approve"))
    verify = actions.add_parser("verify", help="check approvals (exit 1 if any fails)")
    verify.add_argument("template", nargs="?", help="template id (default: all)")
    verify.set_defaults(run=Run("approval", "run_verify"))


def _region_actions(regions_cmd: argparse.ArgumentParser) -> None:
    actions = regions_cmd.add_subparsers(dest="regions_action", metavar="ACTION")
    verify = actions.add_parser(
        "verify", help="record that a region's contact details were checked with the services"
    )
    verify.add_argument("region", help="region id, e.g. city-of-edinburgh")
    verify.add_argument("--by", required=True, metavar="NAME", help="who checked")
    verify.add_argument("--source", metavar="TEXT", help="how, e.g. 'phone call to the service'")
    verify.add_argument("--on", metavar="YYYY-MM-DD", help="when (default today)")
    verify.add_argument("--review-by", metavar="YYYY-MM-DD", help="default: six months on")
    verify.set_defaults(run=Run("verifying", "run_verify_region"))


# --- render, batch, demo ----------------------------------------------------------------------


def _workers(text: str) -> int:
    """A worker count: 0 (all cores) or more."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r}: give a whole number, 0 for all cores")
    return int(text)


def _size(text: str) -> PaperSize:
    try:
        return PaperSize.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _printer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--printer", default="offset-coated", metavar="NAME", help="printer profile id or .yaml"
    )
    parser.add_argument("--pdfx", choices=[f.value for f in PdfxFlavour], help="PDF/X flavour")


def _job_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--size", type=_size, required=True, help=PaperSize.names())
    parser.add_argument("--proof", action="store_true", help="always write a marked proof")
    parser.add_argument("--set", action="append", metavar="FIELD=VALUE", help="an editable field")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="production date (default today)")
    parser.add_argument("--pack", metavar="DIR", help="also write a print pack per region here")
    order = parser.add_argument_group("print order (printed on the print pack's job sheet)")
    for name in ("quantity", "stock", "finish", "contact", "notes"):
        order.add_argument(f"--{name}", default="", metavar="TEXT")
    _printer_options(parser)


def _making(commands: Commands) -> None:
    render = commands.add_parser("render", help="one template, one region, one size -> PDF")
    render.add_argument("template")
    render.add_argument("region")
    render.add_argument("--output", metavar="FILE.pdf", help="default: the standard name here")
    _job_options(render)
    render.set_defaults(run=Run("making", "run_render"))
    batch = commands.add_parser("batch", help="one template for many regions")
    batch.add_argument("template")
    batch.add_argument("--regions", dest="region_ids", default="all", metavar="all|ID,ID...")
    batch.add_argument("--output-dir", default=".", metavar="DIR")
    batch.add_argument(
        "--jobs", type=_workers, default=0, metavar="N", help="workers (0: all cores)"
    )
    _job_options(batch)
    batch.set_defaults(run=Run("batching", "run_batch"))
    demo = commands.add_parser("demo", help="proofs of every template at every size")
    demo.add_argument("--output-dir", default="out", metavar="DIR")
    demo.add_argument("--region", default="city-of-edinburgh", help="sample region id")
    demo.set_defaults(run=Run("batching", "run_demo"))


# --- preflight, keys, trace, log --------------------------------------------------------------


def _checking(commands: Commands) -> None:
    cmd = commands.add_parser("preflight", help="check a finished PDF for print")
    cmd.add_argument("file", metavar="FILE.pdf")
    cmd.add_argument(
        "--printer",
        metavar="NAME",
        help="printer profile id or .yaml (default: the one the file records, else offset-coated)",
    )
    cmd.add_argument(
        "--pdfx",
        choices=[f.value for f in PdfxFlavour],
        help="PDF/X flavour (default: the one the file declares)",
    )
    cmd.add_argument(
        "--size",
        metavar="SIZE",
        help=f"finished size to check the TrimBox against: {PaperSize.names()}, or WxH in mm "
        "(default: the size the file records)",
    )
    cmd.add_argument("--json", action="store_true", help="print findings as JSON")
    cmd.set_defaults(run=Run("check", "run_preflight"))


def _keys(commands: Commands) -> None:
    keys = commands.add_parser("keys", help="approvers' signing keys")
    actions = keys.add_subparsers(dest="keys_action", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="make a key pair; prints the line for the keyring")
    new.add_argument("name", help="the approver's name, e.g. 'A. Officer'")
    new.add_argument("--role", default="", help="e.g. 'Campaign owner'")
    new.add_argument("--output", metavar="FILE", help="private key file (default: NAME.pem)")
    new.set_defaults(run=Run("approval", "run_keys_new"))


def _tracing(commands: Commands) -> None:
    trace = commands.add_parser("trace", help="what a PDF was made from, and is it still current")
    trace.add_argument("file", metavar="FILE.pdf")
    trace.add_argument("--json", action="store_true", help="print the trace as JSON")
    trace.set_defaults(run=Run("tracing", "run_trace"))
    log = commands.add_parser("log", help="the files designer has exported, newest first")
    log.add_argument("--json", action="store_true", help="print a JSON array")
    log.add_argument("--limit", type=int, default=50, metavar="N", help="at most N (0: all)")
    log.set_defaults(run=Run("tracing", "run_log"))
