"""The regions of one file, as loaded: ``RegionDirectory``.

Its own module because the loader (``region.file``) and the checks it runs on a
new or changed file (``region.parse``) both need it, and neither may import the
other to get it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path

from msgspec import Struct

from designer.errors import RegionError
from designer.model.region import Contact, Region


class RegionDirectory(Struct, frozen=True):
    """The regions of one file, in file order, with the national helpline they share."""

    regions: tuple[Region, ...]
    default_helpline: Contact
    source: Path

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(region.id for region in self.regions)

    def __iter__(self) -> Iterator[Region]:
        return iter(self.regions)

    def __len__(self) -> int:
        return len(self.regions)

    def __contains__(self, region_id: object) -> bool:
        return region_id in self.ids

    def get(self, region_id: str) -> Region:
        """The region with this id; the error suggests the closest ids."""
        for region in self.regions:
            if region.id == region_id:
                return region
        close = difflib.get_close_matches(region_id.lower(), self.ids, n=3, cutoff=0.5)
        hint = (
            f"did you mean {' or '.join(map(repr, close))}?"
            if close
            else "ids are lower-case, like city-of-edinburgh"
        )
        raise RegionError(f"no region has the id {region_id!r}", source=self.source, hint=hint)
