"""An upper bound on a page's total ink, read from its drawing operators.

Why: Ghostscript's CMYK render for the ink check costs about 0.3 s a file,
most of what checking a poster costs. For a page drawn with flat colours and
images, the largest C+M+Y+K any pixel can carry is bounded by what is painted
there, so when the bound is within the printer's limit no render could find
anything over it, and the render is skipped. A bound over the limit is not a
finding: the render then measures the page and says where the peak is.

Why the bound holds, with Normal blending (anything else leaves the page
undecided): every ink of a pixel is an ink of some colour painted over it, or
a linear mix of such inks (opacity, soft masks). So

- a knockout paint leaves at most its own total;
- an overprinted paint keeps, of each ink it does not carry, what the paints
  under it left there: at most that ink's largest value among the earlier
  paints whose boxes meet its box.

Positions are boxes in page space: paths as built (Bezier control points
included), strokes widened by the line width, images as their unit square,
text from its font's widths and FontBBox. Clipping and dashes are ignored,
since they only remove ink. Paints that do not reach into the measured area
(crop marks in registration colour, the slug) do not count.

Whatever the bound cannot reason about (shadings, patterns, inline images,
blend modes, transfer functions, ICC-based, RGB, DeviceN or Indexed colour,
Type 0 and Type 3 fonts, annotations) leaves the page undecided, with the
reason, and the render measures it as before.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import struct
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

import pikepdf
from PIL import Image

from designer.preflight.pdf_walk import MALFORMED, describe, inherited, number
from designer.preflight.tools import InkArea, Rect, ink_sum

Inks = tuple[float, float, float, float]  # C, M, Y, K, each 0..1
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
BLACK: Inks = (0.0, 0.0, 0.0, 1.0)
MAX_FORM_DEPTH = 12


@dataclass(frozen=True, slots=True)
class InkBound:
    """The largest total ink any pixel of the page's measured area can carry, or why unknown."""

    page: int
    percent: float | None  # None: undecided, see ``reason``
    reason: str = ""

    def within(self, limit_percent: float) -> bool:
        return self.percent is not None and self.percent <= limit_percent


def ink_bounds(pdf: pikepdf.Pdf, areas: Sequence[InkArea]) -> tuple[InkBound, ...]:
    """One bound per measured area (a page each), from the page's operators."""
    return tuple(_page_bound(pdf.pages[a.page - 1].obj, a) for a in areas)


def _page_bound(page: pikepdf.Dictionary, area: InkArea) -> InkBound:
    try:
        if page.get("/Annots"):
            raise _Undecided("the page has annotations")
        painter = _Painter(area.measure)
        _Interpreter(painter).run(page, inherited(page, "/Resources"), _State(), depth=0)
    except _Undecided as exc:
        return InkBound(area.page, None, str(exc))
    except MALFORMED as exc:
        return InkBound(area.page, None, f"a value could not be read ({describe(exc)})")
    return InkBound(area.page, round(painter.peak * 100.0, 3))


class _Undecided(Exception):
    """Something the bound cannot reason about; the render measures the page instead."""


@dataclass(frozen=True, slots=True)
class _Paint:
    box: Rect
    inks: Inks  # each ink's largest value
    total: float  # the largest sum of any one pixel (a flat colour: the sum of its inks)
    flat: bool


class _Painter:
    """Keeps the paints that reach into the measured area and the largest total so far."""

    def __init__(self, measure: Rect) -> None:
        self.measure = measure
        self.paints: list[_Paint] = []
        self.peak = 0.0

    def paint(self, box: Rect, inks: Inks, total: float, flat: bool, overprint: bool) -> None:
        if not self.measure.overlaps(box):
            return
        paint = _Paint(box, inks, total, flat)
        self.peak = max(self.peak, self._overprinted(paint) if overprint else total)
        self.paints.append(paint)

    def _overprinted(self, paint: _Paint) -> float:
        under = [p.inks for p in self.paints if _meets(p.box, paint.box)]
        backdrop = tuple(max((inks[i] for inks in under), default=0.0) for i in range(4))
        if paint.flat:
            return sum(c if c > 0 else b for c, b in zip(paint.inks, backdrop, strict=True))
        return sum(max(c, b) for c, b in zip(paint.inks, backdrop, strict=True))


