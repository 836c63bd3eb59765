"""Preflight before rendering: checks on the layout, fast enough for every keystroke."""

from __future__ import annotations

from designer.layout.placed import DocumentLayout, PlacedText
from designer.model.printer import PrinterProfile
from designer.preflight.issues import PreflightIssue, Severity


def check_layout(layout: DocumentLayout, printer: PrinterProfile) -> list[PreflightIssue]:
    issues: list[PreflightIssue] = []
    for page in layout.pages:
        for item in page.items:
            if isinstance(item, PlacedText):
                issues.extend(_text(item, page.number))
    return issues


def _text(item: PlacedText, page: int) -> list[PreflightIssue]:
    found = []
    if item.overflow_mm > 0:
        found.append(
            PreflightIssue(
                Severity.ERROR,
                "text.overflow",
                f"text in '{item.frame_id}' does not fit: it overflows by {item.overflow_mm:.1f} mm "
                f"at the minimum size {item.min_pt:g} pt",
                "shorten the text",
                page,
                item.frame_id,
                f"{item.overflow_mm:.1f} mm",
                "0 mm",
            )
        )
    for ch in item.missing_glyphs:
        found.append(
            PreflightIssue(
                Severity.ERROR,
                "text.missing-glyph",
                f"the font has no glyph for {ch!r} (U+{ord(ch):04X}) in '{item.frame_id}'",
                "remove the character or use a font that has it",
                page,
                item.frame_id,
            )
        )
    return found
