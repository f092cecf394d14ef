"""Realisatie: the treasurer types last year's actual figures beside the budget and sees the difference."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from dekkingsplan.core.realisation import year_realisation
from dekkingsplan.ui.screens import agenda
from dekkingsplan.ui.screens.realisation import BETTER, WORSE, RealisationScreen


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    from dekkingsplan.ui.views import realisation as realisation_view

    monkeypatch.setattr(agenda, "today", lambda: date(2027, 2, 10))
    monkeypatch.setattr(realisation_view, "today", lambda: date(2027, 2, 10))


def _screen(qtbot, document) -> RealisationScreen:
    screen = RealisationScreen(document)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    return screen


def _row(model, line_id: str) -> int:
    return model.row_of(line_id)


def _cell(model, line_id: str, key: str) -> str:
    return model.data(model.cell(_row(model, line_id), key))


def test_opens_on_the_latest_year_that_has_begun_with_the_budget_per_line(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    assert screen.year == 2027 and screen.year_box.currentText() == "2027"
    screen.show_year(2026)
    assert _cell(screen.cost_model, "huur", "budget") == "16.740,00"
    assert _cell(screen.cost_model, "huur", "actual") == ""
    assert _cell(screen.source_model, "gemeente-2026", "actual") == "61.500,00"
    assert _cell(screen.source_model, "gemeente-2026", "difference") == "0,00"
    assert _row(screen.cost_model, "kerkzaal") == -1  # in kind: no cash
    assert _row(screen.source_model, "gemeente-2027") == -1  # nothing budgeted or received in 2026


def test_typing_an_actual_amount_saves_it_on_the_line_and_shows_the_difference(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    screen.show_year(2026)
    model = screen.cost_model
    assert model.setData(model.cell(_row(model, "huur"), "actual"), "16.900")
    assert demo_document.plan.cost("huur").actuals == {2026: 1690000}
    assert _cell(model, "huur", "difference") == "+160,00"
    assert model.data(model.cell(_row(model, "huur"), "difference"), Qt.ItemDataRole.ForegroundRole).color() == WORSE  # overspent
    sources = screen.source_model
    assert sources.setData(sources.cell(_row(sources, "collecte"), "actual"), "2.750,00")
    assert sources.data(sources.cell(_row(sources, "collecte"), "difference"), Qt.ItemDataRole.ForegroundRole).color() == BETTER
    figures = year_realisation(demo_document.plan, 2026)
    assert screen.cost_title.text() == (
        f"Kosten 2026: begroot €\u00a0102.970,00, werkelijk €\u00a016.900,00, verschil -86.070,00 "
        f"(1 van {len(figures.costs.lines)} regels ingevuld)")  # what is not entered yet counts as 0
    assert demo_document.projection().year(2026).costs == 10297000  # actuals never change the projection


def test_a_wrong_amount_is_refused_and_an_emptied_cell_removes_the_actual(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    screen.show_year(2026)
    sources = screen.source_model
    row = _row(sources, "gemeente-2026")
    assert not sources.setData(sources.cell(row, "actual"), "12,5,0")
    assert "de vorige waarde is bewaard" in screen.message.text()
    assert demo_document.plan.source("gemeente-2026").actuals == {2026: 6150000}
    assert sources.setData(sources.cell(row, "actual"), "")
    assert demo_document.plan.source("gemeente-2026").actuals == {}
    demo_document.undo_stack.undo()
    assert _cell(sources, "gemeente-2026", "actual") == "61.500,00"


def test_budget_and_actual_per_year_side_by_side(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    summary = screen.summary
    assert summary.rowCount() == 1
    assert summary.data(summary.cell(0, "year")) == "2026"
    assert summary.data(summary.cell(0, "income_actual")) == "61.500,00"
    assert summary.data(summary.cell(0, "result_actual")) == "nog onvolledig"
    screen.show_year(2027)
    model = screen.cost_model
    assert model.setData(model.cell(_row(model, "coord"), "actual"), "44.000")
    assert [summary.data(summary.cell(r, "year")) for r in range(summary.rowCount())] == ["2026", "2027"]
    assert summary.data(summary.cell(1, "costs_actual")) == "44.000,00"


def test_an_actual_amount_is_undone_from_another_screen_and_redone_into_the_file(qtbot, make_window, demo_file):
    from dekkingsplan.store.planfile import PlanFile
    from dekkingsplan.ui.screens.overview import OverviewScreen

    window = make_window()
    assert window.open_path(demo_file)
    screen = window.show_screen(RealisationScreen)
    screen.show_year(2026)
    model = screen.cost_model
    assert model.setData(model.cell(_row(model, "coord"), "actual"), "42.800,00")
    window.show_screen(OverviewScreen)
    window.undo_action.trigger()
    assert window.document.plan.cost("coord").actuals == {}
    screen = window.show_screen(RealisationScreen)
    assert _cell(screen.cost_model, "coord", "actual") == ""
    window.redo_action.trigger()
    window.close_plan()
    reopened = PlanFile.open(demo_file)
    try:
        assert reopened.plan.cost("coord").actuals == {2026: 4280000}
    finally:
        reopened.close()


def test_the_overview_shows_the_actual_figures_under_the_budgeted_ones(qtbot, make_window, demo_file):
    from dekkingsplan.ui.screens.overview import OverviewScreen

    window = make_window()
    assert window.open_path(demo_file)
    overview = window.show_screen(OverviewScreen)
    keys = [m.key for m in overview.model.rows]
    assert keys[keys.index("costs") + 1] == "costs:actual"
    assert keys[keys.index("income") + 1] == "income:actual"
    model = overview.model
    income = model.row_of("income:actual")
    assert model.data(model.cell(income, "2026")) == "61.500,00"
    assert model.data(model.cell(income, "2027")) == "–"  # the current year: nothing recorded yet
    assert model.data(model.cell(income, "2028")) == ""
    costs = model.row_of("costs:actual")
    assert model.data(model.cell(costs, "2026")) == "–"  # only income was recorded: no "0,00" spent
    assert model.data(model.cell(costs, "2026"), Qt.ItemDataRole.ToolTipRole) == (
        "Nog niets ingevuld bij Realisatie voor 2026")
    assert model.data(model.cell(income, "2026"), Qt.ItemDataRole.ToolTipRole) == (
        "Ingevuld bij Realisatie: 1 van 12 regels van 2026")
    screen = window.show_screen(RealisationScreen)
    screen.show_year(2026)
    screen.cost_model.setData(screen.cost_model.cell(_row(screen.cost_model, "huur"), "actual"), "16.900")
    overview = window.show_screen(OverviewScreen)
    assert model.data(model.cell(model.row_of("costs:actual"), "2026")) == "16.900,00"


def test_without_actuals_the_overview_has_no_actual_rows(qtbot, document_of, demo_plan):
    from dataclasses import replace as changed

    from dekkingsplan.ui.screens.overview import OverviewScreen

    demo_plan.sources[0] = changed(demo_plan.sources[0], actuals={})
    overview = OverviewScreen(document_of(demo_plan))
    qtbot.addWidget(overview)
    overview.refresh()
    assert not [m.key for m in overview.model.rows if m.key.endswith(":actual")]


def _realisatie_screen(qtbot, document_of):
    from tests.plans.examples import realisatie

    document = document_of(realisatie())
    screen = _screen(qtbot, document)
    screen.show_year(2026)
    return screen, document


def test_a_large_difference_without_explanation_is_marked_and_warned_about(qtbot, document_of):
    from dekkingsplan.ui.screens.realisation import FLAG

    screen, _ = _realisatie_screen(qtbot, document_of)
    model = screen.cost_model
    assert _cell(model, "activiteiten", "note") == "toelichting ontbreekt"
    flagged = model.cell(_row(model, "activiteiten"), "note")
    assert model.data(flagged, Qt.ItemDataRole.BackgroundRole).color() == FLAG
    assert "10% en meer dan €\u00a0500" in model.data(flagged, Qt.ItemDataRole.ToolTipRole)
    assert _cell(model, "huur", "note").startswith("Huurverhoging van de kerk")
    assert _cell(model, "coord", "note") == ""  # +900 is under 10 % of 12.000
    assert not screen.warning.isHidden()
    assert screen.warning.text() == (
        "2 verschillen van meer dan 10% en meer dan €\u00a0500 in 2026 hebben nog geen toelichting: "
        "‘Activiteiten vadergroep’, ‘Giften’. De verantwoording markeert ze.")
    summary = screen.summary
    assert summary.data(summary.cell(0, "unexplained")) == "2"
    assert summary.data(summary.cell(0, "costs_difference")) == "+100,00"
    assert summary.data(summary.cell(0, "income_difference")) == "+1.350,00"


def test_an_explanation_is_typed_saved_on_the_line_and_undone(qtbot, document_of):
    screen, document = _realisatie_screen(qtbot, document_of)
    table, model = screen.cost_table, screen.cost_model
    table.setFocus()
    table.setCurrentIndex(model.cell(_row(model, "activiteiten"), "note"))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.currentIndex())
    assert editor.text() == ""  # the editor starts empty, not with the warning the cell shows
    qtbot.keyClicks(editor, "Minder bijeenkomsten door de verbouwing")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn of the event loop
    qtbot.waitUntil(lambda: document.plan.cost("activiteiten").actual_notes != {})
    assert document.plan.cost("activiteiten").actual_notes == {2026: "Minder bijeenkomsten door de verbouwing"}
    assert _cell(model, "activiteiten", "note") == "Minder bijeenkomsten door de verbouwing"
    assert screen.warning.text().startswith("Eén verschil van meer dan 10% en meer dan €\u00a0500 in 2026 heeft nog "
                                            "geen toelichting: ‘Giften’.")
    assert document.undo_stack.undoText() == "toelichting 2026 van ‘Activiteiten vadergroep’"
    document.undo_stack.undo()
    assert document.plan.cost("activiteiten").actual_notes == {}
    assert _cell(model, "activiteiten", "note") == "toelichting ontbreekt"
    source_model = screen.source_model
    assert source_model.setData(source_model.cell(_row(source_model, "giften"), "note"), "Extra kerstcollecte")
    assert model.setData(model.cell(_row(model, "activiteiten"), "note"), "Verbouwing")
    assert screen.warning.isHidden()
