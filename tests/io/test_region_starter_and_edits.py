"""The starter CSV (every region in the import's columns) and contact edits, in the core."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from designer.cli import main
from designer.errors import RegionError
from designer.io.region.csv_import import (
    CSV_COLUMNS,
    REQUIRED_COLUMNS,
    plan_import,
    write_starter_csv,
)
from designer.io.region.edit import (
    changes_log_path,
    edit_region_contacts,
    import_regions_logged,
    verify_region,
)
from designer.io.regions import load_regions
from designer.resources import bundled_regions_file


@pytest.fixture
def region_file(tmp_path: Path) -> Path:
    """A copy of the bundled file with one verified record and one helpline of its own."""
    path = tmp_path / "regions.yaml"
    shutil.copyfile(bundled_regions_file(), path)
    verify_region("fife", by="A. Officer, Fife Council", source="phone call to the service",
                  on=date(2025, 3, 10), path=path)
    text = path.read_text(encoding="utf-8")
    moray = text.index("  - id: moray")
    local = text.index("    local:", moray)
    text = text[:local] + "    helpline:\n      hours: Every day, 8am to 10pm\n" + text[local:]
    path.write_text(text, encoding="utf-8")
    assert load_regions(path).get("moray").helpline.hours == "Every day, 8am to 10pm"
    return path


def log_lines(path: Path) -> list[dict[str, object]]:
    log = changes_log_path(path)
    if not log.is_file():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_the_starter_csv_reimports_unchanged(region_file: Path, tmp_path: Path) -> None:
    starter = tmp_path / "starter.csv"
    directory = write_starter_csv(starter, region_file)
    before = region_file.read_bytes()
    logged = len(log_lines(region_file))

    with starter.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [row["id"] for row in rows] == list(directory.ids) and len(rows) == 32
    fife = next(row for row in rows if row["id"] == "fife")
    assert fife["verified_by"] == "A. Officer, Fife Council"
    assert fife["verified_on"] == "2025-03-10" and fife["review_by"] == "2025-09-10"
    moray = next(row for row in rows if row["id"] == "moray")
    assert moray["helpline_hours"] == "Every day, 8am to 10pm"
    assert moray["helpline_phone"] == ""  # the national helpline's: left blank
    assert fife["local_phone"] == directory.get("fife").local.phone.display  # as printed

    plan = plan_import(starter, load_regions(region_file))
    assert plan.added == () and plan.replaced == () and len(plan.unchanged) == 32

    after = import_regions_logged(starter, region_file, by="test")
    assert region_file.read_bytes() == before
    assert len(log_lines(region_file)) == logged, "nothing changed, so nothing was logged"
    assert tuple(after) == tuple(directory)


def test_the_plan_names_added_and_replaced_areas(region_file: Path, tmp_path: Path) -> None:
    starter = tmp_path / "starter.csv"
    write_starter_csv(starter, region_file)
    with starter.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["id"] in ("angus", "fife")]
    rows[0]["local_hours"] = "Tuesdays, 10am to 2pm"  # angus: changed
    new = dict.fromkeys(CSV_COLUMNS, "") | {
        "id": "test-area", "name": "Test Area", "health_board": "NHS Fife",
        "local_name": "Test support (sample)", "local_phone": "0141 496 0990"}
    edited = tmp_path / "edited.csv"
    with edited.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows([*rows, new])
    plan = plan_import(edited, load_regions(region_file))
    assert plan.added == ("Test Area",)
    assert plan.replaced == ("Angus",)
    assert plan.unchanged == ("Fife",)


def test_required_columns_are_columns() -> None:
    assert set(REQUIRED_COLUMNS) <= set(CSV_COLUMNS)


def test_the_cli_exports_the_starter_csv(region_file: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.csv"
    assert main(["--regions", str(region_file), "regions", "--export-csv", str(out)]) == 0
    cli_text = out.read_text(encoding="utf-8")
    write_starter_csv(tmp_path / "core.csv", region_file)
    assert cli_text == (tmp_path / "core.csv").read_text(encoding="utf-8")
    assert "32 regions" in capsys.readouterr().err


def test_an_invalid_phone_is_refused_and_nothing_changes(region_file: Path) -> None:
    before = region_file.read_bytes()
    logged = len(log_lines(region_file))
    with pytest.raises(RegionError) as caught:
        edit_region_contacts("fife", {"local_phone": "0131 496 12"}, by="B. Officer",
                             path=region_file)
    message = str(caught.value)
    assert "local_phone" in message and "'0131 496 12' is not a valid UK number" in message
    assert region_file.read_bytes() == before
    assert len(log_lines(region_file)) == logged
    with pytest.raises(RegionError, match="local_email"):
        edit_region_contacts("fife", {"local_email": "mailto:x"}, by="B", path=region_file)


def test_an_edit_is_logged_and_unverifies_the_record(region_file: Path) -> None:
    assert load_regions(region_file).get("fife").verified
    region = edit_region_contacts("fife", {"local_phone": "01314960200"}, by="B. Officer",
                                  path=region_file)
    assert region.local.phone is not None and region.local.phone.display == "0131 496 0200"
    assert not region.verified
    fife = load_regions(region_file).get("fife")
    assert fife == region and fife.logos == load_regions(bundled_regions_file()).get(
        "fife").logos
    entries = [e for e in log_lines(region_file) if e["action"] == "edit"]
    fields = {e["field"]: e for e in entries}
    assert fields["local.phone"]["new"] == "0131 496 0200"
    assert fields["verification.verified_by"]["old"] == "A. Officer, Fife Council"
    assert fields["verification.verified_by"]["new"] is None
    assert {e["by"] for e in entries} == {"B. Officer"}


def test_an_edit_that_changes_nothing_keeps_the_verification(region_file: Path) -> None:
    phone = load_regions(region_file).get("fife").local.phone
    assert phone is not None
    region = edit_region_contacts("fife", {"local_phone": phone.display}, by="B",
                                  path=region_file)
    assert region.verified


def test_only_contact_values_can_be_edited(region_file: Path) -> None:
    with pytest.raises(RegionError, match="not a contact value"):
        edit_region_contacts("fife", {"verified_by": "Me"}, by="B", path=region_file)
