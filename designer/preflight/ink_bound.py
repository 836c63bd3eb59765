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

from collections.abc import Sequence

import pikepdf
from msgspec import Struct

from designer.preflight import ink_forms
from designer.preflight.ink_images import remembered_image_inks
from designer.preflight.ink_sources import simple_font, text_box
from designer.preflight.ink_state import (
    COLOUR_OPS,
    PAINT_OPS,
    PATH_OPS,
    STATE_OPS,
    TEXT_POSITION_OPS,
    Font,
    Inks,
    State,
    Text,
    Undecided,
    ext_gstate,
    multiply,
    named,
    real,
    transformed,
    widened,
)
from designer.preflight.pdf_walk import MALFORMED, describe, inherited
from designer.preflight.tools import InkArea, Rect

MAX_FORM_DEPTH = 12


class InkBound(Struct, frozen=True):
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
            raise Undecided("the page has annotations")
        _blending_space(page)
        painter = _Painter(area.measure)
        _Interpreter(painter).run(page, inherited(page, "/Resources"), State(), depth=0)
    except Undecided as exc:
        return InkBound(area.page, None, str(exc))
    except MALFORMED as exc:
        return InkBound(area.page, None, f"a value could not be read ({describe(exc)})")
    return InkBound(area.page, round(painter.peak * 100.0, 3))


class _Paint(Struct, frozen=True):
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
        box = reach(box)
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


def _no_default_spaces(resources: object) -> None:
    """A /DefaultCMYK (or Gray, RGB) turns every device colour into another space's inks."""
    spaces = named(resources, "/ColorSpace")
    for name in ("/DefaultCMYK", "/DefaultGray", "/DefaultRGB"):
        if name in spaces:
            raise Undecided(f"a {name.lstrip('/')} colour space")


def _blending_space(owner: pikepdf.Object) -> None:
    """Blending in another colour space (RGB, say) converts back to inks the bound never saw."""
    group = owner.get("/Group")
    space = group.get("/CS") if isinstance(group, pikepdf.Dictionary) else None
    if space is not None and space not in (pikepdf.Name.DeviceCMYK, pikepdf.Name.CMYK):
        raise Undecided("a transparency group that blends in another colour space")


PIXEL_REACH_PT = 1.5  # a 72 dpi render inks every pixel a shape touches; its crop rounds


def reach(box: Rect) -> Rect:
    """Where a paint can leave ink in the ink render: its box, grown by a pixel and a half."""
    grow = PIXEL_REACH_PT
    return Rect(box.x0 - grow, box.y0 - grow, box.x1 + grow, box.y1 + grow)


def _meets(a: Rect, b: Rect) -> bool:
    """Boxes that share any point, edges included (a hairline's box may have no height)."""
    return a.x0 <= b.x1 and b.x0 <= a.x1 and a.y0 <= b.y1 and b.y0 <= a.y1


