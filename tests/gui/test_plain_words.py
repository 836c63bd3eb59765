"""What an officer reads in the window is plain words; the exact figures wait under a fold."""

from __future__ import annotations

import re

import pytest
from gui.gui_helpers import FakeDialogs
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from designer.gui.app import create_window
from designer.gui.catalogue import Catalogue
from designer.gui.main_window import MainWindow
from designer.gui.plain_words import plain_finding, printer_title
from designer.gui.settings import Settings
from designer.gui.worker import ImmediateRunner
from designer.io.printers import list_printers
from designer.model.printer import PdfxFlavour
from designer.preflight.issues import PreflightIssue, Severity
from designer.records import replace

OVERFLOWING = (
    "Drop-in sessions at the Waverley Community Hub, Wednesdays and Thursdays, 10am to 4pm"
)
# what the issue saw: the PDF standard's name, points, ink percentages, box names, slot names
JARGON = re.compile(r"PDF/X|\d pt\b| pt\b|% ink|TrimBox|BleedBox|\[[a-z_ ]+\]|'[a-z_]+'|\d mm\b")


def jargon_in(texts: list[str]) -> list[str]:
    return [t for t in texts if JARGON.search(t)]


@pytest.fixture
def all_printers(qtbot: QtBot, catalogue: Catalogue, settings: Settings, dialogs: FakeDialogs
                 ) -> MainWindow:
    """The window with every bundled printer profile, the strict PDF/X-1a one among them."""
    settings.template_id, settings.size = "worried-about-yourself", "A3"
    printers = tuple(list_printers())
    assert any(p.pdfx is PdfxFlavour.X1A for p in printers)
    win = create_window(ImmediateRunner(), settings, replace(catalogue, printers=printers),
                        dialogs)
    qtbot.addWidget(win)
    return win


def test_the_printer_list_names_printers_in_plain_words(all_printers: MainWindow) -> None:
    picker = all_printers.panels.printer
    names = [picker.itemText(i) for i in range(picker.count())]
    tips = [str(picker.itemData(i, Qt.ItemDataRole.ToolTipRole)) for i in range(picker.count())]
    assert "Printer that needs the older PDF standard" in names
    assert "Offset, coated paper" in names
    assert jargon_in(names + tips + [picker.toolTip()]) == []
    assert all(tip for tip in tips)


def test_findings_and_messages_are_plain_and_the_figures_are_in_the_details(
    window: MainWindow
) -> None:
    window.edits.set_value("local_note", OVERFLOWING)
    checks = window.panels.checks
    assert "text.overflow" in [issue.rule for issue in checks.issues()]
    checks.show_notes.setChecked(True)
    seen = [*checks.visible_texts(), window.panels.form.message("local_note"),
            window.panels.export.reason.text()]
    assert jargon_in(seen) == [], seen
    overflow = next(t for t in checks.visible_texts() if "does not fit" in t)
    assert overflow.startswith("The “Local note” text does not fit in its space")
    assert "Shorten the text you typed" in overflow

    assert not checks.details.isVisibleTo(checks)  # folded until asked for
    checks.details_button.click()
    assert checks.details.isVisibleTo(checks)
    details = checks.details.toPlainText()
    assert re.search(r"text\.overflow .*'note'.*\d+\.\d mm over", details)
    assert "PDF/X-4" in details and "total ink at most 300 %" in details
    assert "text at least 6 pt" in details


def test_an_empty_field_is_named_by_its_label_not_its_slot(window: MainWindow) -> None:
    window.edits.set_value("local_note", "")
    checks = window.panels.checks
    checks.show_notes.setChecked(True)
    notes = [t for t in checks.visible_texts() if "left out" in t]
    assert notes and notes[0].startswith("“Local note” is empty, so its line is left out.")
    assert jargon_in(checks.visible_texts()) == []
    assert "[local_note]" in checks.details.toPlainText()  # the exact line, for the printer


