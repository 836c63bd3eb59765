"""Is this template approved? The answer, and exactly what does not match when it is not.

A template is approved when its ``approval.yaml`` is signed by a key in the
keyring, the signature covers the recorded values, the recorded hashes equal
the template's files on disk now, and the template in memory is the one those
files build. Every failure names the file or key concerned.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from msgspec import Struct

from designer.approval.digest import TemplateDigest, digest_folder
from designer.approval.keys import Keyring, default_keyring_path, fingerprint, load_keyring
from designer.approval.record import APPROVAL_FILE, Approval, read_approval, signature_ok
from designer.errors import DesignerError
from designer.io.templates import TEMPLATE_FILE, used_files
from designer.model.template import Template
from designer.preflight.issues import PreflightIssue, Severity
from designer.records import replace


class ApprovalState(StrEnum):
    APPROVED = "approved"
    UNSIGNED = "unsigned"  # no approval record
    UNKNOWN_KEY = "unknown-key"  # signed by a key the keyring does not list
    CHANGED = "changed"  # the template or a file it uses differs from what was signed
    INVALID = "invalid"  # the record is unreadable, or its signature does not verify


class ApprovalCheck(Struct, frozen=True, kw_only=True):
    template_id: str
    state: ApprovalState
    problems: tuple[str, ...] = ()
    approval: Approval | None = None
    digest: TemplateDigest | None = None  # of the files on disk now, when they could be read

    @property
    def approved(self) -> bool:
        return self.state is ApprovalState.APPROVED

    @property
    def summary(self) -> str:
        if self.approved and self.approval:
            a = self.approval
            return f"approved by {a.approved_by} ({a.role}) on {a.approved_on[:10]}"
        return f"NOT APPROVED ({self.state.value}): " + "; ".join(self.problems)

    def to_json(self) -> dict[str, object]:
        a = self.approval
        return {
            "state": self.state.value,
            "approved_by": a.approved_by if a else None,
            "role": a.role if a else None,
            "approved_on": a.approved_on if a else None,
            "key": fingerprint(a.public_key) if a else None,
            "template_hash": self.digest.combined if self.digest else None,
            "problems": list(self.problems),
        }


def check_template(template: Template, keyring: Keyring | Path | None = None) -> ApprovalCheck:
    """Verify ``template`` against ``keyring`` (a Keyring, a keyring file, or the default).

    Every render asks, so the answer is kept until any file it depends on changes:
    the cache key holds the bytes' digest of the small text files (template, approval,
    keyring) and the inode, size and times of the fonts and images.
    """
    key = (template, _keyring_key(keyring), _file_states(template, keyring))
    if key not in _CHECKED:
        _CHECKED[key] = _check(template, keyring)
    return _CHECKED[key]


_CHECKED: dict[object, ApprovalCheck] = {}


def _keyring_key(keyring: Keyring | Path | None) -> object:
    return keyring if isinstance(keyring, Keyring) else str(keyring)


def _file_states(template: Template, keyring: Keyring | Path | None) -> tuple[object, ...]:
    ring = keyring.source if isinstance(keyring, Keyring) else (keyring or default_keyring_path())
    texts = (template.source, template.folder / APPROVAL_FILE, Path(ring))
    return (*(_digest(path) for path in texts), *(_state(p) for p in used_files(template)))


def _digest(path: Path) -> str:
    """A few kilobytes: hashing them is cheaper than trusting a timestamp's resolution."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return f"missing {path}"


