"""The fonts of a PDF and whether each is embedded, read in-process as poppler's pdffonts does.

Why in-process: pdffonts is a program a council PC does not have, and
starting it costs about 9 ms of CPU a file. The scan follows poppler's
``FontInfoScanner``: each page's resources, the resources of the Form
XObjects and patterns they hold (recursively, each once), and the resources of
each annotation's appearance; each font object is listed once. A font counts as
embedded, as for poppler, when its descriptor refers to a font file
(FontFile, FontFile2 or FontFile3); a Type 0 font's descriptor is its
descendant's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pikepdf

from designer.preflight.pdf_walk import inherited
from designer.preflight.tools import FontInfo

_SIMPLE = {"/Type1": "Type 1", "/MMType1": "Type 1", "/Type3": "Type 3", "/TrueType": "TrueType"}
_CID = {"/CIDFontType0": "CID Type 0", "/CIDFontType2": "CID TrueType"}
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
_SUBSET = re.compile(r"^[A-Z]{6}\+")
MAX_DEPTH = 32


def list_fonts(pdf: pikepdf.Pdf) -> tuple[FontInfo, ...]:
    """Every font the pages' resources name, once each, in the order pdffonts lists them."""
    scan = _Scan()
    for page in pdf.pages:
        scan.resources(inherited(page.obj, "/Resources"), 0)
        for resources in _appearance_resources(page.obj):
            scan.resources(resources, 0)
    return tuple(scan.found)


class _Scan:
    def __init__(self) -> None:
        self.found: list[FontInfo] = []
        self._fonts: set[tuple[int, int]] = set()
        self._visited: set[tuple[int, int]] = set()

    def resources(self, resources: object, depth: int) -> None:
        if not isinstance(resources, pikepdf.Dictionary) or depth > MAX_DEPTH:
            return
        fonts = resources.get("/Font")
        for font in fonts.values() if isinstance(fonts, pikepdf.Dictionary) else ():
            self._font(font)
        for kind in ("/XObject", "/Pattern"):
            named = resources.get(kind)
            for value in named.values() if isinstance(named, pikepdf.Dictionary) else ():
                self._inner(value, resources, depth)

    def _inner(self, value: object, parent: pikepdf.Dictionary, depth: int) -> None:
        if not isinstance(value, pikepdf.Stream) or not self._first_visit(value):
            return
        inner = value.get("/Resources")
        if not isinstance(inner, pikepdf.Dictionary) or inner.objgen == parent.objgen != (0, 0):
            return  # none, or the very resources being scanned
        if not inner.is_indirect or self._first_visit(inner):
            self.resources(inner, depth + 1)

    def _first_visit(self, obj: pikepdf.Object) -> bool:
        key = obj.objgen
        if key == (0, 0):
            return True
        if key in self._visited:
            return False
        self._visited.add(key)
        return True

    def _font(self, font: object) -> None:
        if not isinstance(font, pikepdf.Dictionary):
            return
        key = font.objgen if font.is_indirect else (-len(self.found) - 1, 0)
        if key in self._fonts:
            return
        self._fonts.add(key)
        self.found.append(_font_info(font))


def _font_info(font: pikepdf.Dictionary) -> FontInfo:
    base = font.get("/BaseFont")
    name = str(base)[1:] if isinstance(base, pikepdf.Name) else "[none]"
    subtype = str(font.get("/Subtype", ""))
    kind, descriptor_owner = _SIMPLE.get(subtype, "unknown"), font
    if subtype == "/Type0":
        descendants = font.get("/DescendantFonts")
        first = descendants[0] if isinstance(descendants, pikepdf.Array) and descendants else None
        descriptor_owner = first if isinstance(first, pikepdf.Dictionary) else pikepdf.Dictionary()
        kind = _CID.get(str(descriptor_owner.get("/Subtype", "")), "unknown")
    embedded = kind == "Type 3" or _has_font_file(descriptor_owner)
    obj = f"{font.objgen[0]} {font.objgen[1]}"
    return FontInfo(
        name=name, type=kind, embedded=embedded, subset=bool(_SUBSET.match(name)), object_id=obj
    )


def _has_font_file(font: pikepdf.Dictionary) -> bool:
    """Poppler counts a font file only when the descriptor refers to it (an indirect object)."""
    descriptor = font.get("/FontDescriptor")
    if not isinstance(descriptor, pikepdf.Dictionary):
        return False
    for key in _FONT_FILES:
        value = descriptor.get(key)
        if value is not None and value.is_indirect:
            return True
    return False


def _appearance_resources(page: pikepdf.Dictionary) -> Iterator[object]:
    """The resources of each annotation's normal appearance (the one a viewer shows)."""
    annots = page.get("/Annots")
    for annot in annots if isinstance(annots, pikepdf.Array) else ():
        stream = appearance(annot)
        if stream is not None:
            yield stream.get("/Resources")


def appearance(annot: object) -> pikepdf.Stream | None:
    """An annotation's normal appearance stream: /AP /N, or its /AS state among several."""
    if not isinstance(annot, pikepdf.Dictionary):
        return None
    ap = annot.get("/AP")
    normal = ap.get("/N") if isinstance(ap, pikepdf.Dictionary) else None
    if isinstance(normal, pikepdf.Dictionary) and not isinstance(normal, pikepdf.Stream):
        state = annot.get("/AS")
        normal = normal.get(state) if isinstance(state, pikepdf.Name) else None
    return normal if isinstance(normal, pikepdf.Stream) else None
