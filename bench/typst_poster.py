"""The compiled typesetter's figure: the floor's A3 poster set by Typst (``bench/poster.typ``).

    python bench/typst_poster.py OUT.pdf [COUNT]

``typst`` (PyPI, the ``bench`` extra) compiles in-process; COUNT posters are
compiled in one process, one per area value, as a batch would make them.
The QR code's modules come from segno (Typst draws QR codes only through a
package from its registry, which the bench does not fetch); Typst draws them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import segno
import typst

HERE = Path(__file__).resolve().parent
FONTS = HERE.parent / "assets" / "fonts"


def main() -> int:
    out = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    compiler = typst.Compiler(str(HERE / "poster.typ"), font_paths=[str(FONTS)])
    code = segno.make("https://gethelp.example.org", error="m", boost_error=False)
    qr = ",".join("".join("1" if m else "0" for m in row) for row in code.matrix_iter(border=4))
    for i in range(count):
        target = out if count == 1 else out.with_name(f"{out.stem}-{i:02d}.pdf")
        inputs = {"phone": f"0808 157 {i:04d}", "region": f"Region {i}", "qr": qr}
        target.write_bytes(compiler.compile(format="pdf", sys_inputs=inputs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
