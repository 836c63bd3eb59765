"""What a finding or a printer means to a council officer, in plain words. No Qt here.

The core's findings are written for two readers at once: what is wrong and
what to do, with the exact figures a printer checks (points, millimetres, ink
percentages, PDF/X box names) and the template's own names for its parts
('local_note'). The CLI and the printers keep those exact messages. The
window shows officers this module's words instead, chosen by the finding's
rule id and its data, and folds the exact figures under "Details for the
printer" (``details``), so nothing is lost and nothing is jargon.

Every function takes ``tr`` so the window can pass Qt's translator while tests
and the core stay free of Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from msgspec import Struct

from designer.model.placeholders import Placeholder, PlaceholderSyntaxError, parse
from designer.model.printer import PdfxFlavour, PrinterProfile
from designer.model.sizes import PaperSize
from designer.model.template import Template, TextFrame
from designer.preflight.issues import PreflightIssue, Severity

Translate = Callable[[str], str]

# what an officer should never have to read: units, PDF box names, ids in brackets or quotes
JARGON = re.compile(
    r"PDF/X|\bpt\b|TrimBox|BleedBox|MediaBox|CropBox|ArtBox|OutputIntent|% ink|\bK100\b|"
    r"\bppi\b|\bCMYK\b|\bDeviceCMYK\b|\[[a-z_.]+\]|'[a-z]+_[a-z_]+'|`|\bU\+[0-9A-F]{4}",
)
PDFX_NAMES = {PdfxFlavour.X4: "PDF/X-4", PdfxFlavour.X1A: "PDF/X-1a:2001"}
OWNER = "Ask the template's owner to change this; it cannot be fixed in the form."


def _same(text: str) -> str:
    return text


def has_jargon(text: str) -> bool:
    return JARGON.search(text) is not None


class PlainFinding(Struct, frozen=True):
    """A finding as the window shows it: plain words first, the exact line for the printer."""

    severity: Severity
    what: str
    fix: str
    details: str  # the core's own line: rule, page, element, measured and limit


# --- names of the parts of a poster -----------------------------------------------------------


def field_of_frame(template: Template, size: PaperSize | None, frame_id: str) -> str | None:
    """The label of the first editable field printed in text frame ``frame_id``, if any."""
    layout = template.layouts.get(size) if size is not None else None
    frames = [frame for page in layout.pages for frame in page.frames] if layout else []
    copy = next((f.copy for f in frames if isinstance(f, TextFrame) and f.id == frame_id), None)
    if copy is None or copy not in template.copy:
        return None
    names = {p.name for p in _placeholders(template.copy[copy]) if p.scope == "field"}
    return next((f.label for f in template.fields if f.name in names), None)


def _placeholders(text: str) -> list[Placeholder]:
    try:
        return [p for p in parse(text) if isinstance(p, Placeholder)]
    except PlaceholderSyntaxError:
        return []


def part_name(element: str | None, template: Template | None, size: PaperSize | None,
              tr: Translate = _same) -> str:
    """"the “Local note” text" for a frame that prints a field, else "the headline"."""
    if not element:
        return tr("the poster")
    label = field_of_frame(template, size, element) if template else None
    if label:
        return tr("the “{label}” text").format(label=label)
    return tr("the {part}").format(part=element.replace("_", " ").replace("-", " "))


# --- findings ------------------------------------------------------------------------------


class _Words(Struct, frozen=True):
    what: str
    fix: str


Rule = Callable[[PreflightIssue, str, Translate], _Words]


def _overflow(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    return _Words(tr("{Part} does not fit in its space, even at the smallest size allowed: "
                     "it is too long.").format(Part=_cap(part)),
                  tr("Shorten the text you typed for this part of the poster."))


def _shrunk(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    return _Words(tr("{Part} was printed a little smaller so that it fits.").format(
        Part=_cap(part)), tr("Nothing to do; shorten it if you want it at full size."))


def _missing_glyph(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    found = re.match(r"U\+([0-9A-F]{4,6})", issue.measured or "")
    char = chr(int(found.group(1), 16)) if found else "?"
    return _Words(tr("The typeface cannot print the character “{char}” in {part}.").format(
        char=char, part=part), tr("Type it without that character, or ask the template's "
                                  "owner for a typeface that has it."))


def _too_small(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    return _Words(tr("{Part} would print too small to read clearly.").format(Part=_cap(part)),
                  tr("Shorten the text so it can print larger; if it is already short, ask "
                     "the template's owner."))


def _legibility(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    return _Words(tr("{Part} prints smaller than people with low vision can read easily at "
                     "this size.").format(Part=_cap(part)),
                  tr("Shorten the text so it can print larger."))


def _four_colour_black(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    return _Words(tr("The small text in {part} is printed in a mix of inks, which blurs if the "
                     "press is slightly out of line.").format(part=part), tr(OWNER))


def _contrast(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    return _Words(tr("{Part} is too faint against its background to read easily.").format(
        Part=_cap(part)), tr(OWNER))


def _qr(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    if issue.rule == "qr.empty":
        return _Words(tr("The QR code has nothing to point to: this area has no web address."),
                      tr("Add the web address to this area's contact details, or ask the "
                         "template's owner."))
    if issue.rule == "qr.too-small":
        return _Words(tr("The QR code prints too small for phones to scan it from a distance."),
                      tr("A shorter web address makes a simpler code; otherwise ask the "
                         "template's owner."))
    if issue.rule == "qr.quiet-zone" and issue.message.startswith("'"):
        return _Words(tr("Something runs into the QR code or the white space it needs around "
                         "it, so phones may not scan it."),
                      tr("Shorten the text if it runs into the code; otherwise ask the "
                         "template's owner."))
    if issue.rule == "qr.quiet-zone":
        return _Words(tr("The QR code has too little white space around it for phones to find "
                         "it."), tr(OWNER))
    return _Words(tr("The QR code may not scan once the poster is scuffed or dirty."), tr(OWNER))


def _thin_line(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    return _Words(tr("A line in the design is too thin and may break up in print."), tr(OWNER))


def _image(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    if issue.severity is Severity.ERROR:
        what = tr("The picture in {part} will look blurred in print.")
    else:
        what = tr("The picture in {part} will look slightly soft in print.")
    return _Words(what.format(part=part),
                  tr("Ask the template's owner for a larger original picture."))


def _safe(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    if issue.rule == "safe.fold":
        what = tr("{Part} lies too close to a fold, which cracks and hides what is on it.")
    elif issue.rule == "bleed.outside":
        what = tr("{Part} reaches past the edge that the printer cuts away.")
    else:
        what = tr("{Part} comes too close to the edge of the sheet, where it can be cut off.")
    text = "text" in part
    fix = tr("Shorten the text if it is too long for its space; otherwise ask the template's "
             "owner.") if text else tr(OWNER)
    return _Words(what.format(Part=_cap(part)), fix)


def _ink(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    return _Words(tr("The colour “{colour}” uses more ink than this printer allows; it would "
                     "smudge and dry badly.").format(colour=issue.element or "?"), tr(OWNER))


def _omitted(issue: PreflightIssue, part: str, template: Template | None,
             tr: Translate) -> _Words:
    # the core names the slots of the line left out in brackets: “Call [local phone]”
    line = re.search(r"\u201c(.*?)\u201d", issue.message)
    slots = re.findall(r"\[([^\]]+)\]", line.group(1)) if line else []
    if issue.severity is not Severity.INFO:
        what = tr("A line of {part} is left out because this area's contact details have no "
                  "{detail}.").format(part=part, detail=_and(s.replace("_", " ") for s in slots))
        return _Words(what, tr("Add the missing detail to the area's contact details if the "
                               "service has one."))
    labels = {f.name: f.label for f in template.fields} if template else {}
    named = [labels[s] for s in slots if s in labels]
    what = (tr("“{label}” is empty, so its line is left out.").format(label=_and(named))
            if named else tr("{Part} has an empty value, so a line is left out.").format(
                Part=_cap(part)))
    return _Words(what, tr("Nothing to do if that is intended; otherwise fill it in."))


def _region(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    found = re.search(r" for (.+?) (?:have|are) ", issue.message)
    name = found.group(1) if found else tr("this area")
    if issue.rule == "region.review-due":
        what = tr("The contact details for {area} are past their review date.")
    else:
        what = tr("The contact details for {area} have not been verified yet.")
    return _Words(what.format(area=name),
                  tr("Check the numbers with the services themselves and record it with "
                     "“Verify contact details…”; until then you can make proofs for checking."))


def _template(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    return _Words(tr("This template is not approved for print yet."),
                  tr("Ask the campaign's approver to sign the current version of the template; "
                     "until then you can make proofs for checking."))


def _finished_file(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    if issue.rule.startswith("pdf.image"):
        return _image(issue, tr("the poster"), tr)
    if issue.rule == "pdf.ink.total":
        return _Words(tr("Part of the finished file uses more ink than this printer allows."),
                      tr(OWNER))
    return _Words(tr("The finished file has a problem that a printer's own check would "
                     "reject."),
                  tr("Export it again; if this stays, send the details for the printer (below) "
                     "to the template's owner."))


def _unknown(issue: PreflightIssue, part: str, tr: Translate) -> _Words:
    what = _sentence(issue.message) if not has_jargon(issue.message) else tr(
        "Something in the design would not print correctly.")
    fix = _sentence(issue.fix) if issue.fix and not has_jargon(issue.fix) else tr(
        "Send the details for the printer (below) to the template's owner.")
    return _Words(what, fix)


RULES: dict[str, Rule] = {
    "text.overflow": _overflow,
    "text.shrunk": _shrunk,
    "text.missing-glyph": _missing_glyph,
    "text.too-small": _too_small,
    "text.legibility": _legibility,
    "text.four-colour-black": _four_colour_black,
    "contrast.low": _contrast,
    "qr.empty": _qr,
    "qr.too-small": _qr,
    "qr.quiet-zone": _qr,
    "qr.error-correction": _qr,
    "line.too-thin": _thin_line,
    "image.resolution": _image,
    "safe.outside": _safe,
    "safe.fold": _safe,
    "bleed.outside": _safe,
    "ink.total": _ink,
    "region.unverified": _region,
    "region.review-due": _region,
}


def _rule_for(rule: str) -> Rule:
    if rule in RULES:
        return RULES[rule]
    if rule.startswith("template."):
        return _template
    if rule.startswith(("pdf.", "pdfx.")):
        return _finished_file
    return _unknown


def plain_finding(issue: PreflightIssue, template: Template | None = None,
                  size: PaperSize | None = None, tr: Translate = _same) -> PlainFinding:
    """``issue`` in the officer's words, its exact line kept in ``details``."""
    part = part_name(issue.element, template, size, tr)
    if issue.rule == "text.omitted":
        words = _omitted(issue, part, template, tr)
    else:
        words = _rule_for(issue.rule)(issue, part, tr)
    return PlainFinding(issue.severity, words.what, words.fix, str(issue))


