"""Parsed fonts remembered on disk: a restored font draws the same PDF; any doubt is a parse."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile
from support import job, pdf_fonts, pdf_text

from designer import font_cache
from designer.errors import LayoutError
from designer.font_cache import parsed_font
from designer.fonts import load_font
from designer.io import cache
from designer.production import produce
from designer.resources import font_path

REGULAR = font_path("NotoSans-Regular.ttf")
BOLD = font_path("NotoSans-Bold.ttf")


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names ReportLab parses (``TTFontFile.extractInfo``) during the test."""
    seen: list[str] = []
    real = TTFontFile.extractInfo

    def counting(self: TTFontFile, *args: object, **kwargs: object) -> object:
        seen.append(Path(self.filename).name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(TTFontFile, "extractInfo", counting)
    return seen


@pytest.fixture
def forget_fonts() -> Iterator[Callable[[], None]]:
    """Forgets this process's loaded fonts, as if the next load were in a new process."""

    def forget() -> None:
        load_font.cache_clear()
        for path in (REGULAR, BOLD):
            font = pdfmetrics._fonts.get(path.stem)
            if isinstance(font, TTFont):
                font.unregister()

    forget()
    yield forget
    forget()  # later tests load their own


def _entries(kind: str = font_cache._KIND) -> list[Path]:
    return sorted(p for p in (cache.cache_dir() / kind).rglob("*") if p.is_file())


def _assert_same_font(restored: TTFont, parsed: TTFont) -> None:
    """Every attribute of the font and its face, compared by value and type (via pickle)."""
    for ours, theirs, skip in (
        (vars(restored.face), vars(parsed.face), {"_pdfScale"}),
        (vars(restored), vars(parsed), {"face", "state"}),
    ):
        assert ours.keys() == theirs.keys()
        for name in ours.keys() - skip:
            assert pickle.dumps(ours[name]) == pickle.dumps(theirs[name]), name
    for v in (0, 1, -3, 1000, 12.5):
        assert restored.pdfScale(v) == parsed.pdfScale(v)
    assert len(restored.state) == 0
    assert restored.face.name.ustr == parsed.face.name.ustr


def test_a_second_load_restores_the_font_without_parsing(parses: list[str]) -> None:
    first = parsed_font(REGULAR.stem, REGULAR)
    assert parses == [REGULAR.name]
    assert len(_entries()) == 1
    second = parsed_font(REGULAR.stem, REGULAR)
    assert parses == [REGULAR.name], "restored, not parsed again"
    assert second is not first
    _assert_same_font(second, TTFont(REGULAR.stem, str(REGULAR)))


@pytest.mark.parametrize(
    ("template_id", "size"),
    [("worried-about-yourself", "A3"), ("dl-trifold-leaflet", "DL-TRIFOLD")],
)
def test_a_restored_font_draws_the_same_pdf(
    template_id: str,
    size: str,
    parses: list[str],
    forget_fonts: Callable[[], None],
    tmp_path: Path,
) -> None:
    poster = job(template_id, "city-of-edinburgh", size, verify=True)
    parsed = produce(poster).pdf
    assert sorted(set(parses)) == [BOLD.name, REGULAR.name], "both fonts parsed the first time"

    parses.clear()
    forget_fonts()
    restored = produce(poster).pdf
    assert parses == [], "both fonts restored from the cache"

    assert restored == parsed
    (tmp_path / "parsed.pdf").write_bytes(parsed)
    (tmp_path / "restored.pdf").write_bytes(restored)
    fonts = pdf_fonts(tmp_path / "restored.pdf")
    assert fonts == pdf_fonts(tmp_path / "parsed.pdf")
    assert fonts and all(f["emb"] == "yes" and f["sub"] == "yes" for f in fonts), fonts
    assert pdf_text(tmp_path / "restored.pdf") == pdf_text(tmp_path / "parsed.pdf")


class _Trap:
    """An entry that would delete a file if loaded by an ordinary unpickler."""

    def __init__(self, victim: Path) -> None:
        self.victim = victim

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.remove, (str(self.victim),))


