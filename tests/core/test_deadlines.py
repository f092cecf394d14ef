"""The agenda: every date to act on, in date order; rejected applications have nothing left to do."""

from __future__ import annotations

from datetime import date

from dekkingsplan.core.deadlines import DeadlineKind, deadlines, due_within, overdue
from dekkingsplan.core.model import Status
from tests.plans.builders import d, plan, source


def agenda_plan():
    return plan(sources=[
        source("oranje", 30000_00, "total", end="2027-12", status="applied", funder="Oranje Fonds",
               apply_by=d("2026-03-01"), decision_expected=d("2026-06-15"),
               report_due=(d("2027-10-01"), d("2026-03-01"))),
        source("kansfonds", 5000_00, "once", status="planned", apply_by=d("2026-03-01")),
        source("afgewezen", 5000_00, "once", status="rejected", apply_by=d("2026-01-15"),
               report_due=(d("2026-02-01"),)),
        source("gemeente", 25000_00, status="committed", report_due=(d("2026-02-01"),)),
    ])


def test_the_agenda_is_in_date_order_then_kind_then_source_order() -> None:
    items = deadlines(agenda_plan())
    assert [(x.date.isoformat(), x.kind.value, x.source_id) for x in items] == [
        ("2026-02-01", "report_due", "gemeente"),
        # on 1 March: applying comes before reporting; two apply-by dates follow the plan's source order
        ("2026-03-01", "apply_by", "oranje"),
        ("2026-03-01", "apply_by", "kansfonds"),
        ("2026-03-01", "report_due", "oranje"),
        ("2026-06-15", "decision_expected", "oranje"),
        ("2027-10-01", "report_due", "oranje"),
    ]


def test_a_rejected_application_has_no_deadlines() -> None:
    assert all(x.source_id != "afgewezen" for x in deadlines(agenda_plan()))


def test_a_deadline_carries_what_the_agenda_shows() -> None:
    first = deadlines(agenda_plan())[1]
    assert (first.source_name, first.funder, first.kind) == ("oranje", "Oranje Fonds", DeadlineKind.APPLY_BY)
    assert first.uid_key == "oranje/apply_by"  # one apply-by date per source: moving it keeps the identity
    report = next(x for x in deadlines(agenda_plan()) if x.kind == DeadlineKind.REPORT_DUE)
    assert report.uid_key == f"{report.source_id}/report_due/{report.date.isoformat()}"


def test_what_is_due_soon_and_what_is_overdue() -> None:
    items = deadlines(agenda_plan())
    today = date(2026, 2, 20)
    assert [x.date for x in overdue(items, today)] == [date(2026, 2, 1)]
    # 1 March is 9 days away, 15 June 115 days
    assert [(x.source_id, x.kind.value) for x in due_within(items, today, 30)] == [
        ("oranje", "apply_by"), ("kansfonds", "apply_by"), ("oranje", "report_due")]
    # both ends included: due today counts, yesterday is overdue
    assert [x.date for x in due_within(items, date(2026, 3, 1), 0)] == [date(2026, 3, 1)] * 3


def test_a_plan_without_dates_has_an_empty_agenda() -> None:
    assert deadlines(plan(sources=[source("s", 1_00)])) == []


def suggestion_plan():
    return plan(sources=[
        # a fund starting September 2026: four months ahead is 1 May 2026
        source("vaders", 9000_00, "total", type="fund", status="planned", start="2026-09", end="2028-08",
               funder="Kansfonds"),
        # a subsidy with a longer lead of 6 months before January 2027: 1 July 2026
        source("gemeente", 20000_00, type="subsidy", status="planned", start="2027-01", lead_months=6),
        # a lead of 0: the start month itself
        source("snel", 1000_00, "once", type="fund", status="planned", start="2026-05", lead_months=0),
        # no suggestion: a date of its own, already applied, not a subsidy or fund, or no start
        source("eigen", 5000_00, "once", type="fund", status="planned", start="2026-11", apply_by=d("2026-04-15")),
        source("aangevraagd", 5000_00, "once", type="fund", status="applied", start="2026-11"),
        source("giften", 1000_00, type="donation", status="planned", start="2026-11"),
        source("zonder", 1000_00, type="fund", status="planned"),
    ])


def test_a_planned_fund_or_subsidy_gets_a_suggested_apply_by_date_lead_months_ahead() -> None:
    apply = [(x.date.isoformat(), x.source_id, x.suggested) for x in deadlines(suggestion_plan())
             if x.kind == DeadlineKind.APPLY_BY]
    assert apply == [
        ("2026-04-15", "eigen", False),
        ("2026-05-01", "vaders", True),  # same day: the plan's source order
        ("2026-05-01", "snel", True),
        ("2026-07-01", "gemeente", True),
    ]


def test_a_suggestion_crosses_the_year_and_settles_like_a_real_date() -> None:
    from dataclasses import replace

    from dekkingsplan.core.deadlines import is_settled, suggested_apply_by

    fund = source("x", 1000_00, "once", type="fund", status="planned", start="2027-02")
    assert suggested_apply_by(fund) == date(2026, 10, 1)  # February 2027 less four months
    assert suggested_apply_by(replace(fund, lead_months=24)) == date(2025, 2, 1)
    late = deadlines(plan(sources=[fund]))[0]
    assert late.suggested and not is_settled(late)
    assert overdue([late], date(2026, 10, 2)) == [late]
    # once applied for, there is no suggestion left to follow
    assert deadlines(plan(sources=[replace(fund, status=Status.APPLIED)])) == []
