"""Every image a PDF draws, with its placed resolution, read in-process as ``pdfimages -list``.

Why in-process: pdfimages is a program a council PC does not have. Like
poppler's ``ImageOutputDev``, this runs each page's content (q, Q, cm, Do
and inline images, through Form XObjects) and lists one row per image drawn:
the image, then its soft mask or explicit mask when it has one, numbered
across the document. The resolution is poppler's formula on the current matrix:
``width * 72 / hypot(a, b)`` across and ``height * 72 / hypot(c, d)`` down,
rounded half up as poppler does. Tiling patterns and Type 3 glyphs are not run, as poppler
does not run them for images either.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pikepdf

from designer.preflight.pdf_walk import MALFORMED, inherited, number
from designer.preflight.tools import ImageInfo

Matrix = tuple[float, float, float, float, float, float]
MAX_FORM_DEPTH = 32
# poppler's base matrix (72 dpi, upside down, turned with the page) only turns and flips:
# it changes no length, so the identity gives the same resolution
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)
_DEVICE = {
    "/DeviceGray": ("gray", 1),
    "/G": ("gray", 1),
    "/DeviceRGB": ("rgb", 3),
    "/RGB": ("rgb", 3),
    "/DeviceCMYK": ("cmyk", 4),
    "/CMYK": ("cmyk", 4),
}
_FAMILY = {
    "/CalGray": ("gray", 1),
    "/CalRGB": ("rgb", 3),
    "/Lab": ("lab", 3),
    "/Indexed": ("index", 1),
    "/I": ("index", 1),
    "/Separation": ("sep", 1),
    "/Pattern": ("-", 0),
}


def list_images(pdf: pikepdf.Pdf) -> tuple[ImageInfo, ...]:
    """One row per image drawn, page by page, as pdfimages lists them."""
    lister = _Lister()
    for number_, page in enumerate(pdf.pages, 1):
        lister.run(page.obj, inherited(page.obj, "/Resources"), IDENTITY, number_, 0)
    return tuple(lister.found)


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF's row-vector order): poppler's concatCTM(m) on a state holding n."""
    a, b, c, d, e, f = m
    return (
        a * n[0] + b * n[2],
        a * n[1] + b * n[3],
        c * n[0] + d * n[2],
        c * n[1] + d * n[3],
        e * n[0] + f * n[2] + n[4],
        e * n[1] + f * n[3] + n[5],
    )


