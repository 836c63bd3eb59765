"""The region file: the bundled sample data, error messages with lines, and the CSV import."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

from designer.errors import RegionError
from designer.io.contacts import is_drama_number
from designer.io.regions import (
    CSV_COLUMNS,
    RegionDirectory,
    dump_regions_yaml,
    import_regions_csv,
    load_regions,
)
from designer.resources import regions_file

BOARDS = {
    "NHS Ayrshire and Arran",
    "NHS Borders",
    "NHS Dumfries and Galloway",
    "NHS Fife",
    "NHS Forth Valley",
    "NHS Grampian",
    "NHS Greater Glasgow and Clyde",
    "NHS Highland",
    "NHS Lanarkshire",
    "NHS Lothian",
    "NHS Orkney",
    "NHS Shetland",
    "NHS Tayside",
    "NHS Western Isles",
}


@pytest.fixture(scope="module")
def bundled() -> RegionDirectory:
    return load_regions()


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the bundled file to break or import into; the original is never written."""
    path = tmp_path / "scotland.yaml"
    path.write_bytes(regions_file().read_bytes())
    return path


def _edit(path: Path, old: str, new: str, count: int = 1) -> Path:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def _line_of(path: Path, fragment: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if fragment in line)


# --- the bundled sample data -------------------------------------------------------------


def test_bundled_file_has_the_32_council_areas(bundled: RegionDirectory) -> None:
    assert len(bundled) == 32
    assert bundled.source == regions_file()
    assert bundled.ids[0] == "aberdeen-city"
    assert "city-of-edinburgh" in bundled
    assert bundled.get("glasgow-city").name == "Glasgow City"
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in bundled.ids)


def test_every_sample_record_is_unverified(bundled: RegionDirectory) -> None:
    assert not any(region.verified for region in bundled)
    assert not any(region.verification.is_current(date(2025, 1, 1)) for region in bundled)


def test_every_area_belongs_to_one_of_the_14_boards(bundled: RegionDirectory) -> None:
    used = {region.health_board for region in bundled}
    assert used == BOARDS
    assert bundled.get("city-of-edinburgh").health_board == "NHS Lothian"
    assert bundled.get("argyll-and-bute").health_board == "NHS Highland"
    assert bundled.get("na-h-eileanan-siar").health_board == "NHS Western Isles"


def test_sample_numbers_are_distinct_and_reserved_for_drama(bundled: RegionDirectory) -> None:
    local = [region.local.phone for region in bundled]
    assert all(phone is not None and is_drama_number(phone) for phone in local)
    assert len({phone.e164 for phone in local if phone}) == 32
    helpline = bundled.default_helpline.phone
    assert helpline is not None and helpline.e164.startswith("+448081570")
    assert all(region.helpline == bundled.default_helpline for region in bundled)


def test_sample_addresses_are_on_example_org(bundled: RegionDirectory) -> None:
    contacts = [bundled.default_helpline, *(region.local for region in bundled)]
    addresses = [a for c in contacts for a in (c.web, c.email) if a]
    assert addresses and all(a.endswith("example.org") for a in addresses)
    assert all("(sample)" in region.local.name for region in bundled)


def test_gaelic_names(bundled: RegionDirectory) -> None:
    assert bundled.get("na-h-eileanan-siar").gaelic_name == "Comhairle nan Eilean Siar"
    assert bundled.get("highland").gaelic_name == "Comhairle na Gàidhealtachd"
    assert bundled.get("fife").gaelic_name is None


def test_get_suggests_close_ids(bundled: RegionDirectory) -> None:
    with pytest.raises(RegionError, match="did you mean 'city-of-edinburgh'"):
        bundled.get("edinburgh")


def test_dump_reproduces_the_bundled_file(bundled: RegionDirectory) -> None:
    text = regions_file().read_text(encoding="utf-8")
    header = text[: text.index("\ndefaults:")]
    assert dump_regions_yaml(bundled, header=header) == text


# --- errors name file, line and field ----------------------------------------------------