def _meets(a: Rect, b: Rect) -> bool:
    """Boxes that share any point, edges included (a hairline's box may have no height)."""
    return a.x0 <= b.x1 and b.x0 <= a.x1 and a.y0 <= b.y1 and b.y0 <= a.y1


@dataclass(frozen=True, slots=True)
class _Space:
    kind: str  # "cmyk", "gray", "all" (every ink), "none" (no ink), "tint" (a type 2 blend)
    c0: Inks = (0.0, 0.0, 0.0, 0.0)
    c1: Inks = BLACK
    exponent: float = 1.0

    def initial(self) -> Inks:
        return self.colour([1.0]) if self.kind in ("all", "none", "tint") else BLACK

    def colour(self, operands: Sequence[object]) -> Inks:
        values = [_num(v) for v in operands]
        if self.kind == "cmyk" and len(values) == 4:
            return _clamped(values)
        if self.kind == "gray" and len(values) == 1:
            return (0.0, 0.0, 0.0, 1.0 - _unit(values[0]))
        if len(values) == 1:
            t = _unit(values[0])
            if self.kind == "all":
                return (t, t, t, t)
            if self.kind == "none":
                return (0.0, 0.0, 0.0, 0.0)
            s = t**self.exponent
            return _clamped([a + s * (b - a) for a, b in zip(self.c0, self.c1, strict=True)])
        raise _Undecided(f"{len(values)} colour values for a {self.kind} colour space")


CMYK, GRAY = _Space("cmyk"), _Space("gray")


@dataclass(slots=True)
class _State:
    """The parts of the graphics state that decide where ink goes and how much."""

    ctm: Matrix = IDENTITY
    fill_space: _Space | str = CMYK  # a str: why the bound cannot use it
    stroke_space: _Space | str = CMYK
    fill: Inks | str = BLACK
    stroke: Inks | str = BLACK
    line_width: float = 1.0
    miter_limit: float = 10.0
    line_join: int = 0
    fill_overprint: bool = False
    stroke_overprint: bool = False
    font: _Font | None = None
    font_size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scaling: float = 1.0
    leading: float = 0.0
    rise: float = 0.0
    render_mode: int = 0
    path: list[float] | None = None  # the path so far as a box: x0, y0, x1, y1 in page space

    def copy(self) -> _State:
        return replace(self, path=None if self.path is None else list(self.path))

    def add_point(self, x: float, y: float) -> None:
        a, b, c, d, e, f = self.ctm
        px, py = a * x + c * y + e, b * x + d * y + f
        box = self.path
        if box is None:
            self.path = [px, py, px, py]
            return
        box[0], box[1] = min(box[0], px), min(box[1], py)
        box[2], box[3] = max(box[2], px), max(box[3], py)


@dataclass(frozen=True, slots=True)
class _Font:
    widths: dict[int, float]  # per code, in text space units of 1/1000
    missing_width: float
    bbox: tuple[float, float, float, float]  # glyph space, 1/1000


