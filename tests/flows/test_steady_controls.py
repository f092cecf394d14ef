"""A message never moves what the treasurer is aiming at: the Realisatie warning about a difference without an
explanation, and the Bankafschrift window's summary of what changes, appear and grow in room kept for them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from flow_user import Key, Mod
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QFileDialog, QWidget

from dekkingsplan.ui.screens import agenda
from dekkingsplan.ui.screens.realisation import RealisationScreen

STATEMENTS = Path(__file__).parents[1] / "core" / "bank" / "statements"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(agenda, "today", lambda: date(2027, 2, 10))


def _places(widgets: dict[str, QWidget]) -> dict[str, tuple[int, int, int, int]]:
    """Where each widget is on the screen, and how big."""
    found = {}
    for name, widget in widgets.items():
        corner = widget.mapToGlobal(QPoint(0, 0))
        found[name] = (corner.x(), corner.y(), widget.width(), widget.height())
    return found


def test_the_realisatie_warning_moves_no_cell(app_window, demo_file, user, qtbot):
    window = app_window(demo_file)
    user.press(Key.Key_6, Mod.ControlModifier)  # Beeld › Realisatie
    screen = window.stack.pages.currentWidget()
    assert isinstance(screen, RealisationScreen)
    user.press(Key.Key_J, Mod.AltModifier)
    user.type("2026\n")
    table, model = screen.cost_table, screen.cost_model
    aimed = {"costs": table.viewport(), "sources": screen.source_table.viewport(), "year": screen.year_box,
             "bank": screen.bank_button}
    assert screen.warning.isHidden()
    before = _places(aimed)
    columns = [c.key for c in model.columns]
    user.click_cell(table, model.row_of("coord"), columns.index("actual"))
    user.type("48.000\n")  # 4.850 over a budget of 43.150: more than 10 % and more than € 500
    qtbot.waitUntil(lambda: window.document.plan.cost("coord").actuals == {2026: 48000_00})
    assert screen.warning.isVisible() and "‘Coördinator 0,6 fte’" in screen.warning.text()
    assert _places(aimed) == before
    user.click_cell(table, model.row_of("coord"), columns.index("note"))
    user.type("Uitbreiding naar 0,7 fte\n")
    qtbot.waitUntil(screen.warning.isHidden)
    assert _places(aimed) == before


def test_the_bank_statement_summary_moves_no_control(app_window, demo_file, user, qtbot, tmp_path, monkeypatch):
    statement = tmp_path / "afschrift.xml"
    statement.write_bytes((STATEMENTS / "camt053_v02.xml").read_bytes().replace(b"NL20INGB0001234567",
                                                                                   b"NL91ABNA0417164300"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(statement), ""))
    window = app_window(demo_file)
    user.press(Key.Key_6, Mod.ControlModifier)
    screen = window.stack.pages.currentWidget()
    user.click(screen.bank_button)
    dialog = screen.bank_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    aimed = {"table": dialog.table.viewport(), "line": dialog.line_box, "remember": dialog.remember,
             "ok": dialog.ok_button}
    before = _places(aimed)
    heading_only = dialog.summary.text().count("\n")
    for row, line in ((0, "huur"), (1, "gemeente-2026"), (2, "giften-leden"), (6, "administratie"),
                      (8, "communicatie")):  # each choice adds a line to the summary, five in all
        user.click_cell(dialog.table, row, 0)
        user.press(Key.Key_N, Mod.AltModifier)
        user.press(Key.Key_Home)
        for _ in range(dialog.line_box.findData(line)):
            user.press(Key.Key_Down)  # each step chooses, as the arrow keys do in a closed list
        assert _places(aimed) == before, line
    assert dialog.summary.text().count("\n") >= heading_only + 5
    user.click(dialog.remember)  # a hint about the rule appears
    assert dialog.remember.isChecked() and dialog.rule_hint.text()
    assert _places(aimed) == before
    user.when_dialog(lambda _d: None)
    dialog.reject()


def test_a_refused_actual_amount_moves_no_table_of_the_realisatie(app_window, demo_file, user, qtbot):
    """The message bar lies over the foot of the tables: a splitter made it a pane of its own, which pushed the
    tables up by its height the moment it showed."""
    window = app_window(demo_file)
    user.press(Key.Key_6, Mod.ControlModifier)
    screen = window.stack.pages.currentWidget()
    user.press(Key.Key_J, Mod.AltModifier)
    user.type("2026\n")
    table, model = screen.cost_table, screen.cost_model
    aimed = {"costs": table.viewport(), "sources": screen.source_table.viewport(),
             "summary": screen.summary_table.viewport()}
    before = _places(aimed)
    user.click_cell(table, 1, [c.key for c in model.columns].index("actual"))
    user.type("12,5,0\n")
    assert screen.message.isVisible() and "de vorige waarde is bewaard" in screen.message.text()
    assert _places(aimed) == before


def test_a_refused_change_moves_nothing_on_scenarios(app_window, demo_file, user, qtbot):
    window = app_window(demo_file)
    screen = user.go_to(window, "Scenario's")
    adjustments = screen.adjustments_view if hasattr(screen, "adjustments_view") else None
    aimed = {"list": screen.frame.splitter.widget(0), "detail": screen.frame.splitter.widget(1)}
    before = _places(aimed)
    model = screen.adjustments
    assert not model.setData(model.cell(0, "factor"), "−120%")  # less than nothing cannot be
    assert screen.message.isVisible() and adjustments is None
    assert _places(aimed) == before


def test_a_refused_budget_amount_leaves_every_cell_within_reach(app_window, demo_file, user):
    """The refusal on Begroting lies over the table's foot, but never over the row being edited, and a click on
    any cell under it reaches that cell (it took the click, and the next typing went into another column)."""
    window = app_window(demo_file)
    window.resize(1366, 768 - 40)
    screen = user.go_to(window, "Begroting")
    table = screen.table
    amount = [c.key for c in screen.model.columns].index("amount")
    viewport = table.viewport()
    bottom = table.rowAt(viewport.height() - 1)
    last = bottom - 1 if bottom > 0 else table.model().rowCount() - 1  # the lowest row shown whole
    aimed = {"table": viewport, "header": table.horizontalHeader()}
    before = _places(aimed)
    user.click_cell(table, last, amount, double=True)
    user.type("12,5,0\n")
    bar = screen.message
    assert bar.isVisible() and "de vorige waarde is bewaard" in bar.text()
    assert _places(aimed) == before
    edited = table.visualRect(table.model().index(last, amount))
    assert not bar.geometry().intersects(QRect(viewport.mapTo(bar.parentWidget(), edited.topLeft()), edited.size()))
    for row in range(table.rowAt(0), last + 1):
        for column in range(table.model().columnCount()):
            if table.isColumnHidden(column):
                continue
            point = viewport.mapTo(window, table.visualRect(table.model().index(row, column)).center())
            assert window.childAt(point) is viewport, (row, column)
    user.click_cell(table, last, amount, double=True)
    user.press(Key.Key_A, Mod.ControlModifier)
    user.type("1.234\n")
    assert "1.234" in table.model().index(last, amount).data()  # the typing went into Bedrag
    assert _places(aimed) == before


def test_a_wrong_iban_moves_no_field_of_the_organisatie(app_window, demo_file, user):
    """The sentence under a wrong IBAN appears in room kept for it: it pushed every field below it down."""
    window = app_window(demo_file)
    window.resize(1366, 768 - 40)
    screen = user.go_to(window, "Organisatie")
    aimed = {key: field.edit for key, field in screen.fields.items()}
    aimed |= {"anbi": screen.anbi, "years": screen.first_year}
    before = _places(aimed)
    iban = screen.fields["iban"]
    user.click(iban.edit)
    user.press(Key.Key_A, Mod.ControlModifier)
    user.type("NL91ABNA0417164301")  # the last digit is off: the check digits do not match
    user.press(Key.Key_Tab)
    assert iban.error.isVisible() and "IBAN" in iban.error.text()
    assert _places(aimed) == before
    user.click(iban.edit)
    user.press(Key.Key_A, Mod.ControlModifier)
    user.type("NL91ABNA0417164300\t")
    assert not iban.error.text() and window.document.plan.organisation.iban == "NL91ABNA0417164300"
    assert _places(aimed) == before
