"""PDF preflight rules on the file itself: structure, PDF/X identity, output intent, safety.

The file must be sound (qpdf and poppler agree), say which PDF/X it is and for
which printing condition, carry the Info keys PDF/X requires, and hold nothing
a printer refuses: encryption, JavaScript, annotations over the printed area.
"""

from __future__ import annotations

from collections.abc import Iterator

import pikepdf

from designer.model.printer import PrinterProfile
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.pdf_facts import XMP_IDS, XMP_KEYS, Boxes, Facts, as_rect
from designer.preflight.pdf_fixes import encrypted_issue, issue, malformed_issue
from designer.preflight.pdf_walk import number, shown

ERROR, WARNING = Severity.ERROR, Severity.WARNING


def structure(facts: Facts) -> Iterator[PreflightIssue]:
    if facts.qpdf.status != "ok":
        severity = WARNING if facts.qpdf.status == "warnings" else ERROR
        detail = "; ".join(facts.qpdf.messages[:3]) or facts.qpdf.status
        yield issue(
            "pdf.structure", "qpdf --check found problems", severity=severity, measured=detail
        )
    yield from facts.failures
    for b in facts.boxes:
        for name, text in b.unreadable:
            yield malformed_issue(f"The {name} cannot be read", text, page=b.page, element=name)
    if facts.info.pages and facts.info.pages != len(facts.boxes):
        message = "poppler and qpdf disagree on the number of pages"
        yield issue("pdf.structure", message, measured=f"{facts.info.pages} vs {len(facts.boxes)}")
    for use in facts.uses:
        if use.tag == "unparsable":
            yield issue("pdf.structure", "A content stream cannot be read", element=use.element)
        elif use.tag == "unreadable":
            problem = f"The {use.element} cannot be read"
            yield malformed_issue(problem, use.detail, page=use.page or None, element=use.element)


def output_intent(facts: Facts) -> Iterator[PreflightIssue]:
    declared = facts.pdf.Root.get("/OutputIntents")
    intents = declared if isinstance(declared, pikepdf.Array) else ()
    pdfx = [i for i in intents if isinstance(i, pikepdf.Dictionary) and i.get("/S") == "/GTS_PDFX"]
    if len(pdfx) != 1:
        message = f"The file has {len(pdfx)} PDF/X output intents; exactly one is needed"
        yield issue("pdfx.output-intent", message, measured=str(len(pdfx)), limit="1")
    else:
        yield from _intent_contents(pdfx[0], facts.printer)


def _intent_contents(
    intent: pikepdf.Dictionary, printer: PrinterProfile
) -> Iterator[PreflightIssue]:
    profile = intent.get("/DestOutputProfile")
    declared = profile.get("/N", 0) if isinstance(profile, pikepdf.Stream) else 0
    if number(declared) != 4:
        message = "The output intent has no embedded CMYK profile (DestOutputProfile, N 4)"
        measured = f"N {shown(declared)}" if declared else "no profile"
        yield issue("pdfx.output-intent", message, measured=measured, limit="N 4")
    condition = str(intent.get("/OutputConditionIdentifier", ""))
    if not condition:
        yield issue("pdfx.output-intent", "The output intent has no OutputConditionIdentifier")
    elif condition != printer.output_condition:
        message = (
            f"The file was made for {condition}, not this printer's {printer.output_condition}"
        )
        yield issue(
            "pdfx.output-intent",
            message,
            severity=WARNING,
            measured=condition,
            limit=printer.output_condition,
        )


def identity(facts: Facts) -> Iterator[PreflightIssue]:
    info = facts.pdf.docinfo
    if facts.x1a:
        wanted = {
            "GTS_PDFXVersion": (str(info.get("/GTS_PDFXVersion", "")), "PDF/X-1:2001"),
            "GTS_PDFXConformance": (str(info.get("/GTS_PDFXConformance", "")), "PDF/X-1a:2001"),
            "PDF version": (facts.pdf.pdf_version, "1.3"),
        }
    else:
        wanted = {"pdfxid:GTS_PDFXVersion": (facts.xmp.get(XMP_KEYS["pdfx"], ""), "PDF/X-4")}
        wanted |= {f"xmpMM:{k}": (k if facts.xmp.get(XMP_KEYS[k]) else "", k) for k in XMP_IDS}
    for key, (value, want) in wanted.items():
        if not value.startswith(want):
            message = f"{key} is not {want}" if value else f"{key} is missing"
            yield issue("pdfx.identity", message, element=key, measured=value or "none", limit=want)


