"""Placing shapes, QR codes and images: bleed extension, module grid, contained fit.

A QR code's module grid is also kept in the on-disk cache (``designer.io.cache``,
keyed by the data, the error correction level and segno's version): importing
segno pulls in ``urllib.request`` and ``ssl`` (~50 ms), which a process whose
codes are all known never needs.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from functools import cache, lru_cache
from pathlib import Path

from PIL import Image

from designer.errors import LayoutError, image_read_problem
from designer.io import cache as disk_cache
from designer.io.load_cache import installed_stamp
from designer.layout.placed import PlacedImage, PlacedQR, PlacedRect, PlacedRule
from designer.model.colour import CMYK
from designer.model.geometry import Box
from designer.model.sizes import TrimSize
from designer.model.template import ImageFrame, QRFrame, RectFrame, RuleFrame

QUIET_MODULES = 4
_ORIENTATION = 0x0112  # the EXIF tag
_ON_EDGE_MM = 0.01


def place_rect(
    frame: RectFrame, palette: Mapping[str, CMYK], trim: TrimSize, bleed_mm: float
) -> PlacedRect:
    box = bleed_extended(frame.box, trim, bleed_mm) if frame.bleed else frame.box
    return PlacedRect(frame.id, box, palette[frame.fill], frame.fill)


def bleed_extended(box: Box, trim: TrimSize, bleed_mm: float) -> Box:
    """Edges lying on (or beyond) the trim move out to the bleed edge, and no further."""
    left = -bleed_mm if box.x_mm <= _ON_EDGE_MM else box.x_mm
    top = -bleed_mm if box.y_mm <= _ON_EDGE_MM else box.y_mm
    right = box.right_mm
    right = trim.width_mm + bleed_mm if right >= trim.width_mm - _ON_EDGE_MM else right
    bottom = box.bottom_mm
    bottom = trim.height_mm + bleed_mm if bottom >= trim.height_mm - _ON_EDGE_MM else bottom
    return Box(left, top, right - left, bottom - top)


def place_rule(frame: RuleFrame, palette: Mapping[str, CMYK]) -> PlacedRule:
    colour = palette[frame.colour]
    return PlacedRule(
        frame_id=frame.id,
        x1_mm=frame.x1_mm,
        y1_mm=frame.y1_mm,
        x2_mm=frame.x2_mm,
        y2_mm=frame.y2_mm,
        width_pt=frame.width_pt,
        colour=colour,
        colour_name=frame.colour,
    )


def place_qr(frame: QRFrame, data: str) -> PlacedQR:
    modules = qr_modules(data, frame.error_correction)
    module_mm = frame.box.width_mm / (len(modules) + 2 * QUIET_MODULES)
    return PlacedQR(
        frame_id=frame.id,
        box=frame.box,
        data=data,
        modules=modules,
        module_mm=module_mm,
        quiet_modules=QUIET_MODULES,
        error_correction=frame.error_correction,
    )


@lru_cache(maxsize=256)
def qr_modules(data: str, error_correction: str) -> tuple[tuple[bool, ...], ...]:
    """The dark/light module grid (quiet zone excluded) of a regular QR code."""
    if not data:
        return ()
    key = _qr_key(data, error_correction)
    known = _read_grid(key) if key else None
    if known is not None:
        return known
    modules = _encode_qr(data, error_correction)
    if key:
        rows = ("".join("1" if dark else "0" for dark in row) for row in modules)
        disk_cache.write(_QR_KIND, key, "\n".join(rows).encode())
    return modules


def _encode_qr(data: str, error_correction: str) -> tuple[tuple[bool, ...], ...]:
    import segno  # imported here: see the module docstring

    code = segno.make_qr(data, error=error_correction.lower(), boost_error=False)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


_QR_KIND = "qr-modules"


@cache
def _segno_version() -> str:
    return installed_stamp("segno")


def _qr_key(data: str, error_correction: str) -> str:
    version = _segno_version()
    return disk_cache.cache_key(_QR_KIND, data, error_correction, "regular, no boost", version)


def _read_grid(key: str) -> tuple[tuple[bool, ...], ...] | None:
    """The stored grid, if it is a whole one: square, 21 to 177 modules a side, only 0 and 1."""
    data = disk_cache.read(_QR_KIND, key)
    if data is None:
        return None
    rows = data.split(b"\n")
    side = len(rows)
    if not (21 <= side <= 177 and (side - 21) % 4 == 0):
        return None
    if any(len(row) != side or row.strip(b"01") for row in rows):
        return None
    return tuple(tuple(byte == ord("1") for byte in row) for row in rows)


def place_image(frame: ImageFrame) -> PlacedImage:
    width_px, height_px = image_pixels(frame.path)
    box = frame.box
    scale = min(box.width_mm / width_px, box.height_mm / height_px)
    w, h = width_px * scale, height_px * scale
    placed = Box(box.x_mm + (box.width_mm - w) / 2, box.y_mm + (box.height_mm - h) / 2, w, h)
    return PlacedImage(
        frame_id=frame.id,
        frame_box=box,
        box=placed,
        path=frame.path,
        pixel_width=width_px,
        pixel_height=height_px,
    )


def _orientation(image: Image.Image) -> int:
    """The EXIF orientation, 1 (upright) when absent or unreadable.

    Unreadable metadata is left to render, which decodes the image and says
    precisely what is wrong with it (too large, truncated...).
    """
    try:
        return int(image.getexif().get(_ORIENTATION, 1))
    except (OSError, SyntaxError, ValueError, TypeError):
        return 1


@lru_cache(maxsize=128)
def image_pixels(path: Path) -> tuple[int, int]:
    """Pixel size as the image will be drawn (after its EXIF rotation), from the header only.

    Render turns images upright with ``ImageOps.exif_transpose``; orientations 5-8
    are quarter turns, so width and height swap. The answer is kept on disk by
    the file's bytes (``designer.io.cache``): opening the file imports Pillow's
    format plugin, ~15 ms of a new process.
    """
    try:
        data = path.read_bytes() if path.stat().st_size <= _CACHED_UP_TO else None
    except OSError as exc:
        raise LayoutError(f"cannot read the image: {exc}", source=path) from None
    if data is None:  # a huge file: read its header only, as Pillow does, and keep nothing
        return _measured_pixels(path, path)
    key = disk_cache.cache_key(_PIXELS_KIND, data, installed_stamp("PIL"))
    known = disk_cache.read(_PIXELS_KIND, key) or b""
    if re.fullmatch(rb"[1-9][0-9]{0,5} [1-9][0-9]{0,5}", known):
        width, height = (int(n) for n in known.split())
        return (width, height)
    size = _measured_pixels(path, io.BytesIO(data))
    disk_cache.write(_PIXELS_KIND, key, f"{size[0]} {size[1]}".encode())
    return size


_PIXELS_KIND = "image-pixels"
_CACHED_UP_TO = 16 * 1024 * 1024  # bytes; a logo or a photo, not a hostile giant


def _measured_pixels(path: Path, source: Path | io.BytesIO) -> tuple[int, int]:
    try:
        with Image.open(source) as image:
            width, height = image.size
            quarter_turn = _orientation(image) in (5, 6, 7, 8)
            return (height, width) if quarter_turn else (width, height)
    except (OSError, Image.DecompressionBombError) as exc:
        why = image_read_problem(exc)  # without Pillow's <_io.BytesIO object at 0x...>
        raise LayoutError(f"cannot read the image: {why}", source=path) from None
