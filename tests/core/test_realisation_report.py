"""The verantwoording of a year: which lines, their budget and actual, the explanation, the flag and the totals.

The plan is tests/plans/realisatie.json (Vadercentrum Het Anker, 2026–2028); every figure below is worked out by
hand from it.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dekkingsplan.core.model import Category, CostLine, SourceType
from dekkingsplan.core.realisation import (
    RealisationError,
    needs_explanation,
    realisation_json,
    realisation_report,
)
from tests.plans.examples import realisatie as plan


def test_the_lines_of_2026_with_budget_actual_difference_and_note():
    report = realisation_report(plan(), 2026)
    costs = {r.line.id: (r.budget, r.actual, r.difference) for r in report.costs.lines}
    # the 2027 outing has no budget in 2026 and the church hall is in kind: neither is part of the year
    assert costs == {
        "coord": (12000_00, 12900_00, 900_00),
        "huur": (6000_00, 6800_00, 800_00),  # 12 × 500
        "activiteiten": (3000_00, 1800_00, -1200_00),
        "drukwerk": (400_00, None, None),  # not yet recorded
    }
    sources = {r.line.id: (r.budget, r.actual, r.difference) for r in report.income.lines}
    # the fund's 3.000 over 2026-07..2027-06: six of twelve months in 2026; the rejected one is never counted
    assert sources == {
        "gemeente": (10000_00, 10000_00, 0),
        "fonds": (1500_00, 1500_00, 0),
        "giften": (1000_00, 2350_00, 1350_00),
    }
    huur = report.costs.lines[1]
    assert huur.note == "Huurverhoging van de kerk per 1 juli; één maand dubbele huur bij de verhuizing"


def test_flagged_when_the_difference_is_over_ten_percent_and_500_euro_without_a_note():
    report = realisation_report(plan(), 2026)
    flagged = [r.line.id for r in (*report.costs.lines, *report.income.lines) if r.flagged]
    # coord +900 is under 10 % of 12.000; huur +800 is over both but explained; activiteiten −1.200 is over
    # 300 and 500; giften +1.350 is over 100 and 500; drukwerk has no actual yet
    assert flagged == ["activiteiten", "giften"]
    assert [r.line.id for r in report.costs.lines if r.needs_note] == ["huur", "activiteiten"]
    assert (report.costs.flagged, report.income.flagged, report.flagged) == (1, 1, 2)


def test_totals_count_a_missing_actual_as_zero():
    report = realisation_report(plan(), 2026)
    assert (report.costs.budget, report.costs.actual) == (21400_00, 21500_00)
    assert (report.income.budget, report.income.actual) == (12500_00, 13850_00)
    assert (report.budget_result, report.actual_result) == (-8900_00, -7650_00)


def test_costs_by_category_and_income_by_type():
    report = realisation_report(plan(), 2026)
    groups = [(g.key, g.budget, g.actual) for g in report.costs.groups(list(Category))]
    assert groups == [(Category.PERSONNEL, 12000_00, 12900_00), (Category.HOUSING, 6000_00, 6800_00),
                      (Category.ACTIVITIES, 3000_00, 1800_00), (Category.COMMUNICATION, 400_00, 0)]
    kinds = [(g.key, g.budget, g.actual) for g in report.income.groups(list(SourceType))]
    assert kinds == [(SourceType.SUBSIDY, 10000_00, 10000_00), (SourceType.FUND, 1500_00, 1500_00),
                     (SourceType.DONATION, 1000_00, 2350_00)]


def test_one_project():
    report = realisation_report(plan(), 2026, project="vaders")
    assert [r.line.id for r in report.costs.lines] == ["activiteiten"]
    assert [r.line.id for r in report.income.lines] == ["fonds"]
    assert (report.budget_result, report.actual_result) == (1500_00 - 3000_00, 1500_00 - 1800_00)


def test_a_project_without_lines_is_an_empty_report():
    report = realisation_report(plan(), 2026, project="leeg")
    assert report.costs.lines == () and report.income.lines == ()
    assert realisation_json(report)["totals"] == {
        "budget_costs": "0.00", "actual_costs": "0.00", "budget_income": "0.00", "actual_income": "0.00",
        "budget_result": "0.00", "actual_result": "0.00"}


def test_one_funder_its_sources_against_all_costs():
    report = realisation_report(plan(), 2026, funder="kansfonds")  # any case
    assert report.funder == "Kansfonds"
    assert [r.line.id for r in report.income.lines] == ["fonds"]
    assert (report.costs.budget, report.costs.actual) == (21400_00, 21500_00)  # the costs stay as they are
    assert (report.budget_result, report.actual_result) == (1500_00 - 21400_00, 1500_00 - 21500_00)


def test_a_funder_whose_only_source_was_rejected_has_no_sources_in_the_report():
    report = realisation_report(plan(), 2026, funder="Fonds 1818")
    assert report.income.lines == ()
    assert report.actual_result == -21500_00


def test_a_funder_without_sources_in_the_project_gives_an_empty_income_side():
    report = realisation_report(plan(), 2026, project="leeg", funder="Kansfonds")
    assert report.costs.lines == () and report.income.lines == ()


@pytest.mark.parametrize(("options", "words"), [
    ({"year": 2029}, "the year 2029 lies outside the plan (2026–2028)"),
    ({"year": 2025}, "the year 2025 lies outside the plan (2026–2028)"),
    ({"year": 2026, "project": "nope"}, "there is no project 'nope' (the plan has: vaders, leeg)"),
    ({"year": 2026, "funder": "Oranje Fonds"}, "no source has the funder 'Oranje Fonds' "
                                               "(funders: Gemeente Zwolle, Kansfonds, Fonds 1818, Kerk)"),
])
def test_bad_choices_are_one_sentence(options, words):
    year = options.pop("year")
    with pytest.raises(RealisationError) as caught:
        realisation_report(plan(), year, **options)
    assert str(caught.value) == words


def test_the_json_of_design_md():
    data = realisation_json(realisation_report(plan(), 2026))
    assert list(data) == ["year", "costs", "sources", "totals"]
    assert data["year"] == 2026
    assert data["costs"][0] == {"id": "coord", "name": "Coördinator", "budget": "12000.00", "actual": "12900.00",
                                "difference": "900.00", "note": None}
    assert data["costs"][3] == {"id": "drukwerk", "name": "Drukwerk flyers", "budget": "400.00", "actual": None,
                                "difference": None, "note": None}
    assert data["costs"][2]["difference"] == "-1200.00"
    assert data["sources"][2]["difference"] == "1350.00"
    assert data["totals"] == {"budget_costs": "21400.00", "actual_costs": "21500.00",
                              "budget_income": "12500.00", "actual_income": "13850.00",
                              "budget_result": "-8900.00", "actual_result": "-7650.00"}


def test_a_blank_note_explains_nothing():
    p = plan()
    p.costs[2] = replace(p.costs[2], actual_notes={2026: "   "})
    line = realisation_report(p, 2026).costs.lines[2]
    assert line.note is None and line.flagged
    p.costs[2] = replace(p.costs[2], actual_notes={2026: "Minder bijeenkomsten door de verbouwing", 2027: "x"})
    assert not realisation_report(p, 2026).costs.lines[2].flagged


@given(budget=st.integers(0, 10**9), actual=st.integers(0, 10**9))
def test_the_flag_rule(budget, actual):
    diff = actual - budget
    # re-derived in euros: more than 500 and more than a tenth of the budget
    rule = Decimal(abs(diff)) / 100 > 500 and Decimal(abs(diff)) > Decimal(budget) / 10
    assert needs_explanation(budget, diff) == rule
    line = CostLine(id="x", name="x", amount=budget, actuals={2026: actual})
    p = plan()
    p.costs = [line]
    row, = realisation_report(p, 2026).costs.lines  # an actual is given, so the line is part of the year
    assert row.flagged == rule
