"""A preflight finding as data: severity, rule, where, the numbers, what to do."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from msgspec import Struct
from msgspec.structs import asdict


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class PreflightIssue(Struct, frozen=True, kw_only=True):
    severity: Severity
    rule: str  # stable id, e.g. "text.overflow", "pdf.font-not-embedded"
    message: str  # plain words: what is wrong
    fix: str = ""  # plain words: what to do
    page: int | None = None  # 1-based
    element: str | None = None  # frame id, font name, image name
    measured: str | None = None
    limit: str | None = None

    def __str__(self) -> str:
        where = ", ".join(
            p for p in (f"page {self.page}" if self.page else None, self.element) if p
        )
        numbers = ""
        if self.measured is not None:
            numbers = f" [{self.measured}" + (f"; limit {self.limit}" if self.limit else "") + "]"
        head = f"{self.severity.value.upper()} {self.rule}"
        if where:
            head += f" ({where})"
        tail = f" - {self.fix}" if self.fix else ""
        return f"{head}: {self.message}{numbers}{tail}"

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


def has_errors(issues: Iterable[PreflightIssue]) -> bool:
    return any(i.severity is Severity.ERROR for i in issues)
