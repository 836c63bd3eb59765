"""Raster artwork made ready for press: CMYK, opaque, checked for size.

ReportLab writes whatever mode a Pillow image has (RGB becomes DeviceRGB), so
every logo and photo is converted here, before it is placed: transparency is
flattened onto white (paper), RGB goes through ICC colour management from the
image's own profile (or sRGB) to the printer's CMYK output profile, and grey
art goes to the black ink alone, so it cannot mis-register. The result is
always a CMYK image, which ReportLab writes as DeviceCMYK: valid for PDF/X-4
and PDF/X-1a alike.

Converting a logo costs ~50 ms (decoding, building the ICC transform) and
compressing it for the PDF ~20 ms, every process; so the converted pixels are
also kept in the on-disk cache (``designer.io.cache``), compressed as the PDF
carries them, keyed by the image's bytes, both profiles, the intent and the
Pillow and littleCMS versions.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Literal

import PIL
from msgspec import Struct
from PIL import Image, ImageChops, ImageCms, ImageOps

from designer.errors import DesignerError, RenderError, image_read_problem
from designer.io import cache
from designer.model.printer import PrinterProfile
from designer.render.encoded_image import encode_cmyk, pdf_name
from designer.resources import icc_profile

MAX_PIXELS = 80_000_000  # an A2 photo with bleed at 300 ppi is about 36 million
MM_PER_INCH = 25.4

ImageIntent = Literal["logo", "photo"]
_INTENTS = {
    "logo": ImageCms.Intent.RELATIVE_COLORIMETRIC,  # keeps brand colours that fit the gamut
    "photo": ImageCms.Intent.PERCEPTUAL,  # keeps smooth gradation across the whole image
}
_FLAGS = ImageCms.Flags.BLACKPOINTCOMPENSATION | ImageCms.Flags.NOCACHE  # NOCACHE: thread-safe


class PreparedImage(Struct, frozen=True, kw_only=True):
    """A CMYK image ready to draw, with where it came from."""

    image: Image.Image  # mode "CMYK", opaque
    width_px: int
    height_px: int
    source: Path
    sha256: str  # of the source file's bytes
    pdf_name: str  # the name and the compressed pixels the PDF carries, made once
    pdf_stream: bytes  # (designer.render.encoded_image)


def effective_ppi(pixels: int, placed_mm: float) -> float:
    """Pixels per inch when ``pixels`` span ``placed_mm`` on paper."""
    if placed_mm <= 0:
        raise ValueError(f"placed size must be positive, got {placed_mm} mm")
    return pixels * MM_PER_INCH / placed_mm


def prepare_image(
    path: Path, *, printer: PrinterProfile, intent: ImageIntent = "logo"
) -> PreparedImage:
    """Open ``path`` and return it as an opaque CMYK image in the printer's colour space."""
    path = Path(path)
    data = _read(path)
    return _prepared(path, hashlib.sha256(data).hexdigest(), printer, intent, data)


_CACHE: dict[tuple[Path, str, Path | None, ImageIntent], PreparedImage] = {}


def _prepared(
    path: Path, digest: str, printer: PrinterProfile, intent: ImageIntent, data: bytes
) -> PreparedImage:
    """Convert once per content, profile and intent: a batch places the same logo many times."""
    key = (path, digest, printer.output_profile, intent)
    if key not in _CACHE:
        disk_key = _disk_key(digest, printer, intent)
        found = _load_cached(disk_key) if disk_key else None
        if found is None:
            cmyk = _to_cmyk(path, _open(path, data), printer, intent)
            name, stream = encode_cmyk(cmyk)
            if disk_key:
                _store(disk_key, cmyk, stream)
        else:
            cmyk, name, stream = found
        _CACHE[key] = PreparedImage(
            image=cmyk,
            width_px=cmyk.width,
            height_px=cmyk.height,
            source=path,
            sha256=digest,
            pdf_name=name,
            pdf_stream=stream,
        )
    return _CACHE[key]


# --- the on-disk cache of converted pixels -------------------------------------------------

_KIND = "cmyk-images"
_FORMAT = "CMYK-FLATE"  # the header's first word; in the key too, so formats never collide
_LIBRARIES = f"Pillow {PIL.__version__}, lcms {getattr(ImageCms.core, 'littlecms_version', '')}"


