"""Phone numbers, web and e-mail addresses: what is accepted, how it is shown, why it is refused."""

from __future__ import annotations

import pytest

from designer.io.contacts import (
    ContactValueError,
    check_email,
    check_web,
    is_drama_number,
    parse_phone,
    web_url,
)
from designer.model.region import Phone


@pytest.mark.parametrize(
    ("written", "display"),
    [
        ("0808 1000 900", "0808 1000 900"),  # the organisation's own grouping is kept
        ("0808  1000 900", "0808 1000 900"),  # ... with doubled spaces tidied
        ("08081000900", "0808 100 0900"),  # no grouping given: the standard one
        ("0808-1000-900", "0808 100 0900"),
        ("+44 808 1000 900", "0808 100 0900"),
        ("0 8 0 8 1 0 0 0 9 0 0", "0808 100 0900"),  # not a grouping anyone publishes
        ("(0131) 496 0123", "0131 496 0123"),
        ("0131 4960 123", "0131 4960 123"),
    ],
)
def test_display_keeps_an_organisations_grouping_only_when_digits_match(
    written: str, display: str
) -> None:
    assert parse_phone(written, field="phone").display == display


def test_e164_is_the_same_however_the_number_is_grouped() -> None:
    a = parse_phone("0808 1000 900", field="phone")
    b = parse_phone("+448081000900", field="phone")
    assert a.e164 == b.e164 == "+448081000900"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("116 123", Phone("116123", "116 123")),
        ("116123", Phone("116123", "116 123")),
        ("111", Phone("111", "111")),
        ("101", Phone("101", "101")),
        ("999", Phone("999", "999")),
    ],
)
def test_short_codes(written: str, expected: Phone) -> None:
    assert parse_phone(written, field="phone") == expected


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("0131 496 12", "'0131 496 12' is not a valid UK number"),
        ("01632 960123", "'01632 960123' is not a valid UK number"),
        ("0131 496 01234", "has too many digits"),
        ("0800 GETHELP", "contains letters"),
        ("+33 1 23 45 67 89", "is not a UK number"),
        ("1234", "is not a UK short code"),
        ("0131 496 0123 or 0131 496 0124", "contains letters"),
        ("0131 496 0123; 0131", "characters other than digits"),
        ("   ", "is empty"),
    ],
)
def test_invalid_numbers_say_why_and_quote_the_value(written: str, why: str) -> None:
    with pytest.raises(ValueError, match=why) as caught:
        parse_phone(written, field="local.phone")
    assert isinstance(caught.value, ContactValueError)
    assert caught.value.field == "local.phone"


def test_invalid_number_hint() -> None:
    with pytest.raises(ContactValueError) as caught:
        parse_phone("0131 496 12", field="phone")
    assert caught.value.hint == "use the full number with area code"
    assert str(caught.value) == (
        "'0131 496 12' is not a valid UK number (use the full number with area code)"
    )


def test_drama_ranges_are_recognised() -> None:
    assert is_drama_number(parse_phone("0131 496 0123", field="phone"))
    assert is_drama_number(parse_phone("0808 157 0440", field="phone"))
    assert not is_drama_number(parse_phone("0808 1000 900", field="phone"))
    assert not is_drama_number(parse_phone("116 123", field="phone"))


@pytest.mark.parametrize(
    ("written", "shown", "url"),
    [
        ("https://gethelp.example.org", "https://gethelp.example.org", None),
        ("  http://gethelp.example.org/help?a=1 ", "http://gethelp.example.org/help?a=1", None),
        ("www.example.org", "www.example.org", "https://www.example.org"),
        (
            "gethelp.example.org/stop",
            "gethelp.example.org/stop",
            "https://gethelp.example.org/stop",
        ),
        ("https://bücher.example.org", "https://bücher.example.org", None),
    ],
)
def test_web_addresses_are_shown_as_written(written: str, shown: str, url: str | None) -> None:
    assert check_web(written) == shown
    assert web_url(shown) == (url or shown)


@pytest.mark.parametrize(
    ("written", "why"),
    [
        ("https://exa mple.org", "contains spaces"),
        ("ftp://example.org", "is not a web address"),
        ("https://user:secret@example.org", "user name or password"),
        ("help@example.org", "is an e-mail address"),
        ("https://localhost", "does not name a web site"),
        ("https://-bad.example.org", "does not name a web site"),
        ("https://example.org:99999", "does not name a web site"),
        ("javascript:alert(1)", "does not name a web site"),
        ("", "is empty"),
    ],
)
def test_bad_web_addresses(written: str, why: str) -> None:
    with pytest.raises(ContactValueError, match=why):
        check_web(written)


def test_email_accepts_ordinary_addresses() -> None:
    assert check_email(" first.last+tag@sub.example.org ") == "first.last+tag@sub.example.org"


@pytest.mark.parametrize(
    "written",
    ["mailto:help@example.org", "a b@example.org", "help@localhost", "@example.org", "help@", ""],
)
def test_bad_emails(written: str) -> None:
    with pytest.raises(ContactValueError, match="is not an e-mail address"):
        check_email(written)
