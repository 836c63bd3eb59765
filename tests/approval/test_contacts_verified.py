"""Contact verification: recorded in the region file atomically, every change logged."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from approval_support import designer, region_file

from designer.errors import RegionError
from designer.io.region.edit import (
    changes_log_path,
    import_regions_logged,
    region_hash,
    six_months_after,
    verify_region,
)
from designer.io.regions import CSV_COLUMNS, load_regions


def log_entries(regions: Path) -> list[dict[str, object]]:
    path = changes_log_path(regions)
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_verify_records_who_when_and_how_and_logs_each_field(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    verify_region("fife", by="A. Officer", source="phone call", on=date(2026, 11, 20), path=regions)
    check = load_regions(regions).get("fife").verification
    assert (check.by, check.on, check.source) == ("A. Officer", date(2026, 11, 20), "phone call")
    assert check.review_by == date(2027, 5, 20)
    entries = {e["field"]: e for e in log_entries(regions)}
    assert set(entries) == {
        "verification.verified_by",
        "verification.verified_on",
        "verification.source",
        "verification.review_by",
    }
    first = entries["verification.verified_by"]
    assert (first["old"], first["new"], first["by"], first["region"]) == (
        None,
        "A. Officer",
        "A. Officer",
        "fife",
    )
    assert first["action"] == "verify" and str(first["at"]).endswith("+00:00")


def test_the_log_only_grows(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    verify_region("fife", by="First", on=date(2026, 1, 5), path=regions)
    before = changes_log_path(regions).read_text()
    verify_region("fife", by="Second", on=date(2026, 6, 5), path=regions)
    after = changes_log_path(regions).read_text()
    assert after.startswith(before) and len(after) > len(before)
    last = [e for e in log_entries(regions) if e["field"] == "verification.verified_by"][-1]
    assert (last["old"], last["new"]) == ("First", "Second")


def test_the_rest_of_the_file_is_kept(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    regions.write_text("# Owned by the contact data team\n" + regions.read_text())
    others = {r.id: region_hash(r) for r in load_regions(regions) if r.id != "fife"}
    verify_region("fife", by="A. Officer", path=regions)
    assert regions.read_text().startswith("# Owned by the contact data team\n")
    assert {r.id: region_hash(r) for r in load_regions(regions) if r.id != "fife"} == others


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"by": "  "}, "--by is empty"),
        ({"by": "X", "on": date.today() + timedelta(days=2)}, "in the future"),
        ({"by": "X\u202eY"}, "control characters"),
        ({"by": "X", "on": date(2026, 5, 1), "review_by": date(2026, 4, 1)}, "before"),
    ],
)
def test_bad_verifications_change_nothing(
    tmp_path: Path, kwargs: dict[str, object], message: str
) -> None:
    regions = region_file(tmp_path)
    before = regions.read_bytes()
    with pytest.raises(RegionError, match=message):
        verify_region("fife", path=regions, **kwargs)  # type: ignore[arg-type]
    assert regions.read_bytes() == before
    assert not changes_log_path(regions).exists()


def test_six_months_clamps_to_the_month_end() -> None:
    assert six_months_after(date(2026, 8, 31)) == date(2027, 2, 28)


def test_cli_verify_then_a_final_is_allowed(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    render = ("--regions", regions, "render", "worried-about-yourself", "fife", "--size", "A4")
    refused = designer(*render, cwd=tmp_path)
    assert refused.returncode == 1
    command = f"designer --regions {regions} regions verify fife --by"
    assert command in refused.stderr, refused.stderr
    done = designer(
        "--regions",
        regions,
        "regions",
        "verify",
        "fife",
        "--by",
        "A. Officer",
        "--on",
        "2026-11-01",
    )
    assert done.returncode == 0, done.stderr
    assert "fife: verified by A. Officer on 2026-11-01" in done.stdout
    assert designer(*render, cwd=tmp_path).returncode == 0


def test_cli_verify_of_an_unknown_region_suggests_ids(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    done = designer("--regions", regions, "regions", "verify", "fif", "--by", "X")
    assert done.returncode == 2
    assert "did you mean 'fife'" in done.stderr
    assert not changes_log_path(regions).exists()


def test_past_review_date_gives_only_a_proof_and_says_how_to_fix(tmp_path: Path) -> None:
    regions = region_file(tmp_path, "fife", review_by=date(2026, 11, 28))
    args = ("--regions", regions, "render", "worried-about-yourself", "fife", "--size", "A4")
    refused = designer(*args, "--date", "2026-11-29", cwd=tmp_path)
    assert refused.returncode == 1
    assert "past their review date" in refused.stderr
    assert "regions verify fife --by" in refused.stderr
    assert list(tmp_path.glob("*.pdf")) == []
    proof = designer(*args, "--date", "2026-11-29", "--proof", cwd=tmp_path)
    assert proof.returncode == 0
    assert [p.name for p in tmp_path.glob("*.pdf")] == ["worried-about-yourself_fife_A4-PROOF.pdf"]


def test_import_logs_every_changed_field(tmp_path: Path) -> None:
    regions = region_file(tmp_path)
    fife = load_regions(regions).get("fife")
    row = {c: "" for c in CSV_COLUMNS} | {
        "id": "fife",
        "name": "Fife",
        "health_board": fife.health_board,
        "local_name": "Fife support line",
        "local_phone": "0131 496 0999",
    }
    csv = tmp_path / "fife.csv"
    csv.write_text(",".join(CSV_COLUMNS) + "\n" + ",".join(row[c] for c in CSV_COLUMNS) + "\n")
    import_regions_logged(csv, regions, by="Data Team")
    changed = {e["field"]: (e["old"], e["new"]) for e in log_entries(regions)}
    assert changed["local.name"] == (fife.local.name, "Fife support line")
    assert changed["local.phone"] == (
        fife.local.phone.display if fife.local.phone else None,
        "0131 496 0999",
    )
    assert {e["by"] for e in log_entries(regions)} == {"Data Team"}
    assert load_regions(regions).get("fife").local.name == "Fife support line"
