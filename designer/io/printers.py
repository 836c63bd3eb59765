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
from typing import TYPE_CHECKING, Any, NoReturn

from designer.errors import PrinterProfileError
from designer.io import load_cache
from designer.io.located import located
from designer.io.yaml_document import RepeatedKeyError, YamlDocument, YamlLoadError
from designer.io.yamldoc import load_yaml
from designer.model.printer import DEFAULT_PRINTER, SLUG_ROOM_MM, PdfxFlavour, PrinterProfile
from designer.resources import printers_dir

if TYPE_CHECKING:
    from pydantic import ValidationError

    from designer.io.printer_schema import PrinterFile

_SUFFIXES = (".yaml", ".yml")


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
    """The profile ``path`` holds, checked; remembered across processes (``load_cache``)."""
    text = _read_text(path)
    # the path as given too: the id and the output profile's place follow it
    parts = (str(path), str(path.resolve()), text)
    known = load_cache.remembered("printer", parts, PrinterProfile)
    if known is not None and (known.output_profile is None or _is_cmyk_icc(known.output_profile)):
        return known
    profile = _checked(path, text)
    load_cache.remember("printer", parts, profile)
    return profile


def _checked(path: Path, text: str) -> PrinterProfile:
    # imported here: pydantic costs ~0.1 s and a remembered profile never needs it
    from pydantic import ValidationError

    from designer.io.printer_schema import PrinterFile

    doc = _read_yaml(path, text)
    try:
        parsed = PrinterFile.model_validate(doc.data)
    except ValidationError as exc:
        raise _first_error(path, exc, doc) from exc
    _check_consistency(path, parsed, doc)
    return _to_profile(path, parsed, doc)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PrinterProfileError(f"cannot read the printer profile: {exc}", source=path) from exc


def _read_yaml(path: Path, text: str) -> YamlDocument:
    """The mapping, with the line of each key; repeated keys are refused."""
    try:
        doc = load_yaml(path, text)
    except YamlLoadError as exc:
        raise _yaml_error(path, exc) from exc
    if not isinstance(doc.data, dict):
        raise PrinterProfileError("a printer profile must be a mapping of keys", source=path)
    return doc


def _line(doc: YamlDocument, key: str | None) -> int | None:
    """The line of a top-level key; None for a key the file leaves out."""
    return doc.lines.get((key,)) if key is not None else None


# --- errors ---------------------------------------------------------------------------------


def _first_error(path: Path, exc: ValidationError, doc: YamlDocument) -> PrinterProfileError:
    def line_of(error: Any) -> int:
        return (_line(doc, str(error["loc"][0])) or 0) if error["loc"] else 0

    error = min(exc.errors(), key=line_of)
    field = str(error["loc"][0]) if error["loc"] else None
    if error["type"] == "missing":  # a key left out has no line of its own to point at
        return PrinterProfileError(
            "required key is missing",
            source=path,
            field=field,
            hint="every printer profile has a title and a description",
        )
    where = (field,) if field is not None else ()
    if error["type"] == "extra_forbidden":
        hint = _known_keys_hint(field or "")
        return located(PrinterProfileError, doc, where, "unknown key", hint=hint)
    message = f"{error['msg'][0].lower()}{error['msg'][1:]} (got {error['input']!r})"
    return located(PrinterProfileError, doc, where, message)


def _yaml_error(path: Path, exc: YamlLoadError) -> PrinterProfileError:
    if not isinstance(exc, RepeatedKeyError):
        problem = str(exc).removeprefix("YAML syntax error: ")
        return PrinterProfileError(f"not valid YAML: {problem}", source=path, line=exc.line)
    # a nested key (profiles have none) has no top-level first line to point at
    first = f"already given on line {exc.first_line}" if len(exc.path) == 1 else None
    return PrinterProfileError(
        "duplicate key", source=path, line=exc.line, field=str(exc.path[-1]), hint=first
    )


