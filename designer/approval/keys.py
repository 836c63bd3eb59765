"""Approvers' keys: Ed25519 key pairs, the public key line, and the keyring.

A private key is a PEM file its owner keeps (mode 0600, never in a shared
folder). Its public half travels as one line, ``ed25519:<base64>``, which an
administrator adds to the keyring: a small YAML file listing the approvers
this installation trusts, each with a name and a role.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from msgspec import Struct

from designer import resources
from designer.approval import ApprovalError
from designer.io.yaml_document import YamlLoadError
from designer.io.yamldoc import load_yaml

PREFIX = "ed25519:"
_ENTRY_KEYS = {"name", "role", "public_key", "note"}


def default_keyring_path() -> Path:
    return resources.assets_dir() / "keys" / "keyring.yaml"


# --- the public key line ----------------------------------------------------------------------


def public_key_line(key: Ed25519PublicKey) -> str:
    # imported where keys are written or read: the module brings cryptography's SSH key
    # support (~15 ms), and a render only checks signatures against raw public key bytes
    from cryptography.hazmat.primitives import serialization

    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PREFIX + base64.b64encode(raw).decode("ascii")


def parse_public_key(line: str) -> Ed25519PublicKey:
    """The key a ``ed25519:<base64>`` line names; ApprovalError when it is not one."""
    body = line.strip().removeprefix(PREFIX)
    try:
        raw = base64.b64decode(body, validate=True)
        if not line.strip().startswith(PREFIX) or len(raw) != 32:
            raise ValueError("not 32 bytes")
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise ApprovalError(
            f"{line.strip()[:60]!r} is not a public key line",
            hint="copy the whole line `designer keys new` printed, starting ed25519:",
        ) from None


def fingerprint(line: str) -> str:
    """A short, stable name for a public key, for messages (16 hex digits)."""
    return hashlib.sha256(line.strip().encode("ascii", "replace")).hexdigest()[:16]


# --- private keys -----------------------------------------------------------------------------


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_pem(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization  # as in public_key_line

    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def write_private_key(key: Ed25519PrivateKey, path: Path) -> None:
    """Write the PEM readable by its owner only; never replace an existing file."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ApprovalError(f"cannot write the key: {exc.strerror}", source=path) from None
    try:
        _fill_and_link(fd, private_key_pem(key), tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _fill_and_link(fd: int, data: bytes, tmp: str, path: Path) -> None:
    """mkstemp makes the file 0600; link() refuses to overwrite, so an old key is never lost."""
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, path)
    except FileExistsError:
        raise ApprovalError(
            "a file of that name exists already; keys are never overwritten",
            source=path,
            hint="choose another --output",
        ) from None
    except OSError as exc:
        raise ApprovalError(f"cannot write the key: {exc.strerror}", source=path) from None


def key_file_exposure(path: Path) -> str | None:
    """Why others on this computer could read the private key at ``path``, or None.

    Only POSIX permission bits are looked at (Windows keeps a file to its owner
    by default, and its ACLs are not mode bits).
    """
    if os.name != "posix":
        return None
    try:
        mode = Path(path).stat().st_mode
    except OSError:
        return None  # load_private_key says why it cannot be read
    if not mode & 0o077:
        return None
    who = "anyone on this computer" if mode & 0o007 else "others in its group"
    return (
        f"the private key file can be read by {who} (mode {stat.S_IMODE(mode):04o}); "
        f"anyone who copies it can approve templates as you: run `chmod 600 {path}`"
    )


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """Read an unencrypted PEM Ed25519 private key, or say plainly why not."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ApprovalError(f"cannot read the key: {exc.strerror}", source=path) from None
    from cryptography.hazmat.primitives import serialization  # as in public_key_line

    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise ApprovalError(
            f"not a usable private key ({exc})",
            source=path,
            hint="give the PEM file `designer keys new` wrote (unencrypted)",
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ApprovalError("the key is not an Ed25519 key", source=path)
    return key


# --- the keyring ------------------------------------------------------------------------------


class TrustedKey(Struct, frozen=True):
    name: str
    role: str
    public_key: str  # the ed25519: line

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


class Keyring(Struct, frozen=True):
    keys: tuple[TrustedKey, ...]
    source: Path

    def __iter__(self) -> Iterator[TrustedKey]:
        return iter(self.keys)

    def find(self, line: str) -> TrustedKey | None:
        return next((k for k in self.keys if k.public_key == line.strip()), None)


def keyring_entry(name: str, role: str, line: str) -> str:
    """The YAML lines to paste under ``keys:`` in a keyring."""
    return f"  - name: {_quoted(name)}\n    role: {_quoted(role)}\n    public_key: {line}\n"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def load_keyring(path: Path | None = None) -> Keyring:
    source = Path(path) if path is not None else default_keyring_path()
    try:
        doc = load_yaml(source, plain=True)
    except FileNotFoundError:
        raise ApprovalError(
            "the keyring file does not exist",
            source=source,
            hint="create it, or give another with --keyring (see assets/keys/README.md)",
        ) from None
    except YamlLoadError as exc:
        raise ApprovalError(str(exc), source=source, line=exc.line) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ApprovalError(f"cannot read the keyring: {exc}", source=source) from None
    return Keyring(_entries(doc.data, source), source)


def _entries(data: Any, source: Path) -> tuple[TrustedKey, ...]:
    if isinstance(data, dict) and data.get("keys") == "":
        return ()  # `keys:` with nothing below it: an empty keyring
    if not isinstance(data, dict) or set(data) != {"keys"} or not isinstance(data["keys"], list):
        raise ApprovalError("a keyring holds one key, `keys:`, with a list below it", source=source)
    return tuple(_entry(item, i, source) for i, item in enumerate(data["keys"]))


def _entry(item: Any, index: int, source: Path) -> TrustedKey:
    field = f"keys[{index}]"
    if not isinstance(item, dict) or not {"name", "public_key"} <= set(item) <= _ENTRY_KEYS:
        raise ApprovalError(
            "each key needs name and public_key (role and note are optional)",
            source=source,
            field=field,
        )
    values = {k: v for k, v in item.items() if isinstance(v, str)}
    if set(values) != set(item) or not values["name"].strip():
        raise ApprovalError("name, role, public_key and note must be text", source=source)
    try:
        parse_public_key(values["public_key"])
    except ApprovalError as exc:
        raise ApprovalError(
            exc.message, source=source, field=f"{field}.public_key", hint=exc.hint
        ) from None
    return TrustedKey(values["name"].strip(), values.get("role", "").strip(), values["public_key"])
