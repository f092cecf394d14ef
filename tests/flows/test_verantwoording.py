"""The next treasurer of USERS.md, a year later: records last year's actual figures, explains the large
difference, sends the municipality the realisation — by keyboard and mouse in the real window."""

from __future__ import annotations

from flow_user import Key, Mod

from dekkingsplan.ui.screens.realisation import RealisationScreen


def _save_as(user, path):
    def answer(_dialog):
        user.press(Key.Key_A, Mod.ControlModifier)
        user.type(str(path))
        user.press(Key.Key_Return)

    return answer


def test_actuals_an_explanation_and_the_verantwoording_as_pdf(app_window, demo_file, user, tmp_path, qtbot):
    from dekkingsplan.store import PlanFile

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
