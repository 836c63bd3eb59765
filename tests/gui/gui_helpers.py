"""What the GUI tests share besides fixtures: scripted dialogs and a verified area."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from designer.approval.keys import keyring_entry, load_private_key, public_key_line
from designer.approval.record import approve
from designer.model.region import Region, Verification
from designer.records import replace
from designer.resources import asset, templates_dir

if TYPE_CHECKING:
    from designer.pack import PrintOrder

POSTER = "worried-about-yourself"


class FakeDialogs:
    """Scripted answers; records what the window said."""

    def __init__(self) -> None:
        self.paths: list[Path | None] = []
        self.folders: list[Path | None] = []
        self.answers: list[bool] = []
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.orders: list[PrintOrder | None] = []  # print order answers; none: keep the start

    def save_path(self, title: str, suggested: Path) -> Path | None:
        self.asked.append(f"save: {suggested.name}")
        return self.paths.pop(0) if self.paths else None

    def folder(self, title: str, start: Path) -> Path | None:
        return self.folders.pop(0) if self.folders else None

    def open_csv(self, title: str, start: Path) -> Path | None:
        return self.paths.pop(0) if self.paths else None

    def confirm(self, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answers.pop(0) if self.answers else False

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def info(self, title: str, text: str) -> None:
        self.infos.append(text)

    def print_order(self, start: PrintOrder) -> PrintOrder | None:
        self.asked.append("print order")
        return self.orders.pop(0) if self.orders else start


def verified(region: Region) -> Region:
    today = date.today()
    check = Verification(by="Test Officer", on=today, source="phone call",
                         review_by=today + timedelta(days=180))
    return replace(region, verification=check)


def approved_templates(folder: Path) -> tuple[Path, Path]:
    """Sign copies of the bundled templates with the demo key; return (templates, keyring)."""
    templates = folder / "templates"
    shutil.copytree(templates_dir(), templates)
    key = load_private_key(asset("keys", "DEMO-ONLY-approver.pem"))
    keyring = folder / "keyring.yaml"
    line = public_key_line(key.public_key())
    keyring.write_text("keys:\n" + keyring_entry("Test Approver", "campaign lead", line),
                       encoding="utf-8")
    for template in sorted(p for p in templates.iterdir() if (p / "template.yaml").is_file()):
        approve(template, key, by="Test Approver", role="campaign lead")
    return templates, keyring