class _Interpreter:
    def __init__(self, painter: _Painter) -> None:
        self.painter = painter
        self.fonts: dict[tuple[int, int], _Font] = {}
        self.images: dict[tuple[int, int], tuple[Inks, float]] = {}
        self.forms: list[tuple[int, int]] = []

    def run(self, stream: pikepdf.Object, resources: object, state: _State, depth: int) -> None:
        if depth > MAX_FORM_DEPTH:
            raise _Undecided("forms nest too deeply")
        stack: list[_State] = []
        text = _Text()
        for instruction in pikepdf.parse_content_stream(stream):
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                raise _Undecided("an inline image")
            op = str(instruction.operator)
            operands: list[object] = list(instruction.operands)
            if op == "q":
                stack.append(state.copy())
            elif op == "Q":
                state = stack.pop() if stack else state
            else:
                self._operator(op, operands, state, text, resources, depth)

    def _operator(
        self,
        op: str,
        args: list[object],
        state: _State,
        text: _Text,
        resources: object,
        depth: int,
    ) -> None:
        if op in _PATH_OPS:
            _PATH_OPS[op](state, [_num(a) for a in args])
        elif op in _PAINT_OPS:
            self._paint_path(state, *_PAINT_OPS[op])
        elif op in _COLOUR_OPS:
            _COLOUR_OPS[op](state, args, _named(resources, "/ColorSpace"))
        elif op in _STATE_OPS:
            _STATE_OPS[op](state, args)
        elif op == "gs":
            _ext_gstate(state, _named(resources, "/ExtGState").get(str(args[0])))
        elif op == "Tf":
            state.font = self._font(_named(resources, "/Font").get(str(args[0])))
            state.font_size = _num(args[1])
        elif op in _TEXT_POSITION_OPS:
            _TEXT_POSITION_OPS[op](text, state, args)
        elif op in ("Tj", "TJ", "'", '"'):
            self._show(op, args, state, text)
        elif op == "Do":
            self._xobject(_named(resources, "/XObject").get(str(args[0])), state, resources, depth)
        elif op == "sh":
            raise _Undecided("a shading")
        elif op == "BI":
            raise _Undecided("an inline image")

    # --- paths -------------------------------------------------------------

    def _paint_path(self, state: _State, fill: bool, stroke: bool) -> None:
        corners, state.path = state.path, None
        if corners is None:
            return
        box = Rect(*corners)
        if fill:
            self._paint(box, state.fill, state.fill_overprint)
        if stroke:
            self._paint(_widened(box, state), state.stroke, state.stroke_overprint)

    def _paint(self, box: Rect, colour: Inks | str, overprint: bool) -> None:
        if isinstance(colour, str):
            if self.painter.measure.overlaps(box):
                raise _Undecided(colour)
            return
        self.painter.paint(box, colour, sum(colour), flat=True, overprint=overprint)

    # --- text --------------------------------------------------------------

    def _font(self, font: object) -> _Font:
        if not isinstance(font, pikepdf.Dictionary):
            raise _Undecided("a font that is not a dictionary")
        key = font.objgen
        if key not in self.fonts or key == (0, 0):
            self.fonts[key] = _simple_font(font)
        return self.fonts[key]

    def _show(self, op: str, args: list[object], state: _State, text: _Text) -> None:
        if op in ("'", '"'):
            if op == '"':
                state.word_spacing, state.char_spacing = _num(args[0]), _num(args[1])
                args = args[2:]
            text.next_line(state)
        items = list(args[0]) if op == "TJ" and isinstance(args[0], pikepdf.Array) else args[:1]
        if state.font is None:
            raise _Undecided("text shown with no font set")
        box, advance = _text_box(state, state.font, items)
        if box is not None:
            page_box = _transformed(box, _multiply(text.matrix, state.ctm))
            mode = state.render_mode
            if mode in (0, 2, 4, 6):
                self._paint(page_box, state.fill, state.fill_overprint)
            if mode in (1, 2, 5, 6):
                self._paint(_widened(page_box, state), state.stroke, state.stroke_overprint)
        text.matrix = _multiply((1.0, 0.0, 0.0, 1.0, advance, 0.0), text.matrix)

    # --- XObjects ----------------------------------------------------------

    def _xobject(self, xobject: object, state: _State, resources: object, depth: int) -> None:
        if not isinstance(xobject, pikepdf.Stream):
            raise _Undecided("an XObject that is not a stream")
        subtype = xobject.get("/Subtype")
        if subtype == pikepdf.Name.Image:
            self._image(xobject, state)
        elif subtype == pikepdf.Name.Form:
            self._form(xobject, state, resources, depth)

    def _image(self, image: pikepdf.Stream, state: _State) -> None:
        box = _transformed(Rect(0.0, 0.0, 1.0, 1.0), state.ctm)
        if image.get("/ImageMask") is True:
            self._paint(box, state.fill, state.fill_overprint)
            return
        key = image.objgen
        if key not in self.images or key == (0, 0):
            self.images[key] = _image_inks(image)
        inks, total = self.images[key]
        self.painter.paint(box, inks, total, flat=False, overprint=state.fill_overprint)

    def _form(self, form: pikepdf.Stream, state: _State, resources: object, depth: int) -> None:
        key = form.objgen
        if key in self.forms:
            raise _Undecided("a form that draws itself")
        inner = state.copy()
        inner.path = None
        matrix = form.get("/Matrix")
        if isinstance(matrix, pikepdf.Array) and len(matrix) == 6:
            m = tuple(_num(v) for v in matrix)
            inner.ctm = _multiply((m[0], m[1], m[2], m[3], m[4], m[5]), state.ctm)
        self.forms.append(key)
        try:
            self.run(form, form.get("/Resources", resources), inner, depth + 1)
        finally:
            self.forms.pop()


