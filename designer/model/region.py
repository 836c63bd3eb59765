"""A region's contact record: what a poster needs to send a reader to help.

Contact data is safety-critical, so a region also carries who verified it and
when. Values arrive here already validated and formatted by
``designer.io.regions``; this module holds data and the placeholder lookup only.
"""

from __future__ import annotations

from datetime import date

from msgspec import Struct


class Phone(Struct, frozen=True):
    """A validated number: E.164 for machines, the display grouping for people."""

    e164: str
    display: str


class Contact(Struct, frozen=True, kw_only=True):
    """One service a reader can reach (the helpline, or a local service)."""

    name: str
    phone: Phone | None = None
    hours: str | None = None
    web: str | None = None
    email: str | None = None


class Verification(Struct, frozen=True):
    """Who confirmed a record against its owner, when, from what, and until when."""

    by: str | None = None
    on: date | None = None
    source: str | None = None
    review_by: date | None = None

    @property
    def verified(self) -> bool:
        return bool(self.by) and self.on is not None

    def is_current(self, today: date) -> bool:
        """Verified, and not past its review date."""
        return self.verified and (self.review_by is None or today <= self.review_by)


class Region(Struct, frozen=True, kw_only=True):
    id: str  # lower-case slug, e.g. "city-of-edinburgh"
    name: str
    health_board: str
    helpline: Contact
    local: Contact
    gaelic_name: str | None = None
    logos: tuple[str, ...] = ()
    verification: Verification = Verification()

    @property
    def verified(self) -> bool:
        return self.verification.verified

    def lookup(self, path: str) -> str | None:
        """Resolve a placeholder path below ``region.`` (``helpline.phone``) to display text.

        Returns None for a known path whose value is empty; raises KeyError for a
        path that names no region field.
        """
        head, _, rest = path.partition(".")
        if not rest:
            if head not in REGION_SCALARS:
                raise KeyError(path)
            value = getattr(self, head)
            return None if value is None else str(value)
        if head not in ("helpline", "local") or rest not in CONTACT_FIELDS:
            raise KeyError(path)
        value = getattr(getattr(self, head), rest)
        if isinstance(value, Phone):
            return value.display
        return value


REGION_SCALARS = ("id", "name", "gaelic_name", "health_board")
CONTACT_FIELDS = ("name", "phone", "hours", "web", "email")


def region_placeholder_paths() -> tuple[str, ...]:
    """Every ``region.`` placeholder a template may use, for validation and docs."""
    contact = tuple(f"{c}.{f}" for c in ("helpline", "local") for f in CONTACT_FIELDS)
    return REGION_SCALARS + contact


def web_url(text: str) -> str:
    """The address with a scheme, as a QR code or link needs (``https://`` when none)."""
    written = text.strip()
    return written if "://" in written else f"https://{written}"
