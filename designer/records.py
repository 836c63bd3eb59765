"""``replace`` for our records (msgspec Structs), as type checkers should see it.

msgspec's own ``structs.replace`` takes ``**Any``, so mypy would accept a
misspelt field or a wrong type; typed as ``dataclasses.replace`` (which mypy
checks against the Struct's fields, as msgspec declares them the dataclass
way), every call is checked. At run time it is msgspec's, which runs the
record's ``__post_init__`` checks as a new instance does (msgspec >= 0.21).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dataclasses import replace
else:
    from msgspec.structs import replace

__all__ = ["replace"]
