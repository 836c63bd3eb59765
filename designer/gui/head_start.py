"""The window's first poster, made in a second process while the window is built.

Why: before its first preview, the window creates Qt's application, builds its
widgets and makes the poster (~100 ms the first time in a process: fonts,
layout, PDF/X finishing), all on one interpreter, one core. On Linux the
window forks just before it creates the QApplication, while the process has
one thread and no Qt object: the child loads the same catalogue, makes the
poster the window will open on and sends the ``Product`` back through a pipe,
on the other core, while the parent builds the window. Elsewhere (Windows has
no fork; macOS frameworks are unsafe after one) the window makes it itself.

The preview takes the child's product only for an equal job (same template,
region, values, size, printer, date, keyring): what the window would have
made itself, byte for byte. For another job, a child that failed, or one
slower than ``WAIT_SECONDS``, the window makes the poster itself as before.
The child touches no Qt object, writes only to the pipe, and ends with
``os._exit``.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import time
from contextlib import suppress
from typing import NoReturn

from designer.gui.catalogue import load_catalogue
from designer.gui.controller import Remembered, initial_state
from designer.production import Job, Product, produce

WAIT_SECONDS = 2.0  # the child needs ~0.15 s; much slower is a fault: make the poster here


class HeadStart:
    """A child process making the first poster; ``take`` collects it (once)."""

    def __init__(self, pid: int, pipe: int) -> None:
        self._pid = pid
        self._pipe: int | None = pipe

    @classmethod
    def begin(cls, remembered: Remembered) -> HeadStart | None:
        """Fork the child; None where forking is unsafe (macOS frameworks) or missing (Windows).

        Only a speed-up: everywhere else the window makes its first poster itself.
        """
        if sys.platform != "linux" or not hasattr(os, "fork"):
            return None
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return None
        if pid == 0:
            os.close(read)
            _make_and_send(remembered, write)
        os.close(write)
        return cls(pid, read)

    def take(self, job: Job) -> Product | None:
        """The child's product when it was made for ``job``, else None; the child is reaped."""
        if self._pipe is None:
            return None
        try:
            data = _read_all(self._pipe, time.monotonic() + WAIT_SECONDS)
        except OSError:  # only a shortcut: whatever goes wrong, the poster is made here
            data = b""
        finally:
            self.discard()
        try:
            product = pickle.loads(data) if data else None
        except Exception:  # a child cut off mid-write: make the poster here
            return None
        return product if isinstance(product, Product) and product.job == job else None

    def discard(self) -> None:
        """Close the pipe and reap the child (stopped first if still working)."""
        if self._pipe is None:
            return
        os.close(self._pipe)
        self._pipe = None
        # ChildProcessError: a launcher that ignores SIGCHLD has the kernel reap it for us
        with suppress(ChildProcessError):
            finished, _status = os.waitpid(self._pid, os.WNOHANG)
            if not finished:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)


def _make_and_send(remembered: Remembered, pipe: int) -> NoReturn:
    """In the child: the poster the window opens on, pickled into ``pipe``; never returns."""
    code = 1
    try:
        catalogue = load_catalogue()
        job = initial_state(catalogue, remembered).job(keyring=catalogue.keyring)
        if job is not None:
            data = pickle.dumps(produce(job), protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(data)
            while view:
                view = view[os.write(pipe, view) :]
            code = 0
    except BaseException:  # whatever stops the child, the window carries on
        pass
    finally:
        os._exit(code)


def _read_all(pipe: int, deadline: float) -> bytes:
    """Everything the child writes, or nothing if it has not finished by ``deadline``."""
    chunks: list[bytes] = []
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([pipe], [], [], left)
        if not ready:
            break
        chunk = os.read(pipe, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
    return b""
