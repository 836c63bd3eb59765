"""Exit codes and the two ways a command talks besides its result: errors and notes.

Kept apart from ``designer.cli.common`` so that ``designer.cli`` can report an
error without loading the template and region libraries.
"""

from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_NOT_READY = 1
EXIT_INPUT = 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
EXIT_OUTPUT_LOST = 120  # standard output could not be written (a full disk), as Python says
EXIT_BROKEN_PIPE = 141  # the reader went away (`| head`), as shells report SIGPIPE


def fail(message: str, code: int) -> int:
    print(f"designer: error: {message}", file=sys.stderr)
    return code


def note(message: str) -> None:
    print(message, file=sys.stderr)
