"""The first poster made in a forked child while the window is built (Linux only)."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from designer.gui import head_start, rendering
from designer.gui.app import create_window
from designer.gui.catalogue import Catalogue, load_catalogue
from designer.gui.controller import Remembered, initial_state
from designer.gui.head_start import HeadStart
from designer.gui.settings import Settings
from designer.gui.worker import ImmediateRunner
from designer.production import Job, produce
from designer.records import replace
from designer.render.preview import page_text

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the head start forks (Linux)")

REMEMBERED = Remembered(
    template_id="worried-about-yourself", region_id="fife", size="A3", printer_id="offset-coated"
)


@pytest.fixture(scope="module")
def bundled() -> Catalogue:
    return load_catalogue()  # what the child loads: the bundled files


def _job(catalogue: Catalogue) -> Job:
    job = initial_state(catalogue, REMEMBERED).job(keyring=catalogue.keyring)
    assert job is not None
    return job


def _reaped(started: HeadStart) -> bool:
    try:
        os.waitpid(started._pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_the_child_makes_exactly_the_poster_the_window_opens_on(bundled: Catalogue) -> None:
    started = HeadStart.begin(REMEMBERED)
    assert started is not None
    job = _job(bundled)
    product = started.take(job)
    assert product is not None and product.job == job
    assert product.pdf == produce(job).pdf  # byte for byte what the window would make
    assert _reaped(started)
    assert started.take(job) is None  # once only


def test_a_poster_for_another_job_is_not_taken(bundled: Catalogue) -> None:
    started = HeadStart.begin(REMEMBERED)
    assert started is not None
    other = replace(_job(bundled), values=(("local_note", "Drop-in on Tuesdays"),))
    assert started.take(other) is None
    assert _reaped(started)


def test_a_child_that_fails_gives_nothing(
    bundled: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(job: Job) -> Any:
        raise RuntimeError("a fault in the engine")

    monkeypatch.setattr(head_start, "produce", broken)  # the child inherits it
    started = HeadStart.begin(REMEMBERED)
    assert started is not None
    assert started.take(_job(bundled)) is None
    assert _reaped(started)


def test_a_slow_child_is_stopped_and_not_waited_for(
    bundled: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(head_start, "produce", lambda job: time.sleep(30))
    monkeypatch.setattr(head_start, "WAIT_SECONDS", 0.2)
    started = HeadStart.begin(REMEMBERED)
    assert started is not None
    began = time.monotonic()
    assert started.take(_job(bundled)) is None
    assert time.monotonic() - began < 5
    assert _reaped(started)


def test_the_window_shows_the_childs_poster_without_making_one(
    qtbot: QtBot, bundled: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Job] = []

    def counted(job: Job) -> Any:
        made.append(job)
        return produce(job)

    started = HeadStart.begin(REMEMBERED)  # before the window's own produce is counted
    monkeypatch.setattr(rendering, "produce", counted)
    settings = Settings(tmp_path / "designer.ini")
    settings.template_id, settings.region_id, settings.size = "worried-about-yourself", "fife", "A3"
    window = create_window(ImmediateRunner(), settings, bundled, head_start=started)
    qtbot.addWidget(window)
    result = window.pipeline.last
    assert result is not None and result.product.job == _job(bundled)
    assert made == []  # the first preview is the child's poster
    fife = bundled.region("fife")
    assert fife is not None and fife.local is not None
    assert fife.local.name in page_text(result.product.pdf).replace("\r\n", " ")
    assert _reaped(started) if started is not None else False


def test_a_child_already_reaped_by_the_system_is_no_error(bundled: Catalogue) -> None:
    """A launcher that ignores SIGCHLD has the kernel reap children: waitpid finds none."""
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        started = HeadStart.begin(REMEMBERED)
        assert started is not None
        product = started.take(_job(bundled))
    finally:
        signal.signal(signal.SIGCHLD, previous)
    assert product is not None  # the poster arrived before the child was gone
