"""Region data that must never reach a poster: hidden characters, future checks, lost edits."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from approval_support import region_file

from designer.errors import RegionError
from designer.io.region import edit as region_edit
from designer.io.region.edit import (
    changes_log_path,
    import_regions_logged,
    save_regions,
    verify_region,
)
from designer.io.region.file import editing, lock_path
from designer.io.regions import CSV_COLUMNS, import_regions_csv, load_regions
from designer.model.characters import hidden_character
from designer.model.region import Region

FUTURE = date.today() + timedelta(days=1)


def _edit(path: Path, old: str, new: str, *, after: str = "") -> int:
    """Replace the first ``old`` (after ``after``) with ``new``; the line it is on."""
    text = path.read_text(encoding="utf-8")
    at = text.index(old, text.index(after))
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text.count("\n", 0, at) + 1


def _csv(path: Path, *rows: dict[str, str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows({c: row.get(c, "") for c in CSV_COLUMNS} for row in rows)
    return path


def _row(region: Region, **values: str) -> dict[str, str]:
    """A CSV row restating ``region`` (helpline left to the file's default), then ``values``."""
    local = region.local
    row = {
        "id": region.id,
        "name": region.name,
        "gaelic_name": region.gaelic_name or "",
        "health_board": region.health_board,
        "local_name": local.name,
        "local_phone": local.phone.display if local.phone else "",
        "local_hours": local.hours or "",
        "local_web": local.web or "",
        "local_email": local.email or "",
    }
    return row | values


# --- one rule for hidden characters -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Fife\u202e", "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
        ("Fi\u200bfe", "U+200B (ZERO WIDTH SPACE)"),
        ("Fife\x07", "U+0007 (control character)"),
        ("Fife\u2066", "U+2066 (LEFT-TO-RIGHT ISOLATE)"),
        ("Fife\ue000", "U+E000 (control character)"),
        ("Fife\nline", "U+000A (control character)"),
        ("Comhairle na Gàidhealtachd", None),
    ],
)
def test_hidden_character_names_the_first_one(text: str, found: str | None) -> None:
    assert hidden_character(text) == found


def test_hidden_character_may_allow_line_breaks() -> None:
    assert hidden_character("two\nlines", allow_newline=True) is None
    assert hidden_character("two\r\nlines", allow_newline=True) == "U+000D (control character)"


@pytest.mark.parametrize(
    ("old", "new", "field", "shown"),
    [
        (
            "      name: Fife family support service (sample)\n",
            "      name: Fife family support\u202e service\n",
            "regions[13].local.name",
            "U+202E (RIGHT-TO-LEFT OVERRIDE)",
        ),
        ("    name: Fife\n", "    name: Fi\u200bfe\n", "regions[13].name", "U+200B"),
        (
            "      hours: Monday to Friday, 9am to 5pm\n",
            '      hours: "Monday to Friday\\a"\n',
            "regions[13].local.hours",
            "U+0007",
        ),
        (
            "    health_board: NHS Fife\n",
            "    health_board: NHS\u2067 Fife\n",
            "regions[13].health_board",
            "U+2067",
        ),
        (
            "      verified_by:\n",
            "      verified_by: A.\u200d Officer\n",
            "regions[13].verification.verified_by",
            "U+200D",
        ),
        (
            "      source:\n",
            '      source: "call\\x1b[2J"\n',
            "regions[13].verification.source",
            "U+001B",
        ),
    ],
)
def test_hidden_characters_in_the_yaml_are_refused_by_line_and_field(
    tmp_path: Path, old: str, new: str, field: str, shown: str
) -> None:
    regions = region_file(tmp_path)
    line = _edit(regions, old, new, after="- id: fife")
    with pytest.raises(RegionError, match=re.escape(f"contains {shown}")) as caught:
        load_regions(regions)
    assert caught.value.line == line
    assert caught.value.field == field
    assert "can hide or reorder" in str(caught.value)