def _damaged(kind: str, entry: bytes, tmp_path: Path) -> bytes:
    _, face, wrapper = pickle.loads(entry)
    victim = tmp_path / "victim"
    victim.write_text("still here")
    return {
        "truncated": entry[: len(entry) // 2],
        "garbage": b"\x00not a pickle at all",
        "empty": b"",
        "foreign code": pickle.dumps((font_cache._FORMAT, {"x": _Trap(victim)}, {})),
        "another shape": pickle.dumps((font_cache._FORMAT, {"name": b"x"}, {})),
        "another format": pickle.dumps(("0", face, wrapper)),
        "not a tuple": pickle.dumps([1, 2, 3]),
    }[kind]


DAMAGE = (
    "truncated",
    "garbage",
    "empty",
    "foreign code",
    "another shape",
    "another format",
    "not a tuple",
)


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_entry_is_parsed_again_and_replaced(
    kind: str, parses: list[str], tmp_path: Path
) -> None:
    parsed_font(REGULAR.stem, REGULAR)
    [entry] = _entries()
    entry.write_bytes(_damaged(kind, entry.read_bytes(), tmp_path))

    font = parsed_font(REGULAR.stem, REGULAR)
    assert parses == [REGULAR.name] * 2, "the damaged entry was a miss"
    _assert_same_font(font, TTFont(REGULAR.stem, str(REGULAR)))
    assert (tmp_path / "victim").exists(), "nothing in the entry ran"

    parses.clear()
    parsed_font(REGULAR.stem, REGULAR)
    assert parses == [], "the entry was written again, whole"


def test_a_changed_font_file_misses(parses: list[str], tmp_path: Path) -> None:
    path = tmp_path / "Poster.ttf"
    path.write_bytes(REGULAR.read_bytes())
    assert parsed_font("Poster", path).face.name == b"NotoSans-Regular"

    path.write_bytes(BOLD.read_bytes())  # same name and place, other bytes
    changed = parsed_font("Poster", path)
    assert parses == ["Poster.ttf"] * 2
    assert changed.face.name == b"NotoSans-Bold"
    _assert_same_font(changed, TTFont("Poster", str(path)))
    assert len(_entries()) == 2


def test_another_reportlab_misses(parses: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    parsed_font(REGULAR.stem, REGULAR)
    real = font_cache.installed_stamp
    monkeypatch.setattr(
        font_cache,
        "installed_stamp",
        lambda name: "reportlab: reinstalled" if name == "reportlab" else real(name),
    )
    parsed_font(REGULAR.stem, REGULAR)
    assert parses == [REGULAR.name] * 2


def test_an_unusable_cache_folder_only_costs_a_parse(
    parses: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(blocker))
    first, second = (parsed_font(REGULAR.stem, REGULAR) for _ in range(2))
    assert parses == [REGULAR.name] * 2
    _assert_same_font(second, first)


def test_a_missing_font_is_reported_as_before(tmp_path: Path) -> None:
    with pytest.raises(LayoutError, match="cannot use the font: Can't open file"):
        load_font(tmp_path / "missing.ttf")
    assert _entries() == []


def test_a_later_process_renders_with_no_parse(tmp_path: Path) -> None:
    """The real case: the first ``designer render`` parses, the next one only restores."""
    trap = (
        "from reportlab.pdfbase.ttfonts import TTFontFile\n"
        "def refuse(self, *a, **k): raise RuntimeError('parsed ' + self.filename)\n"
        "TTFontFile.extractInfo = refuse\n"
    )
    outputs = []
    for prelude in ("", trap):
        output = tmp_path / f"poster{len(outputs)}-proof.pdf"  # a proof's name says so
        code = (
            f"{prelude}from designer.cli import main\n"
            "raise SystemExit(main(['render', 'worried-about-yourself', 'city-of-edinburgh',"
            f" '--size', 'A3', '--proof', '--output', {str(output)!r}]))\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        outputs.append(output)
    assert len(_entries()) == 2  # the cache folder reached the children (DESIGNER_CACHE_DIR)
    assert pdf_fonts(outputs[1]) == pdf_fonts(outputs[0])
    assert pdf_text(outputs[1]) == pdf_text(outputs[0])
