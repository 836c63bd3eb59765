"""A one-page job sheet for the printer, drawn from the pack manifest.

Plain A4, embedded Noto Sans, 100 % K: it travels with the print file so the
printer can check size, bleed, folds, colour set-up and the order at a glance.
Nothing is ever cut off: a long value wraps within its column (a very long
one goes on to a further page), and a character the font cannot show is
refused, naming the field, rather than drawn as a box. The SHA-256 never
wraps (a hash copied from two lines is a wrong hash): it is set smaller until
it fits one line. The sheet's metadata is real: its title, the program as
author and creator, and the production date as its creation date.
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.colors import CMYKColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from designer.errors import ExportError
from designer.fonts import FontMetrics, load_font, missing_characters, text_width_pt
from designer.model.geometry import mm_to_pt
from designer.render.pdf_colours import only_cmyk
from designer.resources import font_path

BLACK = CMYKColor(0, 0, 0, 1)
SIZE = 10  # pt, labels and values
LABEL_X = mm_to_pt(20)
VALUE_X = mm_to_pt(65)
VALUE_WIDTH = A4[0] - mm_to_pt(20) - VALUE_X  # to a 20 mm right margin
LINE = SIZE * 1.35  # baseline to baseline within a value
ROW_GAP = mm_to_pt(7) - LINE  # rows keep their old 7 mm pitch
BOTTOM = mm_to_pt(20)
TOP = A4[1] - mm_to_pt(37)  # the first row's baseline, below the heading
PAGE_LINES = int((TOP - BOTTOM) / LINE)


def _rows(m: dict[str, object]) -> list[tuple[str, str]]:
    size = m["finished_size"]
    order = m["order"]
    template = m["template"]
    region = m["region"]
    assert isinstance(size, dict) and isinstance(order, dict)
    assert isinstance(template, dict) and isinstance(region, dict)
    folds = m["folds_mm_from_left"]
    return [
        ("Status", str(m["status"])),
        ("Print file", str(m["print_file"])),
        ("SHA-256", str(m["sha256"])),
        (
            "Finished size",
            f"{size['name']}, {size['width_mm']:g} x {size['height_mm']:g} mm (TrimBox)",
        ),
        ("Bleed", f"{m['bleed_mm']:g} mm each side (BleedBox)"),
        ("Pages", f"{m['pages']} ({m['sides']})"),
        ("Folds", _folds(folds, bool(m["crop_marks"]))),
        ("Crop marks", "yes, outside the bleed" if m["crop_marks"] else "none"),
        ("Colour", f"{m['colour']}, {m['pdfx']}, output intent {m['output_condition']}"),
        ("Output condition", str(m["output_condition_info"])),
        ("Total ink limit", f"{m['ink_limit_percent']:g} %"),
        ("Quantity", order["quantity"] or "(not given)"),
        ("Stock", order["stock"] or "(not given)"),
        ("Finish", order["finish"] or "(not given)"),
        ("Queries to", order["contact"] or "(not given)"),
        ("Notes", order["notes"] or "-"),
        ("Template", f"{template['id']} v{template['version']}: {template['title']}"),
        ("Region", f"{region['name']} ({region['id']})"),
        (
            "Contacts verified",
            f"{region['verified_on'] or 'NOT VERIFIED'} {region['verified_by'] or ''}",
        ),
        ("Produced", f"{m['produced']} by {m['program']}"),
    ]


def _folds(folds: object, marked: bool) -> str:
    """``{"outside": [97, 197], ...}`` as ``outside at 97, 197 mm ...``, or ``none``.

    Says whether the sheet shows them: a profile with no marks prints no fold marks,
    so this line (and the pack's manifest) is where the folds travel with the file.
    """
    assert isinstance(folds, dict)
    sides = [f"{page} at {', '.join(f'{x:g}' for x in xs)} mm" for page, xs in folds.items() if xs]
    if not sides:
        return "none"
    shown = (
        "dashed fold marks outside the bleed, and in the job line"
        if marked
        else "NOT marked on the sheet (this printer profile prints no marks)"
    )
    return "; ".join(sides) + f" from the left trim edge; {shown}"


ONE_LINE = frozenset({"SHA-256"})  # values that must copy as one piece
MIN_ONE_LINE_SIZE = 6.0


def render_job_sheet(manifest: dict[str, object]) -> bytes:
    """The sheet as PDF bytes; ExportError names a field holding a character the font lacks."""
    regular = load_font(font_path("NotoSans-Regular.ttf"))
    bold = load_font(font_path("NotoSans-Bold.ttf"))
    rows = [(label, *_set(label, value, regular)) for label, value in _rows(manifest)]
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=A4, invariant=1, enforceColorSpace=only_cmyk, initialFontName=regular.name
    )
    _metadata(canvas, manifest)
    y = _heading(canvas, bold.name)
    for label, lines, size in rows:
        if y - LINE * (len(lines) - 1) < BOTTOM and len(lines) < PAGE_LINES:
            y = _new_page(canvas, bold.name)  # keep a value on one page when it can be
        canvas.setFont(bold.name, SIZE)
        canvas.drawString(LABEL_X, y, label)
        for line in lines:
            if y < BOTTOM:
                y = _new_page(canvas, bold.name)
            canvas.setFont(regular.name, size)
            canvas.drawString(VALUE_X, y, line)
            y -= LINE
        y -= ROW_GAP
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _metadata(canvas: Canvas, m: dict[str, object]) -> None:
    """Title, author and creator (the program), and the production date as the file's date."""
    program = str(m["program"])
    canvas.setTitle(f"Print job sheet: {m['print_file']}")
    canvas.setSubject(f"Job details for the printer: {m['print_file']} ({m['status']})")
    canvas.setAuthor(program)
    canvas.setCreator(program)
    produced = date.fromisoformat(str(m["produced"]))
    stamp = f"D:{produced:%Y%m%d}000000+00'00'"
    canvas.setDateFormatter(lambda *_: stamp)


def _set(label: str, value: str, font: FontMetrics) -> tuple[list[str], float]:
    """The value's lines and type size: wrapped at ``SIZE``, or one line set smaller."""
    lines = _lines(label, value, font)
    if label not in ONE_LINE or len(lines) == 1:
        return lines, SIZE
    size = float(SIZE)
    while size > MIN_ONE_LINE_SIZE and text_width_pt(font, value, size) > VALUE_WIDTH:
        size -= 0.25
    return [value], size


def _new_page(canvas: Canvas, bold: str) -> float:
    canvas.showPage()
    return _heading(canvas, bold, " (continued)")


def _heading(canvas: Canvas, bold: str, suffix: str = "") -> float:
    """Draw the title at the top of a page; returns where the first row goes."""
    canvas.setFillColor(BLACK)
    canvas.setFont(bold, 18)
    canvas.drawString(LABEL_X, TOP + mm_to_pt(12), "Print job sheet" + suffix)
    return TOP


def _lines(label: str, value: str, font: FontMetrics) -> list[str]:
    """``value`` broken into lines that fit the value column; every character kept."""
    paragraphs = [" ".join(part.split()) for part in value.splitlines()] or [""]
    missing = missing_characters(font, "\n".join(paragraphs))
    if missing:
        shown = ", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in missing)
        raise ExportError(
            f"the job sheet's font ({font.name}) has no glyph for {shown}",
            field=label,
            hint="remove or replace that character",
        )
    return [line for part in paragraphs for line in _wrap(part, font)]


def _wrap(text: str, font: FontMetrics) -> list[str]:
    """Greedy line breaking at spaces; a word wider than the column is broken between letters."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if _fits(candidate, font):
            line = candidate
            continue
        if line:
            lines.append(line)
        pieces = _split_word(word, font)
        lines.extend(pieces[:-1])
        line = pieces[-1]
    return [*lines, line]


def _split_word(word: str, font: FontMetrics) -> list[str]:
    pieces = [""]
    for ch in word:
        if pieces[-1] and not _fits(pieces[-1] + ch, font):
            pieces.append("")
        pieces[-1] += ch
    return pieces


def _fits(text: str, font: FontMetrics) -> bool:
    return text_width_pt(font, text, SIZE) <= VALUE_WIDTH
