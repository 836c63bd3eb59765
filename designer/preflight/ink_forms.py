"""Forms the ink bound has read before: read once, then replayed.

A batch draws the same QR code (``designer.render.fixed_content``) in every
file as the same Form XObject. Interpreting its few hundred rectangles was a
third of the ink bound's time per file, for the same answer every time. A
form's paints depend only on its operators, the graphics state it is drawn
in and the measured area, so for a form that names no resource (paths and
device colours only: no font, image, graphics state or colour space that a
file could define differently) those three are the key, and the paints it
made are handed to the page's painter again, in order: the painter still
weighs each against what the page painted before, so overprinting is judged
per file as before. Anything else is interpreted as always. The paints are
kept on disk too (``designer.io.cache``), so a single render reads its QR
code's rectangles only the first time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Protocol

import msgspec
import pikepdf

from designer.io import cache as disk_cache
from designer.preflight.ink_state import Inks, State
from designer.preflight.tools import Rect

# Operators whose effect depends on nothing but their operands and the state.
PLAIN_OPS = frozenset(
    {"m", "l", "c", "v", "y", "re", "h"}  # path construction
    | {"f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "n", "W", "W*"}  # painting, clipping
    | {"q", "Q", "cm", "w", "J", "j", "M", "d", "ri", "i"}  # general graphics state
    | {"k", "K", "g", "G", "rg", "RG"}  # device colours
)
Paint = tuple[Rect, Inks, float, bool, bool]  # the arguments of one painter.paint call
_MAX_FORMS = 256

_paints: dict[bytes, tuple[Paint, ...]] = {}
_plain: dict[bytes, bool] = {}  # content digest: whether every operator is plain


class Painter(Protocol):
    """What the ink bound's painter offers (``ink_bound._Painter``)."""

    measure: Rect

    def paint(self, box: Rect, inks: Inks, total: float, flat: bool, overprint: bool) -> None: ...


class Recorder:
    """Stands in for the page's painter while a form is read, noting each paint it passes on."""

    def __init__(self, painter: Painter) -> None:
        self.painter = painter
        self.measure = painter.measure
        self.calls: list[Paint] = []

    def paint(self, box: Rect, inks: Inks, total: float, flat: bool, overprint: bool) -> None:
        self.calls.append((box, inks, total, flat, overprint))
        self.painter.paint(box, inks, total, flat, overprint)


def form_key(form: pikepdf.Stream, resources: object, state: State, measure: Rect) -> bytes | None:
    """The key a plain form's paints are remembered by; None for any other form."""
    if not isinstance(resources, pikepdf.Dictionary) or set(resources.keys()) - {"/ProcSet"}:
        return None  # a resource could differ between files under the same operators
    content = form.read_bytes()
    digest = hashlib.sha256(content).digest()
    plain = _plain.get(digest)
    if plain is None:
        ops = {str(i.operator) for i in pikepdf.parse_content_stream(form)}
        plain = _plain[digest] = ops <= PLAIN_OPS
    if not plain:
        return None
    try:
        entering = msgspec.msgpack.encode((state, measure))
    except (TypeError, msgspec.EncodeError):
        return None
    return digest + hashlib.sha256(entering).digest()


def replayed(key: bytes, painter: Painter) -> bool:
    """Hand a remembered form's paints to ``painter``; False when it was not seen yet."""
    known = _paints.get(key)
    if known is None:
        known = _on_disk(key)
    if known is None:
        return False
    _paints[key] = known
    for call in known:
        painter.paint(*call)
    return True


def read_once(key: bytes, painter: Painter, run: Callable[[Recorder], None]) -> None:
    """``run`` the form with a recorder standing in for ``painter``; remember what it painted.

    A form the bound cannot settle raises out of ``run`` and is not remembered.
    """
    recorder = Recorder(painter)
    run(recorder)
    if len(_paints) >= _MAX_FORMS or len(_plain) >= _MAX_FORMS:
        _paints.clear()
        _plain.clear()
    _paints[key] = tuple(recorder.calls)
    disk_cache.write(_KIND, _disk_key(key), msgspec.msgpack.encode(_paints[key]))


def _on_disk(key: bytes) -> tuple[Paint, ...] | None:
    """The paints an earlier process kept for ``key`` (a render reads its QR code once, ever)."""
    data = disk_cache.read(_KIND, _disk_key(key))
    if data is None:
        return None
    try:
        return tuple(_DECODER.decode(data))
    except msgspec.DecodeError:
        return None  # a damaged entry is a miss


def _disk_key(key: bytes) -> str:
    return disk_cache.cache_key(_KIND, key)


_KIND = "ink-forms"
_DECODER = msgspec.msgpack.Decoder(
    list[tuple[Rect, tuple[float, float, float, float], float, bool, bool]]
)
