"""The on-disk cache: a miss is never an error, and a hit gives exactly what converting gives."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from PIL import Image

from designer import screen_colour as colour
from designer.io import cache
from designer.layout import graphics
from designer.model.colour import CMYK
from designer.model.printer import DEFAULT_PRINTER
from designer.render import images
from designer.render.images import prepare_image


def _entries(folder: Path, kind: str) -> list[Path]:
    return [p for p in (folder / kind).rglob("*") if p.is_file()]


def test_round_trip_and_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path))
    key = cache.cache_key("kind", b"input")
    assert cache.read("kind", key) is None
    cache.write("kind", key, b"value")
    assert cache.read("kind", key) == b"value"
    entries = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert entries == [tmp_path / "kind" / key[:2] / key]  # written by rename, nothing left over


def test_keys_separate_their_parts() -> None:
    assert cache.cache_key("ab", "c") != cache.cache_key("a", "bc")
    assert cache.cache_key("a", b"b") == cache.cache_key("a", "b")


def test_an_unwritable_folder_is_only_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(blocker))
    cache.write("kind", "ab" * 32, b"value")
    assert cache.read("kind", "ab" * 32) is None


def _logo(path: Path) -> Path:
    image = Image.new("RGBA", (50, 30), (255, 255, 255, 0))
    image.paste(Image.new("RGBA", (20, 10), (0, 110, 190, 255)), (10, 10))
    image.save(path)
    return path


def _fresh(path: Path) -> Image.Image:
    images._CACHE.clear()  # the per-process cache; the disk cache stays
    return prepare_image(path, printer=DEFAULT_PRINTER).image


def test_a_cached_logo_is_the_same_image(tmp_path: Path) -> None:
    logo = _logo(tmp_path / "logo.png")
    converted = _fresh(logo)
    folder = Path(cache.cache_dir())
    assert len(_entries(folder, "cmyk-images")) == 1
    again = _fresh(logo)
    assert (again.mode, again.size, again.info) == (converted.mode, converted.size, converted.info)
    assert again.tobytes() == converted.tobytes()


def test_a_cached_logo_keeps_the_pdf_stream_and_name_it_was_made_with(tmp_path: Path) -> None:
    logo = _logo(tmp_path / "logo.png")
    images._CACHE.clear()
    made = prepare_image(logo, printer=DEFAULT_PRINTER)
    images._CACHE.clear()
    restored = prepare_image(logo, printer=DEFAULT_PRINTER)
    assert restored is not made
    assert (restored.pdf_name, restored.pdf_stream) == (made.pdf_name, made.pdf_stream)
    assert zlib.decompress(restored.pdf_stream) == made.image.tobytes()


def test_an_entry_with_bytes_after_its_stream_is_converted_again(tmp_path: Path) -> None:
    logo = _logo(tmp_path / "logo.png")
    images._CACHE.clear()
    made = prepare_image(logo, printer=DEFAULT_PRINTER)
    (entry,) = _entries(Path(cache.cache_dir()), "cmyk-images")
    entry.write_bytes(entry.read_bytes() + b"junk after the stream")
    images._CACHE.clear()
    again = prepare_image(logo, printer=DEFAULT_PRINTER)
    assert again.pdf_stream == made.pdf_stream  # made afresh, not read with the junk
    assert b"junk" not in entry.read_bytes()  # and the entry written again


def test_a_damaged_entry_is_converted_again(tmp_path: Path) -> None:
    logo = _logo(tmp_path / "logo.png")
    converted = _fresh(logo)
    (entry,) = _entries(Path(cache.cache_dir()), "cmyk-images")
    entry.write_bytes(entry.read_bytes()[:-7])
    assert _fresh(logo).tobytes() == converted.tobytes()


def test_a_cached_colour_is_the_same_colour() -> None:
    ink = CMYK(13, 57, 0, 21)
    colour.cmyk_to_rgb.cache_clear()
    converted = colour.cmyk_to_rgb(ink)
    assert len(_entries(Path(cache.cache_dir()), "cmyk-to-srgb")) == 1
    colour.cmyk_to_rgb.cache_clear()
    assert colour.cmyk_to_rgb(ink) == converted


def test_a_cached_qr_grid_is_the_same_grid() -> None:
    url = "https://example.org/help?from=cache-test"
    graphics.qr_modules.cache_clear()
    encoded = graphics.qr_modules(url, "M")
    (entry,) = _entries(Path(cache.cache_dir()), "qr-modules")
    graphics.qr_modules.cache_clear()
    assert graphics.qr_modules(url, "M") == encoded
    entry.write_bytes(entry.read_bytes().replace(b"1", b"2", 1))  # damaged: encoded again
    graphics.qr_modules.cache_clear()
    assert graphics.qr_modules(url, "M") == encoded


def test_a_cached_image_size_is_the_measured_size(tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    Image.new("RGB", (321, 123), "white").save(photo)
    graphics.image_pixels.cache_clear()
    assert graphics.image_pixels(photo) == (321, 123)
    (entry,) = _entries(Path(cache.cache_dir()), "image-pixels")
    assert entry.read_bytes() == b"321 123"
    graphics.image_pixels.cache_clear()
    assert graphics.image_pixels(photo) == (321, 123)
    entry.write_bytes(b"0 7")  # damaged: measured again
    graphics.image_pixels.cache_clear()
    assert graphics.image_pixels(photo) == (321, 123)
