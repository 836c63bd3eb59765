"""A quick structural check of a TrueType file, before anything parses it.

ReportLab's parser trusts the file: a truncated or damaged font raises
``struct.error``, ``KeyError`` or ``IndexError`` from deep inside, or (cut off
near its end) parses and then fails when a glyph is embedded. Reading only the
sfnt header and table directory (a few hundred bytes) tells whether every table
the file promises is really there, so the template loader and the font loader
can both say, in plain words, which file is damaged. Pure Python, no ReportLab:
the template loader must not import it.
"""

from __future__ import annotations

import struct
from pathlib import Path

# sfnt versions of a TrueType-outline font: 1.0 and Apple's 'true'
_TRUETYPE = (0x00010000, 0x74727565)
# the tables ReportLab reads to measure and embed a font
_NEEDED = (b"head", b"hhea", b"hmtx", b"maxp", b"cmap", b"loca", b"glyf", b"name", b"post")
_MAX_TABLES = 200  # a real font has 10-30


def font_file_problem(path: Path) -> str | None:
    """Why ``path`` is not a whole TrueType font, in words; None if its tables are all there.

    A file that cannot be opened at all is not judged here (None): the caller
    goes on to read it and reports that in its own words.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
            size = path.stat().st_size
            if len(head) < 12:
                return f"the font file is damaged: it is only {size} bytes long"
            version, count = struct.unpack(">IH", head[:6])
            if version not in _TRUETYPE:
                return "the file is not a TrueType font (its first bytes are not a font header)"
            if not 0 < count <= _MAX_TABLES:
                return f"the font file is damaged: it claims {count} tables"
            directory = handle.read(16 * count)
    except OSError:
        return None  # missing or unreadable: the caller's own reading says so, as it always has
    if len(directory) < 16 * count:
        return f"the font file is damaged: cut off after {size} bytes, in its table list"
    return _tables_problem(directory, count, size)


def _tables_problem(directory: bytes, count: int, size: int) -> str | None:
    tags = set()
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", directory, 16 * index)
        tags.add(tag)
        if offset + length > size:
            name = tag.decode("latin-1").strip()
            return (
                f"the font file is damaged: its {name!r} table runs to byte {offset + length}, "
                f"but the file ends at byte {size} (cut off?)"
            )
    missing = [tag.decode() for tag in _NEEDED if tag not in tags]
    if missing:
        return f"the font file is damaged or not a usable font: no {', '.join(missing)} table"
    return None
