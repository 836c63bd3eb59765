"""The keys a printer profile file may hold, for pydantic (imported only to check a new file)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class PrinterFile(BaseModel):
    """The keys a printer file may hold; None means "not given, use the default"."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    title: str = Field(min_length=1)
    description: str = Field(min_length=1)
    pdfx: Literal["x4", "x1a"] | None = None
    bleed_mm: float | None = Field(None, ge=0, le=10)
    crop_marks: bool | None = None
    mark_offset_mm: float | None = Field(None, ge=0, le=10)
    mark_length_mm: float | None = Field(None, ge=5, le=10)
    marks_margin_mm: float | None = Field(None, ge=0, le=30)
    safe_mm: float | None = Field(None, ge=3, le=30)
    fold_safe_mm: float | None = Field(None, ge=0, le=30)
    ink_limit: float | None = Field(None, ge=100, le=400)
    min_ppi: float | None = Field(None, gt=0)
    target_ppi: float | None = Field(None, gt=0)
    slug: bool | None = None
    min_line_pt: float | None = Field(None, gt=0, le=5)
    min_text_pt: float | None = Field(None, gt=0, le=24)
    output_profile: str | None = Field(None, min_length=1)  # relative to the file
    output_condition: str | None = Field(None, min_length=1)
    output_condition_info: str | None = Field(None, min_length=1)
    registry: str | None = Field(None, min_length=1)
