"""Realisation against budget: full-value budget per line and year beside the actuals the treasurer entered."""

from __future__ import annotations

from dataclasses import replace

from dekkingsplan.core.model import Basis, CostLine, Organisation, Plan, Project, Source, SourceType, Status
from dekkingsplan.core.months import Month
from dekkingsplan.core.projection import project_plan
from dekkingsplan.core.realisation import realised_years, year_realisation


def _plan() -> Plan:
    return Plan(
        organisation=Organisation(name="Vadercentrum"), first_year=2025, last_year=2027,
        projects=[Project(id="vaders", name="Vadergroep")],
        costs=[
            CostLine(id="huur", name="Huur", amount=1395_00, basis=Basis.MONTHLY, actuals={2025: 16_900_00}),
            CostLine(id="coach", name="Coach", amount=9600_00, project="vaders", start=Month(2025, 9)),
            CostLine(id="kerk", name="Kerkzaal", amount=3000_00, in_kind=True, actuals={2025: 3000_00}),
        ],
        sources=[
            Source(id="gemeente", name="Subsidie", amount=20000_00, type=SourceType.SUBSIDY,
                   status=Status.RECEIVED, actuals={2025: 20000_00, 2026: 19000_00}),
            Source(id="fonds", name="Fonds", amount=8000_00, status=Status.APPLIED, project="vaders"),
            Source(id="nee", name="Afgewezen fonds", amount=5000_00, status=Status.REJECTED),
        ],
    )


def test_budget_is_the_full_value_and_actuals_stand_beside_it():
    year = year_realisation(_plan(), 2025)
    huur, coach = year.costs.lines
    assert (huur.budget, huur.actual, huur.difference) == (16_740_00, 16_900_00, 160_00)
    assert (coach.budget, coach.actual, coach.difference) == (3200_00, None, None)
    assert (year.costs.budget, year.costs.actual, year.costs.entered, year.costs.complete) == (
        19_940_00, 16_900_00, 1, False)
    fonds = next(r for r in year.income.lines if r.line.id == "fonds")
    assert fonds.budget == 8000_00  # applied, yet budgeted at full value: no probability in a budget
    assert year.income.budget == 28000_00 and year.income.actual == 20000_00
    assert year.budget_result == 28000_00 - 19_940_00
    assert year.actual_result == 20000_00 - 16_900_00


def test_in_kind_and_rejected_lines_are_no_cash():
    year = year_realisation(_plan(), 2025)
    assert [r.line.id for r in year.costs.lines] == ["huur", "coach"]
    assert [r.line.id for r in year.income.lines] == ["gemeente", "fonds"]


def test_a_line_without_budget_or_actual_in_a_year_is_not_part_of_it():
    plan = _plan()
    plan.costs.append(CostLine(id="keuken", name="Keuken", amount=4500_00, basis=Basis.ONCE, start=Month(2026, 3)))
    assert "keuken" not in [r.line.id for r in year_realisation(plan, 2025).costs.lines]
    assert "keuken" in [r.line.id for r in year_realisation(plan, 2026).costs.lines]
    plan.sources[2] = replace(plan.sources[2], actuals={2025: 100_00})  # rejected, yet something came in
    assert [r.line.id for r in year_realisation(plan, 2025).income.lines] == ["gemeente", "fonds", "nee"]


def test_one_project_only():
    year = year_realisation(_plan(), 2026, project="vaders")
    assert [r.line.id for r in year.costs.lines] == ["coach"]
    assert year.costs.budget == 9600_00 and year.income.budget == 8000_00


def test_realised_years_are_those_with_an_actual_inside_the_plan():
    plan = _plan()
    assert realised_years(plan) == [2025, 2026]
    plan.last_year = 2025
    assert realised_years(plan) == [2025]


def test_actuals_never_change_the_projection():
    plan = _plan()
    before = project_plan(plan, "maximum")
    plan.costs[0] = CostLine(id="huur", name="Huur", amount=1395_00, basis=Basis.MONTHLY)
    assert project_plan(plan, "maximum").years == before.years
