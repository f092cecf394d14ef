"""The next treasurer of USERS.md, a year later: records last year's actual figures, explains the large
difference, sends the municipality the realisation — by keyboard and mouse in the real window."""

from __future__ import annotations

from flow_user import Key, Mod
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from dekkingsplan.ui.screens.realisation import RealisationScreen


def _save_as(user, path):
    def answer(_dialog):
        user.press(Key.Key_A, Mod.ControlModifier)
        user.type(str(path))
        user.press(Key.Key_Return)

    return answer


def test_actuals_an_explanation_and_the_verantwoording_as_pdf(app_window, demo_file, user, tmp_path, qtbot):
    from dekkingsplan.store.planfile import PlanFile

    window = app_window(demo_file)
    user.press(Key.Key_6, Mod.ControlModifier)  # Beeld › Realisatie
    screen = window.stack.pages.currentWidget()
    assert isinstance(screen, RealisationScreen)
    user.press(Key.Key_J, Mod.AltModifier)  # Jaar:
    user.type("2026")
    user.press(Key.Key_Return)
    assert screen.year == 2026

    table, model = screen.cost_table, screen.cost_model
    coord = model.row_of("coord")
    columns = [c.key for c in model.columns]
    user.click_cell(table, coord, columns.index("actual"))
    user.type("48.000\n")  # 4.850 over a budget of 43.150: more than 10 % and more than € 500
    qtbot.waitUntil(lambda: window.document.plan.cost("coord").actuals == {2026: 48000_00})
    assert screen.warning.isVisible() and "‘Coördinator 0,6 fte’" in screen.warning.text()

    user.click_cell(table, coord, columns.index("note"))
    user.type("Uitbreiding naar 0,7 fte vanaf september, besloten door het bestuur\n")
    qtbot.waitUntil(lambda: 2026 in window.document.plan.cost("coord").actual_notes)
    assert screen.warning.isHidden()
    user.press(Key.Key_Z, Mod.ControlModifier)  # undo brings the warning back
    assert window.document.plan.cost("coord").actual_notes == {} and screen.warning.isVisible()
    user.press(Key.Key_Z, Mod.ControlModifier | Mod.ShiftModifier)
    assert window.document.plan.cost("coord").actual_notes == {
        2026: "Uitbreiding naar 0,7 fte vanaf september, besloten door het bestuur"}

    def as_pdf(_dialog):
        user.press(Key.Key_B, Mod.AltModifier)  # Bestand: Excel or PDF
        user.press(Key.Key_Down)
        user.press(Key.Key_Return)

    target = tmp_path / "vaststelling 2026.pdf"
    user.when_dialog(as_pdf)
    user.when_dialog(_save_as(user, target))
    user.when_dialog(lambda _box: user.press(Key.Key_Escape))
    user.menu("X", "R")  # Exporteren › Verantwoording…
    qtbot.waitUntil(user.dialogs_answered)
    qtbot.waitUntil(target.exists)
    assert target.read_bytes().startswith(b"%PDF")

    window.close_plan()
    reopened = PlanFile.open(demo_file)
    try:
        coord_line = reopened.plan.cost("coord")
        assert coord_line.actuals == {2026: 48000_00}
        assert coord_line.actual_notes == {2026: "Uitbreiding naar 0,7 fte vanaf september, besloten door het bestuur"}
    finally:
        reopened.close()


def _realisatie_2026(app_window, demo_file, user):
    window = app_window(demo_file)
    user.press(Key.Key_6, Mod.ControlModifier)  # Beeld › Realisatie
    screen = window.stack.pages.currentWidget()
    assert isinstance(screen, RealisationScreen)
    user.press(Key.Key_J, Mod.AltModifier)
    user.type("2026\n")
    return window, screen


def test_1_39_as_an_actual_amount_is_asked_about_not_guessed(app_window, demo_file, user, qtbot):
    window, screen = _realisatie_2026(app_window, demo_file, user)
    table, model = screen.cost_table, screen.cost_model
    actual = [c.key for c in model.columns].index("actual")
    line = model.rows[1].line.id
    user.click_cell(table, 1, actual)
    user.type("1.39\n")
    assert window.document.plan.cost(line).actuals == {}  # nothing guessed
    assert screen.message.text() == ("Werkelijk: '1.39' kan twee bedragen zijn: bedoelt u €\u00a01,39 of €\u00a0139? "
                                     "Schrijf 1,39 of 139 — de vorige waarde is bewaard.")
    user.click_cell(table, 1, actual)
    user.type("1,39\n")
    qtbot.waitUntil(lambda: window.document.plan.cost(line).actuals == {2026: 1_39})


def test_a_block_of_actual_amounts_from_a_spreadsheet_is_pasted_as_one_edit(app_window, demo_file, user, qtbot):
    from PySide6.QtGui import QGuiApplication

    window, screen = _realisatie_2026(app_window, demo_file, user)
    table, model = screen.cost_table, screen.cost_model
    columns = [c.key for c in model.columns]
    first = model.rows[0].line.id, model.rows[1].line.id, model.rows[2].line.id
    # a column of three actual amounts, as Excel puts it on the clipboard
    QGuiApplication.clipboard().setText("44.000,00\r\n13.520\r\n€ 5.100,50\r\n")
    user.click_cell(table, 0, columns.index("actual"))
    user.press(Key.Key_V, Mod.ControlModifier)
    plan = window.document.plan
    assert [plan.cost(i).actuals for i in first] == [{2026: 44000_00}, {2026: 13520_00}, {2026: 5100_50}]
    # two columns would reach the difference, which is worked out, not typed: nothing changes, and it says so
    QGuiApplication.clipboard().setText("1\t2\r\n")
    user.press(Key.Key_V, Mod.ControlModifier)
    assert window.document.plan is plan
    assert screen.message.text() == f"Niets geplakt: Verschil van ‘{model.rows[0].line.name}’ kan niet worden geplakt."
    # copied back as the screen shows them, tab-separated: the smallest rectangle around the selection
    user.click_cell(table, 0, columns.index("budget"))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     user.cell_point(table, 2, columns.index("actual")))  # shift+click: the range to there
    user.press(Key.Key_C, Mod.ControlModifier)
    budgets = [model.data(model.cell(r, "budget")) for r in range(3)]
    assert QGuiApplication.clipboard().text() == "".join(
        f"{budget}\t{actual}\n" for budget, actual in zip(budgets, ["44.000,00", "13.520,00", "5.100,50"],
                                                          strict=True))
    user.press(Key.Key_Z, Mod.ControlModifier)  # one undo takes the whole block back
    plan = window.document.plan
    assert [plan.cost(i).actuals for i in first] == [{}, {}, {}]
