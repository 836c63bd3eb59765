"""Start-up: PySide6's feature hook no longer reads the source of every module imported."""

from __future__ import annotations

import importlib
import types

import pytest

import designer.gui  # noqa: F401 - quiets the hook, as the window does
from designer.gui.feature_hook import quiet_feature_hook

pytestmark = pytest.mark.gui


def test_modules_imported_after_pyside_are_not_scanned() -> None:
    feature = importlib.import_module("shibokensupport.feature")
    mentions_pyside = types.ModuleType("uses_pyside")
    mentions_pyside.__file__ = __file__  # this file says "PySide6"

    assert quiet_feature_hook()
    assert feature._mod_uses_pyside(mentions_pyside) is False
    assert "inspect" not in feature._mod_uses_pyside.__code__.co_names  # no source read
