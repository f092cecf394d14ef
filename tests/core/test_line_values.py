"""Each line's value per calendar year (DESIGN.md "Time and amounts"), worked out by hand.

Plans run 2026..2029 unless a test says otherwise. Amounts are cents: 41000_00 is € 41.000,00.
"""

from __future__ import annotations

from dekkingsplan.core.projection import line_values, spread_total
from tests.plans.builders import cost, source


def values(line, first: int = 2026, last: int = 2029) -> dict[int, int]:
    return line_values(line, first, last)


# --- per_year --------------------------------------------------------------------------------------------------

def test_a_coordinator_per_year_indexed_2_5_percent() -> None:
    coordinator = cost("coord", 41000_00, "per_year", category="personnel", start="2026-01", indexation="2.5")
    assert values(coordinator) == {
        2026: 41000_00,            # 41000_00 * 1
        2027: 42025_00,            # 41000_00 * 1025 / 1000 = 4202500
        2028: 43075_63,            # 41000_00 * 1025**2 / 1000**2 = 4307562.5 -> 4307563 (half up)
        2029: 44152_52,            # 41000_00 * 1025**3 / 1000**3 = 4415251.5625 -> 4415252
    }


def test_a_per_year_cost_starting_in_july_counts_half_the_first_year() -> None:
    cleaning = cost("schoonmaak", 1234_57, "per_year", start="2026-07")
    assert values(cleaning) == {
        2026: 617_29,   # 123457 * 6 / 12 = 61728.5 -> 61729: half a cent rounds up
        2027: 1234_57,
        2028: 1234_57,
        2029: 1234_57,
    }


def test_a_per_year_cost_ending_in_march_counts_a_quarter_of_its_last_year() -> None:
    rent = cost("huur", 12000_00, "per_year", start="2026-01", end="2027-03")
    assert values(rent) == {2026: 12000_00, 2027: 3000_00}   # 1200000 * 3 / 12 = 300000; nothing after


def test_partial_years_and_indexation_together_round_once_per_year() -> None:
    # 10000.00 a year from Oct 2026 to Mar 2028, +3% a year counted from 2026
    line = cost("project-kosten", 10000_00, "per_year", start="2026-10", end="2028-03", indexation="3")
    assert values(line) == {
        2026: 2500_00,        # 1000000 * 3 / 12 = 250000
        2027: 10300_00,       # 1000000 * 103 / 100 = 1030000
        2028: 2652_25,        # 1000000 * 103**2 / 100**2 * 3 / 12 = 1000000 * 10609 * 3 / 120000 = 265225
    }


def test_indexation_counts_from_the_year_of_start_not_from_a_full_year_later() -> None:
    # started in July 2026: in 2027 the factor is already 1.025 (f(y) = 1.025 ** (y - 2026))
    line = cost("coord", 2000_00, "per_year", start="2026-07", indexation="2.5")
    assert values(line, 2026, 2027) == {2026: 1000_00, 2027: 2050_00}   # 200000*6/12; 200000*1.025


def test_indexation_of_a_line_that_started_before_the_plan() -> None:
    # started Jan 2024 at 1000.00, +10%: 2026 is two years on, 1.1**2 = 1.21
    line = cost("verzekering", 1000_00, "per_year", start="2024-01", indexation="10")
    assert values(line, 2026, 2027) == {2026: 1210_00, 2027: 1331_00}   # 100000*1.21; 100000*1.331


def test_indexation_without_start_counts_from_the_plans_first_year() -> None:
    line = cost("verzekering", 1000_00, "per_year", indexation="10")
    assert values(line, 2026, 2028) == {2026: 1000_00, 2027: 1100_00, 2028: 1210_00}


def test_a_negative_indexation_shrinks_the_amount() -> None:
    line = source("afbouw", 1000_00, "per_year", indexation="-10")
    assert values(line, 2026, 2028) == {2026: 1000_00, 2027: 900_00, 2028: 810_00}   # *0.9, *0.81


def test_thirty_years_of_indexation_are_exact() -> None:
    # 1.00 a year at +2.5% over 30 years: 100 * 1.025**29 = 204.7...; exact integer arithmetic:
    # 100 * 41**29 / 40**29, rounded half up
    line = cost("klein", 1_00, "per_year", indexation="2.5")
    top, bottom = 100 * 41**29, 40**29
    assert values(line, 2026, 2055)[2055] == (2 * top + bottom) // (2 * bottom) == 2_05


# --- monthly ---------------------------------------------------------------------------------------------------

def test_a_monthly_rent_from_april_indexed_3_percent() -> None:
    rent = cost("huur", 850_00, "monthly", category="housing", start="2026-04", indexation="3")
    assert values(rent) == {
        2026: 7650_00,        # 85000 * 9 months
        2027: 10506_00,       # 85000 * 1.03 * 12 = 87550 * 12
        2028: 10821_18,       # 85000 * 1.0609 * 12 = 90176.5 * 12 = 1082118
        2029: 11145_82,       # 85000 * 1.092727 * 12 = 1114581.54 -> 1114582 (once per year, not per month:
                              # rounding each month first would give 92882 * 12 = 1114584)
    }


