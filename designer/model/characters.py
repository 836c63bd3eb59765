"""Characters that can hide or reorder printed text, refused wherever text is entered.

One rule for every way text reaches a poster (field values typed in the
window, region records loaded or imported, a verifier's name): control
characters, format characters (bidirectional overrides and isolates,
zero-width spaces and joiners), private-use and surrogate code points. A
right-to-left override can make ``0131 496 0900`` print as ``0090 694 1310``,
and a zero-width space makes two names look equal that are not.
"""

from __future__ import annotations

import unicodedata

# Bidirectional controls; all are category Cf, listed so the intent is plain.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs"})


def hidden_character(text: str, *, allow_newline: bool = False) -> str | None:
    """The first character of ``text`` that could hide or reorder it, described, or None.

    The description reads ``U+202E (RIGHT-TO-LEFT OVERRIDE)``. ``allow_newline``
    lets ``\\n`` through, for text that may run over several lines.
    """
    for ch in text:
        if ch == "\n" and allow_newline:
            continue
        if ch in BIDI_CONTROLS or unicodedata.category(ch) in _HIDDEN_CATEGORIES:
            return describe(ch)
    return None


def describe(ch: str) -> str:
    return f"U+{ord(ch):04X} ({unicodedata.name(ch, 'control character')})"