def test_invalid_number_names_line_and_field(copy: Path) -> None:
    _edit(copy, "phone: 0131 496 0115", "phone: 0131 496 12")  # angus, regions[2]
    line = _line_of(copy, "0131 496 12")
    with pytest.raises(RegionError) as caught:
        load_regions(copy)
    assert str(caught.value) == (
        f"{copy}:{line}: regions[2].local.phone: '0131 496 12' is not a valid UK number"
        " (use the full number with area code)"
    )


def test_unknown_key_is_an_error(copy: Path) -> None:
    _edit(copy, "    health_board: NHS Tayside", "    heath_board: NHS Tayside")
    line = _line_of(copy, "heath_board")
    with pytest.raises(RegionError, match="is not a known field") as caught:
        load_regions(copy)
    assert caught.value.line == line
    assert caught.value.field == "regions[2].heath_board"
    assert "did you mean 'health_board'?" in str(caught.value)


def test_duplicate_id_is_an_error(copy: Path) -> None:
    _edit(copy, "- id: aberdeenshire", "- id: aberdeen-city")
    with pytest.raises(RegionError, match="'aberdeen-city' is also used by regions") as caught:
        load_regions(copy)
    assert caught.value.field == "regions[1].id"
    assert caught.value.line == _line_of(copy, "name: Aberdeenshire") - 1


def test_duplicate_name_is_an_error(copy: Path) -> None:
    _edit(copy, "name: Aberdeenshire\n", "name: aberdeen city\n")
    with pytest.raises(RegionError, match="'aberdeen city' is also used by regions") as caught:
        load_regions(copy)
    assert caught.value.field == "regions[1].name"


def test_repeated_key_is_an_error(copy: Path) -> None:
    _edit(copy, "    name: Angus\n", "    name: Angus\n    name: Forfar\n")
    with pytest.raises(RegionError, match="appears twice") as caught:
        load_regions(copy)
    assert caught.value.line == _line_of(copy, "name: Forfar")


def test_missing_local_name_is_an_error(copy: Path) -> None:
    _edit(copy, "      name: Angus family support service (sample)\n", "")
    with pytest.raises(RegionError, match="is missing") as caught:
        load_regions(copy)
    assert caught.value.field == "regions[2].local.name"


def test_octal_looking_number_stays_text(copy: Path) -> None:
    _edit(copy, "phone: 0131 496 0115", "phone: 01314960115")
    assert load_regions(copy).get("angus").local.phone is not None


def test_yaml_syntax_error_has_a_line(copy: Path) -> None:
    _edit(copy, "    name: Angus\n", "    name: [Angus\n")
    with pytest.raises(RegionError, match="not valid YAML") as caught:
        load_regions(copy)
    assert caught.value.line is not None


def test_helpline_override_replaces_only_given_fields(copy: Path) -> None:
    _edit(
        copy,
        "    health_board: NHS Fife\n",
        "    health_board: NHS Fife\n    helpline:\n      hours: Every day, 8am to 10pm\n",
    )
    fife = load_regions(copy).get("fife")
    assert fife.helpline.hours == "Every day, 8am to 10pm"
    assert fife.helpline.phone == load_regions(copy).default_helpline.phone


def test_review_by_defaults_to_six_months_after_verification(copy: Path) -> None:
    block = "      verified_by:\n      verified_on:\n"
    text = copy.read_text(encoding="utf-8")
    at = text.index(block, text.index("- id: fife"))
    copy.write_text(
        text[:at]
        + "      verified_by: A. Officer\n      verified_on: 2025-08-31\n"
        + text[at + len(block) :],
        encoding="utf-8",
    )
    fife = load_regions(copy).get("fife")
    assert fife.verified
    assert fife.verification.review_by == date(2026, 2, 28)


# --- CSV import --------------------------------------------------------------------------


def _row(**values: str) -> dict[str, str]:
    row = dict.fromkeys(CSV_COLUMNS, "")
    row.update(values)
    return row


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