def test_a_monthly_amount_for_six_months() -> None:
    line = cost("zomerschool", 250_00, "monthly", start="2026-03", end="2026-08")
    assert values(line) == {2026: 1500_00}   # 25000 * 6


# --- once ------------------------------------------------------------------------------------------------------

def test_a_one_off_gift_lands_in_the_year_of_its_month() -> None:
    assert values(source("legaat", 2500_00, "once", start="2027-05")) == {2027: 2500_00}


def test_a_one_off_without_start_lands_in_the_first_plan_year() -> None:
    assert values(cost("inrichting", 2500_00, "once")) == {2026: 2500_00}


def test_a_one_off_outside_the_plan_is_not_shown() -> None:
    assert values(source("toezegging-later", 2500_00, "once", start="2031-01")) == {}
    assert values(source("vorig-jaar", 2500_00, "once", start="2025-12")) == {}


def test_a_specification_without_amount_is_quantity_times_rate() -> None:
    # 160 uur x 35.00 = 5600.00
    hours = cost("training", None, "once", start="2026-03", quantity="160", unit="uur", rate=35_00)
    assert values(hours) == {2026: 5600_00}
    # 2.5 x 33.33 = 83.325 -> 8332.5 cents -> 8333 (half up)
    half = cost("dagdeel", None, "once", start="2026-03", quantity="2.5", unit="dagdeel", rate=33_33)
    assert values(half) == {2026: 83_33}


# --- total -----------------------------------------------------------------------------------------------------

def test_a_fund_grant_over_24_months_spread_by_months() -> None:
    grant = source("fonds-maaltijd", 30000_00, "total", start="2026-09", end="2028-08", type="fund")
    # M = 24; 2026: 4 months, 2027: 12, 2028: 8 -> 3000000 * 4/24, *12/24, *8/24
    assert values(grant) == {2026: 5000_00, 2027: 15000_00, 2028: 10000_00}


def test_a_tie_in_the_spread_gives_the_cent_to_the_earlier_year() -> None:
    # 1.00 over three whole years: 100*12/36 = 33 r 12 in each year; one cent left, all remainders tie -> 2026
    line = source("klein-fonds", 1_00, "total", start="2026-01", end="2028-12")
    assert values(line) == {2026: 34, 2027: 33, 2028: 33}


def test_the_left_over_cent_goes_to_the_largest_remainder_not_the_earliest_year() -> None:
    # 1.00 over Nov 2026 .. Oct 2028, M = 24; months 2, 12, 10
    # 2026: 100*2/24  = 8  r 8
    # 2027: 100*12/24 = 50 r 0
    # 2028: 100*10/24 = 41 r 16   <- largest remainder gets the one cent left (8+50+41 = 99)
    line = source("fonds", 1_00, "total", start="2026-11", end="2028-10")
    assert values(line) == {2026: 8, 2027: 50, 2028: 42}


def test_several_cents_left_over_go_one_each_in_remainder_order() -> None:
    # 0.05 over four whole years: 5*12/48 = 1 r 12 each; one cent left -> 2026
    assert spread_total(5, {2026: 12, 2027: 12, 2028: 12, 2029: 12}) == {2026: 2, 2027: 1, 2028: 1, 2029: 1}
    # 0.07 over months 1, 5, 6 (M = 12): 7*1/12 = 0 r 7; 7*5/12 = 2 r 11; 7*6/12 = 3 r 6
    # 0 + 2 + 3 = 5, two cents left: to r 11 (2027) then r 7 (2026)
    assert spread_total(7, {2026: 1, 2027: 5, 2028: 6}) == {2026: 1, 2027: 3, 2028: 3}


def test_a_total_is_spread_over_months_outside_the_plan_too() -> None:
    # 1.01 over Jul 2025 .. Jun 2026, M = 12: 2025 gets 101*6/12 = 50 r 6, 2026 gets 50 r 6; the left-over cent
    # goes to the earlier year 2025, which lies outside the plan: the plan shows 0.50 for 2026, not 0.51
    line = source("doorloper", 1_01, "total", start="2025-07", end="2026-06", type="fund")
    assert values(line) == {2026: 50}


def test_a_total_running_past_the_plan_shows_only_the_plan_years() -> None:
    line = source("toekomst", 12000_00, "total", start="2029-07", end="2030-06")
    assert values(line) == {2029: 6000_00}   # 1200000 * 6 / 12; 2030 is dropped after spreading


def test_a_total_without_start_begins_in_the_plans_first_month() -> None:
    line = source("fonds", 24000_00, "total", end="2027-12")
    assert values(line) == {2026: 12000_00, 2027: 12000_00}   # M = 24, 12 months each
