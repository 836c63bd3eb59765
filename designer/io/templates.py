"""Load, validate and index approved templates.

A template is a folder holding ``template.yaml`` and its assets. Loading checks
the schema (unknown keys are errors), then what the schema cannot see:
references between sections, placeholder names, scaling, and that every file
a template names lies inside its own folder or the bundled assets.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msgspec import Struct

from designer import resources
from designer.errors import TemplateError
from designer.io import load_cache
from designer.io.located import located
from designer.io.yaml_document import MAX_BYTES, YamlDocument, YamlLoadError
from designer.io.yamldoc import load_yaml, utf8_text
from designer.model.template import ImageFrame, Template

if TYPE_CHECKING:
    from pydantic import ValidationError

    from designer.io.template_schema import TemplateFile

TEMPLATE_FILE = "template.yaml"


def load_template(folder: Path) -> Template:
    """Read ``folder/template.yaml``; raise TemplateError naming file, line and field."""
    source = Path(folder) / TEMPLATE_FILE
    if Path(folder).is_symlink():
        # a linked folder brings in files nobody put in the library (and a later
        # change to its target changes an approved template without a trace)
        raise TemplateError(
            "the template folder is a symbolic link; links are refused",
            source=folder,
            hint="copy the template folder into the library instead of linking it",
        )
    if not source.is_file():
        raise TemplateError(f"no {TEMPLATE_FILE} in this folder", source=folder)
    if source.is_symlink():
        raise TemplateError("the template file is a symbolic link; refused", source=source)
    try:
        raw = source.read_bytes()
        if len(raw) > MAX_BYTES:
            too_big = f"the file is {len(raw)} bytes; the limit is {MAX_BYTES}"
            raise TemplateError(too_big, source=source)
        text = utf8_text(raw)
    except YamlLoadError as exc:
        raise TemplateError(str(exc), source=source, line=exc.line) from None
    except OSError as exc:
        raise TemplateError(f"cannot read the file: {exc}", source=source) from None
    return template_from(source, text)


def template_from(source: Path, text: str, doc: YamlDocument | None = None) -> Template:
    """The template ``text`` (read from ``source``) describes, checked; TemplateError if not.

    Remembered across processes (``load_cache``) while nothing it depends on
    changes: its text, its place, and the names of the files its fonts and
    images could resolve to (in its folder and in the bundled assets).
    """
    parts = (
        str(source),  # as given: a template keeps its folder as given
        str(source.resolve()),
        text,
        load_cache.names_in(source.parent),
        str(resources.assets_dir().resolve()),  # two copies of the program keep apart
        load_cache.names_in(resources.assets_dir()),
    )
    known = load_cache.remembered("template", parts, Template)
    if known is not None and all(path.is_file() for path in used_files(known)):
        return known
    template = _checked(doc or _parsed(source, text))
    load_cache.remember("template", parts, template)
    return template


def used_files(template: Template) -> list[Path]:
    """Every font and image the template draws with, each once, sorted."""
    seen = {spec.path for spec in template.fonts.values()}
    for layout in template.layouts.values():
        for page in layout.pages:
            seen.update(f.path for f in page.frames if isinstance(f, ImageFrame))
    return sorted(seen)


def _parsed(source: Path, text: str) -> YamlDocument:
    try:
        return load_yaml(source, text)
    except YamlLoadError as exc:
        raise TemplateError(str(exc), source=source, line=exc.line) from None


def _checked(doc: YamlDocument) -> Template:
    # imported here: the schema (pydantic and its models) costs ~0.3 s; a remembered
    # template never needs it
    from designer.io.template_build import build_template

    return build_template(_validate(doc), doc)


def _validate(doc: YamlDocument) -> TemplateFile:
    from pydantic import ValidationError

    from designer.io.template_schema import TemplateFile

    if not isinstance(doc.data, dict):
        raise TemplateError("the file must be a mapping of keys to values", source=doc.source)
    try:
        return TemplateFile.model_validate(doc.data)
    except ValidationError as exc:
        raise _schema_error(doc, exc) from None


def _schema_error(doc: YamlDocument, exc: ValidationError) -> TemplateError:
    errors = exc.errors()
    first = errors[0]
    path = data_path(doc.data, first["loc"])
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return located(TemplateError, doc, path, f"{first['msg']}{more}")


def data_path(data: Any, loc: Sequence[str | int]) -> tuple[str | int, ...]:
    """The pydantic location as keys in the data: union tags dropped, a missing key named."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if _has(node, part):
            node = node[part]
            path.append(part)
        elif isinstance(part, str) and part not in _UNION_TAGS:
            path.append(part)
            break
    return tuple(path)


def _has(node: Any, part: str | int) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


_UNION_TAGS = {"rect", "text", "qr", "image", "rule"}


class TemplateLibrary(Struct, frozen=True):
    """Every template in a folder, loaded; problems kept per folder instead of raised."""

    folder: Path
    templates: tuple[Template, ...]
    problems: tuple[TemplateError, ...]

    def __iter__(self) -> Iterator[Template]:
        return iter(self.templates)

    def __len__(self) -> int:
        return len(self.templates)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.templates)

    def get(self, template_id: str) -> Template:
        for template in self.templates:
            if template.id == template_id:
                return template
        for problem in self.problems:
            where = Path(problem.source or "")
            if problem.source and template_id in (where.parent.name, where.name):  # file, folder
                raise problem
        known = ", ".join(self.ids) or "none"
        raise TemplateError(
            f"no template {template_id!r}",
            source=self.folder,
            hint=f"known templates: {known}; see `designer templates`",
        )


def load_library(folder: Path | None = None) -> TemplateLibrary:
    folder = Path(folder) if folder is not None else resources.templates_dir()
    if not folder.is_dir():
        raise TemplateError("template folder not found", source=folder)
    templates: list[Template] = []
    problems: list[TemplateError] = []
    for sub in sorted(p for p in folder.iterdir() if (p / TEMPLATE_FILE).is_file()):
        try:
            templates.append(load_template(sub))
        except TemplateError as exc:
            problems.append(exc)
    return TemplateLibrary(folder, tuple(templates), tuple(problems))
