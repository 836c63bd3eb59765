"""Every test keeps designer's user data (the export log) and cache in its own temporary folders."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Set ``DESIGNER_DATA_DIR`` (inherited by CLI subprocesses too): no test writes to $HOME."""
    folder = tmp_path_factory.mktemp("designer-data")
    monkeypatch.setenv("DESIGNER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _private_cache_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Set ``DESIGNER_CACHE_DIR`` likewise: each test starts with an empty cache."""
    folder = tmp_path_factory.mktemp("designer-cache")
    monkeypatch.setenv("DESIGNER_CACHE_DIR", str(folder))
    return folder
