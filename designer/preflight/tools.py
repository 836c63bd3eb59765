"""Thin wrappers around the independent command-line tools preflight trusts.

Each function runs one tool (qpdf, poppler's pdfinfo / pdffonts / pdfimages,
Ghostscript) with a timeout and parses its text output into small frozen
records, so the rules in ``pdf_checks`` never see raw text. A missing tool
raises :class:`ToolMissingError` naming the Debian package to install; a tool
that cannot read the file raises :class:`~designer.errors.PreflightError`.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from msgspec import Struct
from PIL import Image, ImageMath

from designer.errors import PreflightError
from designer.model.geometry import MM_PER_PT

TIMEOUT_S = 60.0
INK_DPI = 72

_PACKAGES = {
    "qpdf": "qpdf",
    "pdfinfo": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdfimages": "poppler-utils",
    "gs": "ghostscript",
}


class ToolMissingError(PreflightError):
    """An external checking tool is not installed (a machine problem, not a file problem)."""


class Rect(Struct, frozen=True):
    """A PDF rectangle in points, normalised so that x0 <= x1 and y0 <= y1."""

    x0: float
    y0: float
    x1: float
    y1: float

    @classmethod
    def of(cls, a: float, b: float, c: float, d: float) -> Rect:
        return cls(min(a, c), min(b, d), max(a, c), max(b, d))

    @property
    def width_mm(self) -> float:
        return (self.x1 - self.x0) * MM_PER_PT

    @property
    def height_mm(self) -> float:
        return (self.y1 - self.y0) * MM_PER_PT

    def contains(self, other: Rect, tolerance_pt: float = 0.05) -> bool:
        return (
            other.x0 >= self.x0 - tolerance_pt
            and other.y0 >= self.y0 - tolerance_pt
            and other.x1 <= self.x1 + tolerance_pt
            and other.y1 <= self.y1 + tolerance_pt
        )

    def overlaps(self, other: Rect) -> bool:
        return (
            other.x0 < self.x1 and other.x1 > self.x0 and other.y0 < self.y1 and other.y1 > self.y0
        )


class QpdfCheck(Struct, frozen=True):
    status: str  # "ok", "warnings" or "errors"
    messages: tuple[str, ...]


class PageBoxes(Struct, frozen=True, kw_only=True):
    """Boxes as poppler reports them: a missing box is filled in from the CropBox."""

    page: int
    rotation: int
    media: Rect
    crop: Rect
    bleed: Rect
    trim: Rect
    art: Rect


class PdfInfo(Struct, frozen=True, kw_only=True):
    pages: int
    pdf_version: str
    encrypted: bool
    javascript: bool
    boxes: tuple[PageBoxes, ...]


class FontInfo(Struct, frozen=True, kw_only=True):
    name: str
    type: str
    embedded: bool
    subset: bool
    object_id: str


class ImageInfo(Struct, frozen=True, kw_only=True):
    page: int
    num: int
    type: str  # "image", "stencil", "smask", "mask"
    width: int
    height: int
    color: str  # "cmyk", "rgb", "gray", "icc", "index", "sep", ...
    components: int
    bpc: int
    object_id: str  # "12 0" or "[inline]"
    x_ppi: int
    y_ppi: int


class InkArea(Struct, frozen=True, kw_only=True):
    """Where to measure on one page: the area to keep and the trim that positions are from."""

    page: int
    media: Rect
    measure: Rect
    trim: Rect
    rotation: int = 0


class InkPeak(Struct, frozen=True):
    page: int
    percent: float  # largest C+M+Y+K of any pixel
    x_mm: float  # from the trim's top-left corner, y down
    y_mm: float


def run_tool(args: Sequence[str], source: Path, timeout: float = TIMEOUT_S) -> tuple[int, str]:
    """Run a tool, returning (exit code, stdout + stderr)."""
    try:
        done = subprocess.run(
            list(args), capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError as exc:
        package = _PACKAGES.get(args[0], args[0])
        raise ToolMissingError(
            f"{args[0]} is not installed", hint=f"install the Debian package {package}"
        ) from exc
    except subprocess.TimeoutExpired as exc:
        raise PreflightError(f"{args[0]} took more than {timeout:.0f} s", source=source) from exc
    text = (done.stdout + done.stderr).decode("utf-8", "replace")
    return done.returncode, text


def _run_ok(args: Sequence[str], source: Path) -> str:
    code, text = run_tool(args, source)
    if code != 0:
        last = text.strip().splitlines()[-1:] or ["no output"]
        raise PreflightError(f"{args[0]} could not read the file: {last[0]}", source=source)
    return text


def qpdf_check(path: Path) -> QpdfCheck:
    code, text = run_tool(["qpdf", "--check", str(path)], path)
    status = {0: "ok", 3: "warnings"}.get(code, "errors")
    # the summary lines ("qpdf: errors detected") repeat the exit status
    noise: tuple[str, ...] = ("checking ", "PDF Version", "File is not", "No syntax")
    noise += ("errors that qpdf", "qpdf: errors detected", "qpdf: operation succeeded")
    messages = tuple(ln for ln in text.splitlines() if ln.strip() and not ln.startswith(noise))
    return QpdfCheck(status, messages)


_BOX_LINE = re.compile(r"Page\s+(\d+)\s+(\w+):\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)")
_ROT_LINE = re.compile(r"Page\s+(\d+)\s+rot:\s+(-?\d+)")


def pdfinfo(path: Path) -> PdfInfo:
    text = _run_ok(["pdfinfo", "-box", "-f", "1", "-l", "999999", str(path)], path)
    fields = _info_fields(text)
    return PdfInfo(
        pages=int(fields.get("Pages", "0")),
        pdf_version=fields.get("PDF version", ""),
        encrypted=fields.get("Encrypted", "no").startswith("yes"),
        javascript=fields.get("JavaScript", "no").startswith("yes"),
        boxes=_page_boxes(text),
    )


def _info_fields(text: str) -> dict[str, str]:
    pairs = (
        ln.split(":", 1) for ln in text.splitlines() if ":" in ln and not ln.startswith("Page ")
    )
    return {key.strip(): value.strip() for key, value in pairs}


def _page_boxes(text: str) -> tuple[PageBoxes, ...]:
    boxes: dict[int, dict[str, Rect]] = {}
    for num, name, *coords in _BOX_LINE.findall(text):
        boxes.setdefault(int(num), {})[name] = Rect.of(*(float(c) for c in coords))
    rotation = {int(num): int(rot) for num, rot in _ROT_LINE.findall(text)}
    return tuple(
        PageBoxes(
            page=num,
            rotation=rotation.get(num, 0) % 360,
            media=b["MediaBox"],
            crop=b["CropBox"],
            bleed=b["BleedBox"],
            trim=b["TrimBox"],
            art=b["ArtBox"],
        )
        for num, b in sorted(boxes.items())
    )


# Read from the right: long font names overflow poppler's fixed-width name column.
_FONT_ROW = re.compile(
    r"^(\S+)\s+(.+?)\s+\S+\s+(yes|no)\s+(yes|no)\s+(?:yes|no)\s+(\d+\s+\d+)\s*$", re.MULTILINE
)


def pdffonts(path: Path) -> tuple[FontInfo, ...]:
    text = _run_ok(["pdffonts", str(path)], path)
    return tuple(
        FontInfo(
            name=name,
            type=kind,
            embedded=emb == "yes",
            subset=sub == "yes",
            object_id=" ".join(obj.split()),
        )
        for name, kind, emb, sub, obj in _FONT_ROW.findall(text)
    )


_IMAGE_ROW = re.compile(
    r"^\s*(\d+)\s+(\d+)\s+(\S+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(\d+)\s+(\d+)\s+\S+\s+\S+\s+"
    r"(\[inline\]|\d+\s+\d+)\s+(\d+)\s+(\d+)",
    re.MULTILINE,
)


def pdfimages(path: Path) -> tuple[ImageInfo, ...]:
    text = _run_ok(["pdfimages", "-list", str(path)], path)
    return tuple(_image(row) for row in _IMAGE_ROW.findall(text))


def _image(row: tuple[str, ...]) -> ImageInfo:
    page, num, kind, width, height, color, comp, bpc, obj, x_ppi, y_ppi = row
    return ImageInfo(
        page=int(page),
        num=int(num),
        type=kind,
        width=int(width),
        height=int(height),
        color=color,
        components=int(comp),
        bpc=int(bpc),
        object_id=" ".join(obj.split()),
        x_ppi=int(x_ppi),
        y_ppi=int(y_ppi),
    )


def total_ink(path: Path, areas: Sequence[InkArea], dpi: int = INK_DPI) -> tuple[InkPeak, ...]:
    """Render every page to CMYK with Ghostscript and find the largest C+M+Y+K per page.

    Colour management stays on (no ``-dUseFastColor``, though it would save
    about a third of the time): without it Ghostscript ignores overprint, and
    100 % K text overprinted on a panel would measure as 100 % instead of the
    panel's inks plus the black the press lays down. DeviceCMYK reaches the
    CMYK device unchanged either way (the same profile on both sides).
    ``ink_bound`` spares our own files this render.
    """
    with tempfile.TemporaryDirectory(prefix="designer-ink-") as tmp:
        pattern = Path(tmp) / "page-%d.tif"
        args = ["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE"]
        args += ["-sDEVICE=tiff32nc", f"-r{dpi}", f"-sOutputFile={pattern}"]
        # only the pages asked for (preflight caps them: work_limits); numbered as rendered
        args += [f"-sPageList={','.join(str(a.page) for a in areas)}", str(path)]
        _run_ok(args, path)
        pages = {a.page: Path(tmp) / f"page-{n}.tif" for n, a in enumerate(areas, 1)}
        missing = ", ".join(str(n) for n, tiff in pages.items() if not tiff.is_file())
        if missing:
            message = f"Ghostscript rendered no image of page {missing}; ink was not measured"
            raise PreflightError(message, source=path)
        return tuple(_page_peak(pages[a.page], a, dpi) for a in areas)


def _page_peak(tiff: Path, area: InkArea, dpi: int) -> InkPeak:
    scale = dpi / 72.0
    box = _pixel_box(area.media, area.measure, scale)
    with Image.open(tiff) as image:
        upright = image.rotate(area.rotation, expand=True) if area.rotation else image
        total = ink_sum(upright.crop(box))
    peak = int(total.getextrema()[1])  # type: ignore[arg-type]
    x_px, y_px = _first_pixel_at(total, peak)
    left_pt = box[0] / scale + area.media.x0
    top_pt = area.media.y1 - box[1] / scale
    x_mm = (left_pt + (x_px + 0.5) / scale - area.trim.x0) * MM_PER_PT
    y_mm = (area.trim.y1 - top_pt + (y_px + 0.5) / scale) * MM_PER_PT
    return InkPeak(area.page, peak * 100.0 / 255.0, round(x_mm, 1), round(y_mm, 1))


def ink_sum(cmyk: Image.Image) -> Image.Image:
    """C+M+Y+K per pixel as a 32-bit image (0..1020), without numpy."""
    cyan, magenta, yellow, black = cmyk.split()
    total = ImageMath.lambda_eval(
        lambda v: v["c"] + v["m"] + v["y"] + v["k"], c=cyan, m=magenta, y=yellow, k=black
    )
    assert isinstance(total, Image.Image)
    return total


def _pixel_box(media: Rect, measure: Rect, scale: float) -> tuple[int, int, int, int]:
    """The measuring rectangle in pixels of a render of ``media`` (origin top-left)."""
    left = round((measure.x0 - media.x0) * scale)
    top = round((media.y1 - measure.y1) * scale)
    right = round((measure.x1 - media.x0) * scale)
    bottom = round((media.y1 - measure.y0) * scale)
    return max(left, 0), max(top, 0), max(right, left + 1), max(bottom, top + 1)


def _first_pixel_at(total: Image.Image, value: int) -> tuple[int, int]:
    """The top-most, then left-most pixel whose value is ``value`` (the maximum)."""
    hits = ImageMath.lambda_eval(lambda v: v["t"] - (value - 1), t=total)
    assert isinstance(hits, Image.Image)
    mask = hits.convert("L")  # clamps: 1 where the total is the maximum, else 0
    bbox = mask.getbbox() or (0, 0, 1, 1)
    row = mask.crop((0, bbox[1], mask.width, bbox[1] + 1)).getbbox() or (0, 0, 1, 1)
    return row[0], bbox[1]
