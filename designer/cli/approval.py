"""`designer keys new`, `designer templates approve` and `designer templates verify`.

Approving is a deliberate act by a named person with a key of their own; the
keyring (``--keyring``, default ``assets/keys/keyring.yaml``) says whose
approvals this installation accepts.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from designer.approval import ApprovalError
from designer.approval.keys import (
    Keyring,
    key_file_exposure,
    keyring_entry,
    load_keyring,
    load_private_key,
    new_private_key,
    public_key_line,
    write_private_key,
)
from designer.approval.record import approve
from designer.approval.verify import ApprovalCheck, check_library, check_template
from designer.cli.common import EXIT_NOT_READY, EXIT_OK, keyring_path, library, note
from designer.model.template import Template

# --- keys new ---------------------------------------------------------------------------------


def run_keys_new(args: argparse.Namespace) -> int:
    output = Path(args.output) if args.output else Path(f"{_slug(args.name)}.pem")
    key = new_private_key()
    write_private_key(key, output)
    line = public_key_line(key.public_key())
    note(f"private key written to {output} (readable by you only; keep it safe, never share it)")
    note("add these lines under `keys:` in the keyring to trust approvals made with it:")
    print(keyring_entry(args.name, args.role, line), end="")
    return EXIT_OK


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "approver"


# --- templates approve ------------------------------------------------------------------------


def run_approve(args: argparse.Namespace) -> int:
    if bool(args.template) == bool(args.all):
        raise ApprovalError("name one template, or give --all")
    key = load_private_key(Path(args.key))
    exposure = key_file_exposure(Path(args.key))
    if exposure:
        note(f"designer: warning: {args.key}: {exposure}")
    ring = load_keyring(keyring_path(args))
    by, role = _signer(args, key, ring)
    lib = library(args)
    chosen = list(lib) if args.all else [lib.get(args.template)]
    for template in chosen:
        _approve_one(template, key, ring, by, role, force=args.force)
    return EXIT_OK


def _signer(args: argparse.Namespace, key: Ed25519PrivateKey, ring: Keyring) -> tuple[str, str]:
    """Who signs: as given, else as the keyring knows this key."""
    trusted = ring.find(public_key_line(key.public_key()))
    if trusted is None:
        if not args.by:
            raise ApprovalError(
                f"this key is not in the keyring {ring.source}",
                hint="add its public key line there first, or give --by and --role",
            )
        note(f"designer: warning: the key is not in {ring.source}; the approval will not verify")
    name = args.by or (trusted.name if trusted else "")
    role = args.role if args.role is not None else (trusted.role if trusted else "")
    return name, role


def _approve_one(
    template: Template, key: Ed25519PrivateKey, ring: Keyring, by: str, role: str, *, force: bool
) -> None:
    current = check_template(template, ring)
    mine = current.approval and current.approval.public_key == public_key_line(key.public_key())
    if current.approved and mine and not force:
        note(f"{template.id}: already approved with this key, unchanged")
        return
    approval = approve(template.folder, key, by=by, role=role)
    print(f"{template.id}: approved v{template.version} by {by} ({role}), {approval.approved_on}")


# --- templates verify -------------------------------------------------------------------------


def run_verify(args: argparse.Namespace) -> int:
    lib = library(args)
    templates = [lib.get(args.template)] if args.template else list(lib)
    checks = check_library(templates, load_keyring(keyring_path(args)))
    for check in checks.values():
        print(verify_line(check))
    broken = () if args.template else lib.problems
    for problem in broken:
        print(f"FAILED  (not loaded): {problem}")
    failed = bool(broken) or any(not c.approved for c in checks.values())
    return EXIT_NOT_READY if failed else EXIT_OK


def verify_line(check: ApprovalCheck) -> str:
    verdict = "ok     " if check.approved else "FAILED "
    return f"{verdict} {check.template_id}: {check.summary}"
