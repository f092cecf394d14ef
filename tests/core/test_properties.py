"""Properties that hold for every valid plan, checked on plans hypothesis makes up."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from dekkingsplan.core.edits import AddRecord, RemoveRecord
from dekkingsplan.core.model import Basis, CostLine
from dekkingsplan.core.months import Month
from dekkingsplan.core.planjson import dumps, loads
from dekkingsplan.core.projection import line_values, project_plan, spread_total
from dekkingsplan.core.validation import check_plan
from tests.plans.strategies import cost_lines, plans

FAST = settings(max_examples=60, deadline=None)


@FAST
@given(total=st.integers(0, 10**12), months=st.lists(st.integers(1, 12), min_size=1, max_size=30))
def test_a_spread_always_adds_up_to_its_total(total: int, months: list[int]) -> None:
    weights = {2026 + i: m for i, m in enumerate(months)}
    shares = spread_total(total, weights)
    assert sum(shares.values()) == total
    whole = sum(months)
    for year, m in weights.items():
        # each year gets its exact share rounded down, or one cent more
        assert shares[year] - Fraction(total * m, whole) in (Fraction(total * m % whole, -whole),
                                                            1 - Fraction(total * m % whole, whole))


@FAST
@given(amount=st.integers(0, 10**9), start=st.integers(0, 35), length=st.integers(0, 35))
def test_a_total_inside_the_plan_shows_all_of_it(amount: int, start: int, length: int) -> None:
    first = Month(2026, 1).plus(start)
    line = CostLine(id="t", name="t", amount=amount, basis=Basis.TOTAL, start=first, end=first.plus(length))
    assert sum(line_values(line, 2026, 2031).values()) == amount


@FAST
@given(plans())
def test_zeker_at_most_verwacht_at_most_maximaal_income_every_year(plan) -> None:
    secured, expected, maximum = (project_plan(plan, s) for s in ("secured", "expected", "maximum"))
    for z, v, m in zip(secured.years, expected.years, maximum.years, strict=True):
        assert z.income <= v.income <= m.income
        assert z.costs == v.costs == m.costs


@FAST
@given(data=st.data(), plan=plans())
def test_adding_a_cost_never_raises_coverage(data, plan) -> None:
    extra = data.draw(cost_lines(plan.first_year, plan.last_year, [p.id for p in plan.projects]))
    extra = replace(extra, id="NIEUW")                       # the strategy's ids are lower case: no clash
    scenario = data.draw(st.sampled_from(plan.scenario_ids()))
    before = project_plan(plan, scenario)
    AddRecord(extra).apply(plan)
    after = project_plan(plan, scenario)
    for old, new in zip(before.years, after.years, strict=True):
        assert new.costs >= old.costs
        assert new.income == old.income
        assert new.gap >= old.gap
        assert new.reserve_end <= old.reserve_end
        if old.coverage is not None:
            assert new.coverage is not None and new.coverage <= old.coverage
        if new.costs == 0:
            assert new.coverage is None


@FAST
@given(plans())
def test_every_counted_value_is_at_least_zero_and_the_years_add_up(plan) -> None:
    for scenario in plan.scenario_ids():
        projection = project_plan(plan, scenario)
        for values in (*projection.cost_values.values(), *projection.source_values.values()):
            assert all(v >= 0 for v in values.values())
            assert set(values) <= set(plan.years)
        assert projection.totals.income == sum(y.income for y in projection.years)
        assert projection.totals.costs == sum(y.costs for y in projection.years)
        reserve = plan.opening_reserve + sum(y.result for y in projection.years)
        assert projection.years[-1].reserve_end == reserve


@FAST
@given(plans())
def test_a_plan_written_and_read_again_is_identical(plan) -> None:
    assert check_plan(plan) == []                 # the strategy makes only plans DESIGN.md allows
    text = dumps(plan)
    again = loads(text)
    assert again == plan
    assert dumps(again) == text


@FAST
@given(data=st.data(), plan=plans())
def test_removing_any_record_and_undoing_restores_the_plan(data, plan) -> None:
    records = [*plan.projects, *plan.costs, *plan.sources, *plan.scenarios]
    if not records:
        return
    record = data.draw(st.sampled_from(records))
    before = plan.copy()
    change = RemoveRecord(record).apply(plan)
    assert plan != before
    change.inverse().apply(plan)
    assert plan == before


DEFAULT_PROBABILITY = {"planned": Fraction(1, 4), "applied": Fraction(1, 2), "committed": Fraction(1),
                       "received": Fraction(1), "rejected": Fraction(0)}


def design_weight(source, base: str) -> Fraction:
    """DESIGN.md "Scenarios", written out again independently of the code."""
    status = source.status.value
    if status == "rejected":
        return Fraction(0)
    if base == "secured":
        return Fraction(1) if status in ("committed", "received") else Fraction(0)
    if base == "maximum":
        return Fraction(1)
    if status in ("committed", "received"):  # a commitment counts in full (issue 2: Zeker <= Verwacht)
        return Fraction(1)
    return Fraction(source.probability) if source.probability is not None else DEFAULT_PROBABILITY[status]


def design_matches(adjustment, line, kind: str, year: int) -> bool:
    if adjustment.target.value != kind:
        return False
    if adjustment.from_year is not None and year < adjustment.from_year:
        return False
    if adjustment.to_year is not None and year > adjustment.to_year:
        return False
    for key, wanted in adjustment.match.items():
        have = getattr(line, key)
        if have is None or str(have) != wanted:
            return False
    return True


def half_up(value: Fraction) -> int:
    return int((value + Fraction(1, 2)) // 1)           # values here are never negative


@FAST
@given(plans())
def test_each_counted_value_follows_the_design_formula(plan) -> None:
    # adjusted = round_half_up(value x product of matching factors); weighted = round_half_up(adjusted x weight)
    for scenario_id in plan.scenario_ids():
        user = plan.scenario(scenario_id)
        base, adjustments = (user.base, user.adjustments) if user else (scenario_id, ())
        projection = project_plan(plan, scenario_id)
        for kind, lines, counted in (("costs", plan.costs, projection.cost_values),
                                     ("sources", plan.sources, projection.source_values)):
            for line in lines:
                weight = Fraction(1) if kind == "costs" else design_weight(line, base)
                if line.in_kind or weight == 0:
                    assert line.id not in counted
                    continue
                for year, value in line_values(line, plan.first_year, plan.last_year).items():
                    factor = Fraction(1)
                    for adjustment in adjustments:
                        if design_matches(adjustment, line, kind, year):
                            factor *= Fraction(adjustment.factor)
                    assert counted[line.id][year] == half_up(half_up(value * factor) * weight)