@dataclass(slots=True)
class _Text:
    matrix: Matrix = IDENTITY
    line: Matrix = IDENTITY

    def begin(self) -> None:
        self.matrix = self.line = IDENTITY

    def move(self, tx: float, ty: float) -> None:
        self.line = _multiply((1.0, 0.0, 0.0, 1.0, tx, ty), self.line)
        self.matrix = self.line

    def next_line(self, state: _State) -> None:
        self.move(0.0, -state.leading)


def _text_box(state: _State, font: _Font, items: Iterable[object]) -> tuple[Rect | None, float]:
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
            x -= _num(item) / 1000.0 * size * scaling
    if not glyphs:
        return None, x
    bx0, by0, bx1, by1 = (v / 1000.0 for v in font.bbox)
    # sorted: a negative size or scaling mirrors the glyphs
    gx0, gx1 = sorted((bx0 * size * scaling, bx1 * size * scaling))
    gy0, gy1 = sorted((by0 * size, by1 * size))
    box = Rect(low + gx0, state.rise + gy0, high + gx1, state.rise + gy1)
    return box, x


def _simple_font(font: pikepdf.Dictionary) -> _Font:
    subtype = str(font.get("/Subtype", ""))
    if subtype not in ("/TrueType", "/Type1", "/MMType1"):
        raise _Undecided(f"a {subtype.lstrip('/') or 'untyped'} font")
    descriptor = font.get("/FontDescriptor")
    widths = font.get("/Widths")
    if not isinstance(descriptor, pikepdf.Dictionary) or not isinstance(widths, pikepdf.Array):
        raise _Undecided("a font without its widths and descriptor")
    first = int(_num(font.get("/FirstChar", 0)))
    return _Font(
        widths={first + i: _num(w) for i, w in enumerate(widths)},
        missing_width=_num(descriptor.get("/MissingWidth", 0)),
        bbox=_glyph_box(descriptor),
    )


def _glyph_box(descriptor: pikepdf.Dictionary) -> tuple[float, float, float, float]:
    """Where the font's glyphs can reach, per 1000 units of text size.

    An embedded TrueType subset holds only the glyphs the document uses, and
    each glyph's outline box is in its header: their union is much tighter than
    the whole font's FontBBox (which makes room for the tallest accent of every
    script) and just as safe. Anything else falls back to the FontBBox.
    """
    embedded = descriptor.get("/FontFile2")
    if isinstance(embedded, pikepdf.Stream):
        try:
            return truetype_glyph_box(embedded.read_bytes())
        except (struct.error, ValueError, KeyError, pikepdf.PdfError):
            pass
    bbox = descriptor.get("/FontBBox")
    if not isinstance(bbox, pikepdf.Array) or len(bbox) != 4:
        raise _Undecided("a font without a FontBBox")
    x0, y0, x1, y1 = (_num(v) for v in bbox)
    if x1 <= x0 or y1 <= y0:
        raise _Undecided("a font whose FontBBox is empty")
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


_IMAGE_INKS: dict[
    bytes, tuple[Inks, float]
] = {}  # by what decides the samples: a batch's logo once


def _image_inks(image: pikepdf.Stream) -> tuple[Inks, float]:
    """Each ink's largest value over the image's samples, and the largest sum of one sample."""
    key = hashlib.sha256(image.read_raw_bytes() + repr(sorted(image.items())).encode()).digest()
    if key not in _IMAGE_INKS:
        if len(_IMAGE_INKS) > 256:
            _IMAGE_INKS.clear()
        _IMAGE_INKS[key] = _decoded_image_inks(image)
    return _IMAGE_INKS[key]


