"""Lay out one template for one region at one size: the single place decisions are made."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import assert_never

from designer.errors import LayoutError
from designer.fonts import load_font, missing_characters
from designer.layout.content import ContentResolver
from designer.layout.graphics import place_image, place_qr, place_rect, place_rule
from designer.layout.placed import DocumentLayout, PageLayout, Placed, PlacedText
from designer.layout.text import GLUE, KEEP, fit_text
from designer.model.region import Region, web_url
from designer.model.sizes import PaperSize
from designer.model.template import (
    ImageFrame,
    PageSpec,
    QRFrame,
    RectFrame,
    RuleFrame,
    Template,
    TextFrame,
)


def layout_document(
    template: Template,
    region: Region,
    size: PaperSize,
    values: Mapping[str, str] | None = None,
    *,
    bleed_mm: float = 3.0,
    today: date | None = None,
) -> DocumentLayout:
    """Every page of ``template`` at ``size`` for ``region``.

    Content problems (overflow, missing glyphs) are recorded in the result, not raised.
    """
    if size not in template.layouts:
        sizes = ", ".join(s.value for s in template.sizes)
        raise LayoutError(
            f"template {template.id!r} has no {size.value} layout",
            hint=f"sizes it supports: {sizes}",
        )
    today = today or date.today()
    resolver = ContentResolver(template, region, values or {})
    spec = template.layouts[size]
    pages = tuple(
        _page(template, resolver, page, i + 1, size, bleed_mm) for i, page in enumerate(spec.pages)
    )
    return DocumentLayout(
        template_id=template.id,
        template_version=template.version,
        template_title=template.title,
        kind=template.kind,
        region_id=region.id,
        region_name=region.name,
        region_verified=region.verified,
        region_review_ok=region.verification.is_current(today),
        size=size,
        trim=size.trim,
        bleed_mm=bleed_mm,
        pages=pages,
        values=tuple(sorted(resolver.values.items())),
        palette=tuple(template.palette.items()),
        produced=today,
    )


def _page(
    template: Template,
    resolver: ContentResolver,
    page: PageSpec,
    number: int,
    size: PaperSize,
    bleed_mm: float,
) -> PageLayout:
    items: list[Placed] = []
    for frame in page.frames:
        if isinstance(frame, TextFrame):
            items.append(_text(template, resolver, frame))
        elif isinstance(frame, RectFrame):
            items.append(place_rect(frame, template.palette, size.trim, bleed_mm))
        elif isinstance(frame, RuleFrame):
            items.append(place_rule(frame, template.palette))
        elif isinstance(frame, QRFrame):
            data = (resolver.fill(frame.data) or "").replace(GLUE, " ").replace(KEEP, " ")
            items.append(place_qr(frame, _qr_data(data)))
        elif isinstance(frame, ImageFrame):
            items.append(place_image(frame))
        else:
            assert_never(frame)  # a new frame type must be placed here, not skipped
    background = template.palette[page.background] if page.background else None
    return PageLayout(
        number=number,
        name=page.name,
        background=background,
        items=tuple(items),
        folds_mm=page.folds_mm,
    )


def _text(template: Template, resolver: ContentResolver, frame: TextFrame) -> PlacedText:
    font = load_font(Path(template.fonts[frame.font].path))
    paragraphs, omitted = resolver.paragraphs(frame.copy)
    fit = fit_text(paragraphs, font, frame)
    text = "\n\n".join(paragraphs).replace(GLUE, " ").replace(KEEP, " ")
    background = template.palette[frame.background] if frame.background else None
    return PlacedText(
        frame_id=frame.id,
        box=frame.box,
        font_name=font.name,
        font_path=font.path,
        size_pt=fit.size_pt,
        requested_pt=frame.size_pt,
        min_pt=frame.min_size_pt,
        colour=template.palette[frame.colour],
        colour_name=frame.colour,
        background=background,
        role=frame.role,
        align=frame.align,
        lines=fit.lines,
        text=text,
        overflow_mm=fit.overflow_mm,
        missing_glyphs=missing_characters(font, text),
        omitted=omitted,
        lone_words=fit.lone_words,
        placeholders=resolver.placeholders(frame.copy),
    )


def _qr_data(text: str | None) -> str:
    """A bare web address (``www.x.org/a:b``) gets its scheme, or phones would not open it.

    Anything that already names a scheme (``https://``, ``tel:``, ``mailto:``) is kept.
    """
    if text and not _SCHEME.match(text):
        return web_url(text)
    return text or ""


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