def trapped(facts: Facts) -> Iterator[PreflightIssue]:
    value = str(facts.pdf.docinfo.get("/Trapped", "")).lstrip("/")
    if value not in ("True", "False"):
        message = "The Info dictionary does not say whether the file is trapped"
        yield issue("pdfx.trapped", message, measured=value or "none", limit="True or False")
    xmp = facts.xmp.get(XMP_KEYS["trapped"], "")
    if not facts.x1a and value in ("True", "False") and xmp != value:
        message = "XMP pdf:Trapped does not match the Info dictionary"
        yield issue("pdfx.trapped", message, measured=xmp or "none", limit=value)


def info_keys(facts: Facts) -> Iterator[PreflightIssue]:
    info, title = facts.pdf.docinfo, str(facts.pdf.docinfo.get("/Title", "")).strip()
    missing = [k[1:] for k in ("/Title", "/CreationDate", "/ModDate") if not str(info.get(k, ""))]
    missing += [] if "/ID" in facts.pdf.trailer else ["trailer /ID"]
    if missing:
        yield issue("pdfx.info", f"PDF/X needs {', '.join(missing)}", measured="missing")
    elif title.lower() in ("untitled", "unspecified"):
        message = "The title is a placeholder"
        yield issue("pdfx.info", message, severity=WARNING, element="Title", measured=title)


def encryption(facts: Facts) -> Iterator[PreflightIssue]:
    if facts.pdf.is_encrypted or facts.info.encrypted:
        yield encrypted_issue("printers cannot process protected files")


def javascript(facts: Facts) -> Iterator[PreflightIssue]:
    root = facts.pdf.Root
    action, names = root.get("/OpenAction"), root.get("/Names")
    open_js = _runs_javascript(action)
    named_js = isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names
    in_pages = any(_page_runs_javascript(page.obj) for page in facts.pdf.pages)
    if facts.info.javascript or open_js or named_js or in_pages:
        message = "The file contains JavaScript" + (" run on opening" if open_js else "")
        yield issue("pdf.javascript", message, element="OpenAction" if open_js else None)


def _page_runs_javascript(page: pikepdf.Dictionary) -> bool:
    """A page's own actions, or any of its annotations' (links, form fields)."""
    for owner in (page, *_annotations(page)):
        triggers = owner.get("/AA")
        actions = [owner.get("/A")]
        actions += list(triggers.values()) if isinstance(triggers, pikepdf.Dictionary) else []
        if any(_runs_javascript(a) for a in actions):
            return True
    return False


def _runs_javascript(action: object, depth: int = 0) -> bool:
    """Whether ``action``, or one it chains to with /Next, is a JavaScript action."""
    if depth > 20 or not isinstance(action, pikepdf.Dictionary):
        return False
    if action.get("/S") == "/JavaScript":
        return True
    chained = action.get("/Next")
    following = list(chained) if isinstance(chained, pikepdf.Array) else [chained]
    return any(_runs_javascript(a, depth + 1) for a in following)


def printed_annotations(facts: Facts) -> Iterator[PreflightIssue]:
    for b, page in zip(facts.boxes, facts.pdf.pages, strict=True):
        for annot in _annotations(page.obj):
            yield from _annotation(annot, b)


def _annotations(page: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    """The page's annotations that are dictionaries (anything else in /Annots is ignored)."""
    annots = page.get("/Annots")
    items = annots if isinstance(annots, pikepdf.Array) else ()
    return [a for a in items if isinstance(a, pikepdf.Dictionary)]


def _annotation(annot: pikepdf.Dictionary, b: Boxes) -> Iterator[PreflightIssue]:
    kind = str(annot.get("/Subtype", "/unknown"))[1:]
    declared = annot.get("/Rect")
    rect = as_rect(declared)
    if rect is None and declared is not None:
        problem = f"The Rect of a {kind} annotation cannot be read"
        yield malformed_issue(problem, shown(declared), page=b.page, element=f"{kind} annotation")
    elif rect is not None and rect.overlaps(b.finished):
        message = f"A {kind} annotation sits inside the BleedBox"
        yield issue("pdf.annotations", message, page=b.page, element=f"{kind} annotation")