FIFE = _row(
    id="fife",
    name="Fife",
    health_board="NHS Fife",
    local_name="Fife family support (sample, confirmed)",
    local_phone="0131 496 0900",
    local_hours="Monday to Thursday, 10am to 4pm",
    local_web="www.fife.example.org",
    verified_by="A. Officer, Fife Council",
    verified_on="2025-03-10",
    verification_source="phone call to the service",
)
NEW = _row(
    id="test-area",
    name="Test Area",
    health_board="NHS Fife",
    helpline_hours="Every day, 8am to 10pm",
    local_name="Test family support (sample)",
    local_phone="0141 496 0990",
)


def test_csv_import_replaces_and_adds(copy: Path, tmp_path: Path) -> None:
    before = regions_file().read_bytes()
    result = import_regions_csv(_write_csv(tmp_path / "in.csv", [FIFE, NEW]), into=copy)
    assert regions_file().read_bytes() == before
    assert len(result) == 33 and result.ids[-1] == "test-area"
    assert load_regions(copy) == result
    fife = result.get("fife")
    assert fife.local.phone is not None and fife.local.phone.display == "0131 496 0900"
    assert fife.verified and fife.verification.review_by == date(2025, 9, 10)
    new = result.get("test-area")
    assert new.helpline.hours == "Every day, 8am to 10pm"
    assert new.helpline.phone == result.default_helpline.phone
    assert not new.verified
    assert copy.read_text(encoding="utf-8").startswith("# Region contact data")


def test_csv_with_bad_rows_reports_every_line_and_changes_nothing(
    copy: Path, tmp_path: Path
) -> None:
    before = copy.read_bytes()
    rows = [
        FIFE,
        {**NEW, "local_phone": "0131 496 12"},
        {**NEW, "id": "other", "verified_on": "1/2/25"},
    ]
    with pytest.raises(RegionError) as caught:
        import_regions_csv(_write_csv(tmp_path / "bad.csv", rows), into=copy)
    message = str(caught.value)
    assert "nothing was imported" in message
    assert "line 3: local_phone: '0131 496 12' is not a valid UK number" in message
    assert "line 4: verified_on: '1/2/25' is not a date" in message
    assert "line 2" not in message
    assert copy.read_bytes() == before


def test_csv_rejects_repeated_ids_and_taken_names(copy: Path, tmp_path: Path) -> None:
    rows = [NEW, NEW, {**NEW, "id": "fyfe", "name": "FIFE"}]
    with pytest.raises(RegionError) as caught:
        import_regions_csv(_write_csv(tmp_path / "dup.csv", rows), into=copy)
    message = str(caught.value)
    assert "line 3: id: 'test-area' is also on line 2" in message
    assert "line 4: name: 'FIFE' is already the name of 'fife'" in message


def test_csv_header_must_match(copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("id,name,phone\nfife,Fife,0131 496 0900\n", encoding="utf-8")
    with pytest.raises(RegionError, match="header row") as caught:
        import_regions_csv(path, into=copy)
    assert caught.value.line == 1
    assert "missing: gaelic_name" in str(caught.value)
    assert "unknown: phone" in str(caught.value)


def test_csv_line_numbers_count_physical_lines(copy: Path, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "lines.csv", [{**FIFE, "local_hours": "Monday\nto Friday"}])
    with path.open("a", encoding="utf-8", newline="") as handle:
        handle.write("\n")  # a blank line is skipped but still counted
        csv.writer(handle).writerow(_row(**{**NEW, "local_email": "not an address"}).values())
    with pytest.raises(RegionError, match="line 5: local_email: 'not an address'"):
        import_regions_csv(path, into=copy)


def test_csv_replacement_keeps_logos(copy: Path, tmp_path: Path) -> None:
    # the first 14 regions get a logo; Fife is the 14th
    _edit(copy, "    logos: []\n", "    logos:\n      - fife-council.svg\n", count=14)
    import_regions_csv(_write_csv(tmp_path / "fife.csv", [FIFE]), into=copy)
    assert load_regions(copy).get("fife").logos == ("fife-council.svg",)
