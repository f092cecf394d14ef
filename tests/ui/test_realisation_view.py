"""The Realisatie screen's view model, read without a window: the lines of a year, which need an explanation,
the totals per year, and the edits a typed amount or explanation makes. The plan is tests/plans/realisatie.json."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dekkingsplan.core.errors import AmountError
from dekkingsplan.ui.views.realisation import (
    RealisationView,
    Tone,
    default_year,
    difference_tone,
    with_actual,
    with_note,
)
from tests.plans.examples import realisatie


def test_the_lines_still_to_explain():
    view = RealisationView(realisatie(), 2026)
    assert [r.line.id for r in view.flagged] == ["activiteiten", "giften"]
    assert RealisationView(realisatie(), 2027).flagged == []  # nothing entered for 2027 yet


def test_a_year_outside_the_plan_shows_nothing():
    view = RealisationView(realisatie(), 2031)
    assert view.year is None and view.figures is None and view.flagged == []


def test_totals_per_year_with_differences():
    (totals,) = RealisationView(realisatie(), 2027).summary()  # only 2026 has actuals
    assert totals.year == 2026
    assert (totals.figures.costs.difference, totals.figures.income.difference) == (100_00, 1350_00)
    assert totals.result_difference == -7650_00 - -8900_00
    assert (totals.entered, totals.lines, totals.complete, totals.flagged) == (6, 7, False, 2)
    assert totals.result_tone() == Tone.MUTED  # the print costs are not entered yet
    # 100,00 more spent reads worse; 1.350,00 more received than budgeted is not marked
    assert (totals.costs_tone(), totals.income_tone()) == (Tone.WORSE, None)
    # with no gifts received (budget 1.000,00) the income is 1.000,00 under budget: worse too
    plan = realisatie()
    plan.sources = [with_actual(s, 2026, "0") if s.id == "giften" else s for s in plan.sources]
    (totals,) = RealisationView(plan, 2026).summary()
    assert (totals.figures.income.difference, totals.income_tone()) == (-1000_00, Tone.WORSE)


def test_the_tone_of_a_difference_depends_on_the_side():
    figures = RealisationView(realisatie(), 2026).figures
    tones = {r.line.id: difference_tone(r) for r in (*figures.costs.lines, *figures.income.lines)}
    assert tones == {"coord": Tone.WORSE, "huur": Tone.WORSE, "activiteiten": Tone.BETTER, "drukwerk": None,
                     "gemeente": None, "fonds": None, "giften": Tone.BETTER}


def test_typing_an_explanation_and_emptying_it():
    line = realisatie().cost("activiteiten")
    explained = with_note(line, 2026, "  Minder bijeenkomsten door de verbouwing \n")
    assert explained.actual_notes == {2026: "Minder bijeenkomsten door de verbouwing"}
    assert with_note(explained, 2026, "   ").actual_notes == {}
    assert with_note(explained, 2027, "later").actual_notes == {2026: "Minder bijeenkomsten door de verbouwing",
                                                                 2027: "later"}
    assert line.actual_notes == {}  # the record itself never changes


def test_typing_an_actual_amount():
    line = realisatie().cost("drukwerk")
    assert with_actual(line, 2026, "€ 385,50").actuals == {2026: 385_50}
    assert with_actual(with_actual(line, 2026, "385,50"), 2026, "").actuals == {}
    with pytest.raises(AmountError):
        with_actual(line, 2026, "12,5,0")


def test_the_default_year_is_the_latest_that_has_begun():
    plan = realisatie()
    assert default_year(plan, date(2027, 2, 10)) == 2027
    assert default_year(plan, date(2025, 6, 1)) == 2026
    assert default_year(plan, date(2040, 1, 1)) == 2028


def test_the_overview_shows_actuals_to_date_and_a_dash_where_nothing_is_recorded():
    from dekkingsplan.ui.views.realisation import actuals_to_date

    shown = actuals_to_date(realisatie(), date(2027, 5, 1))
    # 2026 has actuals on both sides; 2027 is the current year, nothing recorded yet
    assert shown.costs == {2026: 21500_00, 2027: None}
    assert shown.income == {2026: 13850_00, 2027: None}
    later = actuals_to_date(realisatie(), date(2031, 1, 1))  # after the plan: only the years with actuals
    assert list(later.costs) == [2026]
    p = realisatie()
    p.costs = [replace(c, actuals={}) for c in p.costs]
    assert actuals_to_date(p, date(2026, 5, 1)).costs == {2026: None}  # income recorded, costs not: a dash
    p.sources = [replace(s, actuals={}) for s in p.sources]
    assert actuals_to_date(p, date(2026, 5, 1)) is None  # a plan without actuals keeps its Overzicht as it was


def test_1_39_as_an_actual_is_asked_about_in_dutch_and_a_decimal_point_in_english():
    line = realisatie().cost("drukwerk")
    with pytest.raises(AmountError) as asked:
        with_actual(line, 2026, "1.39", "nl")
    assert asked.value.text("nl").startswith("'1.39' kan twee bedragen zijn: bedoelt u €\u00a01,39 of €\u00a0139?")
    assert with_actual(line, 2026, "1.395", "nl").actuals == {2026: 1395_00}  # a point before three digits
    assert with_actual(line, 2026, "1.39", "en").actuals == {2026: 1_39}
