"""Hostile and broken input, class by class (issue 12, part 6).

Each class ends in one clear line naming the file and what to do (exit 2 for
bad input): never a traceback, a hang, a stray process or a partial file.
Beside ``test_hostile_input.py``, which covers the classes handled before.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import errno
import os
import resource
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from approval_support import copy_template, edit, region_file
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support import job

import designer.export
from designer.approval.keys import load_keyring, new_private_key, write_private_key
from designer.approval.verify import check_template
from designer.batch import export_batch
from designer.cli import main
from designer.cli.fixes import batch_fixes
from designer.errors import DesignerError, LayoutError, RegionError, RenderError, TemplateError
from designer.export import export_product
from designer.fonts import load_font
from designer.io.atomic import export_error
from designer.io.printers import load_printer
from designer.io.regions import CSV_COLUMNS, import_regions_csv, load_regions
from designer.io.scratch import scratch_file
from designer.io.templates import load_template
from designer.layout.graphics import image_pixels
from designer.model.printer import PrinterProfile
from designer.preflight.pdf_checks import Programs, preflight_pdf
from designer.preflight.work_limits import MAX_INK_PAGES
from designer.production import produce
from designer.records import replace
from designer.render.images import prepare_image
from designer.resources import assets_dir, regions_file
from designer.trace import TraceError
from designer.trace.record import read_trace

POSTER = "worried-about-yourself"
TIMEOUT_S = 300
FUZZ = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def cli(
    *args: str | Path, cwd: Path | None = None, memory_mb: int = 0
) -> subprocess.CompletedProcess[str]:
    """The CLI in a subprocess, with a timeout (and a memory limit, for bombs)."""

    def limit() -> None:
        if memory_mb:
            size = memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (size, size))

    command = [sys.executable, "-m", "designer.cli", *map(str, args)]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        timeout=TIMEOUT_S,
        preexec_fn=limit,
    )


def one_clear_line(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("designer: error:")]
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return copy_template(tmp_path) / POSTER


# --- YAML alias bombs ------------------------------------------------------------------------


def alias_bomb(width: int, depth: int, key: str = "x") -> str:
    """``depth`` anchors, each a list of ``width`` aliases to the one before: width**depth."""
    lines = [f"{key}0: &a0 [{', '.join(['lol'] * width)}]"]
    for level in range(1, depth):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"{key}{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


BOMB = alias_bomb(10, 5)  # 100,000 values from 300 bytes: loads on today's main, then fails late


def _template(base: Path, text: str) -> object:
    (base / "templates" / POSTER / "template.yaml").write_text(text, encoding="utf-8")
    return load_template(base / "templates" / POSTER)


def _in_file(name: str, load: Callable[[Path], object]) -> Callable[[Path, str], object]:
    def loader(base: Path, text: str) -> object:
        (base / name).write_text(text, encoding="utf-8")
        return load(base / name)

    return loader


LOADERS: dict[str, Callable[[Path, str], object]] = {
    "template": _template,
    "regions": _in_file("regions.yaml", load_regions),
    "keyring": _in_file("keyring.yaml", load_keyring),
    "printer": _in_file("press.yaml", lambda p: load_printer(str(p))),
}


@pytest.mark.parametrize("kind", sorted(LOADERS))
def test_an_alias_bomb_is_refused_at_parse_time(tmp_path: Path, kind: str) -> None:
    copy_template(tmp_path)
    with pytest.raises(DesignerError, match=r"aliases \(\*name\) repeat more than"):
        LOADERS[kind](tmp_path, BOMB)


def test_an_alias_bomb_in_an_approval_record_is_a_refusal(folder: Path) -> None:
    template = load_template(folder)
    (folder / "approval.yaml").write_text(BOMB, encoding="utf-8")
    check = check_template(template)
    assert not check.approved
    assert "aliases (*name) repeat more than" in " ".join(check.problems)


def test_a_billion_laughs_region_file_is_one_line_not_a_memory_error(tmp_path: Path) -> None:
    bomb = tmp_path / "regions.yaml"
    bomb.write_text(alias_bomb(9, 10), encoding="utf-8")  # 3.5 billion values
    done = cli("--regions", bomb, "regions", memory_mb=1500)
    one_clear_line(done, str(bomb), "aliases")


def test_a_few_aliases_still_load(tmp_path: Path) -> None:
    text = regions_file().read_text(encoding="utf-8")
    text = text.replace(
        "  helpline:\n    name: Get Help", "  helpline: &national\n    name: Get Help"
    )
    path = tmp_path / "regions.yaml"
    path.write_text(text, encoding="utf-8")
    assert len(load_regions(path).regions) == 32


# at most two million values: code that expands aliases (as main did) still ends, in memory
SHAPES = st.tuples(st.integers(2, 12), st.integers(2, 9)).filter(lambda s: s[0] ** s[1] <= 2e6)


@settings(max_examples=40, deadline=None, database=None)
@given(shape=SHAPES, kind=st.sampled_from(sorted(LOADERS)))
@example(shape=(10, 5), kind="regions")
@example(shape=(3, 12), kind="template")
def test_fuzz_alias_shapes_are_loaded_or_refused_by_name(
    tmp_path_factory: pytest.TempPathFactory, shape: tuple[int, int], kind: str
) -> None:
    width, depth = shape
    base = tmp_path_factory.mktemp("shapes")
    copy_template(base)
    try:
        LOADERS[kind](base, alias_bomb(width, depth))
    except DesignerError as exc:
        if width**depth > 20_000:
            assert "aliases (*name) repeat more than" in str(exc)


# --- a region with an empty or missing id ----------------------------------------------------


def _regions_with(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "regions.yaml"
    path.write_text(regions_file().read_text(encoding="utf-8").replace(old, new, 1), "utf-8")
    return path


@pytest.mark.parametrize("empty", ["", " ''", " ~", " null"])
def test_a_region_with_an_empty_id_is_named_by_line(tmp_path: Path, empty: str) -> None:
    path = _regions_with(tmp_path, "  - id: angus\n", f"  - id:{empty}\n")
    with pytest.raises(RegionError, match=r"regions\[2\]\.id: is missing or empty") as caught:
        load_regions(path)
    assert caught.value.line is not None
    one_clear_line(cli("--regions", path, "regions"), str(path), "regions[2].id")


def test_a_batch_over_a_region_with_no_id_is_bad_input_not_an_internal_error(
    tmp_path: Path,
) -> None:
    path = _regions_with(tmp_path, "  - id: angus\n", "  - id:\n")
    done = cli("--regions", path, "batch", POSTER, "--size", "A4", "--proof",
               "--output-dir", tmp_path / "out")  # fmt: skip
    one_clear_line(done, "regions[2].id")
    assert "internal error" not in done.stderr
    assert not (tmp_path / "out").exists()


IDS = st.one_of(
    st.sampled_from(["", "''", '""', "~", "null", "Null", " ", "-", "[]", "{}"]),
    st.text(max_size=8),
)


@FUZZ
@given(value=IDS, drop=st.booleans())
def test_fuzz_region_ids(tmp_path: Path, value: str, drop: bool) -> None:
    line = "  - name: Angus\n" if drop else f"  - id: {value!r}\n    name: Angus\n"
    path = _regions_with(tmp_path, "  - id: angus\n    name: Angus\n", line)
    try:
        directory = load_regions(path)
    except DesignerError:
        return
    assert all(isinstance(r.id, str) and r.id for r in directory.regions)


# --- damaged font files ----------------------------------------------------------------------

FONT = assets_dir() / "fonts" / "NotoSans-Regular.ttf"


def _damaged_font(folder: Path, data: bytes) -> Path:
    (folder / "Damaged.ttf").write_bytes(data)
    edit(folder / "template.yaml", "regular: NotoSans-Regular.ttf", "regular: Damaged.ttf")
    return folder / "Damaged.ttf"


@pytest.mark.parametrize("keep", [300, 100_000, -10])
def test_a_truncated_font_is_refused_naming_it(folder: Path, keep: int) -> None:
    font = _damaged_font(folder, FONT.read_bytes()[:keep])
    with pytest.raises(TemplateError, match="the font file is damaged") as caught:
        load_template(folder)
    assert caught.value.field == "fonts.regular" and "Damaged.ttf" in str(caught.value)
    with pytest.raises(LayoutError, match="the font file is damaged"):
        load_font(font)


def test_the_cli_names_a_truncated_font(folder: Path) -> None:
    _damaged_font(folder, FONT.read_bytes()[:5000])
    done = cli("--templates", folder.parent, "render", POSTER, "fife", "--size", "A4", "--proof",
               cwd=folder.parent)  # fmt: skip
    one_clear_line(done, "Damaged.ttf", "damaged")


@FUZZ
@given(
    cut=st.integers(0, FONT.stat().st_size - 1), flips=st.lists(st.integers(0, 4095), max_size=8)
)
def test_fuzz_damaged_fonts(tmp_path: Path, cut: int, flips: list[int]) -> None:
    data = bytearray(FONT.read_bytes()[:cut])
    for at in flips:
        if at < len(data):
            data[at] ^= 0x5A
    path = tmp_path / f"f{cut}-{len(flips)}.ttf"
    path.write_bytes(bytes(data))
    with contextlib.suppress(LayoutError):  # anything else (struct.error...) fails the test
        load_font(path)


# --- PDFs the user gives: encrypted, damaged, hostile ---------------------------------------


def _encrypted(path: Path) -> Path:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    pdf.save(path, encryption=pikepdf.Encryption(owner="o", user="secret"))
    return path


def test_trace_on_an_encrypted_pdf_is_one_line(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "locked.pdf")
    with pytest.raises(TraceError, match="encrypted"):
        read_trace(path)
    one_clear_line(cli("trace", path), str(path), "encrypted")


def test_trace_on_unreadable_metadata_shows_no_traceback(tmp_path: Path) -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.Root.Metadata = pikepdf.Stream(pdf, b"<<<not xml \x00\xff")
    pdf.save(tmp_path / "junk-xmp.pdf")
    done = cli("trace", tmp_path / "junk-xmp.pdf")
    one_clear_line(done, "no designer trace")


def test_preflight_on_an_encrypted_pdf_is_a_finding(tmp_path: Path) -> None:
    done = cli("preflight", _encrypted(tmp_path / "locked.pdf"))
    assert "Traceback" not in done.stderr and "pdf.encrypted" in done.stdout + done.stderr


@FUZZ
@given(cut=st.integers(0, 4000))
def test_fuzz_truncated_pdfs_for_trace(tmp_path: Path, cut: int) -> None:
    whole = tmp_path / "whole.pdf"
    if not whole.exists():
        pdf = pikepdf.new()
        pdf.add_blank_page()
        pdf.save(whole)
    part = tmp_path / f"cut{cut}.pdf"
    part.write_bytes(whole.read_bytes()[:cut])
    with pytest.raises(TraceError):
        read_trace(part)


# --- preflight: huge pages, thousands of pages -----------------------------------------------


def _blank_pdf(path: Path, pages: int, size_pt: tuple[float, float]) -> Path:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page(page_size=size_pt)
    pdf.save(path)
    return path


def _printer() -> PrinterProfile:
    return load_printer("offset-coated")


# What the caps guard is Ghostscript's render, which designer preflight runs on every page
# when it is installed (a blank page's ink the in-process bound settles with no render).
RENDERING = Programs(ghostscript=True)


@pytest.mark.tools
def test_preflight_on_a_5_m_page_reports_it_unmeasured(tmp_path: Path) -> None:
    path = _blank_pdf(tmp_path / "huge.pdf", 1, (14173.0, 14173.0))  # 5 m square
    found = preflight_pdf(path, _printer(), programs=RENDERING)
    unmeasured = [i for i in found if i.rule == "pdf.ink.unmeasured"]
    assert len(unmeasured) == 1 and "too large to render" in unmeasured[0].message
    assert "5,000 x 5,000 mm" in unmeasured[0].message
    done = cli("preflight", path)
    assert "Traceback" not in done.stderr and "DecompressionBomb" not in done.stderr


@pytest.mark.tools
def test_preflight_renders_only_its_page_limit(tmp_path: Path) -> None:
    pages = MAX_INK_PAGES + 25
    path = _blank_pdf(tmp_path / "many.pdf", pages, (595.0, 842.0))
    found = preflight_pdf(path, _printer(), programs=RENDERING)
    unmeasured = [i for i in found if i.rule == "pdf.ink.unmeasured"]
    assert len(unmeasured) == 1
    assert f"on 25 page(s) (pages {MAX_INK_PAGES + 1}-{pages})" in unmeasured[0].message


# --- a killed batch ---------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_with_a_killed_batch(tmp_path: Path, sig: signal.Signals) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "designer.cli", "batch", POSTER, "--size", "A4", "--proof"]
    command += ["--output-dir", str(out), "--jobs", "2"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    workers: list[int] = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("[1/32]"):
                break
        workers = _children(proc.pid)
        assert workers, "the batch had no worker processes"
        proc.send_signal(sig)
        proc.wait(timeout=60)
        deadline = time.monotonic() + 30
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = [w for w in workers if _alive(w)]
    finally:
        for pid in [proc.pid, *workers]:  # none left to a later test, pass or fail
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        proc.communicate(timeout=60)
    assert left == [], f"worker processes {left} outlived the batch"


def test_the_finished_file_check_is_never_written_beside_the_user_s_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed mid-check, a batch used to leave ``.check-*.pdf`` in the output folder."""
    checked: list[Path] = []
    real = designer.export.preflight_pdf

    def spy(path: Path, *args: object, **kwargs: object) -> object:
        checked.append(path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(designer.export, "preflight_pdf", spy)
    out = tmp_path / "out"
    export_product(produce(job(POSTER, "fife", "A4", proof=True)), out / "poster.pdf")
    assert len(checked) == 1 and checked[0].parent != out
    assert checked[0].parent == Path(os.environ["DESIGNER_CACHE_DIR"]) / "scratch"
    assert sorted(p.name for p in out.iterdir()) == ["poster.pdf"]


def test_a_later_run_sweeps_the_scratch_files_of_a_killed_one(tmp_path: Path) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait(timeout=60)
    fd, own = scratch_file("check", ".pdf")  # this process's: alive, so kept
    os.close(fd)
    orphan = own.with_name(own.name.replace(f"-{os.getpid()}-", f"-{gone.pid}-"))
    orphan.write_bytes(b"%PDF- left by a killed batch")
    foreign = own.with_name("notes.txt")  # not a name scratch makes: never touched
    foreign.write_text("mine")
    done = cli("render", POSTER, "fife", "--size", "A4", "--proof", "--output", tmp_path / "p.pdf")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in own.parent.iterdir()) == sorted([own.name, "notes.txt"])


