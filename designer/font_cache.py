"""Parsed TrueType fonts, remembered across processes, so a new process need not parse them.

Why: making a ReportLab ``TTFont`` reads every glyph's width and every cmap
entry (``TTFontFile.extractInfo``), ~15 ms per bundled font in every new
process, for a result that depends only on the font's bytes and ReportLab.
Restoring that result from the on-disk cache (``designer.io.cache``) takes a
few milliseconds.

What is kept: once made, a TTFont and its face are plain data (numbers,
lists, dicts, the font's names), except for three attributes, which are left
out and put back on restoring:

- ``face._ttf_data``, the font file's bytes: read again anyway, as they are
  the key, and subsetting at save time copies glyphs out of them;
- ``face._pdfScale``, a lambda (why a TTFont cannot be pickled): rebuilt
  from ``unitsPerEm`` as ReportLab builds it;
- ``font.state``, the per-document subsetting state: empty on a new font.

Everything else is stored as the installed ReportLab made it, and restored
as pickle restores any object (a bare instance, then its ``__dict__``), so
this module need not know what ReportLab's constructors set. Before an entry
is written it is restored once: one that holds anything but plain values and
ReportLab's two small value classes, or whose rebuilt scale differs from
ReportLab's, is not written, and that font is simply parsed every time.

The key is everything the parse reads: the font's bytes, its path and name,
ReportLab's installed stamp (the package's and its ``ttfonts`` module's) and
the few ReportLab settings a TTFont consults. Change any of them and the key
changes, so an entry is never stale, only missing. Entries are read with an
unpickler that can make no objects but ReportLab's two small value classes;
a damaged, foreign or oddly shaped entry is a miss, and the font is parsed.
"""

from __future__ import annotations

import io
import pickle
from collections.abc import Callable
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from designer.io import cache
from designer.io.load_cache import installed_stamp

_KIND = "ttf-fonts"
_FORMAT = "1"  # bump when what an entry holds changes
_NOT_STORED_FACE = ("_ttf_data", "_pdfScale")
_NOT_STORED_FONT = ("face", "state")
_NEEDED = ("name", "unitsPerEm", "charToGlyph", "charWidths", "glyphPos", "hmetrics", "table")
_SCALE_SAMPLES = (0, 1, -7, 555, 1000, 2.5, -0.125)

Scale = Callable[[float], float]  # ReportLab's ``_pdfScale``


def parsed_font(name: str, path: Path) -> TTFont:
    """``TTFont(name, str(path))``, restored from the cache when this font was parsed before."""
    try:
        data = path.read_bytes()
    except OSError:
        return TTFont(name, str(path))  # let ReportLab report what is wrong, as it always has
    key = _key(name, path, data)
    entry = cache.read(_KIND, key)
    font = _restore(entry, data) if entry is not None else None
    if font is None:
        font = TTFont(name, str(path))
        _remember(key, font, data)
    return font


def _key(name: str, path: Path, data: bytes) -> str:
    return cache.cache_key(
        _KIND,
        _FORMAT,
        name,
        str(path),
        data,
        installed_stamp("reportlab"),
        installed_stamp("reportlab.pdfbase.ttfonts"),
        _settings(),
    )


def _settings() -> str:
    """What else a new TTFont depends on: settings a user's ``reportlab_settings`` may change."""
    return repr(
        (
            rl_config.ttfAsciiReadable,
            rl_config.allowTTFSubsetting,
            rl_config.unShapedFontGlob,
            installed_stamp("uharfbuzz"),  # shaping is on only when it imports
        )
    )


def _snapshot(font: TTFont) -> bytes:
    face = {k: v for k, v in vars(font.face).items() if k not in _NOT_STORED_FACE}
    wrapper = {k: v for k, v in vars(font).items() if k not in _NOT_STORED_FONT}
    return pickle.dumps((_FORMAT, face, wrapper), protocol=pickle.HIGHEST_PROTOCOL)


def _restore(entry: bytes, data: bytes) -> TTFont | None:
    """The font ``entry`` holds, its file's bytes ``data`` put back; None if it is unusable."""
    try:
        form, face_state, font_state = _FontUnpickler(io.BytesIO(entry)).load()
    except Exception:  # a damaged or foreign entry is a miss, whatever it raises
        return None
    if form != _FORMAT or not _is_state(face_state) or not _is_state(font_state):
        return None
    units = face_state.get("unitsPerEm")
    if not all(k in face_state for k in _NEEDED) or not isinstance(units, int) or units <= 0:
        return None
    face = TTFontFace.__new__(TTFontFace)
    vars(face).update(face_state, _ttf_data=data, _pdfScale=_pdf_scale(units))
    font = TTFont.__new__(TTFont)
    vars(font).update(font_state, face=face, state=WeakKeyDictionary())
    return font


def _is_state(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) for k in value)


def _pdf_scale(units_per_em: int) -> Scale:
    """Font units to PDF's thousandths of an em, as ``TTFontFile.extractInfo`` builds it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _remember(key: str, font: TTFont, data: bytes) -> None:
    """Store ``font`` if it was parsed from ``data`` and its entry restores to a like font."""
    if font.face._ttf_data != data:
        return  # the file changed between our read and ReportLab's: its bytes are not the key
    try:
        entry = _snapshot(font)
    except Exception:  # something pickle cannot store (a later ReportLab): parse every time
        return
    copy = _restore(entry, data)
    if copy is None or not _same_scale(font, copy):
        return
    cache.write(_KIND, key, entry)


def _same_scale(font: TTFont, copy: TTFont) -> bool:
    """The rebuilt ``_pdfScale`` gives what ReportLab's own gives, value and type."""
    ours, theirs = copy.face._pdfScale, font.face._pdfScale
    return all(ours(v) == theirs(v) and type(ours(v)) is type(theirs(v)) for v in _SCALE_SAMPLES)


class _FontUnpickler(pickle.Unpickler):
    """Makes builtin values and ReportLab's font names and encoding, and nothing else."""

    _ALLOWED = ("TTFNameBytes", "TTEncoding")

    def find_class(self, module: str, name: str) -> object:
        if module == ttfonts.__name__ and name in self._ALLOWED:
            return getattr(ttfonts, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a parsed font")
