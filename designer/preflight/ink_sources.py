"""What fonts and images can put on a page, for the ink bound: glyph boxes, widths, samples.

A text box reaches from the first glyph's origin to the last one's, grown by
the glyphs' own box: the union of every glyph's outline box in an embedded
TrueType subset (which holds only the glyphs the document uses), else the
font's FontBBox. An image's inks are the largest of each ink over its samples
and the largest sum of one sample, cached by its bytes so that a batch reads
its logo once.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import struct
from collections.abc import Iterable

import pikepdf
from PIL import Image

from designer.preflight.ink_state import Font, Inks, State, Undecided, real
from designer.preflight.tools import Rect, ink_sum


def text_box(state: State, font: Font, items: Iterable[object]) -> tuple[Rect | None, float]:
    """The box in text space that the glyphs' ink can reach, and the total advance."""
    size, scaling = state.font_size, state.scaling
    x, low, high, glyphs = 0.0, math.inf, -math.inf, 0
    for item in items:
        if isinstance(item, pikepdf.String):
            for code in bytes(item):
                low, high, glyphs = min(low, x), max(high, x), glyphs + 1
                width = font.widths.get(code, font.missing_width) / 1000.0
                spacing = state.char_spacing + (state.word_spacing if code == 32 else 0.0)
                x += (width * size + spacing) * scaling
        else:
            x -= real(item) / 1000.0 * size * scaling
    if not glyphs:
        return None, x
    bx0, by0, bx1, by1 = (v / 1000.0 for v in font.bbox)
    # sorted: a negative size or scaling mirrors the glyphs
    gx0, gx1 = sorted((bx0 * size * scaling, bx1 * size * scaling))
    gy0, gy1 = sorted((by0 * size, by1 * size))
    box = Rect(low + gx0, state.rise + gy0, high + gx1, state.rise + gy1)
    return box, x


def simple_font(font: pikepdf.Dictionary) -> Font:
    subtype = str(font.get("/Subtype", ""))
    if subtype not in ("/TrueType", "/Type1", "/MMType1"):
        raise Undecided(f"a {subtype.lstrip('/') or 'untyped'} font")
    descriptor = font.get("/FontDescriptor")
    widths = font.get("/Widths")
    if not isinstance(descriptor, pikepdf.Dictionary) or not isinstance(widths, pikepdf.Array):
        raise Undecided("a font without its widths and descriptor")
    first = int(real(font.get("/FirstChar", 0)))
    return Font(
        widths={first + i: real(w) for i, w in enumerate(widths)},
        missing_width=real(descriptor.get("/MissingWidth", 0)),
        bbox=_glyph_box(descriptor),
    )


def _glyph_box(descriptor: pikepdf.Dictionary) -> tuple[float, float, float, float]:
    """Where the font's glyphs can reach, per 1000 units of text size.

    An embedded TrueType subset holds only the glyphs the document uses, and
    each glyph's outline box is in its header: their union is much tighter than
    the whole font's FontBBox (which makes room for the tallest accent of every
    script) and just as safe. Other embedded fonts fall back to the FontBBox; a
    font that is not embedded is drawn with whatever the printer substitutes,
    so nothing about its glyphs is known.
    """
    if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
        raise Undecided("a font that is not embedded")
    embedded = descriptor.get("/FontFile2")
    if isinstance(embedded, pikepdf.Stream):
        try:
            return truetype_glyph_box(embedded.read_bytes())
        except (struct.error, ValueError, KeyError, pikepdf.PdfError):
            pass
    bbox = descriptor.get("/FontBBox")
    if not isinstance(bbox, pikepdf.Array) or len(bbox) != 4:
        raise Undecided("a font without a FontBBox")
    x0, y0, x1, y1 = (real(v) for v in bbox)
    if x1 <= x0 or y1 <= y0:
        raise Undecided("a font whose FontBBox is empty")
    return (x0, y0, x1, y1)


def truetype_glyph_box(data: bytes) -> tuple[float, float, float, float]:
    """The union of every glyph's box in a TrueType font, per 1000 units of em."""
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {
        data[12 + 16 * i : 16 + 16 * i]: struct.unpack_from(">II", data, 20 + 16 * i)
        for i in range(count)
    }
    head, loca, glyf = tables[b"head"][0], tables[b"loca"], tables[b"glyf"][0]
    units_per_em = struct.unpack_from(">H", data, head + 18)[0]
    long_offsets = struct.unpack_from(">h", data, head + 50)[0] == 1
    offsets = (
        struct.unpack_from(f">{loca[1] // 4}I", data, loca[0])
        if long_offsets
        else tuple(2 * o for o in struct.unpack_from(f">{loca[1] // 2}H", data, loca[0]))
    )
    boxes = [
        struct.unpack_from(">4h", data, glyf + start + 2)
        for start, end in itertools.pairwise(offsets)
        if end > start
    ]
    if not boxes or units_per_em <= 0:
        raise ValueError("the font has no outlines")
    scale = 1000.0 / units_per_em
    return (
        min(b[0] for b in boxes) * scale,
        min(b[1] for b in boxes) * scale,
        max(b[2] for b in boxes) * scale,
        max(b[3] for b in boxes) * scale,
    )


# by what decides the samples (data and dictionary): a batch reads its logo once
_IMAGE_INKS: dict[bytes, tuple[Inks, float]] = {}


def image_inks(image: pikepdf.Stream) -> tuple[Inks, float]:
    """Each ink's largest value over the image's samples, and the largest sum of one sample."""
    key = hashlib.sha256(image.read_raw_bytes() + repr(sorted(image.items())).encode()).digest()
    if key not in _IMAGE_INKS:
        if len(_IMAGE_INKS) > 256:
            _IMAGE_INKS.clear()
        _IMAGE_INKS[key] = _decoded_image_inks(image)
    return _IMAGE_INKS[key]


def _decoded_image_inks(image: pikepdf.Stream) -> tuple[Inks, float]:
    mask = image.get("/SMask")
    if isinstance(mask, pikepdf.Stream) and "/Matte" in mask:
        raise Undecided("an image whose soft mask un-premultiplies it (/Matte)")
    space = image.get("/ColorSpace")
    modes = {pikepdf.Name.DeviceCMYK: "CMYK", pikepdf.Name.DeviceGray: "L"}
    if space not in modes:
        raise Undecided(f"an image in {space} colour")
    if "/Decode" in image or image.get("/BitsPerComponent") != 8:
        raise Undecided("an image with a Decode array or not 8 bits")
    width, height = int(real(image.get("/Width"))), int(real(image.get("/Height")))
    mode = modes[pikepdf.Name(str(space))]
    data = image.read_bytes()  # qpdf undoes the lossless filters; JPEG stays encoded
    if len(data) < width * height * len(mode):
        raise Undecided("an image whose samples are not stored losslessly")
    pil = Image.frombuffer(mode, (width, height), data, "raw", mode, 0, 1)
    if mode == "L":
        darkest = 1.0 - pil.getextrema()[0] / 255.0  # type: ignore[operator]
        return (0.0, 0.0, 0.0, darkest), darkest
    extrema = pil.getextrema()
    inks = tuple(high / 255.0 for _, high in extrema)  # type: ignore[misc]
    peak = ink_sum(pil).getextrema()[1] / 255.0  # type: ignore[operator]
    return (inks[0], inks[1], inks[2], inks[3]), peak
