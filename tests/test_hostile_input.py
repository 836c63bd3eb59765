"""Hostile and broken input: escapes, huge or deep files, markup, hidden characters, fuzzing.

Every loader either loads a document or raises the project's own error type
(a ``DesignerError`` subclass naming the file) - never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import random
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from approval_support import copy_template, designer, edit, region_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import job, pdf_text

from designer.approval.keys import default_keyring_path, load_keyring
from designer.approval.verify import check_template
from designer.errors import DesignerError, LayoutError, RenderError, TemplateError
from designer.export import export_product
from designer.io.printers import load_printer
from designer.io.regions import load_regions
from designer.io.templates import load_template
from designer.production import produce
from designer.records import replace
from designer.render.images import MAX_PIXELS
from designer.resources import printers_dir, regions_file, templates_dir

POSTER = "worried-about-yourself"
FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,  # no .hypothesis folder in the checkout
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return copy_template(tmp_path) / POSTER


# --- files outside the template ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["../../../etc/passwd", "/etc/passwd", "..\\..\\secret.ttf", "fonts/../../x.ttf", "a\x00b.ttf"],
)
def test_a_font_outside_the_folder_is_refused(folder: Path, name: str) -> None:
    edit(folder / "template.yaml", "regular: NotoSans-Regular.ttf", f"regular: {name!r}")
    with pytest.raises(TemplateError, match=r"fonts\.regular"):
        load_template(folder)


def test_a_symlinked_file_is_refused(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"not a secret, but outside")
    (folder / "logo.png").symlink_to(outside)
    edit(folder / "template.yaml", "file: campaign-mark.png", "file: logo.png")
    with pytest.raises(TemplateError, match="symbolic link"):
        load_template(folder)


def test_a_file_through_a_symlinked_folder_is_refused(folder: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "logo.png").write_bytes(b"not really")
    (folder / "art").symlink_to(elsewhere, target_is_directory=True)
    edit(folder / "template.yaml", "file: campaign-mark.png", "file: art/logo.png")
    with pytest.raises(TemplateError, match="points outside"):
        load_template(folder)


def test_a_symlinked_template_file_is_refused(folder: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    (folder / "template.yaml").rename(real)
    (folder / "template.yaml").symlink_to(real)
    with pytest.raises(TemplateError, match="symbolic link"):
        load_template(folder)


def test_yaml_tags_never_run_code(folder: Path, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    payload = f'!!python/object/apply:os.system ["touch {marker}"]'
    edit(folder / "template.yaml", 'version: "1.0.0"', f"version: {payload}")
    with pytest.raises(TemplateError):
        load_template(folder)
    regions = region_file(tmp_path)
    edit(regions, "name: Fife", f"name: {payload}")
    with pytest.raises(DesignerError):
        load_regions(regions)
    assert not marker.exists()


# --- size limits ------------------------------------------------------------------------------


def _png_claiming(path: Path, width: int, height: int) -> None:
    """A tiny PNG whose header claims a huge size: a decompression bomb's calling card."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat))


def test_an_oversized_image_in_a_template_is_refused(folder: Path) -> None:
    width, height = 9_000, 9_500  # over our limit, under Pillow's own bomb warning
    _png_claiming(folder / "huge.png", width, height)
    assert width * height > MAX_PIXELS
    edit(folder / "template.yaml", "file: campaign-mark.png", "file: huge.png")
    poster = replace(job(POSTER, "fife", "A4"), template=load_template(folder))
    with pytest.raises(RenderError, match="too large to process safely"):
        produce(poster)


def test_over_long_files_are_refused(tmp_path: Path, folder: Path) -> None:
    padding = "#" + "x" * 99 + "\n"
    big = padding * 25_000  # 2.5 MB
    (folder / "template.yaml").write_text(big + (folder / "template.yaml").read_text())
    with pytest.raises(TemplateError, match="limit"):
        load_template(folder)
    regions = region_file(tmp_path)
    regions.write_text(big + regions.read_text())
    with pytest.raises(DesignerError, match=r"too large|limit"):
        load_regions(regions)


def test_deeply_nested_documents_are_refused(tmp_path: Path, folder: Path) -> None:
    deep = "[" * 5000 + "]" * 5000
    (folder / "template.yaml").write_text(f"id: {deep}\n")
    with pytest.raises(TemplateError):
        load_template(folder)
    regions = tmp_path / "regions.yaml"
    regions.write_text(f"defaults: {deep}\n")
    with pytest.raises(DesignerError):
        load_regions(regions)


