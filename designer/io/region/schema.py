"""What a region file may say: the strict input models and their problems.

Key ideas:

* The YAML is read with PyYAML's *base* loader, so every value arrives as the
  text that was written: ``0123`` is never an octal number and ``on`` never a
  boolean. These pydantic models (unknown keys are errors) then check it, with
  phone numbers, web and e-mail addresses going through ``designer.io.contacts``.
* Every text value is refused if it carries a character that can hide or
  reorder printed text (``designer.model.characters``, the rule field values
  follow too), and a record cannot be verified on a day that has not come yet.
* A validation error becomes a list of ``Problem`` values (where, what, what to
  do), shared by the YAML loader and the CSV import, which each say where in
  their own file.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Annotated, Any, Self, TypeVar

from msgspec import Struct
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PlainValidator,
    ValidationError,
    model_validator,
)

from designer.io.contacts import ContactValueError, check_email, check_web, parse_phone
from designer.model.characters import hidden_character
from designer.model.region import Phone

Loc = tuple[str | int, ...]
T = TypeVar("T")

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SPACING = str.maketrans("\t\r\n", "   ")  # folded to spaces below, so not hidden


def _text(value: object) -> object:
    """Blank cells and empty YAML values mean 'not given'."""
    if isinstance(value, str):
        _refuse_hidden(value)
        value = " ".join(value.split())  # line breaks are layout's business
        return None if value in _NULLS else value
    return value


def _refuse_hidden(text: str) -> None:
    bad = hidden_character(text.translate(_SPACING))
    if bad:
        raise ContactValueError(
            f"contains {bad}, which can hide or reorder text",
            hint="retype the value without it; it often comes with copied text",
        )


def _blank_block(value: object) -> object:
    return {} if _text(value) is None else value


def _blank_list(value: object) -> object:
    return [] if _text(value) is None else value


def _optional(check: Callable[[str], T]) -> Callable[[object], T | None]:
    """A validator that lets 'not given' through and checks any text with ``check``."""

    def validate(value: object) -> T | None:
        text = _text(value)
        if text is None:
            return None
        if not isinstance(text, str):
            raise ContactValueError("must be text")
        return check(text)

    return validate


def _required_slug(value: object) -> str:
    """A region's id: the one value every record must have (others key on it)."""
    text = _text(value)
    if text is None:
        raise ContactValueError(
            "is missing or empty",
            hint="give the region an id: lower-case letters, digits and hyphens, like fife",
        )
    if not isinstance(text, str):
        raise ContactValueError("must be text")
    return _slug(text)


def _slug(text: str) -> str:
    if not _SLUG.fullmatch(text):
        raise ContactValueError(
            f"{text!r} is not a valid id",
            hint="use lower-case letters, digits and hyphens, like city-of-edinburgh",
        )
    return text


def _iso_date(text: str) -> date:
    try:
        if _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise ContactValueError(f"{text!r} is not a date", hint="write dates as YYYY-MM-DD")


def verified_on_problem(day: date) -> str | None:
    """Why ``day`` cannot be a verification date, or None: nobody confirms a record tomorrow."""
    return f"the verification date {day} is in the future" if day > date.today() else None


def _verified_on(text: str) -> date:
    day = _iso_date(text)
    problem = verified_on_problem(day)
    if problem:
        raise ContactValueError(problem, hint="give the day the details were confirmed")
    return day


Text = Annotated[str | None, BeforeValidator(_text)]
Required = Annotated[str, BeforeValidator(_text)]
PhoneValue = Annotated[Phone | None, PlainValidator(_optional(partial(parse_phone, field="phone")))]
WebValue = Annotated[str | None, PlainValidator(_optional(check_web))]
EmailValue = Annotated[str | None, PlainValidator(_optional(check_email))]
DateValue = Annotated[date | None, PlainValidator(_optional(_iso_date))]
VerifiedOnValue = Annotated[date | None, PlainValidator(_optional(_verified_on))]
SlugValue = Annotated[str, PlainValidator(_required_slug)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ContactIn(_Strict):
    name: Text = None
    phone: PhoneValue = None
    hours: Text = None
    web: WebValue = None
    email: EmailValue = None


class VerificationIn(_Strict):
    verified_by: Text = None
    verified_on: VerifiedOnValue = None
    source: Text = None
    review_by: DateValue = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if bool(self.verified_by) != (self.verified_on is not None):
            raise ContactValueError(
                "has only one of verified_by and verified_on",
                hint="give both who verified the record and when, or neither",
            )
        if self.review_by and self.verified_on and self.review_by < self.verified_on:
            raise ContactValueError("review_by is before verified_on")
        return self


class RegionIn(_Strict):
    id: SlugValue
    name: Required
    gaelic_name: Text = None
    health_board: Required
    helpline: Annotated[ContactIn, BeforeValidator(_blank_block)] = ContactIn()
    local: Annotated[ContactIn, BeforeValidator(_blank_block)]
    logos: Annotated[tuple[Required, ...], BeforeValidator(_blank_list)] = ()
    verification: Annotated[VerificationIn, BeforeValidator(_blank_block)] = VerificationIn()


class _DefaultsIn(_Strict):
    helpline: ContactIn


class FileIn(_Strict):
    defaults: _DefaultsIn
    regions: Annotated[tuple[RegionIn, ...], BeforeValidator(_blank_list)]


_MODELS = (FileIn, _DefaultsIn, RegionIn, ContactIn, VerificationIn)
_KNOWN_KEYS = sorted({key for model in _MODELS for key in model.model_fields})


# --- problems: where, what, what to do ---------------------------------------------------


class Problem(Struct, frozen=True):
    loc: Loc
    message: str
    hint: str | None = None


def problems_from(exc: ValidationError) -> list[Problem]:
    """Unknown keys first: a misspelt key also makes the real one 'missing'."""
    errors = sorted(exc.errors(), key=lambda error: error["type"] != "extra_forbidden")
    return [_problem_from(error) for error in errors]


def _problem_from(error: Any) -> Problem:
    loc: Loc = tuple(error["loc"])
    cause = error.get("ctx", {}).get("error")
    if isinstance(cause, ContactValueError):
        return Problem(loc, cause.message, cause.hint)
    if error["type"] == "extra_forbidden":
        close = difflib.get_close_matches(str(loc[-1]), _KNOWN_KEYS, n=1)
        hint = f"did you mean {close[0]!r}?" if close else "see docs/regions.md for the fields"
        return Problem(loc, "is not a known field", hint)
    if error["type"] == "missing" or error.get("input") is None:
        return Problem(loc, "is missing")
    if error.get("input") == "" or error["type"] == "too_short":
        return Problem(loc, "is empty")
    plain = {"model_type": "must be a block of fields", "tuple_type": "must be a list"}
    return Problem(loc, plain.get(error["type"], "must be text"))


def field_path(loc: Loc) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