def _state(path: Path) -> tuple[str, int, int, int, int] | str:
    try:
        info = path.stat()
    except OSError:
        return f"missing {path}"
    return (str(path), info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _check(template: Template, keyring: Keyring | Path | None) -> ApprovalCheck:
    try:
        ring = keyring if isinstance(keyring, Keyring) else load_keyring(keyring)
        digest, on_disk = digest_folder(template.folder)
        approval = read_approval(template.folder)
    except DesignerError as exc:
        return ApprovalCheck(
            template_id=template.id, state=ApprovalState.INVALID, problems=(str(exc),)
        )
    if approval is None:
        problem = f"no {APPROVAL_FILE} in {template.folder}: nobody has approved this template"
        check = ApprovalCheck(
            template_id=template.id,
            state=ApprovalState.UNSIGNED,
            problems=(problem,),
            approval=None,
            digest=digest,
        )
    else:
        check = _judge(template, ring, approval, digest)
    return check if on_disk == template else _stale(check, template)


def _stale(check: ApprovalCheck, template: Template) -> ApprovalCheck:
    """The files on disk are not what was loaded: what prints is not what was checked."""
    problem = f"{template.source} changed after it was loaded; reload the templates"
    state = ApprovalState.CHANGED if check.approved else check.state
    return replace(check, state=state, problems=(*check.problems, problem))


def _judge(
    template: Template, ring: Keyring, approval: Approval, digest: TemplateDigest
) -> ApprovalCheck:
    record = template.folder / APPROVAL_FILE
    trusted = ring.find(approval.public_key)
    if trusted is None:
        problem = (
            f"{record} is signed by key {fingerprint(approval.public_key)} "
            f"({approval.approved_by!r}), which is not in the keyring {ring.source}"
        )
        return ApprovalCheck(
            template_id=template.id,
            state=ApprovalState.UNKNOWN_KEY,
            problems=(problem,),
            approval=approval,
            digest=digest,
        )
    if not signature_ok(approval):
        problem = f"{record}: the signature does not match the record (it was edited or damaged)"
        return ApprovalCheck(
            template_id=template.id,
            state=ApprovalState.INVALID,
            problems=(problem,),
            approval=approval,
            digest=digest,
        )
    changes = tuple(differences(approval.digest, digest, template.folder))
    state = ApprovalState.CHANGED if changes else ApprovalState.APPROVED
    return ApprovalCheck(
        template_id=template.id, state=state, problems=changes, approval=approval, digest=digest
    )


def differences(signed: TemplateDigest, now: TemplateDigest, folder: Path) -> list[str]:
    """Each file whose hash differs from the one signed, in words."""
    found = []
    if signed.template_id != now.template_id:
        found.append(
            f"the approval is for template {signed.template_id!r}, not {now.template_id!r}"
        )
    if signed.content_sha256 != now.content_sha256:
        found.append(
            f"{folder / TEMPLATE_FILE} has changed since it was approved "
            f"(signed content {signed.content_sha256[:12]}, now {now.content_sha256[:12]})"
        )
    return found + _asset_differences(dict(signed.assets), dict(now.assets))


def _asset_differences(signed: dict[str, str], now: dict[str, str]) -> list[str]:
    found = []
    for name in sorted(signed.keys() | now.keys()):
        if name not in now:
            found.append(f"{name} was approved but the template no longer uses it")
        elif name not in signed:
            found.append(f"{name} is used but was not part of the approval")
        elif signed[name] != now[name]:
            found.append(
                f"{name} has changed since it was approved "
                f"(signed {signed[name][:12]}, now {now[name][:12]})"
            )
    return found


def approval_issue(check: ApprovalCheck) -> PreflightIssue | None:
    """The finding that stops a final export of an unapproved template (None when approved)."""
    if check.approved:
        return None
    return PreflightIssue(
        severity=Severity.ERROR,
        rule=f"template.{check.state.value}",
        message=f"the template {check.template_id!r} is not approved: " + "; ".join(check.problems),
        fix=("an approver signs the current version with "
        f"`designer templates approve {check.template_id} --key FILE`; "
        "until then only proofs can be made"),
        element=check.template_id,
    )


def check_library(
    templates: Iterable[Template], keyring: Keyring | Path | None = None
) -> dict[str, ApprovalCheck]:
    """Every template's check, by id; the keyring is read once."""
    try:
        ring: Keyring | Path | None = (
            keyring if isinstance(keyring, Keyring) else load_keyring(keyring)
        )
    except DesignerError:
        ring = keyring  # each check reports the keyring problem itself
    return {t.id: check_template(t, ring) for t in templates}
