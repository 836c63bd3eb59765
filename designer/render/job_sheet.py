"""A one-page job sheet for the printer, drawn from the pack manifest.

Plain A4, embedded Noto Sans, 100 % K: it travels with the print file so the
printer can check size, bleed, folds, colour set-up and the order at a glance.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import CMYKColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from designer.fonts import load_font
from designer.model.geometry import mm_to_pt
from designer.render.colours import only_cmyk
from designer.resources import font_path

BLACK = CMYKColor(0, 0, 0, 1)


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
        ("Folds", _folds(folds)),
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


def _folds(folds: object) -> str:
    """``{"outside": [97, 197], ...}`` as ``outside at 97, 197 mm; ...``, or ``none``."""
    assert isinstance(folds, dict)
    sides = [f"{page} at {', '.join(f'{x:g}' for x in xs)} mm" for page, xs in folds.items() if xs]
    return "; ".join(sides) + " from the left trim edge" if sides else "none"


def render_job_sheet(manifest: dict[str, object]) -> bytes:
    regular = load_font(font_path("NotoSans-Regular.ttf")).name
    bold = load_font(font_path("NotoSans-Bold.ttf")).name
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=A4, invariant=1, enforceColorSpace=only_cmyk, initialFontName=regular
    )
    canvas.setTitle(f"Print job sheet: {manifest['print_file']}")
    canvas.setFillColor(BLACK)
    canvas.setFont(bold, 18)
    y = A4[1] - mm_to_pt(25)
    canvas.drawString(mm_to_pt(20), y, "Print job sheet")
    y -= mm_to_pt(12)
    for label, value in _rows(manifest):
        canvas.setFont(bold, 10)
        canvas.drawString(mm_to_pt(20), y, label)
        canvas.setFont(regular, 10)
        canvas.drawString(mm_to_pt(65), y, value)
        y -= mm_to_pt(7)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
