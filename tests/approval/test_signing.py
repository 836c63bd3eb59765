"""Signing and verifying templates: what passes, and exactly what is named when it does not."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from approval_support import copy_template, designer, edit, region_file
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from support import PRODUCED, verified

from designer.approval import ApprovalError
from designer.approval.keys import (
    fingerprint,
    keyring_entry,
    load_keyring,
    new_private_key,
    public_key_line,
    write_private_key,
)
from designer.approval.record import APPROVAL_FILE, approve
from designer.approval.verify import ApprovalState, check_template
from designer.errors import ExportError
from designer.export import export_product
from designer.io.regions import load_regions
from designer.io.templates import load_template
from designer.model.sizes import PaperSize
from designer.production import Job, produce
from designer.resources import asset, font_path

POSTER = "worried-about-yourself"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return copy_template(tmp_path)


def poster(library: Path) -> Path:
    return library / POSTER


def final_job(folder: Path, keyring: Path | None = None) -> Job:
    region = verified(load_regions().get("fife"))
    return Job(
        template=load_template(folder),
        region=region,
        size=PaperSize.A4,
        produced=PRODUCED,
        keyring=keyring,
    )


def test_a_signed_copy_verifies_and_exports_final(library: Path, tmp_path: Path) -> None:
    product = produce(final_job(poster(library)))
    assert product.approval is not None and product.approval.approved
    assert not product.blockers
    exported = export_product(product, tmp_path / "out.pdf")
    assert not exported.proof


def test_one_changed_character_is_refused_naming_the_file(library: Path, tmp_path: Path) -> None:
    source = poster(library) / "template.yaml"
    edit(source, "Confidential help is available", "Confidential help is availabIe")
    check = check_template(load_template(poster(library)))
    assert check.state is ApprovalState.CHANGED
    assert str(source) in check.problems[0] and "changed since it was approved" in check.problems[0]
    product = produce(final_job(poster(library)))
    assert product.is_proof
    assert any(str(source) in reason for reason in product.proof_reasons)
    with pytest.raises(ExportError, match="not print-ready"):
        export_product(product, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_cli_refuses_a_final_of_a_changed_template(library: Path, tmp_path: Path) -> None:
    source = poster(library) / "template.yaml"
    edit(source, "Free, confidential helpline", "Free, confidential helpIine")
    regions = region_file(tmp_path, "fife")
    out = tmp_path / "out"
    out.mkdir()
    args = ("--templates", library, "--regions", regions, "render", POSTER, "fife", "--size", "A4")
    done = designer(*args, cwd=out)
    assert done.returncode == 1
    assert str(source) in done.stderr and "not approved" in done.stderr
    assert f"designer templates approve {POSTER}" in done.stderr
    assert list(out.iterdir()) == []
    proof = designer(*args, "--proof", cwd=out)
    assert proof.returncode == 0, proof.stderr
    assert [p.name for p in out.iterdir()] == [f"{POSTER}_fife_A4-PROOF.pdf"]


def test_comments_and_layout_of_the_yaml_do_not_void_the_approval(library: Path) -> None:
    source = poster(library) / "template.yaml"
    edit(source, "kind: poster", "\n\nkind:    poster   # checked again by the owner")
    source.write_text("# reviewed\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    assert check_template(load_template(poster(library))).approved


def test_a_font_swapped_in_under_the_same_name_is_caught(library: Path) -> None:
    """A file in the template folder shadows the bundled asset: the approval names both."""
    shutil.copy(font_path("NotoSans-Regular.ttf"), poster(library))
    check = check_template(load_template(poster(library)))
    assert check.state is ApprovalState.CHANGED
    text = " ".join(check.problems)
    assert "template/NotoSans-Regular.ttf is used but was not part of the approval" in text
    assert (
        "assets/fonts/NotoSans-Regular.ttf was approved but the template no longer uses it" in text
    )


def test_a_changed_image_is_named(library: Path, tmp_path: Path) -> None:
    logo = poster(library) / "campaign-mark.png"
    shutil.copy(asset("logos", "campaign-mark.png"), logo)
    key = new_private_key()
    approve(poster(library), key, by="Tester", role="Owner")
    keyring = _keyring_with(tmp_path, key)
    assert check_template(load_template(poster(library)), keyring).approved
    data = bytearray(logo.read_bytes())
    data[-20] ^= 0xFF
    logo.write_bytes(bytes(data))
    check = check_template(load_template(poster(library)), keyring)
    assert check.state is ApprovalState.CHANGED
    assert check.problems == (check.problems[0],)
    assert check.problems[0].startswith("template/campaign-mark.png has changed")


def _keyring_with(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    line = public_key_line(key.public_key())
    path = tmp_path / "keyring.yaml"
    path.write_text("keys:\n" + keyring_entry("Tester", "Owner", line))
    return path


def test_a_signature_by_a_key_not_in_the_keyring_is_refused(library: Path, tmp_path: Path) -> None:
    stranger = new_private_key()
    approve(poster(library), stranger, by="Someone Else", role="Unknown")
    check = check_template(load_template(poster(library)))
    assert check.state is ApprovalState.UNKNOWN_KEY
    line = public_key_line(stranger.public_key())
    assert fingerprint(line) in check.problems[0]
    assert str(load_keyring().source) in check.problems[0]
    product = produce(final_job(poster(library)))
    assert product.is_proof and "not in the keyring" in product.blockers[0].message
    trusted = _keyring_with(tmp_path, stranger)
    assert not produce(final_job(poster(library), keyring=trusted)).is_proof


def test_an_edited_approval_record_fails_its_signature(library: Path) -> None:
    edit(poster(library) / APPROVAL_FILE, "approved_by: Demo approver", "approved_by: The Boss")
    check = check_template(load_template(poster(library)))
    assert check.state is ApprovalState.INVALID
    assert "the signature does not match" in check.problems[0]


def test_an_unsigned_template_can_only_be_proofed(library: Path) -> None:
    (poster(library) / APPROVAL_FILE).unlink()
    check = check_template(load_template(poster(library)))
    assert check.state is ApprovalState.UNSIGNED
    assert "nobody has approved this template" in check.problems[0]
    assert produce(final_job(poster(library))).is_proof


def test_a_template_changed_after_loading_is_refused(library: Path) -> None:
    loaded = load_template(poster(library))
    edit(poster(library) / "template.yaml", 'version: "1.0.0"', 'version: "1.0.1"')
    check = check_template(loaded)
    assert not check.approved
    assert any("changed after it was loaded" in p for p in check.problems)


def test_a_broken_keyring_blocks_finals_with_its_name(library: Path, tmp_path: Path) -> None:
    bad = tmp_path / "keyring.yaml"
    bad.write_text("keys:\n  - name: X\n    public_key: ed25519:not-base64\n")
    check = check_template(load_template(poster(library)), bad)
    assert check.state is ApprovalState.INVALID
    assert str(bad) in check.problems[0] and "public key line" in check.problems[0]


# --- the commands ------------------------------------------------------------------------------


def test_keys_new_writes_a_private_key_only_its_owner_can_read(tmp_path: Path) -> None:
    done = designer("keys", "new", "A. Owner", "--role", "Campaign owner", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    pem = tmp_path / "a-owner.pem"
    assert stat.S_IMODE(pem.stat().st_mode) == 0o600
    assert pem.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    keyring = tmp_path / "keyring.yaml"
    keyring.write_text("keys:\n" + done.stdout)
    (entry,) = load_keyring(keyring)
    assert (entry.name, entry.role) == ("A. Owner", "Campaign owner")
    again = designer("keys", "new", "A. Owner", cwd=tmp_path)
    assert again.returncode == 2 and "never overwritten" in again.stderr


def test_approve_and_verify_with_a_new_approver(library: Path, tmp_path: Path) -> None:
    key_file = tmp_path / "me.pem"
    write_private_key(new_private_key(), key_file)
    with pytest.raises(ApprovalError):
        write_private_key(new_private_key(), key_file)
    common = ("--templates", library, "--keyring")
    unknown = designer(*common, tmp_path / "none.yaml", "templates", "verify")
    assert unknown.returncode == 2 and "keyring file does not exist" in unknown.stderr
    refused = designer("--templates", library, "templates", "approve", POSTER, "--key", key_file)
    assert refused.returncode == 2 and "not in the keyring" in refused.stderr
    signed = designer(
        "--templates", library, "templates", "approve", POSTER, "--key", key_file, "--by", "Me"
    )
    assert signed.returncode == 0, signed.stderr
    assert "will not verify" in signed.stderr
    failed = designer("--templates", library, "templates", "verify")
    assert (
        failed.returncode == 1
        and "FAILED" in failed.stdout
        and "not in the keyring" in failed.stdout
    )
