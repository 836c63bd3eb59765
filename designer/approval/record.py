"""The approval record, ``approval.yaml`` beside a template: what was signed, by whom.

The signature covers every value in the record (the hashes, who, their role,
when, the key), written as canonical JSON, so editing the approver's name is
as detectable as editing the template. The YAML is for people to read; the
signature is checked against the values, never against the YAML's layout.
"""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from msgspec import Struct

from designer.approval import ApprovalError
from designer.approval.digest import TemplateDigest, canonical_json, digest_folder
from designer.approval.keys import parse_public_key, public_key_line
from designer.io.atomic import write_text_atomic
from designer.io.yaml_document import YamlLoadError
from designer.io.yamldoc import load_yaml

APPROVAL_FILE = "approval.yaml"
FORMAT = "designer-approval/1"
_TEXT_KEYS = (
    "format",
    "template",
    "version",
    "content_sha256",
    "approved_by",
    "role",
    "approved_on",
    "public_key",
    "signature",
)
_HEADER = """\
# Approval of this template: an Ed25519 signature over its content and the
# SHA-256 of every file it uses. Written by `designer templates approve`.
# Any change to template.yaml, to a font or image it uses, or to this file
# voids it: the template can then be proofed but not exported for print.
"""


class Approval(Struct, frozen=True, kw_only=True):
    digest: TemplateDigest
    approved_by: str
    role: str
    approved_on: str  # ISO 8601, UTC, whole seconds
    public_key: str  # the signer's ed25519: line
    signature: str = ""  # base64 of the 64-byte signature

    def payload(self) -> bytes:
        """The exact bytes signed: every value but the signature, as canonical JSON."""
        data = {k: v for k, v in self.as_data().items() if k != "signature"}
        return canonical_json(data)

    def as_data(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "template": self.digest.template_id,
            "version": self.digest.version,
            "content_sha256": self.digest.content_sha256,
            "assets": dict(self.digest.assets),
            "approved_by": self.approved_by,
            "role": self.role,
            "approved_on": self.approved_on,
            "public_key": self.public_key,
            "signature": self.signature,
        }


def sign(
    digest: TemplateDigest,
    key: Ed25519PrivateKey,
    *,
    by: str,
    role: str,
    when: datetime | None = None,
) -> Approval:
    moment = (when or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    line = public_key_line(key.public_key())
    unsigned = Approval(
        digest=digest,
        approved_by=by.strip(),
        role=role.strip(),
        approved_on=moment.isoformat(),
        public_key=line,
    )
    signature = base64.b64encode(key.sign(unsigned.payload())).decode("ascii")
    return Approval(
        digest=digest,
        approved_by=unsigned.approved_by,
        role=unsigned.role,
        approved_on=unsigned.approved_on,
        public_key=line,
        signature=signature,
    )


def signature_ok(approval: Approval) -> bool:
    """True when the signature was made by ``approval.public_key`` over these very values."""
    try:
        raw = base64.b64decode(approval.signature, validate=True)
        parse_public_key(approval.public_key).verify(raw, approval.payload())
    except (binascii.Error, ValueError, InvalidSignature, ApprovalError):
        return False
    return True


def write_approval(folder: Path, approval: Approval) -> Path:
    path = Path(folder) / APPROVAL_FILE
    import yaml  # here: reading a record never needs PyYAML once it is remembered (yamldoc)

    body = yaml.safe_dump(approval.as_data(), sort_keys=False, allow_unicode=True, width=200)
    write_text_atomic(path, _HEADER + body)
    return path


def read_approval(folder: Path) -> Approval | None:
    """The record beside a template; None when there is none; ApprovalError when unusable."""
    path = Path(folder) / APPROVAL_FILE
    if not path.exists() and not path.is_symlink():
        return None
    if path.is_symlink():
        raise ApprovalError(
            "the approval record is a symbolic link; links are refused", source=path
        )
    try:
        data = load_yaml(path, plain=True).data
    except YamlLoadError as exc:
        raise ApprovalError(str(exc), source=path, line=exc.line) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ApprovalError(f"cannot read the approval record: {exc}", source=path) from None
    return _approval(data, path)


def _approval(data: Any, path: Path) -> Approval:
    if not isinstance(data, dict) or set(data) != {*_TEXT_KEYS, "assets"}:
        raise ApprovalError(
            "not an approval record (keys missing or unknown)",
            source=path,
            hint="re-approve the template with `designer templates approve`",
        )
    assets = data["assets"] if data["assets"] != "" else {}
    texts = [data[k] for k in _TEXT_KEYS]
    if not isinstance(assets, dict) or not all(
        isinstance(v, str) for v in [*texts, *assets.values()]
    ):
        raise ApprovalError("every value of an approval record must be text", source=path)
    if data["format"] != FORMAT:
        raise ApprovalError(f"unknown approval format {data['format']!r}", source=path)
    digest = TemplateDigest(
        data["template"], data["version"], data["content_sha256"], tuple(sorted(assets.items()))
    )
    return Approval(
        digest=digest,
        approved_by=data["approved_by"],
        role=data["role"],
        approved_on=data["approved_on"],
        public_key=data["public_key"],
        signature=data["signature"],
    )


def approve(
    folder: Path,
    key: Ed25519PrivateKey,
    *,
    by: str,
    role: str,
    when: datetime | None = None,
) -> Approval:
    """Sign the template in ``folder`` as it is on disk now and write its approval record."""
    digest, _ = digest_folder(folder)
    approval = sign(digest, key, by=by, role=role, when=when)
    write_approval(folder, approval)
    return approval
