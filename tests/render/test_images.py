"""Image preparation: CMYK, flattened, colour-managed, refused when absurdly large."""

from __future__ import annotations

import hashlib
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from designer.errors import RenderError
from designer.model.printer import DEFAULT_PRINTER
from designer.render.images import MAX_PIXELS, effective_ppi, prepare_image
from designer.resources import icc_profile

BLUE = (0, 110, 190)


def _logo_with_alpha(path: Path) -> Path:
    """A transparent RGBA PNG with an opaque blue square in the middle."""
    image = Image.new("RGBA", (120, 80), (255, 0, 0, 0))
    image.paste(Image.new("RGBA", (60, 40), (*BLUE, 255)), (30, 20))
    image.save(path)
    return path


def _png_header_only(path: Path, width: int, height: int) -> Path:
    """A tiny PNG that claims a huge size: what a decompression bomb looks like."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
    data += chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")
    path.write_bytes(data)
    return path


def _pixel(image: Image.Image, x: int = 0, y: int = 0) -> tuple[int, ...]:
    value = image.getpixel((x, y))
    assert isinstance(value, tuple)
    return value


def test_rgba_png_becomes_opaque_cmyk_on_white(tmp_path: Path) -> None:
    path = _logo_with_alpha(tmp_path / "logo.png")
    prepared = prepare_image(path, printer=DEFAULT_PRINTER)
    assert prepared.image.mode == "CMYK"
    assert (prepared.width_px, prepared.height_px) == (120, 80)
    assert prepared.image.getpixel((0, 0)) == (0, 0, 0, 0)  # transparent -> paper white
    cyan, magenta, yellow, black = _pixel(prepared.image, 60, 40)
    assert cyan > 200 and magenta > 60 and yellow < 20 and black < 20
    assert prepared.source == path
    assert prepared.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_rgb_black_stays_within_the_ink_limit(tmp_path: Path) -> None:
    path = tmp_path / "black.png"
    Image.new("RGB", (4, 4), (0, 0, 0)).save(path)
    ink = sum(_pixel(prepare_image(path, printer=DEFAULT_PRINTER).image)) / 2.55
    assert 250 < ink <= DEFAULT_PRINTER.ink_limit + 1


def test_grey_art_prints_in_black_ink_only(tmp_path: Path) -> None:
    path = tmp_path / "grey.png"
    Image.new("LA", (4, 4), (64, 255)).save(path)
    assert prepare_image(path, printer=DEFAULT_PRINTER).image.getpixel((0, 0)) == (0, 0, 0, 191)


def test_palette_transparency_is_flattened(tmp_path: Path) -> None:
    path = tmp_path / "palette.png"
    image = Image.new("P", (4, 4), 0)
    image.putpalette([255, 0, 0, 0, 0, 255])
    image.save(path, transparency=0)
    assert prepare_image(path, printer=DEFAULT_PRINTER).image.getpixel((0, 0)) == (0, 0, 0, 0)


def test_embedded_rgb_profile_is_used(tmp_path: Path) -> None:
    plain, tagged = tmp_path / "plain.png", tmp_path / "tagged.png"
    image = Image.new("RGB", (4, 4), BLUE)
    image.save(plain)
    image.save(tagged, icc_profile=icc_profile("sRGB.icc").read_bytes())
    first = prepare_image(plain, printer=DEFAULT_PRINTER).image.getpixel((0, 0))
    assert prepare_image(tagged, printer=DEFAULT_PRINTER).image.getpixel((0, 0)) == first


def test_cmyk_input_is_kept_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "cmyk.tif"
    Image.new("CMYK", (4, 4), (10, 20, 30, 40)).save(path)
    assert prepare_image(path, printer=DEFAULT_PRINTER).image.getpixel((0, 0)) == (10, 20, 30, 40)


def test_photo_intent_converts_too(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (8, 8), (200, 150, 100)).save(path)
    assert prepare_image(path, printer=DEFAULT_PRINTER, intent="photo").image.mode == "CMYK"


@pytest.mark.tools
def test_reportlab_writes_the_prepared_image_as_device_cmyk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepared = prepare_image(_logo_with_alpha(tmp_path / "logo.png"), printer=DEFAULT_PRINTER)
    monkeypatch.setattr(rl_config, "invariant", 1)
    pdf = tmp_path / "image.pdf"
    canvas = Canvas(str(pdf), pagesize=(200, 200))
    canvas.drawImage(ImageReader(prepared.image), 10, 10, width=120, height=80)
    canvas.showPage()
    canvas.save()
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert len(listing) == 3  # two header lines, one image
    columns = listing[2].split()
    assert columns[3:7] == ["120", "80", "cmyk", "4"]  # width height color comp
    assert "smask" not in listing[2]


@pytest.mark.parametrize("size", [(9_500, 9_000), (20_000, 20_000)])
def test_decompression_bombs_are_refused_naming_the_file(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    assert size[0] * size[1] > MAX_PIXELS
    path = _png_header_only(tmp_path / "huge-poster.png", *size)
    with pytest.raises(RenderError, match="too large") as caught:
        prepare_image(path, printer=DEFAULT_PRINTER)
    assert "huge-poster.png" in str(caught.value)


def test_something_that_is_not_an_image_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.png"
    path.write_text("not an image")
    with pytest.raises(RenderError, match="cannot read the image") as caught:
        prepare_image(path, printer=DEFAULT_PRINTER)
    assert caught.value.source == str(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="cannot read the image"):
        prepare_image(tmp_path / "absent.png", printer=DEFAULT_PRINTER)


def test_effective_ppi() -> None:
    assert effective_ppi(3508, 297.0) == pytest.approx(300.0, abs=0.1)
    assert effective_ppi(600, 25.4) == pytest.approx(600.0)
    with pytest.raises(ValueError, match="positive"):
        effective_ppi(100, 0)


def test_transforms_are_built_once(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    Image.new("RGB", (2, 2), BLUE).save(path)
    built: list[object] = []
    original = ImageCms.buildTransform

    def counting(*args: object, **kwargs: object) -> ImageCms.ImageCmsTransform:
        built.append(args)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ImageCms, "buildTransform", counting)
        for _ in range(3):
            prepare_image(path, printer=DEFAULT_PRINTER, intent="logo")
    assert len(built) <= 1  # zero if an earlier test already built it
