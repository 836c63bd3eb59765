"""The colour and transparency walk over a PDF's object tree.

PDF/X forbids some colour families (RGB anywhere, ICC spaces in X-1a),
transparency in X-1a and some compressions; they hide in resources, Form
XObjects, patterns, soft masks, inline images and content-stream operators.
The walker visits each of those once (cached by object id, so a form that
draws itself ends) and reports every ``Use`` it sees, with the element and page.

Files come from anyone, so no value is trusted to have the type the
specification gives it: ``number`` and ``Malformed`` read values defensively,
and each page and each resource is walked under a guard that turns a value of
the wrong shape into an "unreadable" ``Use`` (which preflight reports) instead
of an exception.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal

import pikepdf
from msgspec import Struct

# What reading a malformed-but-openable file can raise; each becomes a finding.
MALFORMED: tuple[type[Exception], ...] = (
    TypeError,
    ValueError,
    IndexError,
    AttributeError,
    KeyError,
    ArithmeticError,
    RecursionError,
    OSError,
    pikepdf.PikepdfError,
)


class Malformed(ValueError):
    """A PDF value of the wrong type or shape, described for a person."""


def number(value: object) -> float | None:
    """A PDF number as a float; anything else (a name, a string, absent) as None."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    result = float(value)
    return result if abs(result) < float("inf") else None


