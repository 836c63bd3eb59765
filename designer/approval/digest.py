"""What an approval covers: a template's content and every file it uses, as hashes.

The content is ``template.yaml`` parsed and written back as sorted-key JSON, so
a comment or a re-indented line changes nothing, while any value - one
character of approved wording, one millimetre - changes the hash. Each font
and image the template uses is hashed byte for byte and named by where it
lives (``assets/fonts/NotoSans-Bold.ttf``, ``template/logo.png``), so a file
swapped in under the same name is caught too.

The same bytes that are hashed are also built into a template, so a caller can
check that the template it holds in memory is the one on disk.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import Path

from msgspec import Struct

from designer import resources
from designer.approval import ApprovalError
from designer.errors import TemplateError
from designer.io.templates import TEMPLATE_FILE, template_from, used_files
from designer.io.yaml_document import MAX_BYTES, YamlLoadError
from designer.io.yamldoc import load_yaml, utf8_text
from designer.model.template import Template


class TemplateDigest(Struct, frozen=True):
    template_id: str
    version: str
    content_sha256: str
    assets: tuple[tuple[str, str], ...]  # (where the file lives, its sha256), sorted

    @property
    def combined(self) -> str:
        """One hash for content and assets together: the template hash a PDF names."""
        both = {"content_sha256": self.content_sha256, "assets": dict(self.assets)}
        return hashlib.sha256(canonical_json(both)).hexdigest()

    @property
    def short(self) -> str:
        return self.combined[:12]


def canonical_json(data: object) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same data always gives the same bytes."""
    text = json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_scalar
    )
    return text.encode("utf-8")


def _scalar(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot canonicalise {type(value).__name__}")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def digest_folder(folder: Path) -> tuple[TemplateDigest, Template]:
    """Hash ``folder``'s template as it is on disk now, and the template those bytes build."""
    source = Path(folder) / TEMPLATE_FILE
    text = _read(source)
    try:
        doc = load_yaml(source, text)
        content = hashlib.sha256(canonical_json(doc.data)).hexdigest()
    except (YamlLoadError, TypeError) as exc:
        message = f"{TEMPLATE_FILE} no longer loads: {exc}"
        raise TemplateError(message, source=source) from None
    template = template_from(source, text, doc)  # checked, or remembered checked (load_cache)
    assets = tuple(sorted((asset_name(p, template.folder), _hash(p)) for p in used_files(template)))
    return TemplateDigest(template.id, template.version, content, assets), template


def _read(source: Path) -> str:
    if source.is_symlink():
        raise ApprovalError(f"{TEMPLATE_FILE} is a symbolic link; links are refused", source=source)
    try:
        raw = source.read_bytes()
        if len(raw) > MAX_BYTES:
            raise ApprovalError(f"the file is {len(raw)} bytes; the limit is {MAX_BYTES}")
        return utf8_text(raw)
    except YamlLoadError as exc:
        raise ApprovalError(str(exc), source=source, line=exc.line) from None
    except OSError as exc:
        raise ApprovalError(f"cannot read {TEMPLATE_FILE}: {exc}", source=source) from None


def _hash(path: Path) -> str:
    try:
        return sha256_file(path)
    except OSError as exc:
        message = f"cannot read a file the template uses: {exc.strerror}"
        raise ApprovalError(message, source=path) from None


def asset_name(path: Path, folder: Path) -> str:
    """Where a file lives, relative to the template folder or the bundled assets."""
    resolved = Path(path).resolve()
    for root, label in ((Path(folder).resolve(), "template"), (_assets(), "assets")):
        if resolved.is_relative_to(root):
            return f"{label}/{resolved.relative_to(root).as_posix()}"
    return resolved.as_posix()


def _assets() -> Path:
    return resources.assets_dir().resolve()