def test_hidden_characters_in_a_csv_are_refused_by_line_and_column(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    before = regions.read_bytes()
    fife, angus = load_regions(regions).get("fife"), load_regions(regions).get("angus")
    rows = [
        _row(fife, name="Fife\u202e", local_name="Fife\u200b support"),
        _row(
            angus, local_name="Angus support\x07", verified_by="A\u2066 B", verified_on="2026-01-02"
        ),
    ]
    with pytest.raises(RegionError) as caught:
        import_regions_csv(_csv(tmp_path / "hidden.csv", *rows), into=regions)
    message = str(caught.value)
    assert "4 problems, nothing was imported" in message
    assert "line 2: name: contains U+202E (RIGHT-TO-LEFT OVERRIDE)" in message
    assert "line 2: local_name: contains U+200B (ZERO WIDTH SPACE)" in message
    assert "line 3: local_name: contains U+0007 (control character)" in message
    assert "line 3: verified_by: contains U+2066 (LEFT-TO-RIGHT ISOLATE)" in message
    assert regions.read_bytes() == before


def test_line_breaks_and_tabs_in_a_csv_cell_are_only_spacing(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    fife = load_regions(regions).get("fife")
    csv_path = _csv(tmp_path / "spacing.csv", _row(fife, local_hours="Monday\r\nto\tFriday"))
    assert import_regions_csv(csv_path, into=regions).get("fife").local.hours == (
        "Monday to Friday"
    )


# --- verification dates --------------------------------------------------------------------


def test_a_future_verification_date_in_the_yaml_is_refused(tmp_path: Path) -> None:
    regions = region_file(tmp_path, "fife")
    old = "      verified_on: 2026-11-02\n"
    line = _edit(regions, old, f"      verified_on: {FUTURE}\n")
    with pytest.raises(RegionError, match=f"the verification date {FUTURE} is in the future") as e:
        load_regions(regions)
    assert (e.value.line, e.value.field) == (line, "regions[13].verification.verified_on")


def test_a_verification_dated_today_is_accepted(tmp_path: Path) -> None:
    regions = region_file(tmp_path, "fife")
    _edit(regions, "      verified_on: 2026-11-02\n", f"      verified_on: {date.today()}\n")
    assert load_regions(regions).get("fife").verification.on == date.today()


def test_a_future_verification_date_in_a_csv_is_refused(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    fife = load_regions(regions).get("fife")
    row = _row(fife, verified_by="A. Officer", verified_on=str(FUTURE))
    with pytest.raises(RegionError, match=f"line 2: verified_on: the verification date {FUTURE}"):
        import_regions_logged(_csv(tmp_path / "future.csv", row), regions, by="Data Team")
    assert not changes_log_path(regions).exists()


# --- a CSV import and an existing verification -------------------------------------------------


def test_a_csv_changing_a_phone_without_verification_leaves_the_record_unverified(
    tmp_path: Path,
) -> None:
    regions = region_file(tmp_path, "fife")
    fife = load_regions(regions).get("fife")
    assert fife.verified
    row = _row(fife, local_phone="0131 496 0999")
    after = import_regions_logged(_csv(tmp_path / "phone.csv", row), regions, by="Data Team")
    assert after.get("fife").local.phone is not None
    assert after.get("fife").local.phone.display == "0131 496 0999"
    assert not after.get("fife").verified
    assert not load_regions(regions).get("fife").verified
    logged = {e.split('"field": ')[1].split(",")[0] for e in _log(regions)}
    assert '"verification.verified_by"' in logged and '"local.phone"' in logged


@pytest.mark.parametrize(
    "change",
    [
        {"local_name": "Fife support line"},
        {"local_hours": "Every day, 8am to 8pm"},
        {"local_web": "https://other.example.org"},
        {"local_email": "help@other.example.org"},
        {"helpline_phone": "0808 157 0999"},
    ],
)
def test_any_changed_contact_detail_drops_an_old_verification(
    tmp_path: Path, change: dict[str, str]
) -> None:
    regions = region_file(tmp_path, "fife")
    row = _row(load_regions(regions).get("fife"), **change)
    assert not import_regions_csv(_csv(tmp_path / "c.csv", row), into=regions).get("fife").verified


def test_a_csv_restating_a_record_unchanged_keeps_its_verification(tmp_path: Path) -> None:
    regions = region_file(tmp_path, "fife")
    fife = load_regions(regions).get("fife")
    import_regions_logged(_csv(tmp_path / "same.csv", _row(fife)), regions, by="Data Team")
    assert load_regions(regions).get("fife") == fife
    assert not changes_log_path(regions).exists()


def test_a_csv_with_its_own_verification_keeps_it(tmp_path: Path) -> None:
    regions = region_file(tmp_path, "fife")
    row = _row(
        load_regions(regions).get("fife"),
        local_phone="0131 496 0999",
        verified_by="B. Council",
        verified_on="2026-11-20",
        verification_source="council export",
    )
    import_regions_logged(_csv(tmp_path / "council.csv", row), regions, by="Data Team")
    check = load_regions(regions).get("fife").verification
    assert (check.by, check.on, check.source) == (
        "B. Council",
        date(2026, 11, 20),
        "council export",
    )


def _log(regions: Path) -> list[str]:
    return changes_log_path(regions).read_text(encoding="utf-8").splitlines()


# --- one editor at a time ----------------------------------------------------------------------


@pytest.fixture
def slow_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every edit pauses between reading the file and writing it: without a lock, both read
    the same file and the second write undoes the first."""
    real = region_edit.read_region_text

    def slow(source: Path) -> str:
        text = real(source)
        time.sleep(0.3)
        return text

    monkeypatch.setattr(region_edit, "read_region_text", slow)


def _together(*edits: Callable[[], object]) -> None:
    errors: list[BaseException] = []

    def run(edit: Callable[[], object]) -> None:
        try:
            edit()
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(edit,)) for edit in edits]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors


@pytest.mark.usefixtures("slow_reads")
def test_two_concurrent_verifications_both_survive(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    _together(
        lambda: verify_region("fife", by="A. Officer", path=regions),
        lambda: verify_region("angus", by="B. Officer", path=regions),
    )
    directory = load_regions(regions)
    assert directory.get("fife").verification.by == "A. Officer"
    assert directory.get("angus").verification.by == "B. Officer"
    with editing(regions, wait=0.1):  # and the lock is free again
        pass


@pytest.mark.usefixtures("slow_reads")
def test_an_import_and_a_verify_at_once_both_survive_and_log_truly(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    angus = load_regions(regions).get("angus")
    csv_path = _csv(tmp_path / "angus.csv", _row(angus, local_phone="0131 496 0998"))
    _together(
        lambda: import_regions_logged(csv_path, regions, by="Data Team"),
        lambda: verify_region("fife", by="A. Officer", path=regions),
    )
    directory = load_regions(regions)
    phone = directory.get("angus").local.phone
    assert phone is not None and phone.display == "0131 496 0998"
    assert directory.get("fife").verification.by == "A. Officer"
    fields = [line for line in _log(regions) if '"local.phone"' in line]
    assert len(fields) == 1 and '"region": "angus"' in fields[0]


def test_an_edit_waits_for_the_lock_then_gives_up_clearly(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    held, done = threading.Event(), threading.Event()

    def hold() -> None:
        with editing(regions):
            held.set()
            done.wait(timeout=10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(timeout=10)
        assert lock_path(regions).exists()
        with (
            pytest.raises(RegionError, match="another program is still editing"),
            editing(regions, wait=0.1),
        ):
            pass
    finally:
        done.set()
        holder.join(timeout=10)
    with editing(regions, wait=1):  # free again once the holder has finished
        pass


def test_saving_over_a_file_changed_since_it_was_read_is_refused(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    before = load_regions(regions)
    verify_region("angus", by="B. Officer", path=regions)
    with pytest.raises(RegionError, match="has changed since it was read"):
        save_regions(before, before, by="Someone", action="edit")
    assert load_regions(regions).get("angus").verification.by == "B. Officer"


def test_the_lock_holds_across_processes(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    script = (
        "import sys; from pathlib import Path; from designer.io.region.file import editing\n"
        "with editing(Path(sys.argv[1])):\n"
        "    print('held', flush=True); sys.stdin.readline()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(regions)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with (
            pytest.raises(RegionError, match="another program is still editing"),
            editing(regions, wait=0.1),
        ):
            pass
    finally:
        holder.communicate("\n", timeout=10)
    with editing(regions, wait=1):
        pass