class _Interpreter:
    def __init__(self, painter: _Painter) -> None:
        self.painter = painter
        self.fonts: dict[tuple[int, int], Font] = {}
        self.forms: list[tuple[int, int]] = []

    def run(self, stream: pikepdf.Object, resources: object, state: State, depth: int) -> None:
        if depth > MAX_FORM_DEPTH:
            raise Undecided("forms nest too deeply")
        _no_default_spaces(resources)
        stack: list[State] = []
        text = Text()
        for instruction in pikepdf.parse_content_stream(stream):
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                raise Undecided("an inline image")
            op = str(instruction.operator)
            operands: list[object] = list(instruction.operands)
            if op == "q":
                stack.append(state.copy())
            elif op == "Q":
                if state.path is not None:  # out of the specification; renderers keep the path
                    raise Undecided("a path left open across Q")
                state = stack.pop() if stack else state
            else:
                self._operator(op, operands, state, text, resources, depth)

    def _operator(
        self,
        op: str,
        args: list[object],
        state: State,
        text: Text,
        resources: object,
        depth: int,
    ) -> None:
        if op in PATH_OPS:
            PATH_OPS[op](state, [real(a) for a in args])
        elif op in PAINT_OPS:
            self._paint_path(state, *PAINT_OPS[op])
        elif op in COLOUR_OPS:
            COLOUR_OPS[op](state, args, named(resources, "/ColorSpace"))
        elif op in STATE_OPS:
            STATE_OPS[op](state, args)
        elif op == "gs":
            ext_gstate(state, named(resources, "/ExtGState").get(str(args[0])))
        elif op == "Tf":
            state.font = self._font(named(resources, "/Font").get(str(args[0])))
            state.font_size = real(args[1])
        elif op in TEXT_POSITION_OPS:
            TEXT_POSITION_OPS[op](text, state, args)
        elif op in ("Tj", "TJ", "'", '"'):
            self._show(op, args, state, text)
        elif op == "Do":
            self._xobject(named(resources, "/XObject").get(str(args[0])), state, resources, depth)
        elif op == "sh":
            raise Undecided("a shading")
        elif op == "BI":
            raise Undecided("an inline image")

    # --- paths -------------------------------------------------------------

    def _paint_path(self, state: State, fill: bool, stroke: bool) -> None:
        corners, joined = state.path, state.joined
        state.path, state.segments, state.joined = None, 0, False
        if corners is None:
            return
        box = Rect(*corners)
        if fill:
            self._paint(box, state.fill, state.fill_overprint)
        if stroke:
            self._paint(widened(box, state, joined), state.stroke, state.stroke_overprint)

    def _paint(self, box: Rect, colour: Inks | str, overprint: bool) -> None:
        if isinstance(colour, str):
            if self.painter.measure.overlaps(reach(box)):
                raise Undecided(colour)
            return
        self.painter.paint(box, colour, sum(colour), flat=True, overprint=overprint)

    # --- text --------------------------------------------------------------

    def _font(self, font: object) -> Font:
        if not isinstance(font, pikepdf.Dictionary):
            raise Undecided("a font that is not a dictionary")
        key = font.objgen
        if key not in self.fonts or key == (0, 0):
            self.fonts[key] = simple_font(font)
        return self.fonts[key]

    def _show(self, op: str, args: list[object], state: State, text: Text) -> None:
        if op in ("'", '"'):
            if op == '"':
                state.word_spacing, state.char_spacing = real(args[0]), real(args[1])
                args = args[2:]
            text.next_line(state)
        items = list(args[0]) if op == "TJ" and isinstance(args[0], pikepdf.Array) else args[:1]
        if state.font is None:
            raise Undecided("text shown with no font set")
        box, advance = text_box(state, state.font, items)
        if box is not None:
            page_box = transformed(box, multiply(text.matrix, state.ctm))
            mode = state.render_mode
            if mode in (0, 2, 4, 6):
                self._paint(page_box, state.fill, state.fill_overprint)
            if mode in (1, 2, 5, 6):
                self._paint(widened(page_box, state), state.stroke, state.stroke_overprint)
        text.matrix = multiply((1.0, 0.0, 0.0, 1.0, advance, 0.0), text.matrix)

    # --- XObjects ----------------------------------------------------------

    def _xobject(self, xobject: object, state: State, resources: object, depth: int) -> None:
        if not isinstance(xobject, pikepdf.Stream):
            raise Undecided("an XObject that is not a stream")
        if state.path is not None:  # out of the specification, as for Q and cm
            raise Undecided("an XObject drawn while a path was being built")
        subtype = xobject.get("/Subtype")
        if subtype == pikepdf.Name.Image:
            self._image(xobject, state)
        elif subtype == pikepdf.Name.Form:
            _blending_space(xobject)
            self._form(xobject, state, resources, depth)
        else:
            raise Undecided(f"an XObject of subtype {subtype}")

    def _image(self, image: pikepdf.Stream, state: State) -> None:
        box = transformed(Rect(0.0, 0.0, 1.0, 1.0), state.ctm)
        if image.get("/ImageMask") is True:
            self._paint(box, state.fill, state.fill_overprint)
            return
        inks, total = remembered_image_inks(image)  # by the image's bytes, on disk too
        self.painter.paint(box, inks, total, flat=False, overprint=state.fill_overprint)

    def _form(self, form: pikepdf.Stream, state: State, resources: object, depth: int) -> None:
        key = form.objgen
        if key in self.forms:
            raise Undecided("a form that draws itself")
        inner = state.copy()
        matrix = form.get("/Matrix")
        if isinstance(matrix, pikepdf.Array) and len(matrix) == 6:
            m = tuple(real(v) for v in matrix)
            inner.ctm = multiply((m[0], m[1], m[2], m[3], m[4], m[5]), state.ctm)
        self.forms.append(key)
        try:
            self._read_form(form, form.get("/Resources", resources), inner, depth + 1)
        finally:
            self.forms.pop()

    def _read_form(self, form: pikepdf.Stream, resources: object, state: State, depth: int) -> None:
        """A plain form seen before is replayed, not read again (``ink_forms``)."""
        memo = ink_forms.form_key(form, resources, state, self.painter.measure)
        if memo is None:
            self.run(form, resources, state, depth)
        elif not ink_forms.replayed(memo, self.painter):
            painter = self.painter

            def run(recorder: ink_forms.Recorder) -> None:
                self.painter = recorder  # type: ignore[assignment]
                try:
                    self.run(form, resources, state, depth)
                finally:
                    self.painter = painter

            ink_forms.read_once(memo, painter, run)
