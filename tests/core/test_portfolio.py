"""Many plans side by side: each plan's row worked out by hand."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from dekkingsplan.core.portfolio import PortfolioTotals, portfolio, portfolio_row, portfolio_totals
from tests.plans.builders import cost, plan, source


def short_of_money():
    """2026–2027, reserve € 1.000, the board wants € 500 kept. Costs € 10.000 a year; the municipality gives
    € 6.000 and a fund € 2.000 a year: € 2.000 short each year."""
    return replace(plan(2026, 2027, reserve=1_000_00, costs=[cost("coord", 10_000_00)], sources=[
        source("gemeente", 6_000_00, type="subsidy", funder="Gemeente Zwolle"),
        source("fonds", 2_000_00, type="fund", funder="Oranje Fonds"),
    ]), reserve_target=500_00)


def test_a_plan_short_of_money() -> None:
    row = portfolio_row(short_of_money(), "zwolle.json")
    # reserve: 1.000 − 2.000 = −1.000 at the end of 2026, −3.000 at the end of 2027
    assert row.indicators.depleted_year == 2026
    assert row.gap_years == (2026, 2027)
    # income 16.000, of which subsidy 12.000
    assert row.subsidy_share == Decimal("0.7500")
    assert row.indicators.largest_funder.name == "Gemeente Zwolle"
    assert row.indicators.largest_funder.share == Decimal("0.7500")
    assert row.indicators.short_term_share == Decimal("0.0000")  # both sources run on without an end
    # to keep € 500: 1.500 in 2026 (−1.000 → 500), then 2.000 more in 2027 (−3.000 + 1.500 → 500): 3.500
    assert row.to_raise_total == 3_500_00
    assert (row.organisation, row.first_year, row.last_year, row.file) == ("Stichting Buurtkamer De Wissel", 2026, 2027,
                                                                                     "zwolle.json")


def test_a_plan_without_income_has_no_shares() -> None:
    row = portfolio_row(plan(2026, 2027, reserve=5_000_00, costs=[cost("huur", 1_000_00)]), "leeg.json")
    assert row.subsidy_share is None
    assert row.indicators.largest_funder is None and row.indicators.short_term_share is None
    assert row.gap_years == (2026, 2027)
    assert row.indicators.depleted_year is None  # 5.000 − 1.000 − 1.000 stays above zero
    assert row.to_raise_total == 0


def test_the_scenario_counts() -> None:
    applied = replace(short_of_money(), sources=[source("gemeente", 6_000_00, type="subsidy", status="applied"),
                                                 source("fonds", 2_000_00, type="fund")])
    secured = portfolio_row(applied, "x.json", "secured")
    # secured: only the fund's 2.000 a year; reserve 1.000 − 8.000 = −7.000, then −15.000
    assert secured.subsidy_share == Decimal("0.0000")
    assert secured.to_raise_total == 15_500_00  # 7.500 in 2026, 8.000 in 2027
    expected = portfolio_row(applied, "x.json", "expected")
    # expected: the applied subsidy at 0.5 → 3.000 a year of 5.000 income
    assert expected.subsidy_share == Decimal("0.6000")


def test_rows_in_the_order_given_and_an_unknown_scenario() -> None:
    a, b = short_of_money(), plan(2026, 2026, costs=[cost("x", 100)])
    assert [r.file for r in portfolio([("b", b), ("a", a)])] == ["b", "a"]
    with pytest.raises(KeyError):
        portfolio_row(a, "a", "ravijn")


def test_the_totals_count_the_plans_whose_reserve_runs_out_and_add_what_each_must_raise() -> None:
    short = portfolio_row(short_of_money(), "zwolle.json")  # runs out in 2026, 3.500 to raise
    enough = portfolio_row(plan(2026, 2027, reserve=5_000_00, costs=[cost("huur", 1_000_00)]), "leeg.json")
    assert portfolio_totals([short, enough, short]) == PortfolioTotals(plans=3, run_out=2, to_raise=7_000_00)
    assert portfolio_totals([]) == PortfolioTotals(plans=0, run_out=0, to_raise=0)
