"""Scenarios (DESIGN.md "Scenarios"): which sources count, at what weight, and how adjustments act.

Most plans here cover the single year 2026 and use per_year lines without start, so a line's value in 2026 is
its amount.
"""

from __future__ import annotations

import pytest

from dekkingsplan.core.model import Category, SourceType
from dekkingsplan.core.projection import project_plan
from tests.plans.builders import adjust, cost, plan, scenario, source


def income(p, scenario_id: str, year: int = 2026) -> int:
    return project_plan(p, scenario_id).year(year).income


def counted(p, scenario_id: str, line_id: str, year: int = 2026) -> int:
    """What a scenario counts of one source or cost line in a year (0 when it is not counted)."""
    projection = project_plan(p, scenario_id)
    values = projection.source_values.get(line_id) or projection.cost_values.get(line_id) or {}
    return values.get(year, 0)


ONE_YEAR = dict(first_year=2026, last_year=2026)


def mixed_statuses():
    return plan(**ONE_YEAR, sources=[
        source("gemeente", 10000_00, status="committed", type="subsidy"),
        source("huurder", 2000_00, status="received", type="rental"),
        source("fonds-a", 4000_00, status="applied", type="fund"),
        source("fonds-b", 3000_00, status="planned", type="fund"),
        source("fonds-c", 5000_00, status="rejected", type="fund"),
        source("fonds-d", 1000_00, status="applied", type="fund", probability="0.8"),
    ])


def test_zeker_counts_only_committed_and_received_at_full_value() -> None:
    assert income(mixed_statuses(), "secured") == 10000_00 + 2000_00


