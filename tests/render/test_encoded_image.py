"""An image encoded once draws exactly as ReportLab's drawImage would draw it."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import Image
from pytest import MonkeyPatch
from reportlab import rl_config
from reportlab.lib.utils import ImageReader

from designer.model.printer import DEFAULT_PRINTER
from designer.render.encoded_image import ImageCanvas
from designer.render.images import prepare_image

BOXES = ((20.0, 30.0, 120.0, 80.0), (200.0, 300.0, 60.0, 40.0))  # x, y, w, h in points


def _logo(path: Path) -> Path:
    image = Image.new("RGB", (90, 60), (255, 255, 255))
    image.paste(Image.new("RGB", (40, 30), (0, 110, 190)), (25, 15))
    image.save(path)
    return path


def _pdf(draw: str, path: Path) -> bytes:
    """Two pages, the logo twice on the first and once on the second."""
    prepared = prepare_image(path, printer=DEFAULT_PRINTER)
    buffer = io.BytesIO()
    canvas = ImageCanvas(buffer, pagesize=(400, 500), invariant=1, pageCompression=1)
    for boxes in (BOXES, BOXES[:1]):
        for box in boxes:
            if draw == "reportlab":
                canvas.drawImage(ImageReader(prepared.image), *box)
            else:
                size = (prepared.width_px, prepared.height_px)
                canvas.draw_encoded_image(prepared.pdf_name, size, prepared.pdf_stream, box)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_the_file_is_the_one_draw_image_makes(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "useA85", 0)  # as designer.render.pdf sets it
    logo = _logo(tmp_path / "logo.png")
    assert _pdf("encoded", logo) == _pdf("reportlab", logo)


def test_the_image_is_stored_once_and_drawn_three_times(tmp_path: Path) -> None:
    pdf = tmp_path / "logo.pdf"
    pdf.write_bytes(_pdf("encoded", _logo(tmp_path / "logo.png")))
    listed = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    rows = [line.split() for line in listed]
    assert [(r[0], r[3], r[4], r[5], r[10]) for r in rows] == [
        ("1", "90", "60", "cmyk", rows[0][10]),
        ("1", "90", "60", "cmyk", rows[0][10]),
        ("2", "90", "60", "cmyk", rows[0][10]),
    ]  # three placements of one object (same object number), CMYK, 90 x 60 pixels
    assert [r[12] for r in rows] == ["54", "108", "54"]  # 90 px over 120 pt, over 60 pt
