"""Fonts: one parsed TrueType file serves both measuring (layout) and embedding (render).

Layout decides every line break, so it must measure with exactly the widths
that will be drawn. We therefore parse each file once with ReportLab's TTFont
(the object render embeds) and answer width and coverage questions from it,
instead of reading the same file a second time with another library.

Parsing costs every new process ~15 ms per font, so a parsed font is also
remembered on disk (``designer.font_cache``), keyed by the file's bytes and
ReportLab's version; a later process restores it instead.
"""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path

from msgspec import Struct
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from designer.errors import LayoutError
from designer.font_cache import parsed_font
from designer.io.font_file import font_file_problem


class FontMetrics(Struct, frozen=True):
    """What layout needs of a font. ``ascent``/``descent`` are per 1 pt of size, in pt."""

    name: str  # the name it is registered (and embedded) under
    path: Path
    ascent: float
    descent: float  # negative


_REPLACE = "copy the font file again from its source (its download or installer)"


@cache
def load_font(path: Path) -> FontMetrics:
    """Parse (or restore) and register ``path`` once per process."""
    name = path.stem
    problem = font_file_problem(path)
    if problem:
        raise LayoutError(problem, source=path, hint=_REPLACE) from None
    try:
        font = parsed_font(name, path)
    except (TTFError, OSError) as exc:
        raise LayoutError(f"cannot use the font: {exc}", source=path, hint=_REPLACE) from None
    except (struct.error, KeyError, IndexError, ValueError, TypeError, OverflowError) as exc:
        # ReportLab's parser met damage the table check cannot see (inside a table)
        message = f"the font file is damaged: {type(exc).__name__}: {exc}"
        raise LayoutError(message, source=path, hint=_REPLACE) from None
    pdfmetrics.registerFont(font)
    face = font.face
    return FontMetrics(name, path, face.ascent / 1000.0, face.descent / 1000.0)


def _font(metrics: FontMetrics) -> TTFont:
    font = pdfmetrics.getFont(metrics.name)
    assert isinstance(font, TTFont)
    return font


def text_width_pt(metrics: FontMetrics, text: str, size_pt: float) -> float:
    return float(_font(metrics).stringWidth(text, size_pt))


def missing_characters(metrics: FontMetrics, text: str) -> tuple[str, ...]:
    """Characters of ``text`` the font has no glyph for (spaces and line breaks excepted)."""
    cmap = _font(metrics).face.charToGlyph
    missing = {ch for ch in text if ch not in "\n" and ord(ch) not in cmap}
    return tuple(sorted(missing))
