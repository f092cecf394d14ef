"""The Overzicht's view model, read without a window: the rows of the year table, their tones, the year opened
first and the lines behind a year. Figures worked out by hand beside each test."""

from __future__ import annotations

from datetime import date

from dekkingsplan.core.model import Project
from dekkingsplan.core.projection import project_plan
from dekkingsplan.ui.views.overview import (
    DETAIL_LINES,
    CellNote,
    Listed,
    Measure,
    Note,
    Tone,
    cell_note,
    first_year,
    lines_behind,
    listed,
    measures,
    tone,
)
from tests.plans.builders import cost, plan, source
from tests.plans.examples import realisatie

TODAY = date(2025, 6, 1)  # before the plan: no actuals to date


def anker():
    # 2026: costs 12,000 + 600 = 12,600; subsidy 10,000 (ends 2026-12) -> result -2,600, reserve 1,000 - 2,600
    # 2027: costs 12,000; fund 3,000 at probability 0.5 = 1,500 -> result -10,500, reserve -1,600 - 10,500
    return plan(2026, 2027, reserve=1000_00, costs=[
        cost("coord", 12000_00, name="Coördinator"), cost("uitje", 600_00, "once", start="2026-05", name="Uitje"),
    ], sources=[
        source("gemeente", 10000_00, type="subsidy", end="2026-12", name="Subsidie", funder="Gemeente Zwolle"),
        source("fonds", 3000_00, "once", type="fund", status="applied", start="2027-03", name="Kansfonds"),
    ])


def test_the_rows_of_the_year_table_and_their_figures():
    p = anker()
    rows = {m.key: m for m in measures(p, project_plan(p, "expected"), TODAY)}
    assert list(rows) == ["costs", "income:subsidy", "income:fund", "income", "result", "reserve", "to_raise",
                          "gap", "coverage"]
    assert rows["costs"].values == {2026: 12600_00, 2027: 12000_00} and rows["costs"].total == 24600_00
    assert rows["income"].values == {2026: 10000_00, 2027: 1500_00}
    assert rows["result"].values == {2026: -2600_00, 2027: -10500_00}
    assert rows["reserve"].values == {2026: -1600_00, 2027: -12100_00}
    assert rows["gap"].values == {2026: 2600_00, 2027: 10500_00}


def test_a_project_has_no_reserve_row():
    p = anker()
    p.projects.append(Project(id="x", name="X"))
    keys = [m.key for m in measures(p, project_plan(p, "expected", "x"), TODAY)]
    assert "reserve" not in keys and "to_raise" not in keys and "costs:actual" not in keys


def test_tones_warn_of_a_gap_and_of_figures_below_zero_only():
    p = anker()
    rows = {m.key: m for m in measures(p, project_plan(p, "maximum"), TODAY)}
    assert tone(rows["gap"], 2600_00) == Tone.GAP and tone(rows["gap"], 0) is None
    assert tone(rows["result"], -1) == Tone.NEGATIVE and tone(rows["result"], 1) is None
    assert tone(rows["costs"], -1) is None  # costs are not signed
    assert tone(rows["coverage"], None) is None


def test_the_year_opened_first_is_the_first_with_a_gap():
    p = anker()
    projection = project_plan(p, "expected")
    assert first_year(p, projection, None) == 2026
    assert first_year(p, projection, 2027) == 2027  # the year the treasurer chose stays
    assert first_year(p, projection, 2031) == 2026  # a year no longer in the plan does not


def test_the_lines_behind_a_year_largest_first_with_their_funders():
    p = anker()
    costs, income = lines_behind(p, project_plan(p, "expected"), 2027)
    assert costs == [("Coördinator", 12000_00)]  # the outing was in 2026
    assert income == [("Kansfonds", 1500_00)]  # its name already says the funder (none given)
    _costs, income_2026 = lines_behind(p, project_plan(p, "expected"), 2026)
    assert income_2026 == [("Subsidie (Gemeente Zwolle)", 10000_00)]


def test_of_many_lines_the_30_largest_are_listed_and_the_rest_summed():
    # 40 cost lines of 1, 2, ... 40 euro a year: the 30 largest are 40 down to 11, the other ten 1..10 = 55 euro
    costs = [cost(f"c{n}", n * 100, name=f"Regel {n}") for n in range(1, 41)]
    p = plan(2026, 2026, costs=costs)
    group, _income = lines_behind(p, project_plan(p, "expected"), 2026)
    shown = listed(group)
    assert DETAIL_LINES == 30
    assert shown.shown[:2] == [("Regel 40", 40_00), ("Regel 39", 39_00)]
    assert shown.shown[29] == ("Regel 11", 11_00) and len(shown.shown) == 30
    assert (shown.rest, shown.rest_total) == (10, 55_00)
    assert listed(group[:30]) == Listed(group[:30], 0, 0)  # 30 lines: every one listed, no rest row


def test_a_figures_tip_says_a_gap_a_reserve_below_zero_or_how_many_actuals_are_in():
    p = realisatie()
    gap = Measure("gap", {2026: 100_00, 2027: 0})
    assert (cell_note(p, gap, 2026), cell_note(p, gap, 2027)) == (CellNote(Note.GAP), None)
    reserve = Measure("reserve", {2026: -1, 2027: 0}, signed=True)
    assert (cell_note(p, reserve, 2026), cell_note(p, reserve, 2027)) == (CellNote(Note.RESERVE_BELOW_ZERO), None)
    assert cell_note(p, Measure("result", {2026: -1}, signed=True), 2026) is None  # red, but no tip of its own
    # tests/plans/realisatie.json, 2026: three of the four cost lines have their actual (not the print costs),
    # all three sources that count; nothing yet in 2027
    costs = Measure("costs:actual", {2026: 0, 2027: None})
    assert cell_note(p, costs, 2026) == CellNote(Note.ENTERED, 3, 4)
    assert cell_note(p, Measure("income:actual", {2026: 0}), 2026) == CellNote(Note.ENTERED, 3, 3)
    assert cell_note(p, costs, 2027) == CellNote(Note.NOTHING_ENTERED)
    assert cell_note(p, costs, 2028) is None  # not a year of the row