def _disk_key(digest: str, printer: PrinterProfile, intent: ImageIntent) -> str | None:
    """Everything the converted pixels depend on; None when a profile cannot be read."""
    try:
        source = _sha256(icc_profile("sRGB.icc"))
        output = _sha256(printer.output_profile or icc_profile())
    except (OSError, DesignerError):
        return None  # no key, no cache: the conversion itself says what is wrong
    return cache.cache_key(
        _KIND,
        _FORMAT,
        digest,
        source,
        output,
        intent,
        str(int(_FLAGS)),
        _LIBRARIES,
        zlib.ZLIB_RUNTIME_VERSION,  # another zlib compresses to other bytes: same job, same file
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _store(key: str, image: Image.Image, stream: bytes) -> None:
    """The pixels as the PDF carries them (compressed: 27 kB, not 850, for the bundled logo)
    and the profile the transform tags them with. A CMYK image that carries more than its
    profile is not stored."""
    profile = image.info.get("icc_profile", b"")
    if image.mode == "CMYK" and set(image.info) <= {"icc_profile"} and isinstance(profile, bytes):
        header = f"{_FORMAT} {image.width} {image.height} {len(profile)}\n".encode()
        cache.write(_KIND, key, header + profile + stream)


def _load_cached(key: str) -> tuple[Image.Image, str, bytes] | None:
    """The image, its PDF name and stream, as ``_store`` kept them; None if unusable.

    The stream must inflate to exactly the image's pixels, with nothing after it;
    the name is worked out again from those pixels, never taken from the file.
    """
    data = cache.read(_KIND, key)
    if data is None:
        return None
    header, _, rest = data.partition(b"\n")
    fields = header.decode("ascii", "replace").split()
    if len(fields) != 4 or fields[0] != _FORMAT or not all(f.isdigit() for f in fields[1:]):
        return None
    width, height, profile_length = (int(f) for f in fields[1:])
    profile, stream = rest[:profile_length], rest[profile_length:]
    inflate = zlib.decompressobj()
    try:
        pixels = inflate.decompress(stream, width * height * 4 + 1)
    except zlib.error:
        return None
    if not inflate.eof or inflate.unused_data or inflate.unconsumed_tail:
        return None  # cut short, or something after the stream
    if len(profile) != profile_length or len(pixels) != width * height * 4:
        return None  # a truncated or foreign file: convert again
    image = Image.frombytes("CMYK", (width, height), pixels)
    if profile:
        image.info["icc_profile"] = profile
    return image, pdf_name(pixels), stream


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RenderError(f"cannot read the image: {exc.strerror}", source=path) from exc


def _open(path: Path, data: bytes) -> Image.Image:
    """Decode, refusing images so large they would exhaust memory (decompression bombs)."""
    try:
        image = Image.open(io.BytesIO(data))  # reads the header only
        _check_size(path, image.width, image.height)
        image.load()
    except Image.DecompressionBombError as exc:  # Pillow's own, larger, limit
        raise _too_large(path, str(exc)) from exc
    except (OSError, SyntaxError, ValueError) as exc:  # UnidentifiedImageError is an OSError
        raise RenderError(
            f"cannot read the image: {image_read_problem(exc)}",
            source=path,
            hint="save it as PNG, JPEG or TIFF and try again",
        ) from exc
    return ImageOps.exif_transpose(image)


def _check_size(path: Path, width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise _too_large(path, f"{width} x {height} pixels")


def _too_large(path: Path, detail: str) -> RenderError:
    return RenderError(
        f"the image is too large to process safely ({detail}; limit {MAX_PIXELS:,} pixels)",
        source=path,
        hint="scale it to 300 ppi at the size it is printed",
    )


def _to_cmyk(
    path: Path, image: Image.Image, printer: PrinterProfile, intent: ImageIntent
) -> Image.Image:
    if image.mode == "CMYK":
        return image.copy()  # already separated; assumed made for this press
    try:
        opaque = _flatten(image)
    except ValueError as exc:  # a mode Pillow cannot convert, such as LAB
        raise RenderError(
            f"unsupported colour mode {image.mode}", source=path, hint="save it as RGB or CMYK"
        ) from exc
    if opaque.mode == "L":
        return _grey_to_black_ink(opaque)
    transform = _transform(_source_profile(image), printer.output_profile or icc_profile(), intent)
    try:
        return transform.apply(opaque)
    except ImageCms.PyCMSError as exc:
        raise RenderError(f"colour conversion failed: {exc}", source=path) from exc


def _flatten(image: Image.Image) -> Image.Image:
    """An opaque ``L`` or ``RGB`` image: transparency composited onto white paper."""
    grey = image.mode in ("1", "L", "LA", "I", "I;16", "F") or (
        image.mode in ("P", "PA") and _palette_is_grey(image)
    )
    if not _has_alpha(image):
        return image.convert("L" if grey else "RGB")
    rgba = image.convert("RGBA")
    paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    flat = Image.alpha_composite(paper, rgba)
    return flat.convert("L" if grey else "RGB")


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info


def _palette_is_grey(image: Image.Image) -> bool:
    rgb = image.convert("RGB")
    red, green, blue = rgb.split()
    return not (
        ImageChops.difference(red, green).getbbox() or ImageChops.difference(red, blue).getbbox()
    )


def _grey_to_black_ink(grey: Image.Image) -> Image.Image:
    """Grey art printed in black ink only: K = 100 % - lightness, no C, M or Y."""
    empty = Image.new("L", grey.size, 0)
    return Image.merge("CMYK", (empty, empty, empty, ImageOps.invert(grey)))


def _source_profile(image: Image.Image) -> bytes | None:
    """The image's own RGB profile, or None for sRGB."""
    embedded = image.info.get("icc_profile")
    if not embedded:
        return None
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(embedded))
    except (OSError, ImageCms.PyCMSError):
        return None  # an unreadable profile: treat as sRGB, as browsers do
    return bytes(embedded) if profile.profile.xcolor_space.strip() == "RGB" else None


@lru_cache(maxsize=32)
def _transform(
    source: bytes | None, output: Path, intent: ImageIntent
) -> ImageCms.ImageCmsTransform:
    """An RGB -> CMYK transform; building one takes milliseconds, so keep them."""
    srgb = icc_profile("sRGB.icc")
    src = ImageCms.ImageCmsProfile(io.BytesIO(source)) if source else _profile(srgb)
    return ImageCms.buildTransform(
        src, _profile(output), "RGB", "CMYK", renderingIntent=_INTENTS[intent], flags=_FLAGS
    )


@lru_cache(maxsize=8)
def _profile(path: Path) -> ImageCms.ImageCmsProfile:
    try:
        return ImageCms.getOpenProfile(str(path))
    except (OSError, ImageCms.PyCMSError) as exc:
        raise RenderError(f"cannot open the colour profile: {exc}", source=path) from exc
