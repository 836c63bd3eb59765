"""Derive a size's layout from another of the same proportions (A4 -> A3 -> A2).

Every length scales by the ratio of the widths: boxes, type sizes, rule
widths, QR codes. One approved design then serves every A-size exactly.
"""

from __future__ import annotations

from typing import assert_never

from designer.model.sizes import PaperSize
from designer.model.template import (
    Frame,
    ImageFrame,
    PageSpec,
    QRFrame,
    RectFrame,
    RuleFrame,
    SizeLayout,
    TextFrame,
)
from designer.records import replace


def scale_layout(base: SizeLayout, size: PaperSize, factor: float) -> SizeLayout:
    pages = tuple(
        PageSpec(
            p.name,
            p.background,
            tuple(scale_frame(f, factor) for f in p.frames),
            tuple(x * factor for x in p.folds_mm),
        )
        for p in base.pages
    )
    return SizeLayout(size, pages, scale=factor)


def scale_frame(frame: Frame, factor: float) -> Frame:
    if isinstance(frame, TextFrame):
        return replace(
            frame,
            box=frame.box.scaled(factor),
            size_pt=frame.size_pt * factor,
            min_size_pt=frame.min_size_pt * factor,
        )
    if isinstance(frame, RuleFrame):
        return replace(
            frame,
            x1_mm=frame.x1_mm * factor,
            y1_mm=frame.y1_mm * factor,
            x2_mm=frame.x2_mm * factor,
            y2_mm=frame.y2_mm * factor,
            width_pt=frame.width_pt * factor,
        )
    if isinstance(frame, RectFrame | QRFrame | ImageFrame):
        return replace(frame, box=frame.box.scaled(factor))
    assert_never(frame)
