"""Scenario's on screen: the view model's rows (tests/ui/test_scenarios_view.py) in words; making, renaming,
duplicating and deleting scenarios and editing their adjustments through the real widgets and the undo stack;
the comparison updated with every edit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QInputDialog

from dekkingsplan.core.projection import project_plan
from dekkingsplan.ui import i18n
from dekkingsplan.ui.screens.scenarios import ScenariosScreen
from dekkingsplan.ui.views import scenarios as view
from dekkingsplan.ui.widgets.adjustments import change_text, read_change


def _screen(qtbot, document) -> ScenariosScreen:
    screen = ScenariosScreen(document)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    return screen


def _cell(model, row: int, key: str) -> str:
    return model.data(model.cell(row, key))


def _compare(screen: ScenariosScreen, key: str, column: str) -> str:
    return _cell(screen.compare, screen.compare.row_of(key), column)


def _edit(screen: ScenariosScreen, row: int, key: str, value) -> bool:
    """What the cell editor hands the model when the treasurer picks or types a value."""
    screen.adjustment_columns.editing = screen.adjustments.row(row)
    return screen.adjustments.setData(screen.adjustments.cell(row, key), value)


@pytest.mark.parametrize(("factor", "text"), [("0.8", "−20%"), ("1.1", "+10%"), ("1", "0%"), ("0", "−100%"),
                                              ("0.975", "−2,5%")])
def test_a_factor_reads_as_the_change_people_say(factor, text):
    assert change_text(Decimal(factor)) == text
    assert read_change(text) == Decimal(factor)


def test_a_change_is_typed_the_way_people_write_it():
    assert read_change("-20") == Decimal("0.8")
    assert read_change("+ 5,5 %") == Decimal("1.055")
    assert read_change("") == Decimal(1)


def test_the_plans_scenarios_and_the_adjustments_of_the_chosen_one(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    assert [_cell(screen.model, r, "name") for r in range(2)] == [
        "Ravijnjaar: gemeente −20% vanaf 2027", "Geen nieuwe fondsen, huur +10% vanaf 2028"]
    assert _cell(screen.model, 0, "base") == "Verwacht"
    adjustments = screen.adjustments
    assert [_cell(adjustments, 0, k) for k in ("target", "kind", "funder", "from_year", "to_year", "factor")] == [
        "dekking", "subsidie", "(alle)", "2027", "einde", "−20%"]
    assert _cell(adjustments, 0, "count") == "4 regels"
    screen.select_scenario("zonder-nieuwe-fondsen")
    assert [_cell(adjustments, 0, k) for k in ("kind", "status", "factor")] == ["fondsen", "nog aan te vragen",
                                                                                "−100%"]
    assert [_cell(adjustments, 1, k) for k in ("target", "kind", "funder", "factor")] == [
        "kosten", "huisvesting", "—", "+10%"]


def test_the_scenario_stands_beside_its_base_in_words(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    plan = demo_document.plan
    rows = {r.key: r for r in view.comparison(project_plan(plan, "expected"), project_plan(plan, "ravijn"))}
    assert [screen.compare.row(r).key for r in range(screen.compare.rowCount())] == list(rows)
    for key in ("income", "base-income", "reserve"):
        assert _compare(screen, key, "2028") == i18n.amount(rows[key].figures.values[2028], symbol=False)
    assert _compare(screen, "income", "total") == i18n.amount(rows["income"].figures.total, symbol=False)
    assert _compare(screen, "base-gap", "label") == "Tekort · basis (Verwacht)"
    assert _compare(screen, "gap", "label") == "Tekort · dit scenario"
    assert _compare(screen, "costs", "label") == "Kosten (gelijk)"  # the same in both: shown once
    assert screen.compare_heading.text() == "‘Ravijnjaar: gemeente −20% vanaf 2027’ naast de basis ‘Verwacht’"
    assert screen.verdict.text() == "In dit scenario raakt de reserve op in 2027; in ‘Verwacht’ in 2028."


def test_editing_the_change_updates_the_comparison_at_once_and_undo_restores_it(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    assert _edit(screen, 0, "factor", "−50%")
    assert demo_document.plan.scenario("ravijn").adjustments[0].factor == Decimal("0.5")
    halved = project_plan(demo_document.plan, "ravijn")
    assert _compare(screen, "income", "2027") == i18n.amount(halved.year(2027).income, symbol=False)
    assert _cell(screen.adjustments, 0, "factor") == "−50%"
    demo_document.undo_stack.undo()
    assert _cell(screen.adjustments, 0, "factor") == "−20%"


def test_a_change_below_minus_100_percent_is_refused_and_the_old_value_kept(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    assert not _edit(screen, 0, "factor", "−120%")
    assert demo_document.plan.scenario("ravijn").adjustments[0].factor == Decimal("0.8")
    assert "negatief" in screen.message.text()


def test_choosing_which_lines_by_funder_project_years_or_one_line(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    assert _edit(screen, 0, "funder", "Gemeente Den Haag")
    assert _edit(screen, 0, "kind", None)
    assert _edit(screen, 0, "to_year", 2028)
    adjustment = demo_document.plan.scenario("ravijn").adjustments[0]
    assert adjustment.match == {"funder": "Gemeente Den Haag"}
    assert (adjustment.from_year, adjustment.to_year) == (2027, 2028)
    assert _edit(screen, 0, "line", "gemeente-2027")
    assert demo_document.plan.scenario("ravijn").adjustments[0].match == {
        "funder": "Gemeente Den Haag", "id": "gemeente-2027"}
    assert _cell(screen.adjustments, 0, "line") == "Subsidie inclusie en ontmoeting 2027"
    assert _cell(screen.adjustments, 0, "count") == "1 regel"


def test_the_lists_offer_what_the_row_can_match(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    funder = screen.adjustments.column("funder")
    screen.adjustment_columns.editing = screen.adjustments.row(0)
    assert ("Oranje Fonds", "Oranje Fonds") in funder.choices()
    assert _edit(screen, 0, "target", "costs")
    assert _cell(screen.adjustments, 0, "funder") == "—"
    screen.adjustment_columns.editing = screen.adjustments.row(0)
    assert funder.choices() == [("—", None)]
    assert ("huisvesting", "housing") in screen.adjustments.column("kind").choices()
    assert not _edit(screen, 0, "funder", "Oranje Fonds")  # a cost has no funder


def test_add_and_remove_an_adjustment(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    screen.add_adjustment_button.click()
    added = demo_document.plan.scenario("ravijn").adjustments[1]
    assert added == view.NEW_ADJUSTMENT
    assert _cell(screen.adjustments, 1, "factor") == "−10%"
    screen.adjustment_table.setCurrentIndex(screen.adjustments.cell(0, "factor"))
    screen.remove_adjustment_button.click()
    assert demo_document.plan.scenario("ravijn").adjustments == (added,)


def test_make_rename_duplicate_and_delete_scenarios(qtbot, demo_document, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Fondsen vallen tegen", True))
    screen = _screen(qtbot, demo_document)
    screen.new_button.click()
    made = demo_document.plan.scenario("fondsen-vallen-tegen")
    assert (made.name, made.base, made.adjustments) == ("Fondsen vallen tegen", "expected", ())
    assert screen.selected_scenario().id == "fondsen-vallen-tegen"
    assert screen.model.setData(screen.model.cell(2, "name"), "Fondsen −30%")
    assert screen.model.setData(screen.model.cell(2, "base"), "secured")
    assert demo_document.plan.scenario("fondsen-vallen-tegen").base == "secured"
    screen.select_scenario("ravijn")
    screen.duplicate_button.click()
    assert [s.id for s in demo_document.plan.scenarios] == [
        "ravijn", "ravijn-2", "zonder-nieuwe-fondsen", "fondsen-vallen-tegen"]
    copy = demo_document.plan.scenario("ravijn-2")
    assert copy.name == "Ravijnjaar: gemeente −20% vanaf 2027 (kopie)"
    assert copy.adjustments == demo_document.plan.scenario("ravijn").adjustments
    screen.delete_button.click()
    assert demo_document.plan.scenario("ravijn-2") is None
    for _ in range(5):
        demo_document.undo_stack.undo()
    assert [s.id for s in demo_document.plan.scenarios] == ["ravijn", "zonder-nieuwe-fondsen"]


def test_show_in_overview_chooses_the_scenario_for_the_whole_window(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    screen.show_button.click()
    assert demo_document.scenario == "ravijn"
    screen.delete_button.click()  # the chosen scenario is gone: the window falls back to Verwacht
    assert demo_document.scenario == "expected"


def test_an_adjustment_changes_the_overview_and_undo_there_restores_the_scenario(qtbot, make_window, demo_file):
    from dekkingsplan.ui.screens.overview import OverviewScreen

    window = make_window()
    assert window.open_path(demo_file)
    screen = window.show_screen(ScenariosScreen)
    screen.show_button.click()
    assert _edit(screen, 0, "factor", "−50%")
    overview = window.show_screen(OverviewScreen)
    income = overview.model.row_of("income")
    halved = project_plan(window.document.plan, "ravijn").year(2027).income
    assert overview.model.data(overview.model.cell(income, "2027")) == i18n.amount(halved, symbol=False)
    window.undo_action.trigger()
    original = project_plan(window.document.plan, "ravijn").year(2027).income
    assert overview.model.data(overview.model.cell(income, "2027")) == i18n.amount(original, symbol=False)
    screen = window.show_screen(ScenariosScreen)
    assert _cell(screen.adjustments, 0, "factor") == "−20%"
