"""Which program opens a folder, or shows a file in its folder, on this desktop. No Qt here.

Each desktop has its own way: Windows Explorer selects a file with
``explorer /select,<path>``, macOS Finder with ``open -R``, and on Linux the
file manager that implements the freedesktop ``FileManager1`` D-Bus interface
(Files, Dolphin, Nemo, Thunar...) selects it with ``ShowItems``; without one,
the folder itself is opened with ``xdg-open`` (or ``gio open``). A plan is a
list of commands tried in order; running it says whether any worked, so the
window can say plainly when this computer has nothing to show folders with,
instead of doing nothing.

Explorer's exit status means nothing (it returns 1 when it worked), so its
commands are started and not waited for. The others are waited for a few
seconds: ``xdg-open`` reports "no program" by its status. One that runs on
after that (a file manager started in the foreground) is taken as working
and left running.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from msgspec import Struct

WAIT_SECONDS = 5.0

FILE_MANAGER = ("org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                "org.freedesktop.FileManager1.ShowItems")


class Desktop(StrEnum):
    WINDOWS = "windows"
    MACOS = "macos"
    LINUX = "linux"  # and the other free desktops: xdg-open and D-Bus


class Command(Struct, frozen=True):
    argv: tuple[str, ...]
    wait: bool = True  # False: started and taken as working (its exit status means nothing)

    @property
    def program(self) -> str:
        return self.argv[0]


class Opened(Struct, frozen=True):
    ok: bool
    tried: tuple[str, ...] = ()  # the programs tried, in order, for the log and the message


def current_desktop(platform: str = sys.platform) -> Desktop:
    if platform.startswith(("win", "cygwin")):
        return Desktop.WINDOWS
    if platform == "darwin":
        return Desktop.MACOS
    return Desktop.LINUX


def _native(path: PurePath, desktop: Desktop) -> str:
    return str(PureWindowsPath(path)) if desktop is Desktop.WINDOWS else str(PurePosixPath(path))


def _uri(path: PurePath) -> str:
    posix = PurePosixPath(path)
    return posix.as_uri() if posix.is_absolute() else Path(posix).absolute().as_uri()


def open_folder_plan(folder: PurePath, desktop: Desktop) -> tuple[Command, ...]:
    """Commands that open ``folder`` in the desktop's file manager, best first."""
    where = _native(folder, desktop)
    if desktop is Desktop.WINDOWS:
        return (Command(("explorer", where), wait=False),)
    if desktop is Desktop.MACOS:
        return (Command(("open", where)),)
    return (Command(("xdg-open", where)), Command(("gio", "open", where)))


def show_item_plan(path: PurePath, desktop: Desktop) -> tuple[Command, ...]:
    """Commands that show ``path`` selected in its folder; the folder alone as a last resort."""
    where = _native(path, desktop)
    if desktop is Desktop.WINDOWS:
        # "/select," and the path as two arguments: Explorer reads a quoted path after the comma
        return (Command(("explorer", "/select,", where), wait=False),)
    if desktop is Desktop.MACOS:
        return (Command(("open", "-R", where)), *open_folder_plan(path.parent, desktop))
    dest, obj, method = FILE_MANAGER
    uri = _uri(path)
    return (
        Command(("dbus-send", "--session", "--print-reply", f"--dest={dest}",
                 "--type=method_call", obj, method, f"array:string:{uri}", "string:")),
        Command(("gdbus", "call", "--session", "--dest", dest, "--object-path", obj,
                 "--method", method, f"['{uri}']", "")),
        *open_folder_plan(path.parent, desktop),
    )


Which = Callable[[str], str | None]
Launch = Callable[[Sequence[str], bool], bool]


def launch(argv: Sequence[str], wait: bool) -> bool:
    """Start ``argv``; True when it started (and, if waited for, did not report failure)."""
    try:
        process = subprocess.Popen(list(argv), stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=sys.platform != "win32")
    except OSError:
        return False
    if not wait:
        return True
    try:
        return process.wait(timeout=WAIT_SECONDS) == 0
    except subprocess.TimeoutExpired:
        return True  # still running: a file manager in the foreground; it is the person's now


def run_plan(plan: Sequence[Command], *, which: Which = shutil.which,
             start: Launch = launch) -> Opened:
    """Try each command whose program exists, until one works."""
    tried: list[str] = []
    for command in plan:
        found = which(command.program)
        if found is None:
            continue
        tried.append(command.program)
        if start((found, *command.argv[1:]), command.wait):
            return Opened(True, tuple(tried))
    return Opened(False, tuple(tried))