def test_verwacht_weights_each_source_by_its_probability() -> None:
    # committed 1, received 1, applied 0.5, planned 0.25, rejected 0, an explicit 0.8 wins over the status
    assert income(mixed_statuses(), "expected") == (
        10000_00 + 2000_00 + 4000_00 // 2 + 3000_00 // 4 + 0 + 1000_00 * 8 // 10)   # = 15550_00


def test_maximaal_counts_every_source_not_rejected_at_full_value() -> None:
    assert income(mixed_statuses(), "maximum") == 10000_00 + 2000_00 + 4000_00 + 3000_00 + 1000_00


def test_a_rejected_source_never_counts_whatever_its_probability() -> None:
    p = plan(**ONE_YEAR, sources=[source("afgewezen", 5000_00, status="rejected", probability="0.9")])
    assert [income(p, s) for s in ("secured", "expected", "maximum")] == [0, 0, 0]


def test_a_committed_source_counts_in_full_in_verwacht_whatever_its_probability() -> None:
    # DESIGN.md weights by "the source's probability where given", but issue 2 requires Zeker <= Verwacht for
    # every plan: a committed source marked 0.3 would count 100% in Zeker and 30% in Verwacht. The issue wins:
    # once committed or received, a source counts in full in Verwacht too.
    p = plan(**ONE_YEAR, sources=[source("wankel", 1000_00, status="committed", probability="0.3"),
                                  source("binnen", 200_00, status="received", probability="0.5")])
    assert income(p, "secured") == 1200_00
    assert income(p, "expected") == 1200_00


def test_weighting_rounds_half_up_to_cents() -> None:
    p = plan(**ONE_YEAR, sources=[
        source("a", 10_01, status="planned"),    # 1001 * 0.25 = 250.25 -> 250
        source("b", 10_02, status="planned"),    # 1002 * 0.25 = 250.5  -> 251
        source("c", 3_33, status="applied"),     # 333 * 0.5 = 166.5    -> 167
    ])
    assert counted(p, "expected", "a") == 250
    assert counted(p, "expected", "b") == 251
    assert counted(p, "expected", "c") == 167
    assert income(p, "expected") == 250 + 251 + 167   # the year sums the rounded line values


def test_costs_always_count_at_full_value() -> None:
    p = plan(**ONE_YEAR, costs=[cost("coord", 41000_00, category="personnel")],
             sources=[source("fonds", 1000_00, status="planned")])
    assert [project_plan(p, s).year(2026).costs for s in ("secured", "expected", "maximum")] == [41000_00] * 3


def test_in_kind_lines_are_never_cash() -> None:
    p = plan(**ONE_YEAR,
             costs=[cost("zaal", 5000_00, in_kind=True), cost("coord", 100_00)],
             sources=[source("zaal-gift", 5000_00, status="received", in_kind=True), source("gift", 50_00)])
    for s in ("secured", "expected", "maximum"):
        year = project_plan(p, s).year(2026)
        assert (year.costs, year.income) == (100_00, 50_00)


# --- user scenarios --------------------------------------------------------------------------------------------

def four_years_of_municipal_subsidy(*adjustments):
    return plan(2026, 2029, sources=[
        source("gemeente", 10000_00, type="subsidy", funder="Gemeente Den Haag", status="committed"),
        source("collecte", 1000_00, type="donation", status="committed"),
    ], scenarios=[scenario("ravijn", "expected", *adjustments, name="Gemeente -20% vanaf 2027")])


def test_municipality_cuts_20_percent_from_2027() -> None:
    p = four_years_of_municipal_subsidy(adjust("sources", "0.8", match={"type": "subsidy"}, from_year=2027))
    # 1000000 * 0.8 = 800000 from 2027 on; the donation untouched
    assert [counted(p, "ravijn", "gemeente", y) for y in range(2026, 2030)] == [10000_00, 8000_00, 8000_00, 8000_00]
    assert [income(p, "ravijn", y) for y in range(2026, 2030)] == [11000_00, 9000_00, 9000_00, 9000_00]


def test_an_adjustment_between_two_years_only() -> None:
    p = four_years_of_municipal_subsidy(adjust("sources", "0.8", match={"type": "subsidy"}, from_year=2027,
                                               to_year=2028))
    assert [counted(p, "ravijn", "gemeente", y) for y in range(2026, 2030)] == [10000_00, 8000_00, 8000_00, 10000_00]


def test_adjustments_that_match_the_same_line_multiply_and_round_once() -> None:
    # base maximum (weight 1). 10.05 cut in half twice: 1005 * 0.5 * 0.5 = 251.25 -> 251
    # (rounding after each factor would give 502.5 -> 503, then 251.5 -> 252)
    p = plan(**ONE_YEAR, sources=[source("gemeente", 10_05, type="subsidy")],
             scenarios=[scenario("krap", "maximum",
                                 adjust("sources", "0.5"),
                                 adjust("sources", "0.5", match={"type": "subsidy"}))])
    assert counted(p, "krap", "gemeente") == 251


def test_an_adjusted_value_is_rounded_before_it_is_weighted() -> None:
    # base expected, applied source 10.01 (weight 0.5), factor 0.5:
    # adjusted = 1001 * 0.5 = 500.5 -> 501; weighted = 501 * 0.5 = 250.5 -> 251
    # (one rounding of 1001 * 0.25 = 250.25 would give 250)
    p = plan(**ONE_YEAR, sources=[source("fonds", 10_01, status="applied")],
             scenarios=[scenario("half", "expected", adjust("sources", "0.5"))])
    assert counted(p, "half", "fonds") == 251


def test_a_cost_adjustment_raises_personnel_costs_only() -> None:
    p = plan(**ONE_YEAR,
             costs=[cost("coord", 41000_00, category="personnel"), cost("huur", 10200_00, category="housing")],
             scenarios=[scenario("cao", "secured", adjust("costs", "1.1", match={"category": "personnel"}))])
    year = project_plan(p, "cao").year(2026)
    assert year.costs_by_category[Category.PERSONNEL] == 45100_00     # 4100000 * 1.1
    assert year.costs_by_category[Category.HOUSING] == 10200_00
    assert year.costs == 45100_00 + 10200_00


def test_a_cost_adjustment_does_not_touch_sources_and_vice_versa() -> None:
    p = plan(**ONE_YEAR, costs=[cost("x", 100_00)], sources=[source("x", 100_00)],
             scenarios=[scenario("alleen-kosten", "maximum", adjust("costs", "2"))])
    year = project_plan(p, "alleen-kosten").year(2026)
    assert (year.costs, year.income) == (200_00, 100_00)


def test_a_line_without_the_matched_field_does_not_match() -> None:
    p = plan(**ONE_YEAR, projects=["maaltijd"],
             sources=[source("gemeente", 100_00, funder="Gemeente Den Haag"), source("anoniem", 100_00)],
             costs=[cost("kok", 100_00, project="maaltijd"), cost("coord", 100_00)],
             scenarios=[scenario("s", "maximum",
                                 adjust("sources", "0.5", match={"funder": "Gemeente Den Haag"}),
                                 adjust("costs", "0.5", match={"project": "maaltijd"}))])
    assert counted(p, "s", "gemeente") == 50_00
    assert counted(p, "s", "anoniem") == 100_00   # no funder: does not match
    assert counted(p, "s", "kok") == 50_00
    assert counted(p, "s", "coord") == 100_00     # no project: does not match


def test_every_given_match_key_must_match() -> None:
    p = plan(**ONE_YEAR, sources=[
        source("sub-aangevraagd", 100_00, type="subsidy", status="applied"),
        source("sub-toegezegd", 100_00, type="subsidy", status="committed"),
        source("fonds-aangevraagd", 100_00, type="fund", status="applied"),
    ], scenarios=[scenario("s", "maximum", adjust("sources", "0", match={"type": "subsidy", "status": "applied"}))])
    assert counted(p, "s", "sub-aangevraagd") == 0
    assert counted(p, "s", "sub-toegezegd") == 100_00
    assert counted(p, "s", "fonds-aangevraagd") == 100_00


def test_a_match_on_id_picks_one_line() -> None:
    p = plan(**ONE_YEAR, sources=[source("a", 100_00), source("b", 100_00)],
             scenarios=[scenario("s", "maximum", adjust("sources", "1.5", match={"id": "b"}))])
    assert (counted(p, "s", "a"), counted(p, "s", "b")) == (100_00, 150_00)


def test_an_empty_match_matches_every_line_of_the_target() -> None:
    p = plan(**ONE_YEAR, sources=[source("a", 100_00, type="subsidy"), source("b", 300_00, type="fund")],
             scenarios=[scenario("s", "maximum", adjust("sources", "0.9"))])
    year = project_plan(p, "s").year(2026)
    assert year.income_by_type[SourceType.SUBSIDY] == 90_00
    assert year.income_by_type[SourceType.FUND] == 270_00


def test_a_user_scenario_on_zeker_still_leaves_out_uncommitted_sources() -> None:
    p = plan(**ONE_YEAR, sources=[source("t", 100_00, status="committed"), source("a", 100_00, status="applied")],
             scenarios=[scenario("s", "secured", adjust("sources", "2"))])
    assert income(p, "s") == 200_00


def test_an_unknown_scenario_is_refused() -> None:
    with pytest.raises(KeyError):
        project_plan(plan(**ONE_YEAR), "ravijn")
