"""PDF preflight rules on what is drawn: fonts, colour, images, ink, transparency, compression."""

from __future__ import annotations

from collections.abc import Iterator

import pikepdf

from designer.model.printer import PrinterProfile
from designer.preflight.ink_bound import InkBound
from designer.preflight.issues import PreflightIssue, Severity
from designer.preflight.pdf_facts import Facts
from designer.preflight.pdf_fixes import issue
from designer.preflight.pdf_walk import Use
from designer.preflight.tools import ImageInfo

ERROR, WARNING = Severity.ERROR, Severity.WARNING
INK_TOLERANCE = 1.0  # percent: an 8-bit render rounds each of four inks by up to 0.2 %
BITMAP_TARGET_PPI = 600.0


def fonts(facts: Facts) -> Iterator[PreflightIssue]:
    page = 1 if len(facts.boxes) == 1 else None  # pdffonts does not say which page
    for font in facts.fonts:
        if not font.embedded and font.type != "Type 3":
            yield issue(
                "pdf.font.not-embedded",
                f"The font {font.name} is not embedded; the printer would substitute another",
                page=page,
                element=font.name,
                measured="not embedded",
                limit="embedded",
            )


def _colour_rule(use: Use, x1a: bool) -> str | None:
    family = use.tag.removeprefix("cs:")
    if family == "DeviceRGB" or (x1a and family in ("ICCBased RGB", "CalRGB")):
        return "pdf.image.rgb" if use.image else "pdf.colour.rgb"
    forbidden = ("Lab", "CalGray", "ICCBased", "ICCBased Gray", "ICCBased CMYK")
    return "pdf.colour.x1a-forbidden" if x1a and family in forbidden else None


def colours(facts: Facts) -> Iterator[PreflightIssue]:
    flavour = "PDF/X-1a" if facts.x1a else "PDF/X-4"
    allowed = "DeviceCMYK, DeviceGray, Separation" + ("" if facts.x1a else ", ICC-tagged RGB")
    for use in facts.uses:
        rule = _colour_rule(use, facts.x1a) if use.tag.startswith("cs:") else None
        if rule is not None:
            family = use.tag.removeprefix("cs:")
            message = f"{family} colour is not allowed in {flavour}"
            yield issue(
                rule, message, page=use.page, element=use.element, measured=family, limit=allowed
            )


def image_ppi(facts: Facts) -> Iterator[PreflightIssue]:
    for image in facts.images:
        if image.type in ("image", "stencil"):
            yield from _one_image_ppi(image, facts.printer)


def _one_image_ppi(image: ImageInfo, printer: PrinterProfile) -> Iterator[PreflightIssue]:
    ppi = min(image.x_ppi, image.y_ppi)
    target = BITMAP_TARGET_PPI if image.bpc == 1 else printer.target_ppi
    if ppi < target:
        low = ppi < printer.min_ppi
        yield issue(
            "pdf.image.low-ppi" if low else "pdf.image.ppi-warning",
            f"The image is {ppi} ppi at its placed size; it will print soft or pixelated",
            severity=ERROR if low else WARNING,
            page=image.page,
            element=f"image {image.num} ({image.width}x{image.height} px, {image.color}, "
            f"object {image.object_id})",
            measured=f"{ppi} ppi",
            limit=f"{printer.min_ppi:g} ppi minimum, {target:g} ppi target",
        )


def ink_total(facts: Facts) -> Iterator[PreflightIssue]:
    limit = facts.printer.ink_limit
    for peak in facts.ink:
        if peak.percent > limit + INK_TOLERANCE:
            where = f"{peak.x_mm:.1f} mm across, {peak.y_mm:.1f} mm down from the trim's corner"
            yield issue(
                "pdf.ink.total",
                f"Total ink reaches {peak.percent:.0f} % at {where}",
                page=peak.page,
                element=f"at {peak.x_mm:.1f}, {peak.y_mm:.1f} mm",
                measured=f"{peak.percent:.1f} %",
                limit=f"{limit:g} %",
            )
    for bound in facts.unmeasured:
        yield _unmeasured(bound, limit)


def _unmeasured(bound: InkBound, limit: float) -> PreflightIssue:
    """A page whose drawing does not prove its ink within the limit, and no render to measure."""
    if bound.percent is None:
        why, measured = f"its drawing cannot bound it ({bound.reason})", "not measured"
    else:
        why, measured = (
            f"its drawing allows up to {bound.percent:.0f} %",
            f"up to {bound.percent:.1f} %",
        )
    return issue(
        "pdf.ink.unmeasured",
        f"The total ink was not measured: {why}, and Ghostscript is not installed to render it",
        severity=WARNING,
        page=bound.page,
        measured=measured,
        limit=f"{limit:g} %",
    )


def _filters(stream: pikepdf.Stream) -> list[str]:
    value = stream.get("/Filter")
    names = list(value) if isinstance(value, pikepdf.Array) else [value]
    return [str(n)[1:] for n in names if str(n) in ("/LZWDecode", "/JBIG2Decode")]


def compression(facts: Facts) -> Iterator[PreflightIssue]:
    found: list[tuple[str, str, int | None]] = [
        (name, f"object {obj.objgen[0]}", None)
        for obj in facts.pdf.objects
        if isinstance(obj, pikepdf.Stream)
        for name in _filters(obj)
    ]
    found += [(u.tag[7:], u.element, u.page) for u in facts.uses if u.tag.startswith("filter:")]
    for name, element, page in found:
        message = f"{name} compression is not allowed in PDF/X"
        yield issue("pdf.compression.lzw-jbig2", message, page=page, element=element, measured=name)


def transparency(facts: Facts) -> Iterator[PreflightIssue]:
    for use in facts.uses if facts.x1a else ():
        if use.tag == "transparency":
            message = "PDF/X-1a does not allow transparency"
            yield issue("pdf.transparency", message, page=use.page, element=use.element)