def _known_keys_hint(key: str) -> str:
    from designer.io.printer_schema import PrinterFile

    known = list(PrinterFile.model_fields)
    close = difflib.get_close_matches(key, known, n=1)
    suggestion = f"did you mean {close[0]!r}? " if close else ""
    return f"{suggestion}known keys: {', '.join(known)}"


def _check_consistency(path: Path, parsed: PrinterFile, doc: YamlDocument) -> None:
    merged = _to_profile_fields(parsed)
    margin = merged.get("marks_margin_mm", DEFAULT_PRINTER.marks_margin_mm)
    offset = merged.get("mark_offset_mm", DEFAULT_PRINTER.mark_offset_mm)
    length = merged.get("mark_length_mm", DEFAULT_PRINTER.mark_length_mm)
    if merged.get("crop_marks", DEFAULT_PRINTER.crop_marks) and offset + length > margin:
        _fail(
            path,
            doc,
            "marks_margin_mm",
            f"crop marks need {offset + length:g} mm outside the bleed, the margin is {margin:g}",
            "raise marks_margin_mm, or shorten mark_offset_mm + mark_length_mm",
        )
    if merged.get("slug", DEFAULT_PRINTER.slug) and margin < SLUG_ROOM_MM:
        _fail(
            path,
            doc,
            "marks_margin_mm",
            f"the slug needs {SLUG_ROOM_MM:g} mm outside the bleed, the margin is {margin:g}",
            "raise marks_margin_mm, or set slug: false",
        )
    min_ppi = merged.get("min_ppi", DEFAULT_PRINTER.min_ppi)
    if merged.get("target_ppi", DEFAULT_PRINTER.target_ppi) < min_ppi:
        _fail(path, doc, "target_ppi", f"is below min_ppi ({min_ppi:g})", "target_ppi >= min_ppi")
    if parsed.output_profile is not None and parsed.output_condition is None:
        _fail(
            path,
            doc,
            "output_profile",
            "a custom output profile needs its output_condition",
            "name the characterisation, e.g. FOGRA51, with output_condition and registry",
        )


def _fail(path: Path, doc: YamlDocument, field: str, message: str, hint: str) -> NoReturn:
    raise PrinterProfileError(message, source=path, line=_line(doc, field), field=field, hint=hint)


# --- building the profile -------------------------------------------------------------------


def _to_profile_fields(parsed: PrinterFile) -> dict[str, Any]:
    return {k: v for k, v in parsed.model_dump().items() if v is not None}


def _to_profile(path: Path, parsed: PrinterFile, doc: YamlDocument) -> PrinterProfile:
    fields = _to_profile_fields(parsed)
    if "pdfx" in fields:
        fields["pdfx"] = PdfxFlavour(fields["pdfx"])
    if "output_profile" in fields:
        fields["output_profile"] = _output_profile(path, fields["output_profile"], doc)
    return PrinterProfile(id=path.stem, **fields)


def _is_cmyk_icc(profile: Path) -> bool:
    try:
        return _is_cmyk_header(_icc_header(profile))
    except OSError:
        return False


def _icc_header(profile: Path) -> bytes:
    with profile.open("rb") as handle:
        return handle.read(40)


def _is_cmyk_header(header: bytes) -> bool:
    return header[16:20] == b"CMYK" and header[36:40] == b"acsp"


def _output_profile(path: Path, value: str, doc: YamlDocument) -> Path:
    profile = (path.parent / value).resolve()
    try:
        header = _icc_header(profile)
    except OSError as exc:
        _fail(
            path,
            doc,
            "output_profile",
            f"cannot read {profile}: {exc.strerror}",
            "give the .icc file's path relative to this printer file",
        )
    if not _is_cmyk_header(header):
        _fail(
            path,
            doc,
            "output_profile",
            f"{profile.name} is not a CMYK ICC profile",
            "use the printer's CMYK characterisation profile",
        )
    return profile
