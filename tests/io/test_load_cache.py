"""What loading checked is remembered: never stale, never an error, and no schema on a hit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from designer.errors import PrinterProfileError, RegionError, TemplateError
from designer.io import cache, load_cache
from designer.io.printers import load_printer
from designer.io.region.file import load_regions
from designer.io.templates import load_library, load_template, used_files
from designer.io.yaml_document import RepeatedKeyError, YamlLoadError
from designer.io.yamldoc import load_yaml
from designer.model.template import Template
from designer.resources import assets_dir, printers_dir, regions_file, templates_dir

POSTER = "worried-about-yourself"


@pytest.fixture
def poster(tmp_path: Path) -> Path:
    folder = tmp_path / "templates" / POSTER
    shutil.copytree(templates_dir() / POSTER, folder)
    return folder


def entries(kind: str) -> list[Path]:
    return [p for p in (cache.cache_dir() / kind).rglob("*") if p.is_file()]


def test_a_remembered_template_equals_a_checked_one(poster: Path) -> None:
    first = load_template(poster)
    assert len(entries("template")) == 1

    assert load_template(poster) == first


def test_a_changed_template_is_checked_again(poster: Path) -> None:
    load_template(poster)
    source = poster / "template.yaml"
    source.write_text(source.read_text().replace("version:", "version: '9.9' #", 1))

    assert load_template(poster).version == "9.9"
    assert len(entries("template")) == 2


def test_a_template_with_a_mistake_is_never_remembered(poster: Path) -> None:
    source = poster / "template.yaml"
    source.write_text(source.read_text() + "\nunknown_key: 1\n")
    for _ in range(2):
        with pytest.raises(TemplateError, match="unknown_key: Extra inputs are not permitted"):
            load_template(poster)
    assert entries("template") == []


def test_a_file_that_resolves_elsewhere_now_is_resolved_again(poster: Path) -> None:
    """``campaign-mark.png`` is found in the template's folder first, else in the assets."""
    bundled = assets_dir() / "logos" / "campaign-mark.png"
    local = poster / "campaign-mark.png"
    shutil.copyfile(bundled, local)
    assert local.resolve() in _images(load_template(poster))

    local.unlink()

    assert _images(load_template(poster)) == {bundled.resolve()}


def _images(template: Template) -> set[Path]:
    return {p for p in used_files(template) if p.suffix == ".png"}


def test_a_damaged_entry_is_a_miss(poster: Path) -> None:
    first = load_template(poster)
    for entry in entries("template"):
        entry.write_bytes(b"not a pickle")

    assert load_template(poster) == first


def test_regions_are_remembered_and_a_changed_file_checked_again(tmp_path: Path) -> None:
    source = tmp_path / "regions.yaml"
    shutil.copyfile(regions_file(), source)
    first = load_regions(source)
    assert load_regions(source) == first and len(entries("regions")) == 1

    source.write_text(source.read_text().replace("0131 496 0129", "0131 496 12", 1))
    with pytest.raises(RegionError, match="'0131 496 12' is not a valid UK number"):
        load_regions(source)
    assert len(entries("regions")) == 1  # the broken file was not remembered


def test_printer_profiles_are_remembered(tmp_path: Path) -> None:
    source = tmp_path / "press.yaml"
    shutil.copyfile(printers_dir() / "offset-coated.yaml", source)
    first = load_printer(str(source))
    assert load_printer(str(source)) == first and len(entries("printer")) == 1

    source.write_text(source.read_text() + "\nbleed_mm: 99\n")
    with pytest.raises(PrinterProfileError):
        load_printer(str(source))


def test_the_key_holds_the_checking_code() -> None:
    assert len(load_cache.code_fingerprint()) == 64


def test_a_process_that_finds_everything_remembered_imports_no_schema() -> None:
    script = (
        "import sys\n"
        "from designer.io.templates import load_library\n"
        "from designer.io.region.file import load_regions\n"
        "from designer.io.printers import list_printers\n"
        "from designer.approval.verify import check_template\n"
        "checks = [check_template(t) for t in load_library()]\n"
        "assert all(c.approved for c in checks), checks\n"
        "load_regions(); list_printers()\n"
        "print(sorted(m for m in ('pydantic', 'phonenumbers', 'yaml') if m in sys.modules))\n"
    )
    env = dict(os.environ)  # the test's private cache folder, inherited

    def run() -> str:
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    assert run() == "['phonenumbers', 'pydantic', 'yaml']"  # the first checks everything
    assert run() == "[]"  # the next finds it all remembered


def test_the_library_loads_the_same_from_memory(tmp_path: Path) -> None:
    assert load_library() == load_library()


def test_a_yaml_document_is_remembered_with_its_lines(tmp_path: Path) -> None:
    source = tmp_path / "doc.yaml"
    text = "name: Fife\nphone: 0123\nlist:\n  - a\n  - b\n"
    first = load_yaml(source, text)
    again = load_yaml(source, text)
    assert len(entries("yaml")) == 1
    assert (again.data, again.lines, again.source) == (first.data, first.lines, source)
    assert again.data == {"name": "Fife", "phone": 83, "list": ["a", "b"]}
    assert again.line_of(("list", 1)) == 5


def test_plain_and_typed_parses_of_one_text_are_remembered_apart(tmp_path: Path) -> None:
    source = tmp_path / "doc.yaml"
    assert load_yaml(source, "phone: 0123\n").data == {"phone": 83}  # YAML 1.1 reads 0123 as octal
    assert load_yaml(source, "phone: 0123\n", plain=True).data == {"phone": "0123"}
    assert load_yaml(source, "phone: 0123\n").data == {"phone": 83}  # YAML 1.1 reads 0123 as octal
    assert len(entries("yaml")) == 2


def test_a_yaml_mistake_is_never_remembered(tmp_path: Path) -> None:
    source = tmp_path / "doc.yaml"
    for _ in range(2):
        with pytest.raises(YamlLoadError, match="appears twice") as found:
            load_yaml(source, "a: 1\na: 2\n")
        assert found.value.line == 2
    assert entries("yaml") == []


def test_a_repeated_key_says_where_it_was_first_given(tmp_path: Path) -> None:
    # from the parse itself, so no reader has to pick its words apart or parse the text again
    text = "a: 1\nb:\n  c: 2\n  d: 3\n  c: 4\n"
    with pytest.raises(RepeatedKeyError) as found:
        load_yaml(tmp_path / "doc.yaml", text)
    assert (found.value.path, found.value.line, found.value.first_line) == (("b", "c"), 5, 3)
    assert str(found.value) == "key 'c' appears twice"
