"""Atomic writes on Windows: a target another program holds open is retried, then named."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from designer.errors import ExportError
from designer.io import atomic
from designer.io.atomic import write_atomic


def _refusing(monkeypatch: pytest.MonkeyPatch, times: int) -> list[str]:
    """``os.replace`` refuses ``times`` times as Windows does for an open file (WinError 32)."""
    calls: list[str] = []
    real = os.replace

    def replace(source: str, target: str) -> None:
        calls.append(target)
        if len(calls) <= times:
            raise PermissionError(13, "The process cannot access the file", target)
        real(source, target)

    monkeypatch.setattr(atomic.os, "replace", replace)
    monkeypatch.setattr(atomic, "REPLACE_PAUSE_SECONDS", 0.0)
    return calls


def test_a_file_held_open_for_a_moment_is_replaced_on_a_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"old")
    calls = _refusing(monkeypatch, times=3)

    write_atomic(target, b"new")

    assert target.read_bytes() == b"new" and len(calls) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poster.pdf"]


def test_a_file_kept_open_is_a_clear_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"old")
    calls = _refusing(monkeypatch, times=1000)

    with pytest.raises(ExportError) as caught:
        write_atomic(target, b"new")

    assert "could not replace poster.pdf: another program has it open" in caught.value.message
    assert "close poster.pdf" in (caught.value.hint or "")
    assert len(calls) == atomic.REPLACE_ATTEMPTS
    assert target.read_bytes() == b"old"  # untouched, and no hidden part file left beside it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poster.pdf"]


def test_the_cache_writes_through_the_same_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one writer for exports and cache entries: a cache entry is retried like an export, and a
    # refusal is only a miss, leaving no part file behind
    from designer.io import cache

    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(tmp_path))
    calls = _refusing(monkeypatch, times=1000)
    key = cache.cache_key("kind", b"input")

    cache.write("kind", key, b"value")

    assert len(calls) == atomic.REPLACE_ATTEMPTS
    assert cache.read("kind", key) is None
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