def test_a_deeply_nested_printer_profile_is_refused(tmp_path: Path) -> None:
    profile = tmp_path / "deep.yaml"
    profile.write_text("title: t\ndescription: d\nbleed_mm: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(DesignerError, match="nesting"):
        load_printer(str(profile))


def test_an_over_long_printer_profile_is_refused(tmp_path: Path) -> None:
    profile = tmp_path / "long.yaml"
    profile.write_text("#" + "x" * 3_000_000 + "\ntitle: t\ndescription: d\n")
    with pytest.raises(DesignerError, match="the limit is 2000000"):
        load_printer(str(profile))


# --- field values print literally ---------------------------------------------------------------


@pytest.mark.parametrize("value", ["<b>Call us</b> &amp; <i>now</i>", "{region.name} {{x}} %s"])
def test_markup_and_placeholders_in_a_value_print_literally(tmp_path: Path, value: str) -> None:
    product = produce(job(POSTER, "fife", "A4", verify=True, values=(("local_note", value),)))
    path = export_product(product, tmp_path / "note.pdf").path
    assert value in pdf_text(path)


@pytest.mark.parametrize(
    "value", ["Call \u202eenilpleh", "tab\there", "null\x00byte", "zero\u200bwidth", "bell\x07"]
)
def test_control_and_bidi_characters_are_refused(value: str) -> None:
    with pytest.raises(LayoutError, match="is not allowed"):
        produce(job(POSTER, "fife", "A4", values=(("local_note", value),)))


def test_the_cli_refuses_a_bidi_override_in_one_line(tmp_path: Path) -> None:
    args = ("render", POSTER, "fife", "--size", "A4", "--proof", "--set", "local_note=a\u202eb")
    done = designer(*args, cwd=tmp_path)
    assert done.returncode == 2 and "U+202E" in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


# --- fuzzing the loaders ----------------------------------------------------------------------

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
)
DOCS = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)


def mutated(text: str) -> st.SearchStrategy[str]:
    """``text`` with a few random edits: cut, duplicate, insert junk, swap lines."""
    return st.tuples(st.integers(0, 2**32 - 1), st.integers(1, 6)).map(lambda s: _mutate(text, *s))


def _mutate(text: str, seed: int, edits: int) -> str:
    rng = random.Random(seed)
    for _ in range(edits):
        lines = text.splitlines(keepends=True) or [""]
        i, j = sorted(rng.randrange(len(text) + 1) for _ in range(2))
        kind = rng.randrange(5)
        if kind == 0:
            text = text[:i] + text[j:]
        elif kind == 1:
            text = text[:i] + text[i:j] * 2 + text[j:]
        elif kind == 2:
            junk = rng.choice(["{", "]", ": ", "\t", "- ", "&a", "*a", "!!", "\x00", "é", "\n  "])
            text = text[:i] + junk + text[i:]
        elif kind == 3:
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[a], lines[b] = lines[b], lines[a]
            text = "".join(lines)
        else:
            text = text[:i] + rng.choice(lines) + text[i:]
    return text


TEMPLATE_TEXT = (templates_dir() / POSTER / "template.yaml").read_text(encoding="utf-8")
REGIONS_TEXT = regions_file().read_text(encoding="utf-8")
PRINTER_TEXT = (printers_dir() / "offset-coated.yaml").read_text(encoding="utf-8")
ANY_TEXT = st.one_of(st.text(max_size=300), DOCS.map(lambda d: yaml.safe_dump(d)))


def _loads_or_own_error(load: Callable[[Path], object], path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    with contextlib.suppress(DesignerError):
        load(path)


@FUZZ
@given(text=st.one_of(mutated(TEMPLATE_TEXT), ANY_TEXT))
def test_fuzz_templates(folder: Path, text: str) -> None:
    _loads_or_own_error(lambda p: load_template(p.parent), folder / "template.yaml", text)


@FUZZ
@given(text=st.one_of(mutated(REGIONS_TEXT), ANY_TEXT))
def test_fuzz_regions(tmp_path: Path, text: str) -> None:
    _loads_or_own_error(load_regions, tmp_path / "regions.yaml", text)


@FUZZ
@given(text=st.one_of(mutated(PRINTER_TEXT), ANY_TEXT))
def test_fuzz_printer_profiles(tmp_path: Path, text: str) -> None:
    _loads_or_own_error(lambda p: load_printer(str(p)), tmp_path / "press.yaml", text)


@FUZZ
@given(text=st.one_of(mutated((templates_dir() / POSTER / "approval.yaml").read_text()), ANY_TEXT))
def test_fuzz_approval_records(folder: Path, text: str) -> None:
    """A mangled approval record is a refusal with a reason, never a crash."""
    template = load_template(folder)
    (folder / "approval.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    check = check_template(template)
    assert check.approved == (check.problems == ())
    assert os.path.exists(folder / "template.yaml")


@FUZZ
@given(text=st.one_of(mutated(default_keyring_path().read_text(encoding="utf-8")), ANY_TEXT))
def test_fuzz_keyrings(tmp_path: Path, text: str) -> None:
    _loads_or_own_error(load_keyring, tmp_path / "keyring.yaml", text)
