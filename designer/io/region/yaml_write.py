"""Writing a region directory back as region-file YAML, for people to edit by hand.

Block style with a blank line between regions, empty values left blank, helpline
values written only where a region differs from the national one, and the
file's comment header kept.
"""

from __future__ import annotations

import yaml

from designer.io.region.directory import RegionDirectory
from designer.model.region import CONTACT_FIELDS, Contact, Phone, Region


class _Dumper(yaml.SafeDumper):
    """Block style, list items indented under their key, empty values left blank."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


_Dumper.add_representer(
    type(None), lambda dumper, _: dumper.represent_scalar("tag:yaml.org,2002:null", "")
)


def dump_regions_yaml(directory: RegionDirectory, *, header: str = "") -> str:
    """The directory as region-file YAML (``header``: comment lines to put on top)."""
    data = {
        "defaults": {"helpline": _contact_data(directory.default_helpline)},
        "regions": [_region_data(r, directory.default_helpline) for r in directory],
    }
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    # a blank line before the regions list and between regions, for people editing by hand
    body = body.replace("\n  - id:", "\n\n  - id:").replace("\nregions:\n\n", "\n\nregions:\n")
    return f"{header.rstrip()}\n\n{body}" if header.strip() else body


def _contact_data(contact: Contact) -> dict[str, str | None]:
    return {key: _plain(getattr(contact, key)) for key in CONTACT_FIELDS}


def _plain(value: object) -> str | None:
    return value.display if isinstance(value, Phone) else None if value is None else str(value)


def _region_data(region: Region, helpline: Contact) -> dict[str, object]:
    data: dict[str, object] = {"id": region.id, "name": region.name}
    if region.gaelic_name:
        data["gaelic_name"] = region.gaelic_name
    data["health_board"] = region.health_board
    default = _contact_data(helpline)
    changed = {k: v for k, v in _contact_data(region.helpline).items() if v != default[k]}
    if changed:
        data["helpline"] = changed
    check = region.verification
    data |= {"local": _contact_data(region.local), "logos": list(region.logos)}
    data["verification"] = {
        "verified_by": check.by,
        "verified_on": check.on,
        "source": check.source,
        "review_by": check.review_by,
    }
    return data


def header_comments(text: str) -> str:
    """The comment block at the top of a region file, kept when it is rewritten."""
    lines = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines)
