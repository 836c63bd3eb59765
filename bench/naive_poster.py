"""The floor: the same A3 poster drawn with plain ReportLab calls, nothing else.

No templates, no validation, no fitting, no PDF/X: fonts registered, boxes
set, rectangles, pre-broken lines of text and a QR code drawn straight onto a
canvas. It is what a naive use of our stack costs; ``bench/run.py`` compares
designer against it.

    python bench/naive_poster.py OUT.pdf [COUNT]
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import CMYKColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
FONTS = Path(__file__).resolve().parents[1] / "assets" / "fonts"
MM = 72 / 25.4
S = 297 / 210  # A3 from the A4 design
INK = CMYKColor(1, 0.78, 0.24, 0.4)
BLACK = CMYKColor(0, 0, 0, 1)


def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont("Regular", str(FONTS / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("Bold", str(FONTS / "NotoSans-Bold.ttf")))


def draw_poster(path: Path, phone: str, region: str) -> None:
    margin = 12 * MM
    w, h = 297 * MM, 420 * MM
    c = Canvas(str(path), pagesize=(w + 2 * margin, h + 2 * margin), invariant=1)
    c.setTrimBox((margin, margin, margin + w, margin + h))
    c.setBleedBox((margin - 3 * MM, margin - 3 * MM, margin + w + 3 * MM, margin + h + 3 * MM))

    def y(mm: float) -> float:
        return margin + h - mm * S * MM

    c.setFillColor(INK)
    c.rect(margin - 3 * MM, y(118), w + 6 * MM, 121 * S * MM, stroke=0, fill=1)
    c.setFillColor(CMYKColor(0, 0, 0, 0))
    c.setFont("Bold", 42 * S)
    c.drawString(margin + 18 * S * MM, y(40), "Worried about your own")
    c.drawString(margin + 18 * S * MM, y(56), "online behaviour?")
    c.setFont("Regular", 17 * S)
    c.drawString(
        margin + 18 * S * MM, y(103), "Confidential help is available if you want to stop."
    )
    c.setFillColor(BLACK)
    c.setFont("Regular", 14 * S)
    body = [
        "Viewing sexual images of anyone under 18 is illegal. Every time an image is",
        "viewed, the child in it is harmed again.",
        "Being arrested and convicted changes lives: yours and your family’s. You can",
        "stop, and you do not have to do it alone.",
    ]
    for i, line in enumerate(body):
        c.drawString(margin + 18 * S * MM, y(136 + i * 7), line)
    c.setFillColor(CMYKColor(0.07, 0.03, 0, 0))
    c.rect(margin + 12 * S * MM, y(268), 186 * S * MM, 78 * S * MM, stroke=0, fill=1)
    c.setFillColor(INK)
    c.setFont("Bold", 15 * S)
    c.drawString(margin + 20 * S * MM, y(203), "Free, confidential helpline")
    c.setFont("Bold", 37 * S)
    c.drawString(margin + 20 * S * MM, y(220), phone)
    c.setFillColor(BLACK)
    c.setFont("Regular", 12 * S)
    for i, line in enumerate(
        [
            "Monday to Friday, 9am to 8pm",
            "Self-help online, anonymously:",
            "https://gethelp.example.org",
            f"Local support: {region} family support service (sample)",
            "0131 496 0101",
        ]
    ):
        c.drawString(margin + 20 * S * MM, y(231 + i * 6), line)
    qr = QrCodeWidget("https://gethelp.example.org")
    x0, y0, x1, y1 = qr.getBounds()
    size = 34 * S * MM
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(qr)
    renderPDF.draw(drawing, c, margin + 158 * S * MM, y(239))
    c.setFont("Regular", 10 * S)
    c.setFillColor(INK)
    c.drawString(
        margin + 18 * S * MM, y(289), f"Shared by your local council and NHS board · {region}"
    )
    c.showPage()
    c.save()


def main() -> int:
    out = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    register_fonts()
    for i in range(count):
        target = out if count == 1 else out.with_name(f"{out.stem}-{i:02d}.pdf")
        draw_poster(target, f"0808 157 {i:04d}", f"Region {i}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
