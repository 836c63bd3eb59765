"""Staff-entered field values: only declared fields, within their limits, printable.

This is the gate that keeps approved text locked: a value for a name the
template does not mark editable is refused, as is one over its length, outside
its choices, or carrying characters that could hide or reorder text.
"""

from __future__ import annotations

from collections.abc import Mapping

from designer.errors import LayoutError
from designer.model.characters import hidden_character
from designer.model.template import EditableField, FieldType, Template


def clean_values(template: Template, values: Mapping[str, str]) -> dict[str, str]:
    """Defaults overlaid with ``values``; raise LayoutError on the first bad one."""
    unknown = sorted(set(values) - {f.name for f in template.fields})
    if unknown:
        editable = ", ".join(f.name for f in template.fields) or "none"
        raise LayoutError(
            f"{unknown[0]!r} is not an editable field of this template",
            field=unknown[0],
            hint=f"editable fields: {editable}",
        )
    result = template.default_values()
    for field in template.fields:
        if field.name in values:
            result[field.name] = check_value(field, values[field.name])
    return result


def check_value(field: EditableField, value: str) -> str:
    """The value as it will print, or LayoutError saying what is wrong with it."""
    problem = value_problem(field, value)
    if problem:
        raise LayoutError(problem, field=field.name)
    return value.strip() if field.type is not FieldType.MULTILINE else value.strip("\n ")


def value_problem(field: EditableField, value: str) -> str | None:
    """A plain-words problem with ``value``, or None. The window shows this inline."""
    excess = len(value) - field.max_length
    if excess > 0:  # said as an officer counts: how much to take out, then the figures
        many = "1 character" if excess == 1 else f"{excess} characters"
        return (f"{field.label}: {many} too long; shorten it "
                f"({len(value)} characters; at most {field.max_length})")
    if field.required and not value.strip():
        return f"{field.label}: required"
    if field.choices and value not in field.choices:
        return f"{field.label}: choose one of {', '.join(field.choices)}"
    bad = hidden_character(value, allow_newline=field.type is FieldType.MULTILINE)
    return f"{field.label}: character {bad} is not allowed" if bad else None
