"""An approved template: copy, editable fields, palette, fonts, and a layout per size.

Loaded and validated by ``designer.io.templates``; immutable afterwards. Text
frames never hold wording of their own: they name an entry of ``copy``, the
approved wording, whose placeholders may only name region fields
(``{region.helpline.phone}``) or the template's editable fields
(``{field.local_note}``).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from msgspec import Struct

from designer.model.colour import CMYK
from designer.model.geometry import Box
from designer.model.sizes import PaperSize


class FieldType(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    CHOICE = "choice"


class EditableField(Struct, frozen=True, kw_only=True):
    """One value staff may change. Everything else in a template is locked."""

    name: str
    label: str
    type: FieldType = FieldType.TEXT
    max_length: int = 80
    choices: tuple[str, ...] = ()
    default: str = ""
    required: bool = False
    help: str = ""


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class VAlign(StrEnum):
    TOP = "top"
    MIDDLE = "middle"
    BOTTOM = "bottom"


class TextRole(StrEnum):
    """What a text frame is for; legibility rules depend on it."""

    HEADLINE = "headline"
    BODY = "body"
    CONTACT = "contact"
    SMALL = "small"  # imprints, footnotes: press minimum only


class TextFrame(Struct, frozen=True, kw_only=True):
    id: str
    box: Box
    copy: str  # key into Template.copy
    font: str  # key into Template.fonts
    size_pt: float
    min_size_pt: float
    colour: str  # key into Template.palette
    leading: float = 1.2  # line height as a multiple of the size
    paragraph_space: float = 0.5  # extra space between paragraphs, in lines
    align: Align = Align.LEFT
    valign: VAlign = VAlign.TOP
    role: TextRole = TextRole.BODY
    background: str | None = None  # palette key behind the text, for contrast checks


class RectFrame(Struct, frozen=True):
    """A filled rectangle. Edges lying on the trim extend into the bleed when ``bleed``."""

    id: str
    box: Box
    fill: str
    bleed: bool = True


class RuleFrame(Struct, frozen=True, kw_only=True):
    """A straight line from (x1, y1) to (x2, y2) in mm."""

    id: str
    x1_mm: float
    y1_mm: float
    x2_mm: float
    y2_mm: float
    width_pt: float
    colour: str


class QRLevel(StrEnum):
    """QR error correction, weakest first (how much of a code may be lost and still scan)."""

    L = "L"
    M = "M"
    Q = "Q"
    H = "H"


class QRFrame(Struct, frozen=True):
    """A QR code filling a square box, quiet zone included, 100 % K on white."""

    id: str
    box: Box
    data: str  # placeholder template, e.g. "{region.helpline.web}"
    error_correction: QRLevel = QRLevel.M


class ImageFrame(Struct, frozen=True):
    """A raster image fitted (contained, centred) in its box."""

    id: str
    box: Box
    path: Path  # absolute, resolved by the loader inside the template or assets folder


Frame = TextFrame | RectFrame | RuleFrame | QRFrame | ImageFrame


class PageSpec(Struct, frozen=True):
    name: str
    background: str | None  # palette key filling trim + bleed; None for paper white
    frames: tuple[Frame, ...]
    folds_mm: tuple[float, ...] = ()  # x of each fold from this page's left trim edge


class SizeLayout(Struct, frozen=True):
    """Every page of the piece at one size (each page carries its own folds)."""

    size: PaperSize
    pages: tuple[PageSpec, ...]
    scale: float = 1.0  # factor applied when derived with ``scale_from``


class FontSpec(Struct, frozen=True):
    key: str
    path: Path


class TemplateKind(StrEnum):
    POSTER = "poster"
    LEAFLET = "leaflet"


class Template(Struct, frozen=True, kw_only=True):
    id: str
    title: str
    version: str
    campaign: str
    description: str
    folder: Path
    source: Path  # the template file, for messages
    copy: dict[str, str]
    fields: tuple[EditableField, ...]
    palette: dict[str, CMYK]
    fonts: dict[str, FontSpec]
    layouts: dict[PaperSize, SizeLayout]
    kind: TemplateKind = TemplateKind.POSTER

    def __hash__(self) -> int:
        # the dicts (copy, palette, fonts, layouts) are left out, as they cannot be hashed;
        # equality still compares them
        return hash((self.id, self.title, self.version, self.campaign, self.folder, self.source,
                     self.fields, self.kind))

    @property
    def sizes(self) -> tuple[PaperSize, ...]:
        return tuple(self.layouts)

    def field_named(self, name: str) -> EditableField | None:
        return next((f for f in self.fields if f.name == name), None)

    def default_values(self) -> dict[str, str]:
        return {f.name: f.default for f in self.fields}
