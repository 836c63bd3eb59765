"""Printer profiles: one small YAML file per press, bundled or the user's own.

A profile changes the numbers of PRINT.md that differ between printers (bleed,
marks, ink limit, PDF/X flavour, output profile). The file's name is the
profile's id. Every key is checked: an unknown or misspelt key, a wrong type or
an out-of-range number is a ``PrinterProfileError`` naming the file, the line
and the key, so nobody ships a poster with a silently ignored setting. Keys a
file leaves out take the defaults of ``designer.model.printer.PrinterProfile``.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, Literal, NoReturn

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from designer.errors import PrinterProfileError
from designer.model.printer import DEFAULT_PRINTER, PdfxFlavour, PrinterProfile
from designer.resources import printers_dir

_SUFFIXES = (".yaml", ".yml")


class PrinterFile(BaseModel):
    """The keys a printer file may hold; None means "not given, use the default"."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    title: str = Field(min_length=1)
    description: str = Field(min_length=1)
    pdfx: Literal["x4", "x1a"] | None = None
    bleed_mm: float | None = Field(None, ge=0, le=10)
    crop_marks: bool | None = None
    mark_offset_mm: float | None = Field(None, ge=0, le=10)
    mark_length_mm: float | None = Field(None, ge=5, le=10)
    marks_margin_mm: float | None = Field(None, ge=0, le=30)
    safe_mm: float | None = Field(None, ge=3, le=30)
    fold_safe_mm: float | None = Field(None, ge=0, le=30)
    ink_limit: float | None = Field(None, ge=100, le=400)
    min_ppi: float | None = Field(None, gt=0)
    target_ppi: float | None = Field(None, gt=0)
    slug: bool | None = None
    min_line_pt: float | None = Field(None, gt=0, le=5)
    min_text_pt: float | None = Field(None, gt=0, le=24)
    output_profile: str | None = Field(None, min_length=1)  # relative to the file
    output_condition: str | None = Field(None, min_length=1)
    output_condition_info: str | None = Field(None, min_length=1)
    registry: str | None = Field(None, min_length=1)


def load_printer(name_or_path: str) -> PrinterProfile:
    """A bundled profile by id (``offset-coated``), or a ``.yaml`` file by path."""
    candidate = Path(name_or_path)
    if candidate.suffix in _SUFFIXES or len(candidate.parts) > 1:
        return _load_file(candidate)
    bundled = printers_dir() / f"{name_or_path}.yaml"
    if not bundled.is_file():
        raise PrinterProfileError(
            f"unknown printer profile {name_or_path!r}",
            field="printer",
            hint=f"bundled profiles: {', '.join(_bundled_ids())}; or give a path to a .yaml file",
        )
    return _load_file(bundled)


def list_printers() -> list[PrinterProfile]:
    """Every bundled profile, the default first."""
    profiles = [_load_file(path) for path in _bundled_files()]
    return sorted(profiles, key=lambda p: (p.id != DEFAULT_PRINTER.id, p.id))


def _bundled_files() -> list[Path]:
    folder = printers_dir()
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def _bundled_ids() -> list[str]:
    return [path.stem for path in _bundled_files()]


# --- reading --------------------------------------------------------------------------------


def _load_file(path: Path) -> PrinterProfile:
    data, lines = _read_yaml(path)
    try:
        parsed = PrinterFile.model_validate(data)
    except ValidationError as exc:
        raise _first_error(path, exc, lines) from exc
    _check_consistency(path, parsed, lines)
    return _to_profile(path, parsed, lines)


