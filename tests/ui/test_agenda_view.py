"""The Agenda's view model, read without a window: how each deadline reads on a given day, the counts above the
list, and which open steps the reminder on opening names. Days counted by hand beside each test."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from dekkingsplan.core.deadlines import DeadlineKind, deadlines
from dekkingsplan.core.model import Plan, Status
from dekkingsplan.ui.views.agenda import (
    REMIND_DAYS,
    SOON_DAYS,
    Tone,
    background,
    due_soon,
    foreground,
    is_late,
    reminder,
    summary,
    when,
)
from tests.plans.builders import plan, source
from tests.plans.examples import demo

TODAY = date(2026, 11, 28)


def with_source(p: Plan, source_id: str, **changes) -> Plan:
    return replace(p, sources=[replace(s, **changes) if s.id == source_id else s for s in p.sources])


def reports_at(*offsets: int) -> Plan:
    """One committed source with a report due on each of these days from TODAY (a report is never settled)."""
    dates = tuple(sorted(TODAY + timedelta(days=n) for n in offsets))
    return plan(2026, 2027, sources=[source("s", 100_00, report_due=dates, name="Subsidie")])


def test_the_tone_of_a_report_by_its_days_from_today():
    p = reports_at(-1, 0, REMIND_DAYS, REMIND_DAYS + 1, SOON_DAYS, SOON_DAYS + 1)
    items = deadlines(p)
    assert [when(d, TODAY) for d in items] == [-1, 0, 14, 15, 90, 91]
    assert [background(d, TODAY) for d in items] == [Tone.OVERDUE, Tone.URGENT, Tone.URGENT, Tone.SOON, Tone.SOON,
                                                      None]
    assert [is_late(d, TODAY) for d in items] == [True, False, False, False, False, False]
    assert all(foreground(d) is None for d in items)
    # late 1; within 90 days: today, 14, 15 and 90 days on
    counts = summary(items, TODAY)
    assert (counts.total, counts.late, counts.soon) == (6, 1, 4)


def test_a_past_step_the_status_shows_as_taken_is_settled_not_late():
    p = demo()
    applied = next(d for d in deadlines(p) if d.date == date(2026, 11, 1))  # the health insurer, applied already
    assert (when(applied, TODAY), background(applied, TODAY), foreground(applied)) == (None, None, Tone.SETTLED)
    assert not is_late(applied, TODAY)
    not_yet = next(d for d in deadlines(with_source(p, "zorgverzekeraar", status=Status.PLANNED))
                   if d.date == date(2026, 11, 1))
    assert (when(not_yet, TODAY), background(not_yet, TODAY), foreground(not_yet)) == (-27, Tone.OVERDUE, None)


def test_the_counts_above_the_demo_agenda():
    p = demo()
    counts = summary(deadlines(p), TODAY)
    assert (counts.total, counts.late, counts.soon) == (21, 0, 5)
    late = with_source(p, "giften-leden", report_due=(date(2026, 10, 20),))  # 39 days ago
    counts = summary(deadlines(late), TODAY)
    assert (counts.total, counts.late, counts.soon) == (22, 1, 5)


def test_a_rejected_source_has_nothing_left_to_do():
    p = with_source(demo(), "skanfonds", status=Status.REJECTED)
    assert "skanfonds" not in {d.source_id for d in deadlines(p)}


def test_the_reminder_names_the_first_late_open_step_and_counts_the_rest():
    # on 2 Feb 2027 nothing falls within 14 days, but five open steps are late: two decisions expected in December
    # (the sources are still 'applied'), the VSBfonds application (still planned), the health insurer's decision
    # and yesterday's report to Welzijn Den Haag; steps the status shows as taken are not named
    on = date(2027, 2, 2)
    items = due_soon(demo(), on)
    assert len(items) == 5
    said = reminder(items, on)
    assert said.late and said.more == 4
    assert [(d.date, d.kind, d.source_id, days) for d, days in said.items[:3]] == [
        (date(2026, 12, 8), DeadlineKind.DECISION_EXPECTED, "gemeente-2027", -56),
        (date(2026, 12, 10), DeadlineKind.DECISION_EXPECTED, "skanfonds", -54),
        (date(2027, 1, 15), DeadlineKind.APPLY_BY, "vsbfonds", -18)]
    assert said.first == said.items[:1]
    assert reminder(items, on, named=3).more == 2


def test_the_reminder_puts_late_steps_before_coming_ones():
    # 25 Jan 2027: the VSBfonds application is 10 days late; the report to Welzijn Den Haag is due in 7 days
    on = date(2027, 1, 25)
    p = demo()
    for source_id in ("gemeente-2027", "skanfonds", "zorgverzekeraar"):
        p = with_source(p, source_id, status=Status.COMMITTED)
    said = reminder(due_soon(p, on), on)
    assert [(d.source_id, days) for d, days in said.items] == [("vsbfonds", -10), ("opdracht-welzijn", 7)]
    assert said.late and said.more == 1


def test_no_reminder_when_nothing_is_due_soon_and_nothing_is_late():
    on = date(2025, 12, 1)  # the first date is 1 Mar 2026
    assert due_soon(demo(), on) == []
    said = reminder([], on)
    assert said.empty and not said.late and said.more == 0


def test_within_14_days_and_nothing_late_is_not_a_late_reminder():
    said = reminder(due_soon(demo(), TODAY), TODAY)
    assert not said.late
    assert [(d.date, days) for d, days in said.items][0] == (date(2026, 12, 8), 10)
