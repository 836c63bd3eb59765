"""One way to say where a problem in a YAML file is, for templates, regions and printers."""

from __future__ import annotations

from pathlib import Path

from designer.errors import PrinterProfileError, RegionError, TemplateError
from designer.io.located import located
from designer.io.yamldoc import load_yaml

TEXT = "regions:\n  - id: a\n    local:\n      phone: '0131'\n"


def test_a_problem_names_its_file_line_and_field(tmp_path: Path) -> None:
    doc = load_yaml(tmp_path / "r.yaml", TEXT)
    error = located(RegionError, doc, ("regions", 0, "local", "phone"), "is not a number")
    assert str(error).startswith(f"{tmp_path / 'r.yaml'}:4: regions[0].local.phone: ")
    assert isinstance(error, RegionError)


def test_a_key_left_out_points_at_the_nearest_line_above_it(tmp_path: Path) -> None:
    doc = load_yaml(tmp_path / "t.yaml", TEXT)
    error = located(TemplateError, doc, ("regions", 0, "name"), "is missing", hint="add it")
    assert (error.line, error.field, error.hint) == (2, "regions[0].name", "add it")


def test_the_whole_file_has_no_field(tmp_path: Path) -> None:
    doc = load_yaml(tmp_path / "p.yaml", TEXT)
    assert located(PrinterProfileError, doc, (), "empty").field is None
