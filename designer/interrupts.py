"""Ctrl-C, held back while something must not be cut off, then delivered as usual.

Used where a KeyboardInterrupt at the wrong moment would lose something: while
a batch forks its workers or writes and reports a file (``designer.batch``),
and while a command imports what it needs (``designer.cli.parser``): lxml's
compiled module swallows a KeyboardInterrupt that lands while it is imported,
so a Ctrl-C in the first third of a second of ``designer batch`` used to be
ignored and the whole batch ran.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C waits until the block is done, then arrives as usual.

    Held while a batch's workers are forked (a KeyboardInterrupt inside fork's
    own handlers is printed as an ignored traceback and can leave a lock held in
    the child), while a file is made (one renamed into place but not yet in the
    export log would be lost to the report), while running workers finish
    theirs, and while a command's modules are imported (see above).
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # signals are the main thread's business (the window runs batches elsewhere)
        return
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        yield  # Ctrl-C is ignored here anyway (a script's `designer batch ... &`)
        return
    # Blocked in this thread (and so in the workers and tools it starts meanwhile); and
    # should another thread receive it, only noted, to be handed on once the block is done.
    noted: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: noted.append(signum))
    masks = hasattr(signal, "pthread_sigmask")  # not on Windows: the handler alone notes it
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if masks else set()
    try:
        yield
    finally:
        if masks:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a waiting Ctrl-C is noted now
        signal.signal(signal.SIGINT, previous)
    if noted:
        _deliver(previous)


def _deliver(handler: object) -> None:
    """What the handler that was in place would have done with the Ctrl-C held back."""
    if callable(handler):
        handler(signal.SIGINT, None)  # Python's default raises KeyboardInterrupt
    elif handler == signal.SIG_DFL:
        signal.raise_signal(signal.SIGINT)  # the system's default: the process ends