def _decoded_image_inks(image: pikepdf.Stream) -> tuple[Inks, float]:
    space = image.get("/ColorSpace")
    modes = {pikepdf.Name.DeviceCMYK: "CMYK", pikepdf.Name.DeviceGray: "L"}
    if space not in modes:
        raise _Undecided(f"an image in {space} colour")
    if "/Decode" in image or image.get("/BitsPerComponent") != 8:
        raise _Undecided("an image with a Decode array or not 8 bits")
    width, height = int(_num(image.get("/Width"))), int(_num(image.get("/Height")))
    mode = modes[pikepdf.Name(str(space))]
    data = image.read_bytes()  # qpdf undoes the lossless filters; JPEG stays encoded
    if len(data) < width * height * len(mode):
        raise _Undecided("an image whose samples are not stored losslessly")
    pil = Image.frombuffer(mode, (width, height), data, "raw", mode, 0, 1)
    if mode == "L":
        darkest = 1.0 - pil.getextrema()[0] / 255.0  # type: ignore[operator]
        return (0.0, 0.0, 0.0, darkest), darkest
    extrema = pil.getextrema()
    inks = tuple(high / 255.0 for _, high in extrema)  # type: ignore[misc]
    peak = ink_sum(pil).getextrema()[1] / 255.0  # type: ignore[operator]
    return (inks[0], inks[1], inks[2], inks[3]), peak


# --- operator tables ---------------------------------------------------------


def _move(state: _State, args: list[float]) -> None:
    state.add_point(args[0], args[1])


def _curve(state: _State, args: list[float]) -> None:
    # a Bezier lies inside the hull of its control points
    for i in range(0, len(args) - 1, 2):
        state.add_point(args[i], args[i + 1])


def _rect(state: _State, args: list[float]) -> None:
    x, y, w, h = args
    state.add_point(x, y)
    state.add_point(x + w, y + h)
    if state.ctm[1] or state.ctm[2]:  # rotated or skewed: the other two corners reach further
        state.add_point(x + w, y)
        state.add_point(x, y + h)


def _no_point(state: _State, args: list[float]) -> None:
    """h (close): adds no new point."""


PathOp = Callable[[_State, list[float]], None]
_PATH_OPS: dict[str, PathOp] = {
    "m": _move,
    "l": _move,
    "c": _curve,
    "v": _curve,
    "y": _curve,
    "re": _rect,
    "h": _no_point,
}

# operator: (fills, strokes)
_PAINT_OPS = {
    "f": (True, False),
    "F": (True, False),
    "f*": (True, False),
    "S": (False, True),
    "s": (False, True),
    "B": (True, True),
    "B*": (True, True),
    "b": (True, True),
    "b*": (True, True),
    "n": (False, False),
}


def _set_colour(state: _State, fill: bool, colour: Inks | str) -> None:
    if fill:
        state.fill = colour
    else:
        state.stroke = colour


ColourOp = Callable[[_State, list[object], pikepdf.Dictionary], None]


def _colour_op(fill: bool, space: _Space | None, count: int) -> ColourOp:
    def apply(state: _State, args: list[object], spaces: pikepdf.Dictionary) -> None:
        if space is not None:  # k, K, g, G set their space too
            _set_space(state, fill, space)
            _set_colour(state, fill, space.colour(args[:count]))
            return
        current = state.fill_space if fill else state.stroke_space
        if isinstance(current, str):
            _set_colour(state, fill, current)
        else:
            _set_colour(state, fill, current.colour(args))

    return apply


def _set_space(state: _State, fill: bool, space: _Space | str) -> None:
    if fill:
        state.fill_space = space
    else:
        state.stroke_space = space


def _space_op(fill: bool) -> ColourOp:
    def apply(state: _State, args: list[object], spaces: pikepdf.Dictionary) -> None:
        space = _colour_space(args[0], spaces)
        _set_space(state, fill, space)
        _set_colour(state, fill, space if isinstance(space, str) else space.initial())

    return apply


