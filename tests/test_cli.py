"""The command line as a user runs it: exit codes, one-line errors, files written or not."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import pdf_text, verified

from designer.cli import main
from designer.io.regions import dump_regions_yaml, load_regions

REPO = Path(__file__).resolve().parents[1]


def designer(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "designer.cli", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=False)


@pytest.fixture
def verified_regions(tmp_path: Path) -> Path:
    """A region file in which Fife has been verified; the others stay unverified."""
    directory = load_regions()
    regions = tuple(verified(r) if r.id == "fife" else r for r in directory.regions)
    path = tmp_path / "regions.yaml"
    path.write_text(dump_regions_yaml(type(directory)(regions, directory.default_helpline, path)))
    return path


def test_templates_json_lists_id_title_version_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "--json"]) == 0
    records = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert records["key-messages-leaflet"]["sizes"] == ["A5"]
    assert {"id", "title", "version", "sizes"} <= set(records["worried-about-yourself"])


def test_regions_json_lists_all_32_unverified(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regions", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 32
    assert {r["id"] for r in records} >= {"city-of-edinburgh", "orkney-islands"}
    assert not any(r["verified"] for r in records)


def test_render_refuses_a_final_for_unverified_data_and_writes_nothing(tmp_path: Path) -> None:
    done = designer("render", "worried-about-yourself", "fife", "--size", "A3", cwd=tmp_path)
    assert done.returncode == 1
    assert "not print-ready" in done.stderr
    assert "not been verified" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_refused_render_states_each_reason_once(tmp_path: Path) -> None:
    done = designer("render", "worried-about-yourself", "fife", "--size", "A3", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.count("have not been verified") == 1, done.stderr
    (reason,) = [line for line in done.stderr.splitlines() if "not been verified" in line]
    assert reason.startswith("  - ERROR region.unverified (fife):")  # the finding, rule and all


def test_render_proof_writes_a_marked_proof(tmp_path: Path) -> None:
    done = designer(
        "render", "worried-about-yourself", "fife", "--size", "a3", "--proof", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    path = tmp_path / "worried-about-yourself_fife_A3-PROOF.pdf"
    assert path.is_file()
    assert "PROOF - not for print" in pdf_text(path)


def test_render_final_for_verified_region(tmp_path: Path, verified_regions: Path) -> None:
    out = tmp_path / "poster.pdf"
    done = designer(
        "--regions",
        verified_regions,
        "render",
        "worried-about-someone",
        "fife",
        "--size",
        "A4",
        "--output",
        out,
        "--set",
        "local_note=Ask at any Fife library",
    )
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "Ask at any Fife library" in text
    assert "PROOF" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["render", "nope", "fife", "--size", "A4"], "no template 'nope'"),
        (
            ["render", "worried-about-yourself", "edinburgh", "--size", "A4"],
            "did you mean 'city-of-edinburgh'",
        ),
        (
            ["render", "worried-about-yourself", "fife", "--size", "A5"],
            "sizes it supports: A4, A3, A2",
        ),
        (
            ["render", "worried-about-yourself", "fife", "--size", "A4", "--set", "headline=Hi"],
            "not an editable field",
        ),
        (["render", "worried-about-yourself", "fife", "--size", "B7"], "unknown size 'B7'"),
        (
            ["batch", "worried-about-yourself", "--size", "A4", "--jobs", "-1"],
            "give a whole number",
        ),
        (["--templates", "/nonexistent", "templates"], "template folder not found"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(
    tmp_path: Path, args: list[str], message: str
) -> None:
    done = designer(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_overflowing_field_fails_naming_the_frame(tmp_path: Path, verified_regions: Path) -> None:
    long_name = "W" * 70
    done = designer(
        "--regions",
        verified_regions,
        "render",
        "worried-about-yourself",
        "fife",
        "--size",
        "A4",
        "--set",
        f"partner_line={long_name}",
        cwd=tmp_path,
    )
    assert done.returncode == 1
    assert re.search(r"'footer' does not fit: .* runs \d+\.\d mm past its space", done.stderr)
    assert list(tmp_path.glob("*.pdf")) == []


def test_batch_writes_every_good_region_when_one_is_bad(
    tmp_path: Path, verified_regions: Path
) -> None:
    text = verified_regions.read_text()
    broken = text.replace(
        "Shetland family support service (sample)", "Shetland support 日本 (sample)"
    )
    assert broken != text
    verified_regions.write_text(broken)
    done = designer(
        "--regions",
        verified_regions,
        "batch",
        "worried-about-yourself",
        "--size",
        "A4",
        "--regions",
        "fife,shetland-islands,moray",
        "--proof",
        "--output-dir",
        tmp_path / "out",
        "--jobs",
        "2",
    )
    written = sorted(p.name for p in (tmp_path / "out").glob("*.pdf"))
    assert written == [
        "worried-about-yourself_fife_A4-PROOF.pdf",
        "worried-about-yourself_moray_A4-PROOF.pdf",
        "worried-about-yourself_shetland-islands_A4-PROOF.pdf",
    ], "with --proof every region is written, the bad one marked"
    assert done.returncode == 0, done.stderr
    final = designer(
        "--regions",
        verified_regions,
        "batch",
        "worried-about-yourself",
        "--size",
        "A4",
        "--regions",
        "fife,shetland-islands,moray",
        "--output-dir",
        tmp_path / "final",
    )
    assert final.returncode == 1
    assert [p.name for p in (tmp_path / "final").glob("*.pdf")] == [
        "worried-about-yourself_fife_A4.pdf"
    ]
    assert "shetland-islands: FAILED" in final.stderr and "U+65E5" in final.stderr
    assert "moray: FAILED" in final.stderr and "not been verified" in final.stderr
    assert "fife: final, passed" in final.stderr
    assert "[3/3]" in final.stderr


def test_demo_renders_every_template_and_size_as_proofs(tmp_path: Path) -> None:
    assert main(["demo", "--output-dir", str(tmp_path)]) == 0
    names = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert len(names) == 8
    assert all(n.endswith("-PROOF.pdf") for n in names)


def test_no_command_without_a_window_prints_help() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.modules['PySide6'] = None; "
            "from designer.cli import main; raise SystemExit(main([]))",
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},  # a screen, but no Qt
    )
    assert done.returncode == 0
    assert "usage: designer" in done.stdout
    assert shutil.which("pdftotext")


def test_no_command_without_a_screen_says_so_instead_of_crashing() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "designer.cli"], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 2
    assert "no screen to open the window on" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_reader_that_stops_reading_gets_no_traceback() -> None:
    """``designer regions | head -1``: the pipe closes before the list is written."""
    command = [sys.executable, "-m", "designer.cli", "regions"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line
    err = proc.stderr.read()
    proc.stderr.close()

    assert proc.wait(timeout=60) == 141  # as a shell reports a process its pipe closed on
    assert "Traceback" not in err and "Error" not in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("buffered", [True, False])
def test_output_that_cannot_be_written_is_an_error_not_a_traceback(buffered: bool) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    command = [sys.executable, "-m", "designer.cli", "templates"]
    with open("/dev/full", "w") as full:
        done = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, env=env)

    assert done.returncode == 120
    assert done.stderr.strip() == (
        "designer: error: the output could not be written: No space left on device"
    )


def test_ctrl_c_while_a_command_imports_is_not_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    """lxml's compiled module swallows a KeyboardInterrupt raised while it is imported:
    a Ctrl-C then was ignored and the whole batch ran. The import now holds it back."""
    import argparse
    import signal
    import time
    import types

    from designer.cli import parser

    def import_swallowing_interrupts(name: str) -> types.SimpleNamespace:
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.2)
        except KeyboardInterrupt:
            pass  # what lxml's import does with it
        return types.SimpleNamespace(run=lambda args: 0)

    monkeypatch.setattr(parser.importlib, "import_module", import_swallowing_interrupts)
    with pytest.raises(KeyboardInterrupt):
        parser.Run("batching", "run")(argparse.Namespace())


def test_a_held_ctrl_c_stays_ignored_where_it_was_ignored() -> None:
    """`designer batch ... &` in a script runs with Ctrl-C ignored: holding must not undo that."""
    import signal

    from designer.interrupts import interrupts_held

    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with interrupts_held():
            os.kill(os.getpid(), signal.SIGINT)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
