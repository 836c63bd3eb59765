"""Screen colour derived from print colour: CMYK -> sRGB through the ICC profiles.

Templates define every colour in CMYK for the press. The preview swatches and
the contrast check need what that ink looks like, so each colour goes through
the output profile (FOGRA39) to sRGB, relative colorimetric with black point
compensation: paper white becomes screen white and the darkest ink the press
can lay down becomes screen black, as in Acrobat's and Photoshop's previews.
WCAG contrast is then measured on the same 1-21 scale as for a screen.

Building the transform costs ~50 ms, so it is built once, and only when a
colour is not already known: each colour is converted once and cached, in
memory (which keeps per-keystroke checks cheap) and on disk
(``designer.io.cache``, keyed by the ink, both profiles and the Pillow and
littleCMS versions), so a new process rarely builds the transform at all.
"""

from __future__ import annotations

import hashlib
import threading
from functools import cache, lru_cache

import PIL
from PIL import Image, ImageCms

from designer import resources
from designer.errors import DesignerError
from designer.io import cache as disk_cache
from designer.model.colour import CMYK

RGB = tuple[int, int, int]

# One littleCMS transform is shared; its pixel cache is not safe across threads.
_LOCK = threading.Lock()


@cache
def _transform() -> ImageCms.ImageCmsTransform:
    cmyk_profile = ImageCms.getOpenProfile(str(resources.icc_profile()))
    rgb_profile = ImageCms.getOpenProfile(str(resources.icc_profile("sRGB.icc")))
    return ImageCms.buildTransform(
        cmyk_profile,
        rgb_profile,
        "CMYK",
        "RGB",
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
        flags=ImageCms.Flags.BLACKPOINTCOMPENSATION,
    )


@lru_cache(maxsize=1024)
def cmyk_to_rgb(colour: CMYK) -> RGB:
    """The sRGB colour (0-255 per channel) that ``colour`` prints as on FOGRA39 paper."""
    ink = tuple(round(v * 255 / 100) for v in (colour.c, colour.m, colour.y, colour.k))
    key = _disk_key(ink)
    known = disk_cache.read(_KIND, key) if key else None
    if known is not None and len(known) == 3:
        return (known[0], known[1], known[2])
    pixel = Image.new("CMYK", (1, 1), ink)
    with _LOCK:
        converted = _transform().apply(pixel)
    r, g, b = converted.tobytes()
    if key:
        disk_cache.write(_KIND, key, bytes((r, g, b)))
    return (r, g, b)


_KIND = "cmyk-to-srgb"


def _disk_key(ink: tuple[int, ...]) -> str | None:
    profiles = _profile_digests()
    return disk_cache.cache_key(_KIND, repr(ink), *profiles) if profiles else None


@cache
def _profile_digests() -> tuple[str, ...]:
    """What a conversion depends on besides the ink: as fixed per process as ``_transform``."""
    try:
        files = (resources.icc_profile(), resources.icc_profile("sRGB.icc"))
        digests = tuple(hashlib.sha256(f.read_bytes()).hexdigest() for f in files)
    except (OSError, DesignerError):
        return ()  # no cache; building the transform says what is wrong
    lcms = getattr(ImageCms.core, "littlecms_version", "")
    return (*digests, "relative colorimetric, BPC", f"Pillow {PIL.__version__}, lcms {lcms}")


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(rgb: RGB) -> float:
    """WCAG 2 relative luminance of an sRGB colour: 0 for black, 1 for white."""
    r, g, b = (_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@lru_cache(maxsize=1024)
def contrast_ratio(a: CMYK, b: CMYK) -> float:
    """WCAG contrast ratio (1 to 21) between two printed colours, in either order."""
    la = relative_luminance(cmyk_to_rgb(a))
    lb = relative_luminance(cmyk_to_rgb(b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
