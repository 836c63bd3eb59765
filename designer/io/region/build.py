"""From checked region input to ``Region`` values, and the checks that need the whole record.

A region's helpline is the file's national one with the region's own values
laid over it; a record without a review date gets one six months after it was
verified. What the schema cannot see (a contact with no way to reach it, an id
or name used twice) is found here, as ``Problem`` values.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence
from datetime import date

from designer.io.region.schema import ContactIn, Loc, Problem, RegionIn, VerificationIn
from designer.model.region import Contact, Region, Verification
from designer.records import replace


def merge_contact(base: Contact, given: ContactIn) -> Contact:
    """``base`` with every value ``given`` laid over it."""
    return replace(base, **{key: value for key, value in given if value is not None})


def six_months_after(day: date) -> date:
    """The default review date: the same day six months on (or that month's last day)."""
    month0 = day.month - 1 + 6
    year, month = day.year + month0 // 12, month0 % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))


def _verification(given: VerificationIn) -> Verification:
    review_by = given.review_by
    if review_by is None and given.verified_on is not None:
        review_by = six_months_after(given.verified_on)
    return Verification(given.verified_by, given.verified_on, given.source, review_by)


def build_region(given: RegionIn, helpline: Contact) -> Region:
    return Region(
        id=given.id,
        name=given.name,
        health_board=given.health_board,
        helpline=merge_contact(helpline, given.helpline),
        local=merge_contact(Contact(name=""), given.local),
        gaelic_name=given.gaelic_name,
        logos=given.logos,
        verification=_verification(given.verification),
    )


def contact_problems(contact: Contact, loc: Loc) -> list[Problem]:
    if not contact.name:
        return [Problem((*loc, "name"), "is missing", "give the service's name")]
    if not (contact.phone or contact.web or contact.email):
        return [Problem(loc, "has no phone, web or e-mail", "give at least a phone number")]
    return []


def region_problems(region: Region, loc: Loc) -> list[Problem]:
    helpline = contact_problems(region.helpline, (*loc, "helpline"))
    return helpline + contact_problems(region.local, (*loc, "local"))


def clashes(regions: Sequence[Region]) -> Iterator[tuple[int, int, str]]:
    """(earlier, later, key) for every id or name used twice (names ignoring case)."""
    for key in ("id", "name"):
        first: dict[str, int] = {}
        for index, region in enumerate(regions):
            value = str(getattr(region, key)).casefold()
            if value in first:
                yield first[value], index, key
            first.setdefault(value, index)
