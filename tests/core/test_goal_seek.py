"""Still to raise (DESIGN.md "Still to raise"): worked by hand, and as properties over made-up plans."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dekkingsplan.core.goal_seek import still_to_raise, to_raise_per_year, to_raise_sentence
from dekkingsplan.core.model import Basis, Project, Source, SourceType, Status
from dekkingsplan.core.months import Month
from dekkingsplan.core.projection import project_plan
from tests.plans.strategies import plans

from .test_projection import buurtkamer

FAST = settings(max_examples=80, deadline=None)


def test_the_buurtkamer_must_raise_what_keeps_its_reserve_at_zero() -> None:
    # expected reserve_end: 3234_56, -6265_44, -42265_44 (test_projection works these out)
    # cum: 2026 max(0, -3234_56, 0) = 0; 2027 max(0, 6265_44) = 6265_44; 2028 max(6265_44, 42265_44) = 42265_44
    result = still_to_raise(project_plan(buurtkamer(), "expected"), 0)
    assert result.by_year == {2026: 0, 2027: 6265_44, 2028: 36000_00}
    assert result.total == 42265_44
    assert result.years == [2027, 2028]


def test_a_reserve_target_is_kept_from_the_first_year() -> None:
    # target 5000_00: 2026 5000_00 - 3234_56 = 1765_44; 2027 5000_00 + 6265_44 = 11265_44;
    # 2028 5000_00 + 42265_44 = 47265_44 -> per year the differences
    result = still_to_raise(project_plan(buurtkamer(), "expected"), 5000_00)
    assert result.by_year == {2026: 1765_44, 2027: 9500_00, 2028: 36000_00}
    assert result.total == 47265_44


def test_money_raised_early_also_lifts_the_later_years() -> None:
    # reserves -100, 500, -50: raising 1,00 in the first year leaves 0, 6,00 and 0,50: enough for all three
    assert to_raise_per_year([-100, 500, -50], 0) == [100, 0, 0]
    # a later, deeper dip needs only what the first raising did not cover: -300 needs 2,00 more
    assert to_raise_per_year([-100, 500, -300], 0) == [100, 0, 200]


def test_nothing_to_raise_when_every_reserve_is_above_the_target() -> None:
    assert to_raise_per_year([1000, 2000, 1500], 1000) == [0, 0, 0]


def test_a_project_has_no_reserve_to_keep() -> None:
    plan = buurtkamer()
    plan.projects.append(Project(id="vaders", name="Vadergroep"))
    with pytest.raises(ValueError, match="no reserve"):
        still_to_raise(project_plan(plan, "expected", "vaders"), 0)


@FAST
@given(ends=st.lists(st.integers(-10**9, 10**9), min_size=1, max_size=30), target=st.integers(0, 10**8))
def test_raised_in_the_years_given_every_reserve_reaches_the_target_and_less_would_not(ends, target) -> None:
    amounts = to_raise_per_year(ends, target)
    assert all(a >= 0 for a in amounts)
    cum = 0
    for end, amount in zip(ends, amounts, strict=True):
        cum += amount
        assert end + cum >= target
    for k, amount in enumerate(amounts):
        if amount == 0:
            continue
        # one cent less in year k: some year from k on falls below the target
        fewer = list(amounts)
        fewer[k] -= 1
        cum, broken = 0, False
        for end, value in zip(ends, fewer, strict=True):
            cum += value
            broken = broken or end + cum < target
        assert broken


@FAST
@given(plan=plans(), scenario=st.sampled_from(["secured", "expected", "maximum"]),
       target=st.integers(0, 100_000_00))
def test_added_to_the_plan_as_income_the_amounts_keep_the_reserve_at_the_target(plan, scenario, target) -> None:
    result = still_to_raise(project_plan(plan, scenario), target)
    assert result.total == sum(result.by_year.values())
    for year, amount in result.by_year.items():
        if amount:
            plan.sources.append(Source(id=f"NIEUW-{year}", name="Nog te werven", amount=amount, basis=Basis.ONCE,
                                       start=Month(year, 6), type=SourceType.OTHER, status=Status.COMMITTED))
    after = project_plan(plan, scenario)
    assert all(y.reserve_end >= target for y in after.years)
    assert still_to_raise(after, target).total == 0


def test_the_sentence_names_the_year_and_the_amount() -> None:
    result = still_to_raise(project_plan(buurtkamer(), "expected"), 0)
    assert to_raise_sentence(result) == ("Om de reserve boven nul te houden moet er nog €\u00a042.265 bij: "
                                         "€\u00a06.265 in 2027 en €\u00a036.000 in 2028.")
    # whole euros half up, as the tables beside the sentence: 1765_44 -> 1.765, 47265_44 -> 47.265
    result = still_to_raise(project_plan(buurtkamer(), "expected"), 5000_00)
    assert to_raise_sentence(result) == ("Om de reserve op €\u00a05.000 te houden moet er nog €\u00a047.265 bij: "
                                         "€\u00a01.765 in 2026, €\u00a09.500 in 2027 en €\u00a036.000 in 2028.")


def test_the_sentence_of_one_year_and_of_none() -> None:
    from dekkingsplan.core.goal_seek import StillToRaise

    one = StillToRaise(15000_00, {2026: 0, 2027: 12400_00, 2028: 0}, 12400_00)
    assert to_raise_sentence(one) == "Om de reserve op €\u00a015.000 te houden moet er in 2027 nog €\u00a012.400 bij."
    assert to_raise_sentence(one, "en") == "To keep the reserve at €15,000, €12,400 more must come in in 2027."
    none = StillToRaise(15000_00, {2026: 0}, 0)
    assert to_raise_sentence(none) == "De reserve blijft in alle jaren op of boven €\u00a015.000: er hoeft niets bij."


def test_six_months_of_fixed_costs_are_six_times_the_monthly_lines_of_the_first_year() -> None:
    from dekkingsplan.core.goal_seek import six_months_of_fixed_costs

    # the buurtkamer pays rent of 500.00 a month; the coordinator (per year) and the outing (once) are not monthly
    assert six_months_of_fixed_costs(buurtkamer()) == 3000_00
