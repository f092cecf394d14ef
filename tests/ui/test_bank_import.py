"""Realisatie › Bankafschrift inlezen…: the treasurer reads December's statement into the actual figures, tells
the window where the unknown transactions go, remembers one as a rule, and undoes it all in one step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dekkingsplan.core.model import BankRule
from dekkingsplan.store.reader import read_plan
from dekkingsplan.ui.screens import agenda
from dekkingsplan.ui.screens.realisation import RealisationScreen
from dekkingsplan.ui.widgets.bank_import import BankImportDialog

STATEMENTS = Path(__file__).parents[1] / "core" / "bank" / "statements"
DEMO_IBAN = "NL91ABNA0417164300"
RENT_IBAN = "NL44RABO0123456789"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(agenda, "today", lambda: date(2027, 2, 10))


@pytest.fixture
def december(tmp_path: Path) -> Path:
    """December 2026 and January 2027 of the demo organisation's own account."""
    path = tmp_path / "afschrift.xml"
    path.write_bytes((STATEMENTS / "camt053_v02.xml").read_bytes().replace(b"NL20INGB0001234567", DEMO_IBAN.encode()))
    return path


def _click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _choose_line(qtbot, dialog: BankImportDialog, line_id: str) -> None:
    """Alt+N to the line chooser, then the arrow keys down to the line."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    box = dialog.line_box
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.findData(line_id)):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == line_id


def _where(dialog: BankImportDialog) -> list[str]:
    model = dialog.model
    return [model.data(model.cell(r, "line")) for r in range(model.rowCount())]


def _open(qtbot, make_window, demo_file: Path, statement: Path, monkeypatch):
    window = make_window()
    assert window.open_path(demo_file)
    screen = window.show_screen(RealisationScreen)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(statement), ""))
    qtbot.mouseClick(screen.bank_button, Qt.MouseButton.LeftButton)
    return window, screen


def test_read_choose_remember_apply_and_undo_in_one_step(qtbot, make_window, demo_file, december, monkeypatch):
    window, screen = _open(qtbot, make_window, demo_file, december, monkeypatch)
    dialog = screen.bank_dialog
    assert isinstance(dialog, BankImportDialog) and dialog.isVisible()
    assert "beginsaldo €\u00a01.000,00" in dialog.balance.text()
    assert _where(dialog) == ["niet toegewezen"] * 9  # the demo has no rules yet: every transaction waits
    assert dialog.summary.text().startswith("Er verandert geen werkelijk bedrag.")

    # December's rent: to the rent line, remembered — so the refund and January's rent follow the same rule
    _click_row(qtbot, dialog.table, 0)
    _choose_line(qtbot, dialog, "huur")
    qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
    assert "rekening NL44RABO0123456789" in dialog.rule_hint.text()
    rent = "Huur buurtkamer Wisselstraat"
    assert _where(dialog)[0] == f"{rent} (onthouden)"
    assert _where(dialog)[5] == f"{rent} (regel)" and _where(dialog)[7] == f"{rent} (regel)"

    # the three contributions of the batch, by click and shift-click, to the members' gifts
    _click_row(qtbot, dialog.table, 2)
    _click_row(qtbot, dialog.table, 4, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.selected_rows() == [2, 3, 4]
    _choose_line(qtbot, dialog, "giften-leden")
    assert _where(dialog)[2:5] == ["Periodieke giften vrienden van De Wissel (gekozen)"] * 3
    assert _where(dialog)[6] == "niet toegewezen"  # bank costs: left alone, and shown as such

    summary = dialog.summary.text()
    assert f"{rent} 2026: nog niets → €\u00a01.349,50 (+1.349,50, 2 transactie(s))" in summary  # 1395.00 − 45.50
    assert f"{rent} 2027: nog niets → €\u00a01.395,00" in summary
    assert "Periodieke giften vrienden van De Wissel 2026: nog niets → €\u00a045,00" in summary
    assert "1 nieuwe regel(s) onthouden" in summary
    gemeente_before = window.document.plan.source("gemeente-2026").actuals[2026]

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    plan = window.document.plan
    assert plan.cost("huur").actuals == {2026: 1349_50, 2027: 1395_00}
    assert plan.source("giften-leden").actuals == {2026: 45_00}
    assert plan.source("gemeente-2026").actuals[2026] == gemeente_before  # no rule, no choice: unchanged
    assert plan.bank_rules == [BankRule(match={"iban": RENT_IBAN}, line="huur")]
    assert len(plan.bank_transactions) == 9
    saved = read_plan(demo_file)  # in the file at once
    assert saved.cost("huur").actuals == {2026: 1349_50, 2027: 1395_00}
    assert len(saved.bank_transactions) == 9 and saved.bank_rules == plan.bank_rules
    assert screen.year == 2026  # the year most of December's statement went to, not this year (2027)
    assert screen.cost_model.data(screen.cost_model.cell(screen.cost_model.row_of("huur"), "actual")) == "1.349,50"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step undoes it all
    plan = window.document.plan
    assert plan.cost("huur").actuals == {} and plan.source("giften-leden").actuals == {}
    assert plan.bank_rules == [] and plan.bank_transactions == []
    assert read_plan(demo_file).bank_transactions == []


def test_the_same_statement_again_adds_nothing(qtbot, make_window, demo_file, december, monkeypatch):
    window, screen = _open(qtbot, make_window, demo_file, december, monkeypatch)
    dialog = screen.bank_dialog
    _click_row(qtbot, dialog.table, 0)
    _choose_line(qtbot, dialog, "huur")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.document.plan.cost("huur").actuals == {2026: 1395_00}
    qtbot.mouseClick(screen.bank_button, Qt.MouseButton.LeftButton)
    again = screen.bank_dialog
    assert again is not dialog
    assert _where(again)[0] == "al ingelezen: Huur buurtkamer Wisselstraat"
    _click_row(qtbot, again.table, 0)
    assert not again.line_box.isEnabled()  # read before into a line: it cannot go anywhere again
    assert "0 toegewezen, 8 niet toegewezen, 1 al eerder ingelezen" in again.summary.text()
    assert _where(again)[1] == "niet toegewezen (eerder ingelezen)"  # read, but it went nowhere: it still may


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_another_account_asks_first(qtbot, make_window, demo_file, dialogs, monkeypatch, answer):
    dialogs.answer = answer
    window, screen = _open(qtbot, make_window, demo_file, STATEMENTS / "triodos.csv", monkeypatch)
    assert dialogs.texts() == ["Dit afschrift is van rekening NL71TRIO0777888999, niet van het IBAN van de "
                               "organisatie (NL91ABNA0417164300). Toch inlezen?"]
    if answer == QMessageBox.StandardButton.No:
        assert screen.bank_dialog is None
    else:
        assert screen.bank_dialog.isVisible()
        assert len(screen.bank_dialog.imp.rows) == 3


def test_not_a_statement_is_said_on_the_screen(qtbot, make_window, demo_file, tmp_path, monkeypatch):
    letter = tmp_path / "brief.txt"
    letter.write_text("Beste penningmeester,\nhierbij de notulen.\n", encoding="utf-8")
    window, screen = _open(qtbot, make_window, demo_file, letter, monkeypatch)
    assert screen.bank_dialog is None
    assert screen.message.text().startswith(f"{letter}: geen bankafschrift")
    assert read_plan(demo_file).bank_transactions == []


def test_opened_and_cancelled_three_times_leaves_one_window(qtbot, make_window, demo_file, december, monkeypatch):
    window, screen = _open(qtbot, make_window, demo_file, december, monkeypatch)
    for _ in range(3):
        dialog = screen.bank_dialog
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)  # Annuleren
        assert not dialog.isVisible()
        qtbot.mouseClick(screen.bank_button, Qt.MouseButton.LeftButton)
        qtbot.wait(10)
    assert len(screen.findChildren(BankImportDialog)) == 1
    assert read_plan(demo_file).bank_transactions == []  # cancelled: nothing read into the plan
