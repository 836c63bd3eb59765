"""A problem in a YAML file as an error a person can find: the file, the line, the field.

The template, region and printer loaders each pick which validation problem to name first
and how to word it; where it is goes through here, so the three read the same way
(``scotland.yaml:57: regions[3].local.phone: ...``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from designer.errors import DesignerError
from designer.io.yaml_document import YamlDocument
from designer.io.yamldoc import dotted

E = TypeVar("E", bound=DesignerError)


def located(
    error: type[E],
    doc: YamlDocument,
    path: Sequence[str | int],
    message: str,
    *,
    hint: str | None = None,
) -> E:
    """``error`` at ``path`` in ``doc``: the line of the path (or of its nearest ancestor in
    the file, for a key left out) and the path written as a field (``sizes.A4.pages[0]``)."""
    return error(
        message, source=doc.source, line=doc.line_of(path), field=dotted(path) or None, hint=hint
    )