def _read_yaml(path: Path) -> tuple[dict[str, Any], dict[str, tuple[int, int]]]:
    """The mapping, and for each key the lines of the key and of its value."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PrinterProfileError(f"cannot read the printer profile: {exc}", source=path) from exc
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.MappingNode):
            raise PrinterProfileError("a printer profile must be a mapping of keys", source=path)
        lines = _key_lines(path, node)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise PrinterProfileError(f"not valid YAML: {exc.problem}", source=path, line=line) from exc
    finally:
        loader.dispose()
    return data, lines


def _key_lines(path: Path, node: yaml.MappingNode) -> dict[str, tuple[int, int]]:
    lines: dict[str, tuple[int, int]] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        line = key_node.start_mark.line + 1
        if key in lines:
            raise PrinterProfileError(
                "duplicate key",
                source=path,
                line=line,
                field=key,
                hint=f"already given on line {lines[key][0]}",
            )
        lines[key] = (line, value_node.start_mark.line + 1)
    return lines


# --- errors ---------------------------------------------------------------------------------


def _first_error(
    path: Path, exc: ValidationError, lines: dict[str, tuple[int, int]]
) -> PrinterProfileError:
    def line_of(error: Any) -> int:
        return lines.get(str(error["loc"][0]), (0, 0))[1] if error["loc"] else 0

    error = min(exc.errors(), key=line_of)
    field = str(error["loc"][0]) if error["loc"] else None
    line = lines[field][1] if field in lines else None
    if error["type"] == "extra_forbidden":
        return PrinterProfileError(
            "unknown key", source=path, line=line, field=field, hint=_known_keys_hint(field or "")
        )
    if error["type"] == "missing":
        return PrinterProfileError(
            "required key is missing",
            source=path,
            field=field,
            hint="every printer profile has a title and a description",
        )
    message = f"{error['msg'][0].lower()}{error['msg'][1:]} (got {error['input']!r})"
    return PrinterProfileError(message, source=path, line=line, field=field)


def _known_keys_hint(key: str) -> str:
    known = list(PrinterFile.model_fields)
    close = difflib.get_close_matches(key, known, n=1)
    suggestion = f"did you mean {close[0]!r}? " if close else ""
    return f"{suggestion}known keys: {', '.join(known)}"


def _check_consistency(path: Path, parsed: PrinterFile, lines: dict[str, tuple[int, int]]) -> None:
    merged = _to_profile_fields(parsed)
    margin = merged.get("marks_margin_mm", DEFAULT_PRINTER.marks_margin_mm)
    offset = merged.get("mark_offset_mm", DEFAULT_PRINTER.mark_offset_mm)
    length = merged.get("mark_length_mm", DEFAULT_PRINTER.mark_length_mm)
    if merged.get("crop_marks", DEFAULT_PRINTER.crop_marks) and offset + length > margin:
        _fail(
            path,
            lines,
            "marks_margin_mm",
            f"crop marks need {offset + length:g} mm outside the bleed, the margin is {margin:g}",
            "raise marks_margin_mm, or shorten mark_offset_mm + mark_length_mm",
        )
    min_ppi = merged.get("min_ppi", DEFAULT_PRINTER.min_ppi)
    if merged.get("target_ppi", DEFAULT_PRINTER.target_ppi) < min_ppi:
        _fail(path, lines, "target_ppi", f"is below min_ppi ({min_ppi:g})", "target_ppi >= min_ppi")
    if parsed.output_profile is not None and parsed.output_condition is None:
        _fail(
            path,
            lines,
            "output_profile",
            "a custom output profile needs its output_condition",
            "name the characterisation, e.g. FOGRA51, with output_condition and registry",
        )


def _fail(
    path: Path, lines: dict[str, tuple[int, int]], field: str, message: str, hint: str
) -> NoReturn:
    line = lines[field][1] if field in lines else None
    raise PrinterProfileError(message, source=path, line=line, field=field, hint=hint)


# --- building the profile -------------------------------------------------------------------


def _to_profile_fields(parsed: PrinterFile) -> dict[str, Any]:
    return {k: v for k, v in parsed.model_dump().items() if v is not None}


def _to_profile(
    path: Path, parsed: PrinterFile, lines: dict[str, tuple[int, int]]
) -> PrinterProfile:
    fields = _to_profile_fields(parsed)
    if "pdfx" in fields:
        fields["pdfx"] = PdfxFlavour(fields["pdfx"])
    if "output_profile" in fields:
        fields["output_profile"] = _output_profile(path, fields["output_profile"], lines)
    return PrinterProfile(id=path.stem, **fields)


def _output_profile(path: Path, value: str, lines: dict[str, tuple[int, int]]) -> Path:
    profile = (path.parent / value).resolve()
    try:
        with profile.open("rb") as handle:
            header = handle.read(40)
    except OSError as exc:
        _fail(
            path,
            lines,
            "output_profile",
            f"cannot read {profile}: {exc.strerror}",
            "give the .icc file's path relative to this printer file",
        )
    if header[16:20] != b"CMYK" or header[36:40] != b"acsp":
        _fail(
            path,
            lines,
            "output_profile",
            f"{profile.name} is not a CMYK ICC profile",
            "use the printer's CMYK characterisation profile",
        )
    return profile
