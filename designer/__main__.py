"""``python -m designer``: the command line, or the window with no command."""

from designer.cli import run

run()
