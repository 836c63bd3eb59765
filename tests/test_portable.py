"""Portable code: names valid on Windows, and a core that imports without POSIX-only modules."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest
from support import job, package_modules

from designer.filenames import MAX_NAME, MAX_PATH, is_safe_name, os_path, proof_named, safe_name
from designer.interrupts import interrupts_held
from designer.records import replace

WINDOWS_REFUSES = '<>:"/\\|?*'


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("worried-about-you_fife_A3.pdf", "worried-about-you_fife_A3.pdf"),
        ("poster: final?.pdf", "poster- final-.pdf"),
        ('a<b>c"d|e*f.pdf', "a-b-c-d-e-f.pdf"),
        ("north\\south/east.pdf", "north-south-east.pdf"),
        ("CON", "CON_"),
        ("con.pdf", "con_.pdf"),
        ("Lpt9.tar.gz", "Lpt9_.tar.gz"),
        ("COM¹.pdf", "COM¹_.pdf"),
        ("nul ", "nul_"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),
        ("report. ", "report"),
        ("tab\there\x07.pdf", "tab-here-.pdf"),
        ("Na h-Eileanan Siar.pdf", "Na h-Eileanan Siar.pdf"),
        ("", "-"),
    ],
)
def test_names_windows_refuses_are_made_valid(name: str, safe: str) -> None:
    assert safe_name(name) == safe
    assert is_safe_name(safe_name(name))


def test_a_long_name_is_shortened_keeping_its_extension_and_stays_distinct() -> None:
    a, b = safe_name("x" * 300 + "a.pdf"), safe_name("x" * 300 + "b.pdf")

    assert len(a) == MAX_NAME and a.endswith(".pdf") and a != b


@pytest.mark.parametrize("bad", [*WINDOWS_REFUSES, "AUX", "prn.pdf", "end.", "x" * 256])
def test_an_unsafe_name_is_recognised(bad: str) -> None:
    assert not is_safe_name(bad)


def test_a_long_windows_path_is_made_long_path_safe() -> None:
    folder = "C:\\Users\\council.officer\\OneDrive - Fife Council\\Posters\\" + "d" * 200
    path = folder + "\\" + safe_name("worried-about-someone_fife_A3-PROOF.pdf")
    assert len(path) > MAX_PATH

    safe = os_path(path, windows=True)

    assert safe == "\\\\?\\" + path and PureWindowsPath(safe).name.endswith("-PROOF.pdf")
    assert os_path("C:\\short\\p.pdf", windows=True) == "C:\\short\\p.pdf"
    share = "\\\\fileserver\\posters\\" + "d" * 250
    assert os_path(share, windows=True) == "\\\\?\\UNC\\fileserver\\posters\\" + "d" * 250
    assert os_path("/home/x/" + "d" * 300, windows=False) == "/home/x/" + "d" * 300


def test_the_names_the_program_makes_are_valid_on_windows() -> None:
    made = job("worried-about-someone", "fife", "A3")
    odd = replace(made, region=replace(made.region, id="con:fife?"))

    assert is_safe_name(made.file_stem + "-PROOF.pdf")
    assert odd.file_stem == "worried-about-someone_con-fife-_A3"


IMPORT_ALL = """
import importlib, os, sys
sys.modules["fcntl"] = None  # as on Windows: importing it raises ImportError
del os.fork
for name in sys.argv[1:]:
    importlib.import_module(name)
assert "PySide6" not in sys.modules
print(len(sys.argv) - 1)
"""


def test_every_core_module_imports_without_fcntl_or_fork() -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL, *package_modules(window=False)],
        capture_output=True, text=True, check=False, timeout=120,
    )

    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 100  # every module, not an empty walk


def test_ctrl_c_is_held_where_signals_cannot_be_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(signal, "pthread_sigmask")  # as on Windows
    finished: list[str] = []

    with pytest.raises(KeyboardInterrupt), interrupts_held():
        signal.raise_signal(signal.SIGINT)
        finished.append("the block")

    assert finished == ["the block"]


@pytest.mark.parametrize(("given", "written"), [
    ("poster.pdf", "poster-PROOF.pdf"),
    ("poster", "poster-PROOF.pdf"),
    ("poster-proof.pdf", "poster-proof.pdf"),
    ("Fife PROOF copy.pdf", "Fife PROOF copy.pdf"),
])
def test_a_proofs_name_always_says_proof(given: str, written: str, tmp_path: Path) -> None:
    assert proof_named(tmp_path / given) == tmp_path / written
