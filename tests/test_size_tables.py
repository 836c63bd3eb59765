"""Every table keyed by size covers every size, so a new size cannot borrow another's rule.

The tables are found by walking the package, not listed, so one added tomorrow is covered too.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator, Mapping
from types import ModuleType

import pytest

import designer
from designer.model.sizes import PaperSize
from designer.preflight import layout_graphics


def modules() -> Iterator[ModuleType]:
    for info in pkgutil.walk_packages(designer.__path__, prefix="designer."):
        if not info.name.endswith("__main__"):
            yield importlib.import_module(info.name)


def size_tables(module: ModuleType) -> dict[str, Mapping[object, object]]:
    """The module's own mappings whose keys are sizes (at least one key a PaperSize)."""
    return {
        f"{module.__name__}.{name}": value
        for name, value in vars(module).items()
        if isinstance(value, Mapping) and any(isinstance(key, PaperSize) for key in value)
    }


def all_size_tables() -> dict[str, Mapping[object, object]]:
    found: dict[str, Mapping[object, object]] = {}
    for module in modules():
        found.update(size_tables(module))
    return found


def test_the_walk_finds_the_size_tables() -> None:
    names = set(all_size_tables())
    assert {"designer.model.sizes._TRIM", "designer.preflight.layout_graphics.QR_MIN_MM"} <= names


def test_every_size_table_covers_every_size() -> None:
    partial = {
        name: sorted(set(PaperSize) - set(table))
        for name, table in all_size_tables().items()
        if set(PaperSize) - set(table)
    }
    assert partial == {}


def test_a_partial_table_is_found() -> None:
    module = ModuleType("designer.tomorrow")
    module.RULE = {PaperSize.A4: 1.0}  # type: ignore[attr-defined]
    (table,) = size_tables(module).values()
    assert set(PaperSize) - set(table) == set(PaperSize) - {PaperSize.A4}


def test_a_size_missing_from_the_qr_table_is_not_given_the_a4_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the QR rule looks its size up; it has no fallback that would quietly use 20 mm
    from tests.preflight.test_layout_checks import doc, found, qr

    without_a2 = {s: mm for s, mm in layout_graphics.QR_MIN_MM.items() if s is not PaperSize.A2}
    monkeypatch.setattr(layout_graphics, "QR_MIN_MM", without_a2)
    with pytest.raises(KeyError):
        found(doc(qr(), size=PaperSize.A2), "qr.too-small")
