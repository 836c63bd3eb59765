"""Validation and display of one contact value: a phone number, a web address, an e-mail.

A wrong number on a poster sends someone who finally asked for help to nowhere,
so every value is checked here before it can reach a record, and a bad one
raises :class:`ContactValueError` (a ``ValueError``) whose message quotes the
value and says why it was refused; ``hint`` says what to do.

Phone display keeps an organisation's own grouping when its digits match the
number (a helpline may publish ``0808 1000 900`` where the library would group
it ``0808 100 0900``); anything else gets the standard UK grouping.

Web addresses are kept as written (``www.example.org`` is fine on a poster);
:func:`~designer.model.region.web_url` adds the scheme a QR code or a link needs.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, ValidationResult, shortnumberinfo

from designer.model.region import Phone, web_url

_UK = "GB"
_ALLOWED_PHONE = re.compile(r"[0-9 +()\-.]+")
_OWN_GROUPING = re.compile(r"\+?\d{3,}( \d{3,}){1,3}")
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DRAMA_PREFIXES = ("+441314960", "+441414960", "+448081570")


class ContactValueError(ValueError):
    """A contact value was refused: ``message`` says why, ``hint`` what to do."""

    def __init__(self, message: str, *, field: str | None = None, hint: str | None = None):
        super().__init__(f"{message} ({hint})" if hint else message)
        self.message = message
        self.field = field
        self.hint = hint


# --- phone numbers -----------------------------------------------------------------------


def parse_phone(text: str, *, field: str) -> Phone:
    """Validate a UK number or short code (101, 111, 116 123, 999) and choose its display.

    For short codes ``Phone.e164`` holds the dialled digits (``"116123"``), as
    short codes have no international form.
    """
    written = " ".join(text.split())
    _check_phone_characters(written, field)
    digits = re.sub(r"\D", "", written)
    if not written.startswith(("0", "+")) and len(digits) <= 6:
        return _short_code(written, digits, field)
    number = _parse(written, field)
    _check_uk_number(number, written, field)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Phone(e164=e164, display=_display(written, national))


def is_drama_number(phone: Phone) -> bool:
    """True for the Ofcom ranges reserved for drama and examples (sample data only)."""
    return phone.e164.startswith(_DRAMA_PREFIXES)


_FULL_NUMBER = "use the full number with area code"
_PHONE_PROBLEMS = {  # why a number is refused, and what to do
    "letters": ("contains letters", "write the number in digits"),
    "characters": (
        "contains characters other than digits, spaces and + - ( )",
        "write one number, in digits",
    ),
    "short": (
        "is not a UK short code",
        f"use a short code such as 111 or 116 123, or {_FULL_NUMBER}",
    ),
    "unreadable": ("is not a phone number", "write the number in digits"),
    "abroad": ("is not a UK number", "use a UK number, starting 0 or +44"),
    "long": ("has too many digits for a UK number", "check for a digit typed twice"),
    "invalid": ("is not a valid UK number", _FULL_NUMBER),
}


def _refuse(written: str, problem: str, field: str) -> ContactValueError:
    why, hint = _PHONE_PROBLEMS[problem]
    return ContactValueError(f"{written!r} {why}", field=field, hint=hint)


def _check_phone_characters(written: str, field: str) -> None:
    if not written:
        raise ContactValueError("the phone number is empty", field=field)
    if re.search(r"[A-Za-z]", written):
        raise _refuse(written, "letters", field)
    if not _ALLOWED_PHONE.fullmatch(written):
        raise _refuse(written, "characters", field)


def _short_code(written: str, digits: str, field: str) -> Phone:
    if not shortnumberinfo.is_valid_short_number_for_region(phonenumbers.parse(digits, _UK), _UK):
        raise _refuse(written, "short", field)
    standard = f"{digits[:3]} {digits[3:]}" if len(digits) == 6 else digits
    return Phone(e164=digits, display=_display(written, standard))


def _parse(written: str, field: str) -> PhoneNumber:
    try:
        return phonenumbers.parse(written, _UK)
    except NumberParseException as exc:
        raise _refuse(written, "unreadable", field) from exc


def _check_uk_number(number: PhoneNumber, written: str, field: str) -> None:
    if number.country_code != 44:
        raise _refuse(written, "abroad", field)
    if phonenumbers.is_valid_number(number):
        _refuse_charged(number, written, field)
        return
    too_long = phonenumbers.is_possible_number_with_reason(number) == ValidationResult.TOO_LONG
    raise _refuse(written, "long" if too_long else "invalid", field)


# National prefixes callers pay extra for: every number here is a confidential service, and
# a cost per minute is a reason not to call (or to hang up early) for someone asking for help.
_CHARGED = (
    ("9", "a premium-rate (09) number: calls can cost several pounds a minute"),
    ("87", "a charged (087) number: callers pay a service charge on top of the call"),
    ("84", "a charged (084) number: callers pay a service charge on top of the call"),
)


def _refuse_charged(number: PhoneNumber, written: str, field: str) -> None:
    national = str(number.national_number)
    for prefix, why in _CHARGED:
        if national.startswith(prefix):
            raise ContactValueError(
                f"{written!r} is {why}",
                field=field,
                hint="give the service's free (0800, 0808) or local-rate (01, 02, 03) number",
            )


def _display(written: str, standard: str) -> str:
    """The organisation's grouping if it is 2-4 plain groups (3+ digits each) of the same digits."""
    same_digits = re.sub(r"\D", "", written) == re.sub(r"\D", "", standard)
    if same_digits and _OWN_GROUPING.fullmatch(written):
        return written
    return standard


# --- web addresses -----------------------------------------------------------------------


def check_web(text: str, *, field: str | None = "web") -> str:
    """Validate a web address and return it as written (trimmed).

    ``https://…``, ``http://…`` and a bare ``www.example.org`` are accepted; the
    value is shown on the poster as written. Use :func:`web_url` for the QR code.
    """
    written = text.strip()
    parts = urlsplit(web_url(written))
    problem = _web_problem(written, parts.scheme, parts.netloc, parts.hostname)
    if problem:
        raise ContactValueError(
            f"{written!r} {problem}", field=field, hint="write it like https://www.example.org"
        )
    return written


def _web_problem(written: str, scheme: str, netloc: str, host: str | None) -> str | None:
    if not written:
        return "is empty"
    if any(c.isspace() for c in written):
        return "contains spaces"
    if scheme.lower() not in ("http", "https"):
        return "is not a web address (it must start with https:// or http://)"
    if "@" in netloc:
        return "contains a user name or password" if "://" in written else "is an e-mail address"
    if not host or not _is_host_name(host) or not _has_valid_port(netloc):
        return "does not name a web site"
    return None


def _is_host_name(host: str) -> bool:
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return False
    labels = ascii_host.split(".")
    return len(labels) >= 2 and labels[-1].isalpha() and all(map(_LABEL.fullmatch, labels))


def _has_valid_port(netloc: str) -> bool:
    try:
        urlsplit(f"//{netloc}").port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return False
    return True


# --- e-mail ------------------------------------------------------------------------------


def check_email(text: str, *, field: str | None = "email") -> str:
    """Validate an e-mail address (``name@example.org``) and return it trimmed."""
    written = text.strip()
    local, at, domain = written.rpartition("@")
    if not at or not _EMAIL_LOCAL.fullmatch(local) or not _is_host_name(domain):
        raise ContactValueError(
            f"{written!r} is not an e-mail address",
            field=field,
            hint="write it like help@example.org, without mailto:",
        )
    return written
