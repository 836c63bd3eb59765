"""`designer preflight FILE` judges a file as a printer would: by what the file records."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pikepdf
import pytest
from support import PT_PER_MM, job

from designer.cli import main
from designer.cli.parser import build_parser
from designer.model.sizes import PaperSize
from designer.production import produce
from designer.resources import icc_profile


def _final(tmp_path: Path, template: str, size: str, **kwargs: object) -> Path:
    product = produce(job(template, "fife", size, verify=True, **kwargs))
    assert not product.is_proof, product.proof_reasons
    path = tmp_path / "final.pdf"
    path.write_bytes(product.pdf)
    return path


def _preflight(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, dict]:
    code = main(["preflight", *map(str, args), "--json"])
    return code, json.loads(capsys.readouterr().out)


def _rules(report: dict) -> dict[str, str]:
    return {f["rule"]: f["severity"] for f in report["findings"]}


def test_an_x1a_final_passes_with_no_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from designer.io.printers import load_printer

    path = _final(tmp_path, "worried-about-yourself", "A3", printer=load_printer("x1a-strict"))
    code, report = _preflight(capsys, path)
    assert (code, report["verdict"], report["findings"]) == (0, "passed", [])
    assert "printer profile x1a-strict (recorded in the file)" in report["judged_by"]
    assert "PDF/X-1a:2001 (declared by the file)" in report["judged_by"]


def test_a_trim_2_mm_short_fails_against_size_a3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _final(tmp_path, "worried-about-yourself", "A3")
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        x0, y0, x1, y1 = (float(v) for v in pdf.pages[0].obj.TrimBox)
        pdf.pages[0].obj.TrimBox = pikepdf.Array([x0, y0 + 2 * PT_PER_MM, x1, y1])
        pdf.save(path)
    code, report = _preflight(capsys, path, "--size", "A3")
    assert code == 1
    assert _rules(report)["pdf.boxes.trim-size"] == "error"
    code, report = _preflight(capsys, path, "--size", "297x418")
    assert "pdf.boxes.trim-size" not in _rules(report)


def test_the_traced_size_is_checked_without_size(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _final(tmp_path, "worried-about-yourself", "A3")
    code, report = _preflight(capsys, path)
    assert code == 0
    assert "finished size A3, 297 x 420 mm (recorded in the file)" in report["judged_by"]
    code, report = _preflight(capsys, path, "--size", "A4")
    assert _rules(report)["pdf.boxes.trim-size"] == "error"


def test_a_proof_is_an_error_for_print(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    product = produce(job("worried-about-yourself", "fife", "A4"))
    assert product.is_proof
    path = tmp_path / "proof.pdf"
    path.write_bytes(product.pdf)
    code, report = _preflight(capsys, path)
    assert code == 1
    assert _rules(report) == {"pdf.proof": "error"}
    assert "marked PROOF: not for print" in report["findings"][0]["message"]


def _foreign_with_icc_rgb_image(path: Path) -> None:
    """A one-page foreign PDF (no trace, no PDF/X claim) drawing an ICC-tagged RGB image."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    page = pdf.pages[0]
    profile = pikepdf.Stream(pdf, icc_profile("sRGB.icc").read_bytes())
    profile.N = 3
    image = pikepdf.Stream(
        pdf,
        zlib.compress(bytes([200, 30, 30]) * 64),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=8,
        Height=8,
        BitsPerComponent=8,
        ColorSpace=pikepdf.Array([pikepdf.Name.ICCBased, profile]),
        Filter=pikepdf.Name.FlateDecode,
    )
    page.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.obj.Contents = pdf.make_stream(b"q 100 0 0 100 50 50 cm /Im0 Do Q")
    pdf.save(path)


def test_an_icc_rgb_image_in_x4_warns_and_the_assumed_profile_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "foreign.pdf"
    _foreign_with_icc_rgb_image(path)
    _, report = _preflight(capsys, path)
    assert _rules(report)["pdf.image.icc-rgb"] == "warning"
    assert any(
        "offset-coated (assumed: the file records no profile" in n for n in report["judged_by"]
    )
    _, report = _preflight(capsys, path, "--pdfx", "x1a")
    assert "pdf.image.icc-rgb" not in _rules(report)  # X-1a: RGB there is an error instead
    assert _rules(report)["pdf.image.rgb"] == "error"


def test_a_proof_given_a_final_looking_name_gets_proof_added(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "leaflet.pdf"
    args = ["render", "worried-about-yourself", "fife", "--size", "A4", "--proof"]
    assert main([*args, "--output", str(out)]) == 0
    streams = capsys.readouterr()
    marked = tmp_path / "leaflet-PROOF.pdf"
    assert [p.name for p in tmp_path.iterdir()] == [marked.name]
    assert streams.out.strip() == str(marked)
    assert f"writing {marked}" in streams.err


def test_size_help_comes_from_the_size_table() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for command in ("render", "batch", "preflight"):
        text = " ".join(commands[command].format_help().split())
        assert f"{', '.join(s.value for s in list(PaperSize)[:-1])} or DL-TRIFOLD" in text
    with pytest.raises(ValueError, match="DL-TRIFOLD"):
        PaperSize.parse("B5")


def test_an_encrypted_file_gets_one_clear_finding_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _final(tmp_path, "worried-about-yourself", "A4")
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(source) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="o", user="u"))
    code, report = _preflight(capsys, locked)
    assert code == 1
    assert _rules(report) == {"pdf.encrypted": "error"}
    assert any("assumed" in note for note in report["judged_by"])
