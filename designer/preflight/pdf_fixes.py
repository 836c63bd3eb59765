"""What to do about each finished-PDF finding, and the one way rules report them.

Every rule id has its fix here, so a finding always tells a person what to do.
"""

from __future__ import annotations

from designer.preflight.issues import PreflightIssue, Severity

ERROR = Severity.ERROR

FIXES: dict[str, str] = {
    "pdf.unreadable": "Export the file again as PDF; check it is the right, complete file.",
    "pdf.structure": "Export the PDF again from the source; if it persists, report the file.",
    "pdf.pages": "Export the whole document again.",
    "pdf.boxes.trim-missing": "Set a TrimBox of the finished size on every page.",
    "pdf.boxes.trim-size": "Export at the size the job was ordered in.",
    "pdf.boxes.bleed": "Extend the background past the trim by the bleed; set the BleedBox there.",
    "pdf.boxes.media": "Make the page (MediaBox) the BleedBox plus room for marks.",
    "pdf.boxes.cropbox": "Remove the CropBox or make it equal to the MediaBox.",
    "pdf.boxes.artbox": "Remove the ArtBox; the TrimBox alone gives the finished size.",
    "pdf.font.not-embedded": "Use a TrueType font from assets/fonts; ReportLab's built-in "
    "fonts (Helvetica, Times...) are never embedded.",
    "pdf.colour.rgb": "Define the colour in CMYK (or as a spot colour).",
    "pdf.colour.x1a-forbidden": "Use only DeviceCMYK, DeviceGray or spot colours in PDF/X-1a.",
    "pdf.image.rgb": "Convert the image to CMYK with the output profile before placing it.",
    "pdf.image.low-ppi": "Use a larger original, or place the image smaller.",
    "pdf.image.ppi-warning": "Use a larger original, or place the image smaller.",
    "pdf.ink.total": "Use less ink there: rich black C60 M40 Y40 K100 (240 %), or convert "
    "images with the output profile, which limits total ink.",
    "pdf.ink.unmeasured": "Have the total ink of those pages measured another way: run "
    "designer preflight on the file where Ghostscript is installed (pages within its page and "
    "size limits), or ask the printer's own preflight.",
    "pdfx.output-intent": "Add one /GTS_PDFX OutputIntent with the printer's CMYK profile "
    "embedded (N 4) and its OutputConditionIdentifier.",
    "pdfx.identity": "Write the PDF/X identity: X-4 in XMP (pdfxid:GTS_PDFXVersion, xmpMM "
    "ids), X-1a in Info (GTS_PDFXVersion, GTS_PDFXConformance) with PDF 1.3.",
    "pdfx.trapped": "Set /Trapped /False in Info (and pdf:Trapped False in XMP for X-4).",
    "pdfx.info": "Write a real Title (template, size, region), CreationDate, ModDate and /ID.",
    "pdf.encrypted": "Export the file again without security or passwords.",
    "pdf.javascript": "Export the file again without scripts or actions.",
    "pdf.annotations": "Remove links, comments and form fields before sending to print.",
    "pdf.compression.lzw-jbig2": "Re-export with Flate (ZIP) or JPEG compression.",
    "pdf.transparency": "Flatten transparency (blend images in Pillow, use opaque colours).",
}


def issue(
    rule: str,
    message: str,
    *,
    severity: Severity = ERROR,
    page: int | None = None,
    element: str | None = None,
    measured: str | None = None,
    limit: str | None = None,
) -> PreflightIssue:
    return PreflightIssue(
        severity=severity,
        rule=rule,
        message=message,
        fix=FIXES[rule],
        page=page,
        element=element,
        measured=measured,
        limit=limit,
    )


def encrypted_issue(why: str) -> PreflightIssue:
    return issue("pdf.encrypted", f"The file is encrypted: {why}")


def malformed_issue(
    problem: str, detail: str, *, page: int | None = None, element: str | None = None
) -> PreflightIssue:
    """A part of the file that could not be read or checked: what, and what was found there."""
    message = f"{problem}; the file is malformed, ask for a corrected export"
    return issue("pdf.structure", message, page=page, element=element, measured=detail)
