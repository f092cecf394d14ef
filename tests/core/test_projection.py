"""The projection per scenario and plan year, and the indicators (DESIGN.md "Projection"), worked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from dekkingsplan.core.model import Category, SourceType
from dekkingsplan.core.money import ratio_str
from dekkingsplan.core.projection import project_plan
from tests.plans.builders import cost, plan, source


def buurtkamer():
    """Three years, 10000.00 in reserve; the municipal subsidy stops after 2027.

    costs   coord  30000.00 per year         -> 3000000 each year
            huur     500.00 per month        ->  600000 each year
            uitje   1500.00 once in 2027-03  ->  150000 in 2027
            = 2026: 3600000, 2027: 3750000, 2028: 3600000
    sources gemeente 25000.00 per year to 2027-12, committed, subsidy  -> 2500000, 2500000, 0
            fonds    12000.00 total 2026-07..2027-06, applied (0.5)    -> 600000, 600000 (expected: 300000 each)
            collecte  1234.56 once 2026-12, received, no funder        -> 123456 in 2026
    """
    return plan(2026, 2028, reserve=10000_00, costs=[
        cost("coord", 30000_00, "per_year", category="personnel"),
        cost("huur", 500_00, "monthly", category="housing"),
        cost("uitje", 1500_00, "once", category="activities", start="2027-03"),
    ], sources=[
        source("gemeente", 25000_00, "per_year", type="subsidy", funder="Gemeente", status="committed",
               end="2027-12"),
        source("fonds", 12000_00, "total", type="fund", funder="Oranje Fonds", status="applied",
               start="2026-07", end="2027-06"),
        source("collecte", 1234_56, "once", type="donation", name="Collecte", status="received", start="2026-12"),
    ])


def test_the_expected_years_of_the_buurtkamer() -> None:
    years = project_plan(buurtkamer(), "expected").years
    assert [y.year for y in years] == [2026, 2027, 2028]
    assert [y.costs for y in years] == [36000_00, 37500_00, 36000_00]
    # 2026: 2500000 + 300000 + 123456; 2027: 2500000 + 300000; 2028: nothing
    assert [y.income for y in years] == [29234_56, 28000_00, 0]
    assert [y.result for y in years] == [-6765_44, -9500_00, -36000_00]
    # 1000000 - 676544 = 323456; 323456 - 950000 = -626544; -626544 - 3600000 = -4226544
    assert [y.reserve_end for y in years] == [3234_56, -6265_44, -42265_44]
    assert [y.gap for y in years] == [6765_44, 9500_00, 36000_00]
    # 2923456 / 3600000 = 0.81207... -> 0.8121; 2800000 / 3750000 = 0.74666... -> 0.7467; 0 / 3600000
    assert [ratio_str(y.coverage) for y in years] == ["0.8121", "0.7467", "0.0000"]


def test_costs_and_income_by_kind_list_every_category_and_type() -> None:
    year = project_plan(buurtkamer(), "expected").year(2027)
    assert year.costs_by_category == {
        Category.PERSONNEL: 30000_00, Category.VOLUNTEERS: 0, Category.HOUSING: 6000_00,
        Category.ACTIVITIES: 1500_00, Category.ORGANISATION: 0, Category.COMMUNICATION: 0, Category.OTHER: 0}
    assert year.income_by_type == {
        SourceType.SUBSIDY: 25000_00, SourceType.FUND: 3000_00, SourceType.DONATION: 0, SourceType.RENTAL: 0,
        SourceType.OWN_INCOME: 0, SourceType.CONTRACT: 0, SourceType.OTHER: 0}


def test_totals_over_the_plan_years() -> None:
    totals = project_plan(buurtkamer(), "expected").totals
    assert totals.costs == 36000_00 + 37500_00 + 36000_00
    assert totals.income == 29234_56 + 28000_00
    assert totals.result == 57234_56 - 109500_00
    assert totals.costs_by_category[Category.PERSONNEL] == 3 * 30000_00
    assert totals.income_by_type[SourceType.FUND] == 6000_00


def test_the_indicators_of_the_buurtkamer() -> None:
    indicators = project_plan(buurtkamer(), "expected").indicators
    # income by group over the plan: Gemeente 5000000, Oranje Fonds 600000, Collecte 123456; total 5723456
    assert indicators.largest_funder.name == "Gemeente"
    assert indicators.largest_funder.income == 50000_00
    assert ratio_str(indicators.largest_funder.share) == "0.8736"       # 5000000 / 5723456 = 0.87359...
    # short term: the fund (12 closed months) and the collection (once): 600000 + 123456 = 723456
    # the subsidy runs 2026-01..2027-12, 24 months: not short term
    assert ratio_str(indicators.short_term_share) == "0.1264"           # 723456 / 5723456 = 0.12640...
    assert indicators.depleted_year == 2027                              # first reserve_end < 0


def test_the_zeker_years_of_the_buurtkamer() -> None:
    years = project_plan(buurtkamer(), "secured").years
    assert [y.income for y in years] == [26234_56, 25000_00, 0]          # the applied fund is not counted
    assert [ratio_str(y.coverage) for y in years] == ["0.7287", "0.6667", "0.0000"]
    # 2623456 / 3600000 = 0.728737... -> 0.7287; 2500000 / 3750000 = 0.66666... -> 0.6667


def test_coverage_rounds_half_up_at_four_decimals() -> None:
    p = plan(2026, 2026, costs=[cost("k", 1000_00)], sources=[source("s", 123_45)])
    assert ratio_str(project_plan(p, "maximum").year(2026).coverage) == "0.1235"   # 12345/100000 = 0.12345


def test_coverage_above_one_and_no_gap() -> None:
    p = plan(2026, 2026, reserve=-100_00, costs=[cost("k", 800_00)], sources=[source("s", 1000_00)])
    year = project_plan(p, "maximum").year(2026)
    assert ratio_str(year.coverage) == "1.2500"   # 100000 / 80000
    assert year.gap == 0
    assert year.result == 200_00
    assert year.reserve_end == 100_00             # -10000 + 20000
    assert project_plan(p, "maximum").indicators.depleted_year is None


def test_a_year_with_no_costs_has_no_coverage_and_no_gap() -> None:
    p = plan(2026, 2027, reserve=0, costs=[cost("k", 1000_00, end="2026-12")], sources=[source("s", 500_00)])
    year = project_plan(p, "maximum").year(2027)
    assert year.costs == 0
    assert year.coverage is None
    assert year.gap == 0
    assert year.result == 500_00
    assert year.reserve_end == (500_00 - 1000_00) + 500_00     # 2026 ends at -500.00, 2027 adds 500.00


def test_a_negative_opening_reserve_is_depleted_in_the_first_year() -> None:
    p = plan(2026, 2027, reserve=-1, costs=[cost("k", 100_00)], sources=[source("s", 100_00)])
    assert project_plan(p, "maximum").indicators.depleted_year == 2026


def test_a_reserve_of_exactly_zero_is_not_depleted() -> None:
    p = plan(2026, 2027, reserve=0, costs=[cost("k", 100_00)], sources=[source("s", 100_00)])
    projection = project_plan(p, "maximum")
    assert [y.reserve_end for y in projection.years] == [0, 0]
    assert projection.indicators.depleted_year is None


def test_an_empty_plan_has_no_ratios() -> None:
    projection = project_plan(plan(2026, 2027, reserve=500_00), "expected")
    assert [(y.costs, y.income, y.coverage, y.gap, y.reserve_end) for y in projection.years] == [
        (0, 0, None, 0, 500_00), (0, 0, None, 0, 500_00)]
    assert projection.indicators.largest_funder is None
    assert projection.indicators.short_term_share is None


# --- largest funder --------------------------------------------------------------------------------------------

def test_sources_of_one_funder_are_added_together() -> None:
    p = plan(2026, 2026, sources=[
        source("oranje-1", 300_00, funder="Oranje Fonds"),
        source("gemeente", 500_00, funder="Gemeente"),
        source("oranje-2", 300_00, funder="Oranje Fonds"),
    ])
    largest = project_plan(p, "maximum").indicators.largest_funder
    assert (largest.name, largest.income) == ("Oranje Fonds", 600_00)
    assert ratio_str(largest.share) == "0.5455"          # 60000 / 110000 = 0.545454... -> 0.5455


def test_a_tie_between_funders_goes_to_the_first_in_source_order() -> None:
    p = plan(2026, 2026, sources=[
        source("kansfonds", 100_00, funder="Kansfonds"),
        source("gemeente", 300_00, funder="Gemeente"),
        source("kansfonds-2", 200_00, funder="Kansfonds"),
    ])
    largest = project_plan(p, "maximum").indicators.largest_funder
    assert (largest.name, ratio_str(largest.share)) == ("Kansfonds", "0.5000")   # 30000 each, Kansfonds first


def test_a_tie_goes_to_the_group_whose_first_source_comes_first_even_if_that_source_does_not_count() -> None:
    # Zeker: Kansfonds's first source (only planned) comes before Gemeente's; both groups count 300.00.
    p = plan(2026, 2026, sources=[
        source("kansfonds-aanvraag", 900_00, funder="Kansfonds", status="planned"),
        source("gemeente", 300_00, funder="Gemeente", status="committed"),
        source("kansfonds-toezegging", 300_00, funder="Kansfonds", status="committed"),
    ])
    largest = project_plan(p, "secured").indicators.largest_funder
    assert largest.name == "Kansfonds"


def test_a_source_without_funder_is_its_own_group_named_by_its_name() -> None:
    # two collections without funder, same name: two groups of 600.00, not one of 1200.00
    p = plan(2026, 2026, sources=[
        source("collecte-voorjaar", 600_00, "once", name="Collecte"),
        source("collecte-najaar", 600_00, "once", name="Collecte"),
        source("gemeente", 1000_00, "once", funder="Gemeente"),
    ])
    largest = project_plan(p, "maximum").indicators.largest_funder
    assert (largest.name, largest.income) == ("Gemeente", 1000_00)
    assert ratio_str(largest.share) == "0.4545"          # 100000 / 220000 = 0.454545... -> 0.4545


def test_a_source_without_funder_is_not_merged_with_a_funder_of_the_same_name() -> None:
    p = plan(2026, 2026, sources=[
        source("eigen-actie", 400_00, name="Oranje Fonds"),              # a line named like a funder, no funder
        source("oranje", 400_00, funder="Oranje Fonds"),
        source("gemeente", 500_00, funder="Gemeente"),
    ])
    largest = project_plan(p, "maximum").indicators.largest_funder
    assert (largest.name, largest.income) == ("Gemeente", 500_00)


def test_largest_funder_counts_only_plan_years_and_the_scenarios_weights() -> None:
    p = plan(2026, 2026, sources=[
        source("fonds", 1000_00, funder="Fonds", status="planned"),            # expected: 25000
        source("gemeente", 300_00, funder="Gemeente", status="committed"),     # expected: 30000
        source("later", 99000_00, "once", funder="Fonds", start="2027-01"),    # outside the plan
    ])
    largest = project_plan(p, "expected").indicators.largest_funder
    assert (largest.name, largest.income) == ("Gemeente", 300_00)
    assert ratio_str(largest.share) == "0.5455"          # 30000 / 55000 = 0.545454... -> 0.5455


# --- short-term share ------------------------------------------------------------------------------------------

def test_short_term_share_counts_once_and_closed_periods_of_at_most_twelve_months() -> None:
    p = plan(2026, 2027, sources=[
        source("eenmalig", 100_00, "once"),                                          # short: once
        source("jaar", 200_00, "per_year", start="2026-01", end="2026-12"),           # short: 12 months
        source("dertien", 1300_00, "monthly", start="2026-01", end="2027-01"),        # 13 months: not short
        source("open", 400_00, "per_year", start="2027-01"),                          # open-ended: not short
        source("fonds", 1200_00, "total", end="2026-12"),                             # short: 12 months
    ])
    # short: 10000 + 20000 + 120000 = 150000
    # all: 150000 + 1300_00*13 (= 1690000) + 40000 = 1880000
    assert ratio_str(project_plan(p, "maximum").indicators.short_term_share) == "0.0798"   # 150000/1880000


# --- a project's projection ------------------------------------------------------------------------------------

def test_a_projects_projection_uses_only_its_lines_and_has_no_reserve() -> None:
    p = plan(2026, 2027, reserve=-99999_00, projects=["maaltijd", "huiswerk"], costs=[
        cost("kok", 6000_00, category="personnel", project="maaltijd"),
        cost("boodschappen", 200_00, "monthly", category="activities", project="maaltijd"),
        cost("coord", 41000_00, category="personnel"),
        cost("bijles", 3000_00, project="huiswerk"),
    ], sources=[
        source("fonds-maaltijd", 12000_00, "total", type="fund", funder="Oranje Fonds", status="applied",
               start="2026-07", end="2027-06", project="maaltijd"),
        source("bijdragen", 50_00, "monthly", type="own_income", status="committed", project="maaltijd"),
        source("gemeente", 50000_00, type="subsidy", status="committed"),
    ])
    projection = project_plan(p, "expected", project="maaltijd")
    years = projection.years
    assert [y.costs for y in years] == [8400_00, 8400_00]             # 600000 + 20000*12
    # fund 1200000 spread 6/6 -> 600000 a year, x 0.5 -> 300000; contributions 5000*12 = 60000
    assert [y.income for y in years] == [3600_00, 3600_00]
    assert [y.gap for y in years] == [4800_00, 4800_00]
    assert [ratio_str(y.coverage) for y in years] == ["0.4286", "0.4286"]   # 360000/840000 = 0.428571...
    assert [y.reserve_end for y in years] == [None, None]
    assert projection.indicators.depleted_year is None
    assert projection.indicators.largest_funder.name == "Oranje Fonds"      # 600000 against 120000
    assert ratio_str(projection.indicators.largest_funder.share) == "0.8333"  # 600000/720000
    assert ratio_str(projection.indicators.short_term_share) == "0.8333"   # the fund is 12 months


def test_an_unknown_project_is_refused() -> None:
    with pytest.raises(KeyError):
        project_plan(buurtkamer(), "expected", project="bestaat-niet")


def test_the_projection_does_not_change_the_plan() -> None:
    p = buurtkamer()
    before = p.copy()
    project_plan(p, "expected")
    assert p == before


def test_coverage_is_a_decimal_with_four_places() -> None:
    year = project_plan(buurtkamer(), "expected").year(2026)
    assert isinstance(year.coverage, Decimal)
    assert year.coverage.as_tuple().exponent == -4
