"""Traceability: every exported file says what it was made from, and a log says what was made.

A PDF carries its trace twice: as XMP properties in the designer namespace
(machine-readable, read back by ``designer trace``) and as a small imprint
line a person can read on the sheet (in the slug, or inside the safe area).
"""

from __future__ import annotations

from designer.errors import DesignerError


class TraceError(DesignerError):
    """A file's trace cannot be read, or the export log cannot be used."""
