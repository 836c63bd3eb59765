"""A new kind of frame or placed item cannot slip through a dispatch on the kind unhandled.

Each chain of isinstance tests over the frame or item union ends in ``assert_never``: mypy
refuses a union member left out, and at run time an unknown kind stops with an error instead
of being given the last branch's treatment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from designer.io.scaling import scale_frame
from designer.io.template_build import _frame
from designer.layout.engine import _page
from designer.layout.placed import frame_area
from designer.model.geometry import Box
from designer.preflight.layout_area import fix_for, ink_extent, painted_extent
from designer.preflight.layout_checks import item_issues
from designer.preflight.layout_graphics import footprint
from designer.render.pdf import _draw


class PageOf:
    """A page spec holding one frame, which is all ``_page`` reads before dispatching."""

    def __init__(self, frame: object) -> None:
        self.frames = (frame,)


class Tomorrow:
    """Looks like an item (it has every attribute the branches read) but is none of them."""

    frame_id = "tomorrow"
    box = frame_box = stroke_box = Box(10.0, 10.0, 20.0, 20.0)


DISPATCHES: list[Callable[[Any], object]] = [
    frame_area,
    footprint,
    ink_extent,
    painted_extent,
    fix_for,
    lambda item: list(item_issues(item, None)),  # type: ignore[arg-type]
    lambda frame: scale_frame(frame, 2.0),
    lambda spec: _frame(None, spec, ()),  # type: ignore[arg-type]  # a file's frame
    lambda frame: _page(None, None, PageOf(frame), 1, None, 3.0),  # type: ignore[arg-type]
    lambda item: _draw(None, None, item, None),  # type: ignore[arg-type]  # the render
]


@pytest.mark.parametrize("dispatch", DISPATCHES)
def test_an_unknown_kind_is_refused_not_treated_as_the_last(
    dispatch: Callable[[Any], object],
) -> None:
    with pytest.raises(AssertionError):
        dispatch(Tomorrow())
