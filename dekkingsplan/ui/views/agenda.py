"""What the Agenda shows on a given day: every deadline in date order with how it reads (late, within 14 or 90
days, or settled: the source's status shows the step as taken), the counts above the list, and which open steps
the reminder on opening a plan names. No widgets here: the screen words the days and colours the tones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from dekkingsplan.core.deadlines import Deadline, deadlines, due_within, is_settled, overdue
from dekkingsplan.core.model import Plan

SOON_DAYS = 90  # highlighted in the agenda
REMIND_DAYS = 14  # mentioned when a plan is opened
REMINDER_NAMED = 1  # named on the reminder's one line; the rest are counted beside it


class Tone(Enum):
    """How a deadline reads: the screen turns a tone into a colour."""

    OVERDUE = "overdue"  # an open step past its date
    URGENT = "urgent"  # within REMIND_DAYS
    SOON = "soon"  # within SOON_DAYS
    SETTLED = "settled"  # the source's status shows the step as taken: greyed


def open_deadlines(plan: Plan) -> list[Deadline]:
    """The deadlines whose step the source's status does not yet show as taken."""
    return [d for d in deadlines(plan) if not is_settled(d)]


def due_soon(plan: Plan, today: date, days: int = REMIND_DAYS) -> list[Deadline]:
    """What the reminder names: every open step that is late, then what is due within ``days``."""
    pending = open_deadlines(plan)
    return overdue(pending, today) + due_within(pending, today, days)


def background(deadline: Deadline, today: date) -> Tone | None:
    """Late, within 14 days or within 90 days, for an open step; nothing for a settled one or one further off."""
    if is_settled(deadline):
        return None
    days = deadline.days_from(today)
    if days < 0:
        return Tone.OVERDUE
    if days <= REMIND_DAYS:
        return Tone.URGENT
    if days <= SOON_DAYS:
        return Tone.SOON
    return None


def foreground(deadline: Deadline) -> Tone | None:
    return Tone.SETTLED if is_settled(deadline) else None


def when(deadline: Deadline, today: date) -> int | None:
    """Days from today (negative: late); None for a past step the status shows as taken (``afgehandeld``)."""
    days = deadline.days_from(today)
    return None if is_settled(deadline) and days < 0 else days


def is_late(deadline: Deadline, today: date) -> bool:
    """An open step past its date (shown in bold)."""
    return deadline.days_from(today) < 0 and not is_settled(deadline)


@dataclass(frozen=True)
class Summary:
    """The counts above the list: all dates, the open steps that are late, the open steps within SOON_DAYS."""

    total: int
    late: int
    soon: int


def summary(items: list[Deadline], today: date) -> Summary:
    pending = [d for d in items if not is_settled(d)]
    return Summary(len(items), len(overdue(pending, today)), len(due_within(pending, today, SOON_DAYS)))


@dataclass(frozen=True)
class Reminder:
    """What the reminder on opening says: whether anything is late (its heading says so), every step with its
    days from today (all of them in its tip), the first ``named`` of them on its one line and the rest counted."""

    late: bool
    items: list[tuple[Deadline, int]]
    named: int = REMINDER_NAMED

    @property
    def empty(self) -> bool:
        return not self.items

    @property
    def first(self) -> list[tuple[Deadline, int]]:
        return self.items[:self.named]

    @property
    def more(self) -> int:
        """How many steps the line does not name ("en nog N meer")."""
        return max(0, len(self.items) - self.named)


def reminder(items: list[Deadline], today: date, named: int = REMINDER_NAMED) -> Reminder:
    """The reminder over ``items`` (``due_soon``'s: the late ones first)."""
    return Reminder(late=any(d.days_from(today) < 0 for d in items),
                    items=[(d, d.days_from(today)) for d in items], named=named)
