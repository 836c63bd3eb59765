"""The graphics state the ink bound follows, and the operators that change it.

Only what decides where ink goes and how much: the CTM, the path as a running
box, fill and stroke colour (as inks, or the reason the bound cannot use the
colour), line width and joins, overprint, and the text state. Every operator
is a small function in a table keyed by its name; ``ink_bound`` looks them up.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import StrEnum

import pikepdf
from msgspec import Struct

from designer.preflight.pdf_walk import number
from designer.preflight.tools import Rect
from designer.records import replace

Inks = tuple[float, float, float, float]  # C, M, Y, K, each 0..1
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
BLACK: Inks = (0.0, 0.0, 0.0, 1.0)


class Undecided(Exception):
    """Something the bound cannot reason about; the render measures the page instead."""


class SpaceKind(StrEnum):
    """The colour spaces the bound can reason about; anything else leaves it undecided."""

    CMYK = "cmyk"
    GRAY = "gray"
    ALL = "all"  # every ink at the tint (registration)
    NONE = "none"  # no ink
    TINT = "tint"  # a type 2 blend between two sets of inks


class Space(Struct, frozen=True, kw_only=True):
    kind: SpaceKind
    c0: Inks = (0.0, 0.0, 0.0, 0.0)
    c1: Inks = BLACK
    exponent: float = 1.0
    domain: tuple[float, float] = (0.0, 1.0)

    def initial(self) -> Inks:
        if self.kind in (SpaceKind.CMYK, SpaceKind.GRAY):
            return BLACK
        return self.colour([1.0])

    def colour(self, operands: Sequence[object]) -> Inks:
        values = [real(v) for v in operands]
        if self.kind is SpaceKind.CMYK and len(values) == 4:
            return clamped(values)
        if self.kind is SpaceKind.GRAY and len(values) == 1:
            return (0.0, 0.0, 0.0, 1.0 - unit(values[0]))
        if len(values) == 1:
            t = unit(values[0])
            if self.kind is SpaceKind.ALL:
                return (t, t, t, t)
            if self.kind is SpaceKind.NONE:
                return (0.0, 0.0, 0.0, 0.0)
            s = min(max(t, self.domain[0]), self.domain[1]) ** self.exponent
            return clamped([a + s * (b - a) for a, b in zip(self.c0, self.c1, strict=True)])
        raise Undecided(f"{len(values)} colour values for a {self.kind} colour space")


CMYK, GRAY = Space(kind=SpaceKind.CMYK), Space(kind=SpaceKind.GRAY)


class State(Struct, kw_only=True):
    """The parts of the graphics state that decide where ink goes and how much."""

    ctm: Matrix = IDENTITY
    fill_space: Space | str = CMYK  # a str: why the bound cannot use it
    stroke_space: Space | str = CMYK
    fill: Inks | str = BLACK
    stroke: Inks | str = BLACK
    line_width: float = 1.0
    miter_limit: float = 10.0
    line_join: int = 0
    fill_overprint: bool = False
    stroke_overprint: bool = False
    font: Font | None = None
    font_size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    scaling: float = 1.0
    leading: float = 0.0
    rise: float = 0.0
    render_mode: int = 0
    path: list[float] | None = None  # the path so far as a box: x0, y0, x1, y1 in page space
    segments: int = 0  # in the current subpath
    joined: bool = False  # some subpath has a corner a mitre could stick out of

    def copy(self) -> State:
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


class Font(Struct, frozen=True):
    widths: dict[int, float]  # per code, in text space units of 1/1000
    missing_width: float
    bbox: tuple[float, float, float, float]  # glyph space, 1/1000


class Text(Struct):
    matrix: Matrix = IDENTITY
    line: Matrix = IDENTITY

    def begin(self) -> None:
        self.matrix = self.line = IDENTITY

    def move(self, tx: float, ty: float) -> None:
        self.line = multiply((1.0, 0.0, 0.0, 1.0, tx, ty), self.line)
        self.matrix = self.line

    def next_line(self, state: State) -> None:
        self.move(0.0, -state.leading)


# --- operator tables ---------------------------------------------------------


def _move(state: State, args: list[float]) -> None:
    state.segments = 0
    state.add_point(args[0], args[1])


def _line(state: State, args: list[float]) -> None:
    _segment(state)
    state.add_point(args[0], args[1])


def _segment(state: State) -> None:
    state.joined = state.joined or state.segments > 0
    state.segments += 1


def _curve(state: State, args: list[float]) -> None:
    # a Bezier lies inside the hull of its control points; its own bends can be sharp
    _segment(state)
    state.joined = True
    for i in range(0, len(args) - 1, 2):
        state.add_point(args[i], args[i + 1])


def _rect(state: State, args: list[float]) -> None:
    state.joined = True  # four corners
    x, y, w, h = args
    state.add_point(x, y)
    state.add_point(x + w, y + h)
    if state.ctm[1] or state.ctm[2]:  # rotated or skewed: the other two corners reach further
        state.add_point(x + w, y)
        state.add_point(x, y + h)


def _close(state: State, args: list[float]) -> None:
    """h: no new point, but closing adds a corner where the subpath began."""
    if state.segments:
        _segment(state)


PathOp = Callable[[State, list[float]], None]
PATH_OPS: dict[str, PathOp] = {
    "m": _move,
    "l": _line,
    "c": _curve,
    "v": _curve,
    "y": _curve,
    "re": _rect,
    "h": _close,
}

# operator: (fills, strokes)
PAINT_OPS = {
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


def _set_colour(state: State, fill: bool, colour: Inks | str) -> None:
    if fill:
        state.fill = colour
    else:
        state.stroke = colour


ColourOp = Callable[[State, list[object], pikepdf.Dictionary], None]


def _colour_op(fill: bool, space: Space | None, count: int) -> ColourOp:
    def apply(state: State, args: list[object], spaces: pikepdf.Dictionary) -> None:
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


def _set_space(state: State, fill: bool, space: Space | str) -> None:
    if fill:
        state.fill_space = space
    else:
        state.stroke_space = space


def _space_op(fill: bool) -> ColourOp:
    def apply(state: State, args: list[object], spaces: pikepdf.Dictionary) -> None:
        space = _colour_space(args[0], spaces)
        _set_space(state, fill, space)
        _set_colour(state, fill, space if isinstance(space, str) else space.initial())

    return apply


def _rgb_op(fill: bool) -> ColourOp:
    def apply(state: State, args: list[object], spaces: pikepdf.Dictionary) -> None:
        _set_space(state, fill, "RGB colour")
        _set_colour(state, fill, "RGB colour")

    return apply


COLOUR_OPS: dict[str, ColourOp] = {
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


def _colour_space(value: object, spaces: pikepdf.Dictionary, depth: int = 0) -> Space | str:
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


_PROCESS_INKS = {"/Cyan": 0, "/Magenta": 1, "/Yellow": 2, "/Black": 3}


def _separation(space: pikepdf.Array) -> Space | str:
    name, alternate, function = str(space[1]), space[2], space[3]
    if name == "/All":
        return Space(kind=SpaceKind.ALL)  # registration: every ink at the tint
    if name == "/None":
        return Space(kind=SpaceKind.NONE)
    if name in _PROCESS_INKS:  # the press (and Ghostscript) puts the tint on that ink itself
        ink = [0.0, 0.0, 0.0, 0.0]
        ink[_PROCESS_INKS[name]] = 1.0
        return Space(kind=SpaceKind.TINT, c1=clamped(ink))
    cmyk = alternate in (pikepdf.Name.DeviceCMYK, pikepdf.Name.CMYK)
    blend = isinstance(function, pikepdf.Dictionary) and function.get("/FunctionType") == 2
    if not cmyk or not blend:
        return f"the spot colour {name.lstrip('/')} (its tint transform is not a simple blend)"
    c0 = function.get("/C0", pikepdf.Array([0, 0, 0, 0]))
    c1 = function.get("/C1", pikepdf.Array([1, 1, 1, 1]))
    domain = function.get("/Domain", pikepdf.Array([0, 1]))
    if len(c0) != 4 or len(c1) != 4 or len(domain) != 2:
        return f"the spot colour {name.lstrip('/')} (its tint transform is not four inks)"
    low, high, exponent = real(domain[0]), real(domain[1]), real(function.get("/N", 1))
    if low > high or (low < 0 and not exponent.is_integer()) or (low <= 0 and exponent < 0):
        # Ghostscript refuses such a function and paints the fallback: nothing to reason on
        return f"the spot colour {name.lstrip('/')} (its tint transform is not a valid blend)"
    return Space(
        kind=SpaceKind.TINT,
        c0=clamped([real(v) for v in c0]),
        c1=clamped([real(v) for v in c1]),
        exponent=exponent,
        domain=(low, high),
    )


def _line_width(state: State, args: list[object]) -> None:
    state.line_width = abs(real(args[0]))


def _miter_limit(state: State, args: list[object]) -> None:
    state.miter_limit = max(1.0, real(args[0]))


def _line_join(state: State, args: list[object]) -> None:
    state.line_join = int(real(args[0]))


def _concat(state: State, args: list[object]) -> None:
    if state.path is not None:  # out of the specification, but renderers apply it when painting
        raise Undecided("the transformation changed while a path was being built")
    a, b, c, d, e, f = (real(v) for v in args[:6])
    state.ctm = multiply((a, b, c, d, e, f), state.ctm)


StateOp = Callable[[State, list[object]], None]


def _text_state(attribute: str, scale: float = 1.0) -> StateOp:
    def apply(state: State, args: list[object]) -> None:
        setattr(state, attribute, real(args[0]) * scale)

    return apply


def _render_mode(state: State, args: list[object]) -> None:
    state.render_mode = int(real(args[0]))


STATE_OPS: dict[str, StateOp] = {
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


TextOp = Callable[[Text, State, list[object]], None]


def _begin_text(text: Text, state: State, args: list[object]) -> None:
    text.begin()


def _td(text: Text, state: State, args: list[object]) -> None:
    text.move(real(args[0]), real(args[1]))


def _td_leading(text: Text, state: State, args: list[object]) -> None:
    state.leading = -real(args[1])
    text.move(real(args[0]), real(args[1]))


def _tm(text: Text, state: State, args: list[object]) -> None:
    a, b, c, d, e, f = (real(v) for v in args[:6])
    text.matrix = text.line = (a, b, c, d, e, f)


def _t_star(text: Text, state: State, args: list[object]) -> None:
    text.next_line(state)


TEXT_POSITION_OPS: dict[str, TextOp] = {
    "BT": _begin_text,
    "Td": _td,
    "TD": _td_leading,
    "Tm": _tm,
    "T*": _t_star,
}


def ext_gstate(state: State, gstate: object) -> None:
    if not isinstance(gstate, pikepdf.Dictionary):
        raise Undecided("a graphics state that is not a dictionary")
    blend = gstate.get("/BM")
    mode = str(blend[0] if isinstance(blend, pikepdf.Array) and len(blend) else blend or "")
    if mode not in ("", "/Normal", "/Compatible"):
        raise Undecided(f"the blend mode {mode.lstrip('/')}")
    for key in ("/TR", "/TR2"):
        if key in gstate and str(gstate.get(key)) not in ("/Identity", "/Default"):
            raise Undecided("a transfer function")
    if "/Font" in gstate:
        raise Undecided("a font set by a graphics state")
    if "/OP" in gstate:
        state.stroke_overprint = bool(gstate.get("/OP"))
        state.fill_overprint = bool(gstate.get("/op", gstate.get("/OP")))
    elif "/op" in gstate:
        state.fill_overprint = bool(gstate.get("/op"))
    if "/LW" in gstate:
        state.line_width = abs(real(gstate.get("/LW")))
    if "/ML" in gstate:
        state.miter_limit = max(1.0, real(gstate.get("/ML")))
    if "/LJ" in gstate:
        state.line_join = int(real(gstate.get("/LJ")))


# --- geometry and values -------------------------------------------------------


def real(value: object) -> float:
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        result = float(value)  # what pikepdf gives for PDF numbers: the fast path
        if -_HUGE < result < _HUGE:
            return result
    checked = number(value)
    if checked is None:
        raise Undecided(f"an operand that is not a number ({value!r:.40})")
    return checked


_HUGE = 1e30  # beyond any real coordinate; guards against inf and NaN


def unit(value: float) -> float:
    return min(max(value, 0.0), 1.0)


def clamped(values: Sequence[float]) -> Inks:
    c, m, y, k = (unit(v) for v in values)
    return (c, m, y, k)


def named(resources: object, key: str) -> pikepdf.Dictionary:
    value = resources.get(key) if isinstance(resources, pikepdf.Dictionary) else None
    return value if isinstance(value, pikepdf.Dictionary) else pikepdf.Dictionary()


def multiply(m: Matrix, n: Matrix) -> Matrix:
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


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def box_of(points: Sequence[tuple[float, float]]) -> Rect:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs), max(ys))


def transformed(box: Rect, m: Matrix) -> Rect:
    corners = [(box.x0, box.y0), (box.x0, box.y1), (box.x1, box.y0), (box.x1, box.y1)]
    return box_of([apply(m, x, y) for x, y in corners])


def widened(box: Rect, state: State, joined: bool = True) -> Rect:
    """A stroke's box: the path's, grown by half the line width.

    A projecting cap's corner lies half a width times the square root of two
    from the path; a mitred corner (``joined`` paths only) up to half a width
    times the miter limit.
    """
    width = state.line_width * _stretch(state.ctm) if state.line_width > 0 else 1.0  # 0: a pixel
    mitre = state.miter_limit if joined and state.line_join == 0 else 1.0
    grow = width / 2.0 * max(math.sqrt(2.0), mitre)
    return Rect(box.x0 - grow, box.y0 - grow, box.x1 + grow, box.y1 + grow)


def _stretch(m: Matrix) -> float:
    """The most a matrix lengthens any line: its largest singular value."""
    a, b, c, d = m[:4]
    total = a * a + b * b + c * c + d * d
    spread = math.sqrt((a * a + b * b - c * c - d * d) ** 2 + 4 * (a * c + b * d) ** 2)
    return math.sqrt((total + spread) / 2.0)