# --- printers ------------------------------------------------------------------------------


def printer_title(printer: PrinterProfile, tr: Translate = _same) -> str:
    """The name in the printer list: the profile's own title unless it is jargon."""
    if printer.pdfx is PdfxFlavour.X1A:
        return tr("Printer that needs the older PDF standard")
    if has_jargon(printer.title):
        return tr("Printer “{id}”").format(id=printer.id.replace("-", " "))
    return printer.title


def printer_tooltip(printer: PrinterProfile, tr: Translate = _same) -> str:
    """What choosing this printer changes, in words; the exact settings are in the details."""
    parts = [printer_title(printer, tr) + "."]
    if printer.pdfx is PdfxFlavour.X1A:
        parts.append(tr("Choose this only when your printer asks for it."))
    parts.append(tr("Cut marks are added around the poster.") if printer.crop_marks
                 else tr("No cut marks are added."))
    if printer.ink_limit < 300:
        parts.append(tr("Colours use less ink, as this paper needs."))
    return " ".join(parts)


def printer_details(printer: PrinterProfile) -> str:
    """The exact settings, for the printer (the profile's own description and numbers)."""
    head = f"{printer.title} ({printer.id})"
    numbers = (f"{PDFX_NAMES[printer.pdfx]}, bleed {printer.bleed_mm:g} mm, safe area "
               f"{printer.safe_mm:g} mm, total ink at most {printer.ink_limit:g} %, images "
               f"{printer.target_ppi:g} ppi (at least {printer.min_ppi:g}), text at least "
               f"{printer.min_text_pt:g} pt, lines at least {printer.min_line_pt:g} pt, "
               f"crop marks {'yes' if printer.crop_marks else 'no'}")
    return "\n".join(p for p in (head, printer.description, numbers) if p)


# --- small helpers -------------------------------------------------------------------------


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    return _cap(text) + ("" if text.endswith((".", "?", "!")) else ".")


def _and(words: Iterable[str]) -> str:
    items = list(dict.fromkeys(words)) or ["value"]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
