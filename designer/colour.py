"""Screen colour derived from print colour: CMYK -> sRGB through the ICC profiles.

Templates define every colour in CMYK for the press. The preview swatches and
the contrast check need what that ink looks like, so each colour goes through
the output profile (FOGRA39) to sRGB, relative colorimetric with black point
compensation: paper white becomes screen white and the darkest ink the press
can lay down becomes screen black, as in Acrobat's and Photoshop's previews.
WCAG contrast is then measured on the same 1-21 scale as for a screen.

Building the transform costs tens of milliseconds, so it is built once; each
colour is converted once and cached, which keeps per-keystroke checks cheap.
"""

from __future__ import annotations

import threading
from functools import cache, lru_cache

from PIL import Image, ImageCms

from designer import resources
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
    pixel = Image.new("CMYK", (1, 1), ink)
    with _LOCK:
        converted = _transform().apply(pixel)
    r, g, b = converted.tobytes()
    return (r, g, b)


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
