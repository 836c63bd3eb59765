"""Printer profile files: the bundled ones load, and every mistake is named precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.errors import PrinterProfileError
from designer.io.printers import list_printers, load_printer
from designer.model.printer import DEFAULT_PRINTER, PdfxFlavour
from designer.records import replace
from designer.resources import icc_profile, printers_dir

BUNDLED = {"offset-coated", "offset-uncoated", "digital-no-marks", "x1a-strict"}
HEAD = "title: Test press\ndescription: For the tests.\n"


def _profile(tmp_path: Path, body: str, name: str = "press.yaml") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def test_every_bundled_profile_loads_with_a_description() -> None:
    profiles = list_printers()
    assert {p.id for p in profiles} == BUNDLED
    assert profiles[0].id == DEFAULT_PRINTER.id
    for profile in profiles:
        assert profile.title and profile.description
        assert "\n" not in profile.description
        assert load_printer(profile.id) == profile
    assert {p.stem for p in printers_dir().glob("*.yaml")} == BUNDLED


def test_the_default_file_matches_the_built_in_default() -> None:
    assert replace(load_printer("offset-coated"), description="") == DEFAULT_PRINTER


def test_bundled_profiles_say_what_they_promise() -> None:
    uncoated = load_printer("offset-uncoated")
    assert uncoated.ink_limit == 280 and "FOGRA39" in uncoated.description
    digital = load_printer("digital-no-marks")
    assert (digital.bleed_mm, digital.crop_marks, digital.slug) == (3.0, False, False)
    assert digital.marks_margin_mm == 0
    strict = load_printer("x1a-strict")
    assert strict.pdfx is PdfxFlavour.X1A and strict.ink_limit == 300


def test_unknown_profile_name_lists_the_bundled_ones() -> None:
    with pytest.raises(PrinterProfileError, match="unknown printer profile 'laser'") as caught:
        load_printer("laser")
    assert caught.value.hint is not None
    for name in BUNDLED:
        assert name in caught.value.hint


def test_unknown_key_names_file_line_and_key_and_suggests_the_right_one(tmp_path: Path) -> None:
    path = _profile(tmp_path, "ink_limit: 300\nbleed_mmm: 3\n")
    with pytest.raises(PrinterProfileError, match="unknown key") as caught:
        load_printer(str(path))
    error = caught.value
    assert (error.source, error.line, error.field) == (str(path), 4, "bleed_mmm")
    assert error.hint is not None and "did you mean 'bleed_mm'" in error.hint
    assert str(error).startswith(f"{path}:4: bleed_mmm: unknown key")


def test_wrong_type_names_the_line(tmp_path: Path) -> None:
    path = _profile(tmp_path, 'bleed_mm: "3"\n')
    with pytest.raises(PrinterProfileError, match="valid number") as caught:
        load_printer(str(path))
    assert (caught.value.line, caught.value.field) == (3, "bleed_mm")


def test_out_of_range_number_is_refused(tmp_path: Path) -> None:
    path = _profile(tmp_path, "crop_marks: true\nink_limit: 450\n")
    with pytest.raises(PrinterProfileError, match="less than or equal to 400") as caught:
        load_printer(str(path))
    assert (caught.value.line, caught.value.field) == (4, "ink_limit")


def test_unknown_pdfx_flavour_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PrinterProfileError, match="'x4' or 'x1a'"):
        load_printer(str(_profile(tmp_path, "pdfx: x3\n")))


def test_missing_title_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bare.yaml"
    path.write_text("description: no title\n", encoding="utf-8")
    with pytest.raises(PrinterProfileError, match="required key is missing") as caught:
        load_printer(str(path))
    assert caught.value.field == "title"


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = _profile(tmp_path, "bleed_mm: [3\n")
    with pytest.raises(PrinterProfileError, match="not valid YAML") as caught:
        load_printer(str(path))
    assert caught.value.line is not None and caught.value.line >= 3


def test_a_list_instead_of_a_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("- bleed_mm\n", encoding="utf-8")
    with pytest.raises(PrinterProfileError, match="mapping"):
        load_printer(str(path))


def test_duplicate_key_is_refused(tmp_path: Path) -> None:
    path = _profile(tmp_path, "bleed_mm: 3\nbleed_mm: 5\n")
    with pytest.raises(PrinterProfileError, match="duplicate key") as caught:
        load_printer(str(path))
    assert (caught.value.line, caught.value.field) == (4, "bleed_mm")
    assert caught.value.hint == "already given on line 3"


def test_marks_must_fit_in_the_margin(tmp_path: Path) -> None:
    path = _profile(tmp_path, "marks_margin_mm: 6\n")
    with pytest.raises(PrinterProfileError, match="crop marks need 9 mm") as caught:
        load_printer(str(path))
    assert (caught.value.line, caught.value.field) == (3, "marks_margin_mm")


def test_a_file_by_path_takes_its_id_from_the_name(tmp_path: Path) -> None:
    profile = load_printer(str(_profile(tmp_path, "ink_limit: 260\n", name="local-press.yaml")))
    assert profile.id == "local-press"
    assert profile.ink_limit == 260
    assert profile.bleed_mm == DEFAULT_PRINTER.bleed_mm  # left out: the default


def test_custom_output_profile_resolves_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "press.icc").write_bytes(icc_profile().read_bytes())
    body = "output_profile: press.icc\noutput_condition: FOGRA39\n"
    profile = load_printer(str(_profile(tmp_path, body)))
    assert profile.output_profile == (tmp_path / "press.icc").resolve()


def test_custom_output_profile_needs_a_condition_and_must_be_cmyk(tmp_path: Path) -> None:
    (tmp_path / "screen.icc").write_bytes(icc_profile("sRGB.icc").read_bytes())
    with pytest.raises(PrinterProfileError, match="needs its output_condition"):
        load_printer(str(_profile(tmp_path, "output_profile: screen.icc\n")))
    body = "output_profile: screen.icc\noutput_condition: sRGB\n"
    with pytest.raises(PrinterProfileError, match="not a CMYK ICC profile") as caught:
        load_printer(str(_profile(tmp_path, body)))
    assert caught.value.line == 3


def test_a_slug_without_room_outside_the_bleed_is_refused(tmp_path: Path) -> None:
    profile = tmp_path / "tight.yaml"
    profile.write_text(
        "title: t\ndescription: d\ncrop_marks: false\nslug: true\nmarks_margin_mm: 2\n"
    )
    with pytest.raises(PrinterProfileError, match="the slug needs 6 mm outside the bleed"):
        load_printer(str(profile))