class _Lister:
    def __init__(self) -> None:
        self.found: list[ImageInfo] = []
        self._running: set[tuple[int, int]] = set()

    def run(
        self, stream: pikepdf.Object, resources: object, ctm: Matrix, page: int, depth: int
    ) -> None:
        if depth > MAX_FORM_DEPTH or stream.objgen in self._running:
            return  # a form that draws itself
        self._running.add(stream.objgen)
        try:
            self._content(stream, resources, ctm, page, depth)
        finally:
            self._running.discard(stream.objgen)

    def _content(
        self, stream: pikepdf.Object, resources: object, ctm: Matrix, page: int, depth: int
    ) -> None:
        try:
            instructions = pikepdf.parse_content_stream(stream)
        except MALFORMED:
            return  # the structure rule reports an unreadable content stream
        stack: list[Matrix] = []
        for instruction in instructions:
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                image = instruction.iimage
                self._list(image.obj, "[inline]", ctm, page, resources)
                continue
            op, operands = str(instruction.operator), list(instruction.operands)
            if op == "q":
                stack.append(ctm)
            elif op == "Q" and stack:
                ctm = stack.pop()
            elif op == "cm":
                ctm = _concat(operands, ctm)
            elif op == "Do" and operands:
                self._do(operands[0], resources, ctm, page, depth)

    def _do(self, name: object, resources: object, ctm: Matrix, page: int, depth: int) -> None:
        xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
        key = name if isinstance(name, pikepdf.Name) else None
        found = xobjects.get(key) if isinstance(xobjects, pikepdf.Dictionary) and key else None
        if not isinstance(found, pikepdf.Stream):
            return
        if found.get("/Subtype") == pikepdf.Name.Image:
            self._list(found, f"{found.objgen[0]} {found.objgen[1]}", ctm, page, resources)
        elif found.get("/Subtype") == pikepdf.Name.Form:
            inner = _concat(list(found.get("/Matrix", [1, 0, 0, 1, 0, 0])), ctm)
            self.run(found, found.get("/Resources", resources), inner, page, depth + 1)

    def _list(
        self, image: pikepdf.Object, object_id: str, ctm: Matrix, page: int, resources: object
    ) -> None:
        stencil = _flag(image, "/ImageMask", "/IM")
        colour, components = ("-", 1) if stencil else _colour(image, resources)
        bpc = 1 if stencil else int(number(_get(image, "/BitsPerComponent", "/BPC")) or 0)
        self._row(
            image, "stencil" if stencil else "image", colour, components, bpc, object_id, ctm, page
        )
        if stencil:
            return
        smask, mask = image.get("/SMask"), image.get("/Mask")
        extra = smask if isinstance(smask, pikepdf.Stream) else None
        kind = "smask"
        if extra is None and isinstance(mask, pikepdf.Stream):
            extra, kind = mask, "mask"
        if extra is not None:
            mask_colour = ("gray", 1) if kind == "smask" else ("-", 1)
            mask_bpc = 1 if kind == "mask" else int(number(extra.get("/BitsPerComponent")) or 0)
            # poppler lists a mask under the object number of its image
            self._row(extra, kind, *mask_colour, mask_bpc, object_id, ctm, page)

    def _row(
        self,
        image: pikepdf.Object,
        kind: str,
        colour: str,
        components: int,
        bpc: int,
        object_id: str,
        ctm: Matrix,
        page: int,
    ) -> None:
        width = int(number(_get(image, "/Width", "/W")) or 0)
        height = int(number(_get(image, "/Height", "/H")) or 0)
        num = len(self.found)
        x_ppi = _ppi(width, math.hypot(ctm[0], ctm[1]))
        y_ppi = _ppi(height, math.hypot(ctm[2], ctm[3]))
        self.found.append(
            ImageInfo(
                page=page,
                num=num,
                type=kind,
                width=width,
                height=height,
                color=colour,
                components=components,
                bpc=bpc,
                object_id=object_id,
                x_ppi=x_ppi,
                y_ppi=y_ppi,
            )
        )


def _ppi(pixels: int, extent: float) -> int:
    """poppler's ``(int)(pixels * 72 / extent + 0.5)``; an image drawn flat is huge."""
    if extent == 0:
        return 1 << 30
    return int(abs(pixels * 72.0 / extent) + 0.5)


def _concat(operands: Sequence[object], ctm: Matrix) -> Matrix:
    values = [number(v) for v in operands]
    if len(values) != 6 or any(v is None for v in values):
        return ctm  # poppler ignores a cm with the wrong operands
    a, b, c, d, e, f = (float(v or 0.0) for v in values)
    return multiply((a, b, c, d, e, f), ctm)


def _get(image: pikepdf.Object, key: str, short: str) -> object:
    value = image.get(key)
    return image.get(short) if value is None else value


def _flag(image: pikepdf.Object, key: str, short: str) -> bool:
    return bool(_get(image, key, short) is True)


def _colour(image: pikepdf.Object, resources: object) -> tuple[str, int]:
    space = _get(image, "/ColorSpace", "/CS")
    return _space(space, resources, 0)


def _space(space: object, resources: object, depth: int) -> tuple[str, int]:
    if depth > 8:
        return "-", 0
    if isinstance(space, pikepdf.Name):
        if str(space) in _DEVICE:
            return _DEVICE[str(space)]
        named = resources.get("/ColorSpace") if isinstance(resources, pikepdf.Dictionary) else None
        found = named.get(space) if isinstance(named, pikepdf.Dictionary) else None
        return _space(found, None, depth + 1) if found is not None else ("-", 0)
    if not isinstance(space, pikepdf.Array) or len(space) == 0:
        return "-", 0
    family = str(space[0])
    if family == "/ICCBased":
        profile = space[1] if len(space) > 1 else None
        channels = number(profile.get("/N")) if isinstance(profile, pikepdf.Stream) else None
        return "icc", int(channels or 0)
    if family == "/DeviceN":
        names = space[1] if len(space) > 1 else None
        return "devn", len(names) if isinstance(names, pikepdf.Array) else 0
    if family in _FAMILY:
        return _FAMILY[family]
    return _space(space[0], resources, depth + 1) if len(space) == 1 else ("-", 0)
