"""Draw an image (or a vector form) whose PDF stream was made once, not once per file.

ReportLab's ``drawImage`` hashes an image's pixels to name it and compresses
them again for every document: ~11 ms for an A3 poster's logo, a third of
making the whole poster. A batch, or the window's preview as someone types,
draws the same logo over and over, so ``PreparedImage`` carries its stream,
compressed once, and ``draw_encoded_image`` registers it with the canvas the
way ``drawImage`` does: the same XObject, under the same name, with the same
bytes as ``drawImage`` makes without ASCII85 (``designer.render.pdf`` turns it
off; a test compares the two files).

The QR code goes the same way as a Form XObject: its hundreds of module
rectangles are written once per batch (``designer.render.fixed_content``), and
the finished-file ink check reads a form it has seen before only once
(``designer.preflight.ink_forms``).
"""

from __future__ import annotations

import hashlib
import zlib
from typing import TYPE_CHECKING

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFFormXObject,
    PDFImageXObject,
    PDFName,
)
from reportlab.pdfgen.canvas import Canvas

if TYPE_CHECKING:
    from PIL import Image


def encode_cmyk(image: Image.Image) -> tuple[str, bytes]:
    """The name ``drawImage`` would give ``image`` (CMYK, opaque) and its Flate stream."""
    pixels = image.tobytes()
    return pdf_name(pixels), zlib.compress(pixels)


def pdf_name(pixels: bytes) -> str:
    """``drawImage``'s name for an image: the MD5 of its pixels and its mask ("None")."""
    return hashlib.md5(pixels + b"None", usedforsecurity=False).hexdigest()


class _EncodedImage(PDFImageXObject):
    """ReportLab's image XObject, given its stream instead of pixels to compress."""

    def __init__(self, name: str, width_px: int, height_px: int, stream: bytes) -> None:
        super().__init__(name)  # no source: nothing is read or compressed
        self.width, self.height = width_px, height_px
        self.bitsPerComponent = 8
        self.colorSpace = "DeviceCMYK"
        self._filters = ("FlateDecode",)
        self.streamContent = stream
        self.mask = None


class ImageCanvas(Canvas):
    """A canvas that also draws pre-encoded CMYK images: ``drawImage`` minus the work."""

    def draw_encoded_image(
        self,
        name: str,
        size_px: tuple[int, int],
        stream: bytes,
        box_pt: tuple[float, float, float, float],
    ) -> None:
        """Draw the image ``name`` (from ``encode_cmyk``) filling ``box_pt`` (x, y, w, h)."""
        self._currentPageHasImages = 1
        internal = self._doc.getXObjectName(name)
        if internal not in self._doc.idToObject:  # first use in this document: add it once
            image = _EncodedImage(name, *size_px, stream)
            self._setXObjects(image)
            self._doc.Reference(image, internal)
            self._doc.addForm(name, image)
        x, y, width, height = box_pt
        self.saveState()
        self.translate(x, y)
        self.scale(width, height)
        self.doForm(name)  # "/<internal> Do", and the page's resources list it
        self.restoreState()


class _EncodedForm(PDFFormXObject):
    """A Form XObject whose content stream was written once, with no resources of its own."""

    def __init__(self, stream: bytes, bbox: tuple[float, float, float, float]) -> None:
        super().__init__(*bbox)
        self.compression = 1
        self.stream = stream
        # Paths and DeviceCMYK colours only: no font, image or graphics state to name.
        self.Resources = PDFDictionary({"ProcSet": PDFArray([PDFName("PDF")])})


def form_name(stream: bytes) -> str:
    """A form's name from its content: the same drawing is the same form in every file."""
    return "F" + hashlib.md5(stream, usedforsecurity=False).hexdigest()


def draw_encoded_form(
    canvas: Canvas, name: str, stream: bytes, bbox: tuple[float, float, float, float]
) -> None:
    """Draw the form ``name`` (content ``stream`` in page space, clipped to ``bbox``)."""
    doc = canvas._doc
    internal = doc.getXObjectName(name)
    if internal not in doc.idToObject:  # first use in this document: add it once
        form = _EncodedForm(stream, bbox)
        doc.Reference(form, internal)
        doc.addForm(name, form)
    canvas.doForm(name)
