"""The agenda: every date to act on, in date order; rejected applications have nothing left to do."""

from __future__ import annotations

from datetime import date

from dekkingsplan.core.deadlines import DeadlineKind, deadlines, due_within, overdue
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
