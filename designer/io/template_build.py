"""Turn a schema-valid template file into the frozen model, checking cross-references.

The schema sees each value alone; here we check what only the whole file can
say: a frame names a colour, font or copy entry that exists, placeholders name
real region or field names, ``scale_from`` points at a size with pages of the
same proportions, and every file stays inside the template folder or the
bundled assets (no ``..``, no symlinks out).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import assert_never

from designer import resources
from designer.errors import TemplateError
from designer.io.font_file import font_file_problem
from designer.io.scaling import scale_layout
from designer.io.template_schema import (
    FieldSpec,
    FrameSpec,
    ImageSpec,
    PageSpecModel,
    QRSpec,
    RectSpec,
    RuleSpec,
    TemplateFile,
    TextSpec,
)
from designer.io.yaml_document import YamlDocument
from designer.io.yamldoc import dotted
from designer.model.colour import CMYK
from designer.model.geometry import Box
from designer.model.placeholders import PlaceholderSyntaxError, check_names, parse
from designer.model.sizes import PaperSize
from designer.model.template import (
    EditableField,
    FontSpec,
    Frame,
    ImageFrame,
    PageSpec,
    QRFrame,
    QRLevel,
    RectFrame,
    RuleFrame,
    SizeLayout,
    Template,
    TextFrame,
)


class _Context:
    """What frame checks need: the document (for lines) and the declared names."""

    def __init__(self, spec: TemplateFile, doc: YamlDocument) -> None:
        self.spec = spec
        self.doc = doc
        self.folder = doc.source.parent

    def fail(self, message: str, path: Sequence[str | int], hint: str | None = None) -> None:
        raise TemplateError(
            message,
            source=self.doc.source,
            line=self.doc.line_of(tuple(path)),
            field=dotted(path),
            hint=hint,
        )

    def need(self, section: str, key: str | None, path: Sequence[str | int]) -> None:
        names: dict[str, object] = getattr(self.spec, section)
        if key is not None and key not in names:
            label = section.rstrip("_")
            self.fail(f"unknown {label} {key!r}; declared: {', '.join(sorted(names))}", path)


def build_template(spec: TemplateFile, doc: YamlDocument) -> Template:
    ctx = _Context(spec, doc)
    fields = tuple(_field(ctx, name, f) for name, f in spec.fields.items())
    _check_copy(ctx, {f.name for f in fields})
    return Template(
        id=spec.id,
        title=spec.title,
        version=spec.version,
        campaign=spec.campaign,
        description=spec.description,
        folder=ctx.folder,
        source=doc.source,
        copy=dict(spec.copy_),
        fields=fields,
        palette={k: CMYK(v.c, v.m, v.y, v.k) for k, v in spec.palette.items()},
        fonts={k: FontSpec(k, _font_path(ctx, k, v)) for k, v in spec.fonts.items()},
        layouts=_layouts(ctx),
        kind=spec.kind,
    )


def _field(ctx: _Context, name: str, spec: FieldSpec) -> EditableField:
    path = ("fields", name)
    if spec.type == "choice" and not spec.choices:
        ctx.fail("a choice field needs a list of choices", path)
    if spec.choices and spec.default not in spec.choices and spec.default:
        ctx.fail(f"default {spec.default!r} is not one of the choices", (*path, "default"))
    if len(spec.default) > spec.max_length:
        ctx.fail(f"default is longer than max_length {spec.max_length}", (*path, "default"))
    return EditableField(
        name=name,
        label=spec.label,
        type=spec.type,
        max_length=spec.max_length,
        choices=tuple(spec.choices),
        default=spec.default,
        required=spec.required,
        help=spec.help,
    )


def _check_copy(ctx: _Context, field_names: set[str]) -> None:
    for key, text in ctx.spec.copy_.items():
        _check_placeholders(ctx, text, field_names, ("copy", key))


def _check_placeholders(
    ctx: _Context, text: str, field_names: set[str], path: Sequence[str | int]
) -> None:
    try:
        problems = check_names(parse(text), field_names)
    except PlaceholderSyntaxError as exc:
        problems = [str(exc)]
    if problems:
        ctx.fail(problems[0], path)


def _font_path(ctx: _Context, key: str, name: str) -> Path:
    path = _safe_file(ctx, name, ("fonts", key), extra_root=resources.assets_dir() / "fonts")
    if path.suffix.lower() != ".ttf":
        ctx.fail(
            f"font {name!r} is not a TrueType .ttf file",
            ("fonts", key),
            hint="CFF-based .otf fonts cannot be embedded; convert to TrueType",
        )
    problem = font_file_problem(path)
    if problem:
        hint = "copy the font file again from its source (its download or installer)"
        ctx.fail(f"font {name!r} ({path}): {problem}", ("fonts", key), hint=hint)
    return path


def _safe_file(ctx: _Context, name: str, path: Sequence[str | int], extra_root: Path) -> Path:
    """Resolve ``name`` in the template folder, then ``extra_root``; refuse escapes."""
    if Path(name).is_absolute() or ".." in Path(name).parts:
        ctx.fail(f"file {name!r} must be a plain name inside the template folder", path)
    for root in (ctx.folder, extra_root):
        candidate = root / name
        if candidate.is_symlink():
            ctx.fail(f"file {name!r} is a symbolic link; links are refused", path)
        if candidate.is_file():
            if not candidate.resolve().is_relative_to(root.resolve()):
                ctx.fail(f"file {name!r} points outside {root}", path)
            return candidate.resolve()
    ctx.fail(f"file {name!r} not found in {ctx.folder} or {extra_root}", path)
    raise AssertionError("unreachable")


def _layouts(ctx: _Context) -> dict[PaperSize, SizeLayout]:
    own = {s: v for s, v in ctx.spec.sizes.items() if v.scale_from is None}
    layouts: dict[PaperSize, SizeLayout] = {}
    for size, spec in own.items():
        path = ("sizes", size.value)
        if not spec.pages:
            ctx.fail("a size needs `pages` or `scale_from`", path)
        folds = tuple(spec.folds)
        pages = tuple(
            _page(ctx, p, (*path, "pages", i), folds) for i, p in enumerate(spec.pages or [])
        )
        layouts[size] = SizeLayout(size, pages)
    scaled = {
        size: _scaled(ctx, size, spec.scale_from, layouts)
        for size, spec in ctx.spec.sizes.items()
        if spec.scale_from is not None
    }
    return {s: layouts.get(s) or scaled[s] for s in ctx.spec.sizes}


def _scaled(
    ctx: _Context, size: PaperSize, base: PaperSize, own: dict[PaperSize, SizeLayout]
) -> SizeLayout:
    path = ("sizes", size.value, "scale_from")
    if base not in own:
        ctx.fail(f"scale_from {base.value} names a size without pages of its own", path)
    factor = base.trim.scale_to(size.trim)
    ratio_a = base.trim.height_mm / base.trim.width_mm
    ratio_b = size.trim.height_mm / size.trim.width_mm
    if abs(ratio_a - ratio_b) > 0.01:
        ctx.fail(f"{base.value} and {size.value} have different proportions", path)
    return scale_layout(own[base], size, factor)


def _page(
    ctx: _Context, spec: PageSpecModel, path: tuple[str | int, ...], folds: tuple[float, ...]
) -> PageSpec:
    ctx.need("palette", spec.background, (*path, "background"))
    ids = [f.id for f in spec.frames]
    for i, frame_id in enumerate(ids):
        if ids.index(frame_id) != i:
            ctx.fail(f"frame id {frame_id!r} is used twice on this page", (*path, "frames", i))
    frames = tuple(_frame(ctx, f, (*path, "frames", i)) for i, f in enumerate(spec.frames))
    own_folds = tuple(spec.folds) if spec.folds is not None else folds
    return PageSpec(spec.name, spec.background, frames, own_folds)


def _frame(ctx: _Context, spec: FrameSpec, path: tuple[str | int, ...]) -> Frame:
    if isinstance(spec, TextSpec):
        return _text(ctx, spec, path)
    if isinstance(spec, RectSpec):
        ctx.need("palette", spec.fill, (*path, "fill"))
        return RectFrame(spec.id, _box(spec), spec.fill, spec.bleed)
    if isinstance(spec, RuleSpec):
        ctx.need("palette", spec.colour, (*path, "colour"))
        return RuleFrame(
            id=spec.id,
            x1_mm=spec.x1,
            y1_mm=spec.y1,
            x2_mm=spec.x2,
            y2_mm=spec.y2,
            width_pt=spec.width,
            colour=spec.colour,
        )
    if isinstance(spec, QRSpec):
        _check_placeholders(ctx, spec.data, set(ctx.spec.fields), (*path, "data"))
        box = Box(spec.x, spec.y, spec.size, spec.size)
        return QRFrame(spec.id, box, spec.data, QRLevel(spec.error_correction))
    if isinstance(spec, ImageSpec):
        return _image(ctx, spec, path)
    assert_never(spec)


def _text(ctx: _Context, spec: TextSpec, path: tuple[str | int, ...]) -> TextFrame:
    ctx.need("copy_", spec.copy_, (*path, "copy"))
    ctx.need("fonts", spec.font, (*path, "font"))
    ctx.need("palette", spec.colour, (*path, "colour"))
    ctx.need("palette", spec.background, (*path, "background"))
    if spec.min_size > spec.size:
        ctx.fail(f"min_size {spec.min_size} is larger than size {spec.size}", (*path, "min_size"))
    return TextFrame(
        id=spec.id,
        box=_box(spec),
        copy=spec.copy_,
        font=spec.font,
        size_pt=spec.size,
        min_size_pt=spec.min_size,
        colour=spec.colour,
        leading=spec.leading,
        paragraph_space=spec.paragraph_space,
        align=spec.align,
        valign=spec.valign,
        role=spec.role,
        background=spec.background,
    )


def _image(ctx: _Context, spec: ImageSpec, path: tuple[str | int, ...]) -> ImageFrame:
    file = _safe_file(ctx, spec.file, (*path, "file"), extra_root=resources.assets_dir() / "logos")
    return ImageFrame(spec.id, _box(spec), file)


def _box(spec: RectSpec | TextSpec | ImageSpec) -> Box:
    return Box(spec.x, spec.y, spec.w, spec.h)
