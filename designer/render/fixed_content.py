"""Content that is the same in every file of a batch, written once per process.

A poster's QR code is a few hundred module rectangles; drawing them through
the canvas costs every file ~4 ms, and the finished-file ink check, which
interprets every operator of every file, some 10 ms more. Written once as
the content of a Form XObject (named by its bytes, see ``encoded_image``), a
batch draws it in each file with one ``Do`` and the ink check reads it once
(``designer.preflight.ink_forms``). The bytes are what the canvas wrote
before, so the page looks, prints and measures exactly as it did.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFace

from designer.layout.placed import PlacedQR
from designer.model.colour import BLACK_TEXT, CMYK, WHITE
from designer.render.page import PageFrame


class QrForm:
    """A QR symbol's drawing as form content in page space, with the form's box."""

    __slots__ = ("bbox", "stream")

    def __init__(self, stream: bytes, bbox: tuple[float, float, float, float]) -> None:
        self.stream, self.bbox = stream, bbox


@lru_cache(maxsize=64)  # a batch has one or two codes; the window a few as someone types
def qr_form(item: PlacedQR, frame: PageFrame) -> QrForm:
    """White quiet zone, then each horizontal run of dark modules as one rectangle, filled once."""
    box, m = item.box, item.module_mm
    ops = [_colour(WHITE), _rect(frame, box.x_mm, box.y_mm, box.right_mm, box.bottom_mm), "f"]
    ops.append(_colour(BLACK_TEXT))
    origin_x = box.x_mm + item.quiet_modules * m
    origin_y = box.y_mm + item.quiet_modules * m
    for row, modules in enumerate(item.modules):
        for start, length in runs(modules):
            x0, top = origin_x + start * m, origin_y + row * m
            ops.append(_rect(frame, x0, top, x0 + length * m, top + m))
    ops.append("f")
    media_w, media_h = frame.media_pt
    return QrForm("\n".join(ops).encode("ascii"), (0.0, 0.0, media_w, media_h))


def _colour(colour: CMYK) -> str:
    return f"{fp_str(*colour.fractions)} k"


def _rect(frame: PageFrame, left: float, top: float, right: float, bottom: float) -> str:
    """A rectangle from trim-relative mm (y down) as ``re`` in page points."""
    x, y = frame.x(left), frame.y(bottom)
    return f"{fp_str(x, y, frame.x(right) - x, frame.y(top) - y)} re"


def runs(modules: tuple[bool, ...]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules in a row."""
    found: list[tuple[int, int]] = []
    start = None
    for i, dark in enumerate((*modules, False)):
        if dark and start is None:
            start = i
        elif not dark and start is not None:
            found.append((start, i - start))
            start = None
    return found


class _Subsets:
    """A face's ``makeSubset``, remembered by the subset asked for.

    ReportLab cuts each embedded font's subset out of the font file for every
    document, ~1.7 ms a font. The subset is the list of characters in the order
    the document first used them; the posters of a batch use the same ones, so
    across a batch each font's subset is cut once (a test checks the bytes).
    """

    def __init__(self, cut: Callable[[list[int]], bytes]) -> None:
        self.cut = cut
        self.known: dict[tuple[int, ...], bytes] = {}

    def __call__(self, subset: list[int]) -> bytes:
        key = tuple(subset)
        found = self.known.get(key)
        if found is None:
            if len(self.known) >= 32:
                self.known.clear()
            found = self.known[key] = self.cut(subset)
        return found


def subsets_once(font_names: Iterable[str]) -> None:
    """Make the faces of ``font_names`` (registered TrueType fonts) cut each subset once."""
    for name in font_names:
        face = getattr(pdfmetrics.getFont(name), "face", None)
        if isinstance(face, TTFontFace) and not isinstance(vars(face).get("makeSubset"), _Subsets):
            face.makeSubset = _Subsets(face.makeSubset)