def _rgb_op(fill: bool) -> ColourOp:
    def apply(state: _State, args: list[object], spaces: pikepdf.Dictionary) -> None:
        _set_space(state, fill, "RGB colour")
        _set_colour(state, fill, "RGB colour")

    return apply


_COLOUR_OPS: dict[str, ColourOp] = {
    "k": _colour_op(True, CMYK, 4),
    "K": _colour_op(False, CMYK, 4),
    "g": _colour_op(True, GRAY, 1),
    "G": _colour_op(False, GRAY, 1),
    "sc": _colour_op(True, None, 0),
    "scn": _colour_op(True, None, 0),
    "SC": _colour_op(False, None, 0),
    "SCN": _colour_op(False, None, 0),
    "cs": _space_op(True),
    "CS": _space_op(False),
    "rg": _rgb_op(True),
    "RG": _rgb_op(False),
}


def _colour_space(value: object, spaces: pikepdf.Dictionary, depth: int = 0) -> _Space | str:
    """What the bound knows of a colour space; a str says why it cannot use it."""
    if isinstance(value, pikepdf.Name):
        name = str(value)
        if name in ("/DeviceCMYK", "/CMYK"):
            return CMYK
        if name in ("/DeviceGray", "/G"):
            return GRAY
        if name in spaces and depth < 4:
            return _colour_space(spaces.get(name), spaces, depth + 1)
        return f"the colour space {name}"
    if isinstance(value, pikepdf.Array) and len(value) == 4 and value[0] == "/Separation":
        return _separation(value)
    family = str(value[0]) if isinstance(value, pikepdf.Array) and len(value) else str(value)
    return f"{family.lstrip('/')} colour"


def _separation(space: pikepdf.Array) -> _Space | str:
    name, alternate, function = str(space[1]), space[2], space[3]
    if name == "/All":
        return _Space("all")  # registration: every ink at the tint
    if name == "/None":
        return _Space("none")
    cmyk = alternate in (pikepdf.Name.DeviceCMYK, pikepdf.Name.CMYK)
    blend = isinstance(function, pikepdf.Dictionary) and function.get("/FunctionType") == 2
    if not cmyk or not blend:
        return f"the spot colour {name.lstrip('/')} (its tint transform is not a simple blend)"
    c0 = function.get("/C0", pikepdf.Array([0, 0, 0, 0]))
    c1 = function.get("/C1", pikepdf.Array([1, 1, 1, 1]))
    if len(c0) != 4 or len(c1) != 4:
        return f"the spot colour {name.lstrip('/')} (its tint transform is not four inks)"
    return _Space(
        "tint",
        c0=_clamped([_num(v) for v in c0]),
        c1=_clamped([_num(v) for v in c1]),
        exponent=_num(function.get("/N", 1)),
    )


def _line_width(state: _State, args: list[object]) -> None:
    state.line_width = abs(_num(args[0]))


def _miter_limit(state: _State, args: list[object]) -> None:
    state.miter_limit = max(1.0, _num(args[0]))


def _line_join(state: _State, args: list[object]) -> None:
    state.line_join = int(_num(args[0]))


def _concat(state: _State, args: list[object]) -> None:
    a, b, c, d, e, f = (_num(v) for v in args[:6])
    state.ctm = _multiply((a, b, c, d, e, f), state.ctm)


StateOp = Callable[[_State, list[object]], None]


def _text_state(attribute: str, scale: float = 1.0) -> StateOp:
    def apply(state: _State, args: list[object]) -> None:
        setattr(state, attribute, _num(args[0]) * scale)

    return apply


def _render_mode(state: _State, args: list[object]) -> None:
    state.render_mode = int(_num(args[0]))


def _ignored(state: _State, args: list[object]) -> None:
    """Operators that change neither where ink goes nor how much (d, J, i, ri, BDC...)."""


_STATE_OPS: dict[str, StateOp] = {
    "w": _line_width,
    "M": _miter_limit,
    "j": _line_join,
    "cm": _concat,
    "Tc": _text_state("char_spacing"),
    "Tw": _text_state("word_spacing"),
    "Tz": _text_state("scaling", 0.01),
    "TL": _text_state("leading"),
    "Ts": _text_state("rise"),
    "Tr": _render_mode,
}


