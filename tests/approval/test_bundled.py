"""Every bundled template is signed by the demonstration key in the bundled keyring.

If this fails after a template was edited, re-sign the bundled templates:
``designer templates approve --all --key assets/keys/DEMO-ONLY-approver.pem``.
"""

from __future__ import annotations

import json

import pytest
from approval_support import designer

from designer import resources
from designer.approval.keys import load_keyring, load_private_key, public_key_line
from designer.approval.verify import check_library
from designer.cli import main
from designer.io.templates import load_library

RESIGN = "designer templates approve --all --key assets/keys/DEMO-ONLY-approver.pem"


def test_every_bundled_template_verifies() -> None:
    checks = check_library(load_library())
    assert checks, "no bundled templates"
    failed = {tid: c.problems for tid, c in checks.items() if not c.approved}
    assert not failed, f"re-sign with `{RESIGN}`: {failed}"


def test_the_demo_key_is_the_one_in_the_default_keyring() -> None:
    key = load_private_key(resources.assets_dir() / "keys" / "DEMO-ONLY-approver.pem")
    trusted = load_keyring().find(public_key_line(key.public_key()))
    assert trusted is not None
    assert "DEMONSTRATION ONLY" in trusted.name


def test_cli_verify_passes_for_the_bundled_library() -> None:
    done = designer("templates", "verify")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("ok ") == len(load_library())


def test_listing_shows_the_approval_state(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(" approved " in line for line in lines)
    assert main(["templates", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    approval = records[0]["approval"]
    assert approval["state"] == "approved"
    assert approval["approved_by"].startswith("Demo approver")
    assert len(approval["template_hash"]) == 64
