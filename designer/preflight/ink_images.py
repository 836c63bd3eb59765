"""An image's inks, kept on disk: a render reads its logo's samples once, ever.

``ink_sources.image_inks`` remembers each image's largest inks in the process,
so a batch reads its logo once; a new process (every ``designer render``, the
window's first preview) decompressed ~850 kB of samples again, ~11 ms. The
answer depends only on the image's stream and dictionary, so it is kept on
disk (``designer.io.cache``) under the same key the process uses.
"""

from __future__ import annotations

import hashlib

import msgspec
import pikepdf

from designer.io import cache as disk_cache
from designer.preflight.ink_sources import image_inks
from designer.preflight.ink_state import Inks

_KIND = "ink-images"
_DECODER = msgspec.msgpack.Decoder(tuple[tuple[float, float, float, float], float])
_known: dict[str, tuple[Inks, float]] = {}


def remembered_image_inks(image: pikepdf.Stream) -> tuple[Inks, float]:
    """``image_inks(image)``, from this process or the disk when it was read before."""
    digest = hashlib.sha256(image.read_raw_bytes() + repr(sorted(image.items())).encode())
    key = disk_cache.cache_key(_KIND, digest.digest())
    found = _known.get(key)
    if found is None:
        found = _on_disk(key)
    if found is None:
        found = image_inks(image)  # raises Undecided for what the bound cannot read
        disk_cache.write(_KIND, key, msgspec.msgpack.encode(found))
    if len(_known) >= 256:
        _known.clear()
    _known[key] = found
    return found


def _on_disk(key: str) -> tuple[Inks, float] | None:
    data = disk_cache.read(_KIND, key)
    if data is None:
        return None
    try:
        return _DECODER.decode(data)
    except msgspec.DecodeError:
        return None  # a damaged entry is a miss
