"""One exception type per family, each carrying a message a person can act on.

Every error names where it comes from (file, line, field), what is wrong and,
where we know it, what to do. The CLI prints ``str(error)`` as one line; the
window shows the same text.
"""

from __future__ import annotations

import re
from pathlib import Path


class DesignerError(Exception):
    """Base of every error the program reports to a person instead of a traceback."""

    def __init__(
        self,
        message: str,
        *,
        source: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = str(source) if source is not None else None
        self.line = line
        self.field = field
        self.hint = hint

    def __str__(self) -> str:
        where = self.source or ""
        if self.line is not None:
            where += f":{self.line}"
        parts = [p for p in (where, self.field) if p]
        head = ": ".join([*parts, self.message])
        return f"{head} ({self.hint})" if self.hint else head


class TemplateError(DesignerError):
    """A template file is malformed, or names something that does not exist."""


class RegionError(DesignerError):
    """Region contact data is malformed or invalid (phone, web, e-mail, duplicates)."""


class PrinterProfileError(DesignerError):
    """A printer profile file is malformed."""


class LayoutError(DesignerError):
    """A job cannot be laid out at all: a size the template has no layout for, a field value
    refused (not editable, too long, not one of its choices), a font or image that cannot be
    read. Text that overflows and glyphs that are missing are not raised: layout records them
    as findings (``preflight``), so a proof can still show them."""


class RenderError(DesignerError):
    """Drawing or finishing the PDF failed."""


class PreflightError(DesignerError):
    """A preflight tool could not run, or a file could not be checked at all."""


class ExportError(DesignerError):
    """A file could not be written (permissions, disk full, refused as final)."""


_OBJECT_REPR = re.compile(r"\s*<[\w.]+ object at 0x[0-9a-fA-F]+>")


def image_read_problem(exc: BaseException) -> str:
    """Why Pillow could not read an image, in words without its internals.

    Pillow names the stream it was given (``<_io.BytesIO object at 0x...>``) in
    "cannot identify image file"; the error already names the file.
    """
    text = _OBJECT_REPR.sub("", str(exc)).strip()
    if text.startswith("cannot identify image file"):
        return "it is not an image file that can be read (empty, damaged or another format)"
    return text or type(exc).__name__