TextOp = Callable[[_Text, _State, list[object]], None]


def _begin_text(text: _Text, state: _State, args: list[object]) -> None:
    text.begin()


def _td(text: _Text, state: _State, args: list[object]) -> None:
    text.move(_num(args[0]), _num(args[1]))


def _td_leading(text: _Text, state: _State, args: list[object]) -> None:
    state.leading = -_num(args[1])
    text.move(_num(args[0]), _num(args[1]))


def _tm(text: _Text, state: _State, args: list[object]) -> None:
    a, b, c, d, e, f = (_num(v) for v in args[:6])
    text.matrix = text.line = (a, b, c, d, e, f)


def _t_star(text: _Text, state: _State, args: list[object]) -> None:
    text.next_line(state)


_TEXT_POSITION_OPS: dict[str, TextOp] = {
    "BT": _begin_text,
    "Td": _td,
    "TD": _td_leading,
    "Tm": _tm,
    "T*": _t_star,
}


def _ext_gstate(state: _State, gstate: object) -> None:
    if not isinstance(gstate, pikepdf.Dictionary):
        raise _Undecided("a graphics state that is not a dictionary")
    blend = gstate.get("/BM")
    mode = str(blend[0] if isinstance(blend, pikepdf.Array) and len(blend) else blend or "")
    if mode not in ("", "/Normal", "/Compatible"):
        raise _Undecided(f"the blend mode {mode.lstrip('/')}")
    for key in ("/TR", "/TR2"):
        if key in gstate and str(gstate.get(key)) not in ("/Identity", "/Default"):
            raise _Undecided("a transfer function")
    if "/OP" in gstate:
        state.stroke_overprint = bool(gstate.get("/OP"))
        state.fill_overprint = bool(gstate.get("/op", gstate.get("/OP")))
    elif "/op" in gstate:
        state.fill_overprint = bool(gstate.get("/op"))
    if "/LW" in gstate:
        state.line_width = abs(_num(gstate.get("/LW")))
    if "/ML" in gstate:
        state.miter_limit = max(1.0, _num(gstate.get("/ML")))
    if "/LJ" in gstate:
        state.line_join = int(_num(gstate.get("/LJ")))


# --- geometry and values -------------------------------------------------------


def _num(value: object) -> float:
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        result = float(value)  # what pikepdf gives for PDF numbers: the fast path
        if -_HUGE < result < _HUGE:
            return result
    checked = number(value)
    if checked is None:
        raise _Undecided(f"an operand that is not a number ({value!r:.40})")
    return checked


_HUGE = 1e30  # beyond any real coordinate; guards against inf and NaN


def _unit(value: float) -> float:
    return min(max(value, 0.0), 1.0)


def _clamped(values: Sequence[float]) -> Inks:
    c, m, y, k = (_unit(v) for v in values)
    return (c, m, y, k)


def _named(resources: object, key: str) -> pikepdf.Dictionary:
    value = resources.get(key) if isinstance(resources, pikepdf.Dictionary) else None
    return value if isinstance(value, pikepdf.Dictionary) else pikepdf.Dictionary()


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n, in PDF's row-vector convention."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _box_of(points: Sequence[tuple[float, float]]) -> Rect:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs), max(ys))


def _transformed(box: Rect, m: Matrix) -> Rect:
    corners = [(box.x0, box.y0), (box.x0, box.y1), (box.x1, box.y0), (box.x1, box.y1)]
    return _box_of([_apply(m, x, y) for x, y in corners])


def _widened(box: Rect, state: _State) -> Rect:
    """A stroke's box: the path's, grown by half the line width (more at mitred corners)."""
    a, b, c, d = state.ctm[:4]
    scale = math.sqrt(a * a + b * b + c * c + d * d)  # at least the largest stretch
    width = state.line_width * scale if state.line_width > 0 else 1.0  # 0: one device pixel
    corner = max(math.sqrt(2.0), state.miter_limit if state.line_join == 0 else 1.0)
    grow = width / 2.0 * corner
    return Rect(box.x0 - grow, box.y0 - grow, box.x1 + grow, box.y1 + grow)
