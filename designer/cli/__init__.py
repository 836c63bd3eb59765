"""The headless command line: the same engine as the window, for batches and scripts.

Imports no Qt (``designer`` with no command opens the window, imported only
then), nor anything a command needs until that command is chosen
(``designer.cli.parser``). Exit status: 0 success, 1 a file could not be made
print-ready (reasons listed), 2 bad input or usage. Errors are one line each on stderr, never a
traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from designer.cli.output import (
    EXIT_BROKEN_PIPE,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OUTPUT_LOST,
    fail,
)
from designer.cli.parser import build_parser
from designer.errors import DesignerError

__all__ = ["build_parser", "main", "run"]


def _has_screen() -> bool:
    """Qt aborts the process when it finds no display; say so in words first (Linux)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    return _dispatch(parser, parser.parse_args(argv))


def _dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.command is None:
        return _open_window(parser)
    try:
        return int(args.run(args))
    except DesignerError as exc:
        return fail(str(exc), EXIT_INPUT)
    except KeyboardInterrupt:
        return fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        return _reader_gone()
    except OSError as exc:
        if not _output_lost(exc):
            raise  # a bug to fix where it happens, not to hide behind a status
        return fail(f"the output could not be written: {exc.strerror}", EXIT_OUTPUT_LOST)


def _output_lost(exc: OSError) -> bool:
    """Writing standard output failed (a full disk, an I/O error): no file is named."""
    return exc.filename is None and exc.errno in (errno.ENOSPC, errno.EIO, errno.EDQUOT)


def _reader_gone() -> int:
    """The reader stopped reading (``designer regions | head``): stop quietly, as tools do.

    Later writes (and the flush at exit) go to the null device instead of raising
    again; the status is what a shell reports for a process its pipe closed on.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


def run() -> NoReturn:
    """The ``designer`` console command: :func:`main`, then, after a command, an exit at once.

    Tearing the interpreter down object by object (fonts, schemas, the PDF
    libraries) costs ~130 ms after the work is done. When a command returns,
    every file it wrote is closed and renamed and the export log committed, so
    the process ends there; the window (no command) exits normally, letting Qt
    and logging close down.
    """
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:])
    code = _dispatch(parser, args)
    if args.command is not None:
        code = _flushed(code)
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()
        os._exit(code)
    raise SystemExit(code)


def _flushed(code: int) -> int:
    """``code``, unless the output's last bytes cannot be written (as Python's own exit says)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        return code or _reader_gone()
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return code or fail(f"the output could not be written: {reason}", EXIT_OUTPUT_LOST)
    return code


def _open_window(parser: argparse.ArgumentParser) -> int:
    if not _has_screen():
        return fail(
            "there is no screen to open the window on (DISPLAY is not set); run designer "
            "from a desktop session, or use the command line (`designer --help`; "
            "`make demo` renders sample posters without a screen)",
            EXIT_INPUT,
        )
    # Imported by name at run time: the CLI itself never depends on Qt, and the
    # import-linter contract in pyproject.toml keeps it that way.
    try:
        gui = importlib.import_module("designer.gui.app")
    except ImportError as exc:
        parser.print_help()
        print(f"\nThe window is not available here ({exc}).", file=sys.stderr)
        return 0
    return int(gui.main())
