"""The template file format as pydantic models: what may be written, and nothing else.

Every model forbids unknown keys, so a typo (``colour`` for ``fill``) is an
error with its line, never silently ignored. Lengths are millimetres, type
sizes points. ``designer.io.templates`` turns a validated file into the frozen
model of ``designer.model.template``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from designer.model.sizes import PaperSize
from designer.model.template import Align, FieldType, TemplateKind, TextRole, VAlign

Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=64)]
Key = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
Mm = Annotated[float, Field(ge=-50, le=2000)]
Positive = Annotated[float, Field(gt=0, le=2000)]
Percent = Annotated[float, Field(ge=0, le=100)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ColourSpec(Strict):
    c: Percent
    m: Percent
    y: Percent
    k: Percent


class FieldSpec(Strict):
    label: Annotated[str, Field(min_length=1, max_length=80)]
    type: FieldType = FieldType.TEXT
    max_length: Annotated[int, Field(ge=1, le=500)] = 80
    choices: list[Annotated[str, Field(max_length=500)]] = []
    default: Annotated[str, Field(max_length=500)] = ""
    required: bool = False
    help: Annotated[str, Field(max_length=300)] = ""


class BoxSpec(Strict):
    id: Key
    x: Mm
    y: Mm
    w: Positive
    h: Positive


class RectSpec(BoxSpec):
    type: Literal["rect"]
    fill: Key
    bleed: bool = True


class TextSpec(BoxSpec):
    type: Literal["text"]
    copy_: Key = Field(alias="copy")
    font: Key
    size: Annotated[float, Field(gt=0, le=400)]
    min_size: Annotated[float, Field(gt=0, le=400)]
    colour: Key
    leading: Annotated[float, Field(ge=0.8, le=3)] = 1.2
    paragraph_space: Annotated[float, Field(ge=0, le=3)] = 0.5
    align: Align = Align.LEFT
    valign: VAlign = VAlign.TOP
    role: TextRole = TextRole.BODY
    background: Key | None = None


class QRSpec(Strict):
    type: Literal["qr"]
    id: Key
    x: Mm
    y: Mm
    size: Positive
    data: Annotated[str, Field(min_length=1, max_length=300)]
    # L is a real level but too weak for a poster, so a file may not ask for it
    error_correction: Literal["M", "Q", "H"] = "M"


class ImageSpec(BoxSpec):
    type: Literal["image"]
    file: Annotated[str, Field(min_length=1, max_length=200)]


class RuleSpec(Strict):
    type: Literal["rule"]
    id: Key
    x1: Mm
    y1: Mm
    x2: Mm
    y2: Mm
    width: Annotated[float, Field(gt=0, le=50)]
    colour: Key


FrameSpec = Annotated[
    RectSpec | TextSpec | QRSpec | ImageSpec | RuleSpec, Field(discriminator="type")
]


class PageSpecModel(Strict):
    name: Annotated[str, Field(min_length=1, max_length=40)]
    background: Key | None = None
    # Folds of this page (the back of a roll fold mirrors the front); default: the size's.
    folds: list[Mm] | None = None
    frames: list[FrameSpec]


class SizeSpec(Strict):
    """Either pages of its own, or ``scale_from`` another size of the same proportions."""

    pages: list[PageSpecModel] | None = None
    folds: list[Mm] = []
    scale_from: PaperSize | None = None

    @model_validator(mode="after")
    def _pages_or_scale_from(self) -> SizeSpec:
        if (self.pages is None) == (self.scale_from is None):
            raise ValueError("give either `pages` or `scale_from`, not both and not neither")
        if self.scale_from is not None and self.folds:
            raise ValueError("`folds` go with `pages`; a scaled size takes its folds from its base")
        return self


class TemplateFile(Strict):
    id: Slug
    title: Annotated[str, Field(min_length=1, max_length=120)]
    version: Annotated[str, Field(pattern=r"^\d+\.\d+(\.\d+)?$")]
    campaign: Annotated[str, Field(min_length=1, max_length=200)]
    description: Annotated[str, Field(max_length=1000)] = ""
    kind: TemplateKind = TemplateKind.POSTER
    fonts: dict[Key, Annotated[str, Field(min_length=1, max_length=200)]]
    palette: dict[Key, ColourSpec]
    copy_: dict[Key, Annotated[str, Field(max_length=4000)]] = Field(alias="copy")
    fields: dict[Key, FieldSpec] = {}
    sizes: dict[PaperSize, SizeSpec]

    @field_validator("sizes")
    @classmethod
    def _at_least_one_size(cls, sizes: dict[PaperSize, SizeSpec]) -> dict[PaperSize, SizeSpec]:
        if not sizes:
            raise ValueError("a template needs at least one size")
        return sizes