def test_the_approved_wording_shows_the_areas_real_details(window: MainWindow) -> None:
    state = window.controller.state
    assert state.region is not None
    wording = window.panels.form.copy_text.toPlainText()
    phone = state.region.lookup("helpline.phone")
    assert phone and phone in wording
    assert state.region.name in wording
    assert "[" not in wording and "{" not in wording
    window.edits.set_value("local_note", "Open Tuesdays at the library")
    assert "Open Tuesdays at the library" in window.panels.form.copy_text.toPlainText()
    other = window.controller.catalogue.regions[2]
    window.edits.choose_region(other)
    assert other.name in window.panels.form.copy_text.toPlainText()


@pytest.mark.parametrize(
    "issue",
    [
        PreflightIssue(
            severity=Severity.ERROR,
            rule="pdf.boxes.trim-missing",
            message="no TrimBox on page 1",
            fix="Set a TrimBox of the finished size on every page.",
            page=1,
        ),
        PreflightIssue(
            severity=Severity.ERROR,
            rule="text.too-small",
            message="the text in 'call_label' is 5.2 pt, "
            "smaller than the press can print clearly (6 pt)",
            fix="shorten",
            page=1,
            element="call_label",
            measured="5.2 pt",
            limit="6 pt",
        ),
        PreflightIssue(
            severity=Severity.ERROR,
            rule="ink.total",
            message="the colour 'ink' (C100 M80 Y0 K90) puts 330 % ink on the paper",
            fix="less ink",
            page=1,
            element="ink",
            measured="330 %",
            limit="300 %",
        ),
        PreflightIssue(
            severity=Severity.WARNING,
            rule="brand.new-rule",
            message="the 0.1 pt hairline in 'x_y' is odd",
            fix="set it to 0.25 pt",
        ),
    ],
)
def test_every_kind_of_finding_reads_plainly_and_keeps_its_exact_line(
    issue: PreflightIssue,
) -> None:
    plain = plain_finding(issue)
    assert jargon_in([plain.what, plain.fix]) == []
    assert plain.what.endswith(".") and plain.fix
    assert plain.details == str(issue)


def test_a_printer_title_without_jargon_is_kept() -> None:
    titles = {p.id: printer_title(p) for p in list_printers()}
    assert titles["offset-uncoated"] == "Offset, uncoated paper"
    assert titles["x1a-strict"] == "Printer that needs the older PDF standard"


def test_undo_redo_and_the_status_bar_name_the_printer_plainly(all_printers: MainWindow) -> None:
    picker = all_printers.panels.printer
    strict = next(
        i
        for i in range(picker.count())
        if picker.itemText(i) == "Printer that needs the older PDF standard"
    )
    picker.setCurrentIndex(strict)
    assert all_printers.controller.state.printer.pdfx is PdfxFlavour.X1A
    undo = all_printers.undo_action.text()
    assert undo == "&Undo Choose printer: Printer that needs the older PDF standard"
    all_printers.undo_action.trigger()
    seen = [
        all_printers.redo_action.text(),
        all_printers.undo_action.text(),
        all_printers.statusBar().currentMessage(),
        all_printers.windowTitle(),
    ]
    assert jargon_in([undo, *seen]) == [], seen


def test_a_field_problem_is_said_once_by_its_label_not_its_name(window: MainWindow) -> None:
    window.edits.set_value("local_note", "x" * 130)
    banner = window.panels.preview.banner
    assert banner.isVisibleTo(window)
    checks = window.panels.checks.visible_texts()
    for text in [banner.text(), *checks, window.panels.export.reason.text()]:
        assert "local_note" not in text.lower(), text
    assert "Local note: 40 characters too long" in banner.text()
    assert any(t.startswith("Local note: 40 characters too long") for t in checks), checks
    assert any("Change what you typed under “Fill in your details”" in t for t in checks)


def test_the_export_reason_reads_as_sentences(window: MainWindow) -> None:
    window.edits.choose_region(window.controller.catalogue.regions[1])  # not verified
    window.edits.set_value("local_note", OVERFLOWING)
    reason = window.panels.export.reason.text()
    assert reason.startswith("Not print-ready. The contact details"), reason
    assert reason.endswith(" One more thing: see the checks."), reason
    assert ". (" not in reason and ".." not in reason
