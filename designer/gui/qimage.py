"""Wrap a rasterised page's pixels in a QImage, without encoding or copying them."""

from __future__ import annotations

from PySide6.QtGui import QImage

from designer.render.preview import RasterPage

_FORMATS = {"RGBX": QImage.Format.Format_RGBX8888, "RGBA": QImage.Format.Format_RGBA8888}


def to_qimage(raster: RasterPage) -> QImage:
    """A QImage over ``raster.data``: keep ``raster`` alive as long as the image (or copy it)."""
    return QImage(raster.data, raster.width, raster.height, raster.stride,
                  _FORMATS[raster.pixel_format])