# --- imports refused for their size ----------------------------------------------------------


def _csv_rows(path: Path, count: int, hours: str = "Monday to Friday") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for i in range(count):
            row = dict.fromkeys(CSV_COLUMNS, "") | {
                "id": f"area-{i}",
                "name": f"Area {i}",
                "health_board": "NHS Test",
                "local_name": f"Service {i}",
                "local_phone": "0131 496 0101",
                "local_hours": hours,
            }
            writer.writerow(row)
    return path


def test_a_csv_with_too_many_rows_is_named_with_its_row_count(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    big = _csv_rows(tmp_path / "big.csv", 2_500)
    with pytest.raises(RegionError, match="holds 2500 rows") as caught:
        import_regions_csv(big, into=regions)
    assert caught.value.source == str(big)


def test_a_csv_that_would_make_the_region_file_too_large_is_the_one_named(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    before = regions.read_bytes()
    long = _csv_rows(tmp_path / "long.csv", 150, hours="Monday to Friday " * 1_000)
    with pytest.raises(RegionError, match="its 150 rows would make the region file") as caught:
        import_regions_csv(long, into=regions)
    assert caught.value.source == str(long)
    assert regions.read_bytes() == before


# --- smaller classes -------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["0906 123 4567", "0871 234 5678", "+44 909 876 5432"])
def test_a_premium_rate_number_for_a_confidential_service_is_refused(
    tmp_path: Path, number: str
) -> None:
    path = _regions_with(tmp_path, "phone: 0131 496 0115", f"phone: {number}")
    with pytest.raises(RegionError, match=r"regions\[2\]\.local\.phone: .*(premium-rate|charged)"):
        load_regions(path)


def test_a_template_folder_that_is_a_link_is_refused(tmp_path: Path) -> None:
    elsewhere = copy_template(tmp_path / "elsewhere") / POSTER
    library = tmp_path / "library"
    library.mkdir()
    (library / POSTER).symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(TemplateError, match="template folder is a symbolic link"):
        load_template(library / POSTER)
    done = cli("--templates", library, "render", POSTER, "fife", "--size", "A4", "--proof",
               cwd=tmp_path)  # fmt: skip
    assert done.returncode == 2 and "symbolic link" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_signing_with_a_key_others_can_read_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = copy_template(tmp_path)
    key = tmp_path / "me.pem"
    write_private_key(new_private_key(), key)
    args = ["--templates", str(library), "templates", "approve", POSTER, "--key", str(key)]
    args += ["--by", "Me", "--role", "Tester", "--force"]
    main(args)
    assert "can be read by" not in capsys.readouterr().err
    key.chmod(0o644)
    main(args)
    err = capsys.readouterr().err
    assert "can be read by anyone on this computer" in err and f"chmod 600 {key}" in err
    assert stat.S_IMODE(key.stat().st_mode) == 0o644  # a warning: the key is the owner's


def test_a_full_disk_in_a_proof_batch_does_not_say_verify_the_regions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(part: Path, path: Path, data: bytes) -> None:
        raise export_error(path, OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr("designer.export.rename_into_place", full)
    jobs = [job(POSTER, r, "A4", proof=True) for r in ("fife", "moray")]  # both unverified
    report = export_batch(jobs, tmp_path, workers=1)
    assert [i.ok for i in report.items] == [False, False]
    assert all("the disk is full" in i.message for i in report.items)
    fixes = batch_fixes(report.failures, argparse.Namespace(regions=None))
    assert not any("contact details" in line for line in fixes), fixes


def test_a_final_refused_for_unverified_regions_still_says_verify(tmp_path: Path) -> None:
    report = export_batch([job(POSTER, "fife", "A4")], tmp_path, workers=1)
    fixes = batch_fixes(report.failures, argparse.Namespace(regions=None))
    assert len(fixes) == 1 and "need their contact details checked" in fixes[0]


def test_an_image_that_is_not_an_image_is_named_without_python_internals(folder: Path) -> None:
    (folder / "campaign-mark.png").write_bytes(b"not an image at all")
    poster = replace(job(POSTER, "fife", "A4"), template=load_template(folder))
    with pytest.raises(LayoutError) as caught:
        produce(poster)
    assert "object at 0x" not in str(caught.value)
    assert "not an image file that can be read" in str(caught.value)
    with pytest.raises(RenderError) as rendered:
        prepare_image(folder / "campaign-mark.png", printer=_printer())
    assert "object at 0x" not in str(rendered.value)
    assert "not an image file that can be read" in str(rendered.value)


def test_a_non_utf8_template_names_the_line(folder: Path) -> None:
    source = folder / "template.yaml"
    lines = source.read_bytes().split(b"\n")
    lines[9] += b"  # caf\xe9"
    source.write_bytes(b"\n".join(lines))
    with pytest.raises(TemplateError, match="not UTF-8 text: byte 0xE9 at line 10") as caught:
        load_template(folder)
    assert caught.value.line == 10
    assert str(caught.value).startswith(f"{source}:10:")


MARK = assets_dir() / "logos" / "campaign-mark.png"


@FUZZ
@given(cut=st.integers(0, MARK.stat().st_size - 1), flips=st.lists(st.integers(0, 200), max_size=4))
def test_fuzz_truncated_images(tmp_path: Path, cut: int, flips: list[int]) -> None:
    """A cut or damaged image is the project's error, in words without Python internals."""
    data = bytearray(MARK.read_bytes()[:cut])
    for at in flips:
        if at < len(data):
            data[at] ^= 0x5A
    path = tmp_path / f"mark-{cut}-{len(flips)}.png"
    path.write_bytes(bytes(data))
    for use in (image_pixels, lambda p: prepare_image(p, printer=_printer())):
        try:
            use(path)
        except DesignerError as exc:
            assert "object at 0x" not in str(exc)