def shown(value: object, limit: int = 60) -> str:
    """A short PDF-syntax text of a value, for messages."""
    try:
        text = value.unparse().decode("latin-1") if isinstance(value, pikepdf.Object) else None
    except MALFORMED:
        text = None
    text = text if text is not None else str(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe(exc: BaseException) -> str:
    """What went wrong reading a value: our own description, else the exception's."""
    text = str(exc) if isinstance(exc, Malformed) else f"{type(exc).__name__}: {exc}"
    return text if len(text) <= 160 else text[:157] + "..."


class Use(Struct, frozen=True, kw_only=True):
    """One thing the object walk saw: a colour family, transparency, or an inline filter."""

    tag: str  # "cs:DeviceRGB", "transparency", "filter:LZWDecode", "unreadable"
    element: str
    page: int = 0
    image: bool = False
    detail: str = ""  # for "unreadable": what is wrong with the element


def inherited(page: pikepdf.Dictionary, key: str) -> object:
    """A page attribute that may be set on an ancestor in the page tree (MediaBox, Resources)."""
    node: object = page
    for _ in range(64):  # the page tree is never this deep; guards against cycles
        if not isinstance(node, pikepdf.Dictionary):
            return None
        if key in node:
            return node.get(key)
        node = node.get("/Parent")
    return None


_DEVICE = {
    "/DeviceRGB": "DeviceRGB",
    "/RGB": "DeviceRGB",
    "/DeviceCMYK": "DeviceCMYK",
    "/CMYK": "DeviceCMYK",
    "/DeviceGray": "DeviceGray",
    "/G": "DeviceGray",
    "/Pattern": "Pattern",
}
_ICC = {1: "ICCBased Gray", 3: "ICCBased RGB", 4: "ICCBased CMYK"}
_ALTERNATE_AT = {"/Indexed": 1, "/Separation": 2, "/DeviceN": 2, "/Pattern": 1}
_COLOUR_OPERATORS = frozenset(("rg", "RG", "cs", "CS"))  # the only ones ``_operator`` reads
_INLINE_FILTERS = {"/LZW": "LZWDecode", "/LZWDecode": "LZWDecode", "/JBIG2Decode": "JBIG2Decode"}


def _families(space: object, named: object, depth: int = 0) -> set[str]:
    """Every colour family a colour space uses, including Indexed bases and alternates."""
    if depth > 8:
        return set()
    if isinstance(space, pikepdf.Name):
        if str(space) in _DEVICE:
            return {_DEVICE[str(space)]}
        found = named.get(space) if isinstance(named, pikepdf.Dictionary) else None
        return _families(found, None, depth + 1) if found is not None else set()
    if isinstance(space, pikepdf.Array) and len(space) > 0:
        return _array_families(space, named, depth)
    return set()


def _array_families(space: pikepdf.Array, named: object, depth: int) -> set[str]:
    kind = str(space[0])
    if kind == "/ICCBased":
        return {_icc_family(space)}
    at = _ALTERNATE_AT.get(kind)
    if at is not None:
        inner = _families(space[at], named, depth + 1) if len(space) > at else set()
        return {kind.lstrip("/")} | inner
    return _families(space[0], named, depth + 1) if len(space) == 1 else {kind.lstrip("/")}


def _icc_family(space: pikepdf.Array) -> str:
    profile = space[1] if len(space) > 1 else None
    if not isinstance(profile, pikepdf.Stream):
        raise Malformed(f"the ICCBased colour space has no profile stream: {shown(space)}")
    channels = number(profile.get("/N", 0))
    if channels is None:
        raise Malformed(f"the ICC profile's channel count /N is {shown(profile.get('/N'))}")
    return _ICC.get(int(channels), "ICCBased")


def _need_dict(value: object, element: str) -> pikepdf.Object:
    if not isinstance(value, pikepdf.Dictionary | pikepdf.Stream):
        raise Malformed(f"the {element} is {shown(value)}, not a dictionary")
    return value


def _need_number(owner: pikepdf.Object, key: str, default: float) -> float:
    value = number(owner.get(key, default))
    if value is None:
        raise Malformed(f"{key} is {shown(owner.get(key))}, not a number")
    return value


def _dict(parent: object, key: str) -> dict[str, pikepdf.Object]:
    value = parent.get(key) if isinstance(parent, pikepdf.Dictionary | pikepdf.Stream) else None
    return dict(value.items()) if isinstance(value, pikepdf.Dictionary) else {}


class Walker:
    """Walks pages, Form XObjects, patterns, soft masks and images once each (cached)."""

    def __init__(self) -> None:
        self._done: dict[tuple[int, int], tuple[Use, ...]] = {}

    def document(self, pdf: pikepdf.Pdf) -> Iterator[Use]:
        for page_number, page in enumerate(pdf.pages, 1):
            resources = inherited(page.obj, "/Resources")
            for use in _guarded("page", self.stream, page.obj, resources):
                yield Use(
                    tag=use.tag,
                    element=use.element,
                    page=page_number,
                    image=use.image,
                    detail=use.detail,
                )

    def stream(self, stream: pikepdf.Object, resources: object) -> tuple[Use, ...]:
        key = stream.objgen
        if key not in self._done or key == (0, 0):
            self._done[key] = ()  # a form that draws itself ends here
            uses = [
                *self._group(stream),
                *self._resources(resources),
                *self._content(stream, resources),
            ]
            self._done[key] = tuple(uses)
        return self._done[key]

    def _group(self, owner: pikepdf.Object) -> Iterator[Use]:
        group = owner.get("/Group")
        if not isinstance(group, pikepdf.Dictionary):
            return
        if group.get("/S") == pikepdf.Name.Transparency:
            yield Use(tag="transparency", element="transparency group")
        for family in _families(group.get("/CS"), None):
            yield Use(tag=f"cs:{family}", element="transparency group colour space")

    def _resources(self, resources: object) -> Iterator[Use]:
        spaces = resources.get("/ColorSpace") if isinstance(resources, pikepdf.Dictionary) else None
        visits: dict[str, tuple[str, Callable[[str, object], Iterable[Use]]]] = {
            "/ColorSpace": ("colour space", lambda n, v: self._space(n, v, spaces)),
            "/Shading": ("shading", lambda n, v: self._shading(n, v, spaces)),
            "/Pattern": ("pattern", lambda n, v: self._pattern(n, v, resources)),
            "/XObject": ("XObject", lambda n, v: self._xobject(n, v, resources)),
            "/ExtGState": ("graphics state", self._gstate),
        }
        for key, (kind, visit) in visits.items():
            for name, value in _dict(resources, key).items():
                yield from _guarded(f"{kind} {name}", visit, name, value)

    def _colours(
        self, space: object, named: object, element: str, image: bool = False
    ) -> Iterator[Use]:
        for family in sorted(_families(space, named)):
            yield Use(tag=f"cs:{family}", element=element, image=image)

    def _space(self, name: str, space: object, spaces: object) -> Iterator[Use]:
        yield from self._colours(space, spaces, f"colour space {name}")

    def _shading(self, name: str, shading: object, spaces: object) -> Iterator[Use]:
        colour_space = _need_dict(shading, f"shading {name}").get("/ColorSpace")
        yield from self._colours(colour_space, spaces, f"shading {name}")

    def _pattern(self, name: str, pattern: object, resources: object) -> Iterator[Use]:
        shading = _need_dict(pattern, f"pattern {name}").get("/Shading")
        if isinstance(shading, pikepdf.Dictionary | pikepdf.Stream):
            yield from self._colours(shading.get("/ColorSpace"), None, f"pattern {name}")
        if isinstance(pattern, pikepdf.Stream):
            yield from self.stream(pattern, pattern.get("/Resources", resources))

    def _xobject(self, name: str, xobject: object, resources: object) -> Iterator[Use]:
        if not isinstance(xobject, pikepdf.Stream):
            return
        if xobject.get("/Subtype") == pikepdf.Name.Image:
            yield from self._image(f"image {name}", xobject)
        elif xobject.get("/Subtype") == pikepdf.Name.Form:
            yield from self.stream(xobject, xobject.get("/Resources", resources))

    def _image(self, element: str, image: pikepdf.Object) -> Iterator[Use]:
        element += f" ({image.get('/Width', '?')}x{image.get('/Height', '?')} px)"
        yield from self._colours(image.get("/ColorSpace"), None, element, image=True)
        if "/SMask" in image or _need_number(image, "/SMaskInData", 0) > 0:
            yield Use(tag="transparency", element=f"{element}: soft mask")

    def _gstate(self, name: str, value: object) -> Iterator[Use]:
        state = _need_dict(value, f"graphics state {name}")
        for reason in _transparency(state):
            yield Use(tag="transparency", element=f"graphics state {name}: {reason}")
        mask = state.get("/SMask")
        if isinstance(mask, pikepdf.Dictionary) and isinstance(mask.get("/G"), pikepdf.Stream):
            yield from self.stream(mask.G, mask.G.get("/Resources"))

    def _content(self, stream: pikepdf.Object, resources: object) -> Iterator[Use]:
        spaces = resources.get("/ColorSpace") if isinstance(resources, pikepdf.Dictionary) else None
        try:
            instructions = pikepdf.parse_content_stream(stream)
        except MALFORMED as exc:
            yield Use(tag="unparsable", element=f"content stream {stream.objgen[0]}: {exc}")
            return
        for instruction in instructions:
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                yield from self._inline(instruction.iimage, spaces)
            elif (op := str(instruction.operator)) in _COLOUR_OPERATORS:
                yield from self._operator(op, list(instruction.operands), spaces)

    def _operator(self, op: str, operands: Sequence[object], spaces: object) -> Iterator[Use]:
        if op in ("rg", "RG"):
            yield Use(
                tag="cs:DeviceRGB", element=f"{'fill' if op == 'rg' else 'stroke'} colour ({op})"
            )
        elif op in ("cs", "CS") and operands:
            where = "fill" if op == "cs" else "stroke"
            yield from self._colours(
                operands[0], spaces, f"{where} colour space ({op} {operands[0]})"
            )

    def _inline(self, image: pikepdf.PdfInlineImage, spaces: object) -> Iterator[Use]:
        element = f"inline image ({image.width}x{image.height} px)"
        yield from self._colours(image.obj.get("/ColorSpace"), spaces, element, image=True)
        for name in image.filters:
            if name in _INLINE_FILTERS:
                yield Use(tag=f"filter:{_INLINE_FILTERS[name]}", element=element)


def _guarded(element: str, visit: Callable[..., Iterable[Use]], *args: object) -> Iterator[Use]:
    """Every use ``visit`` finds before it meets a value it cannot read, then that value."""
    try:
        yield from visit(*args)
    except MALFORMED as exc:
        yield Use(tag="unreadable", element=element, detail=describe(exc))


def _transparency(state: pikepdf.Object) -> Iterator[str]:
    for key, label in (("/ca", "fill opacity"), ("/CA", "stroke opacity")):
        opacity = _need_number(state, key, 1)
        if opacity < 1:
            yield f"{label} {opacity:.2f}"
    mask = state.get("/SMask")
    if mask is not None and mask != pikepdf.Name("/None"):
        yield "soft mask"
    blend = state.get("/BM")
    modes = [str(m) for m in blend] if isinstance(blend, pikepdf.Array) else [str(blend or "")]
    if modes and modes[0] not in ("", "/Normal", "/Compatible"):
        yield f"blend mode {modes[0]}"
