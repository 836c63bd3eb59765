"""Template loading: the bundled library, and every kind of mistake named by file, line, field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from designer.errors import TemplateError
from designer.io.templates import load_library, load_template
from designer.model.sizes import PaperSize
from designer.model.template import TextFrame

BUNDLED = Path(__file__).resolve().parents[2] / "templates"
POSTER = BUNDLED / "worried-about-yourself"


def copy_with(tmp_path: Path, old: str, new: str, source: Path = POSTER) -> Path:
    folder = tmp_path / source.name
    shutil.copytree(source, folder)
    text = (folder / "template.yaml").read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in the template"
    (folder / "template.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def line_of(folder: Path, needle: str) -> int:
    lines = (folder / "template.yaml").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_bundled_library_has_two_posters_and_two_leaflets() -> None:
    library = load_library()
    assert not library.problems
    kinds = {t.id: (t.kind, tuple(s.value for s in t.sizes)) for t in library}
    assert kinds["worried-about-yourself"] == ("poster", ("A4", "A3", "A2"))
    assert kinds["worried-about-someone"] == ("poster", ("A4", "A3", "A2"))
    assert kinds["key-messages-leaflet"] == ("leaflet", ("A5",))
    assert kinds["dl-trifold-leaflet"] == ("leaflet", ("DL-TRIFOLD",))
    leaflet = library.get("key-messages-leaflet")
    assert [p.name for p in leaflet.layouts[PaperSize.A5].pages] == ["front", "back"]


def test_scaled_sizes_scale_every_length_and_type_size() -> None:
    template = load_template(POSTER)
    a4 = template.layouts[PaperSize.A4].pages[0].frames
    a3 = template.layouts[PaperSize.A3].pages[0].frames
    factor = 297 / 210
    for small, large in zip(a4, a3, strict=True):
        if isinstance(small, TextFrame) and isinstance(large, TextFrame):
            assert large.box.x_mm == pytest.approx(small.box.x_mm * factor)
            assert large.box.height_mm == pytest.approx(small.box.height_mm * factor)
            assert large.size_pt == pytest.approx(small.size_pt * factor)


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "kind: poster", "kind: [poster")
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert "YAML syntax error" in str(caught.value)
    assert caught.value.line is not None and caught.value.line >= line_of(folder, "kind: [poster")


def test_unknown_key_is_an_error_with_line_and_field(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "copy: headline\n", "copy: headline\n            colr: ink\n")
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    error = caught.value
    assert "Extra inputs are not permitted" in error.message
    assert error.field == "sizes.A4.pages[0].frames[1].colr"
    assert error.line == line_of(folder, "colr: ink")
    assert str(error).startswith(f"{folder / 'template.yaml'}:{error.line}: sizes.A4.pages[0]")


def test_unknown_placeholder_is_refused(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, '"{region.helpline.phone}"', '"{region.helpline.fax}"')
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert "unknown placeholder {region.helpline.fax}" in caught.value.message
    assert caught.value.field == "copy.phone"
    assert caught.value.line == line_of(folder, "region.helpline.fax")


def test_placeholder_naming_an_undeclared_field_is_refused(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, '"{field.local_note}"', '"{field.shout}"')
    with pytest.raises(TemplateError, match=r"unknown placeholder \{field.shout\}"):
        load_template(folder)


def test_frame_naming_an_undeclared_colour_is_refused(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "fill: ink}", "fill: navy}")
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert "unknown palette 'navy'" in caught.value.message
    assert caught.value.line == line_of(folder, "fill: navy}")


def test_minimum_size_above_preferred_size_is_refused(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "min_size: 30", "min_size: 50")
    with pytest.raises(TemplateError, match=r"min_size 50\.0 is larger than size 42\.0"):
        load_template(folder)


def test_cmyk_values_must_be_percentages(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "c: 100, m: 78", "c: 120, m: 78")
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert caught.value.field == "palette.ink.c"
    assert "less than or equal to 100" in caught.value.message


def test_scale_from_a_size_without_pages_is_refused(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "A2: {scale_from: A4}", "A2: {scale_from: A3}")
    with pytest.raises(TemplateError, match="scale_from A3 names a size without pages"):
        load_template(folder)


def test_otf_fonts_are_refused_because_they_cannot_be_embedded(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "regular: NotoSans-Regular.ttf", "regular: Local.otf")
    (folder / "Local.otf").write_bytes(b"OTTO")
    with pytest.raises(TemplateError, match=r"not a TrueType \.ttf file"):
        load_template(folder)


def test_files_outside_the_template_folder_are_refused(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "regular: NotoSans-Regular.ttf", "regular: ../secret.ttf")
    with pytest.raises(TemplateError, match="must be a plain name inside the template folder"):
        load_template(folder)


def test_a_broken_template_is_reported_not_fatal_for_the_library(tmp_path: Path) -> None:
    copy_with(tmp_path, "kind: poster", "kind: billboard")
    shutil.copytree(BUNDLED / "worried-about-someone", tmp_path / "worried-about-someone")
    library = load_library(tmp_path)
    assert library.ids == ("worried-about-someone",)
    assert len(library.problems) == 1
    with pytest.raises(TemplateError, match="kind"):
        library.get("worried-about-yourself")


def test_unknown_template_id_lists_the_known_ones() -> None:
    with pytest.raises(TemplateError, match=r"known templates: .*worried-about-someone"):
        load_library().get("worried")


def test_a_scaled_size_may_not_also_have_pages(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, "A2: {scale_from: A4}", "A2: {scale_from: A4, pages: []}")
    with pytest.raises(TemplateError, match="either `pages` or `scale_from`") as caught:
        load_template(folder)
    assert caught.value.field == "sizes.A2"
