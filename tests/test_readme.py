"""The README's complete template example really loads and lays out."""

from __future__ import annotations

import re
from pathlib import Path

from designer.io.regions import load_regions
from designer.io.templates import load_template
from designer.layout.engine import layout_document
from designer.model.printer import DEFAULT_PRINTER
from designer.model.sizes import PaperSize
from designer.preflight.issues import Severity
from designer.preflight.layout_checks import check_layout

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_template_example_loads_and_lays_out(tmp_path: Path) -> None:
    text = README.read_text(encoding="utf-8")
    example = re.search(r"A complete example.*?```yaml\n(.*?)```", text, re.S)
    assert example, "the README lost its complete example"
    folder = tmp_path / "example-poster"
    folder.mkdir()
    (folder / "template.yaml").write_text(example.group(1), encoding="utf-8")
    template = load_template(folder)
    assert template.sizes == (PaperSize.A4, PaperSize.A3, PaperSize.A2)
    layout = layout_document(template, load_regions().get("fife"), PaperSize.A3)
    errors = [i for i in check_layout(layout, DEFAULT_PRINTER) if i.severity is Severity.ERROR]
    assert [e.rule for e in errors] == ["region.unverified"]
