"""``python -m designer.cli``: the command line."""

from designer.cli import run

run()
