"""The headless command line. Imports no Qt."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("designer: not yet", file=sys.stderr)
    return 2
