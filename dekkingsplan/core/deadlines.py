"""The agenda: every date a treasurer must act on (apply by, decision expected, report due), in date order."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from dekkingsplan.core.model import DEFAULT_LEAD_MONTHS, Plan, Source, SourceType, Status
from dekkingsplan.core.records import Record


class DeadlineKind(StrEnum):
    APPLY_BY = "apply_by"
    DECISION_EXPECTED = "decision_expected"
    REPORT_DUE = "report_due"


_KIND_ORDER = list(DeadlineKind)


class Deadline(Record, kw_only=False):
    date: date
    kind: DeadlineKind
    source_id: str
    source_name: str
    funder: str | None
    status: Status
    suggested: bool = False  # an apply-by date the plan proposes (voorgesteld), not one the funder set

    @property
    def uid_key(self) -> str:
        """Stable identity of this deadline, for calendar files that are imported again. A source has one
        apply-by and one decision date, so those keep their identity when the date moves (importing again
        moves the event); report dates are many, so each is known by its date."""
        if self.kind == DeadlineKind.REPORT_DUE:
            return f"{self.source_id}/{self.kind.value}/{self.date.isoformat()}"
        return f"{self.source_id}/{self.kind.value}"

    def days_from(self, today: date) -> int:
        return (self.date - today).days


_APPLIED_FOR = (SourceType.SUBSIDY, SourceType.FUND)


def suggested_apply_by(source: Source) -> date | None:
    """DESIGN.md "Suggested apply-by dates": a planned subsidy or fund without an apply-by date but with a start
    gets the first day of the month ``lead_months`` (default 4) before its start month."""
    if (source.status != Status.PLANNED or source.type not in _APPLIED_FOR or source.apply_by is not None
            or source.start is None):
        return None
    lead = DEFAULT_LEAD_MONTHS if source.lead_months is None else source.lead_months
    month = source.start.plus(-lead)
    return date(month.year, month.month, 1)


def deadlines(plan: Plan) -> list[Deadline]:
    """Every deadline of the plan's sources, sorted by date, then kind, then the plan's source order.
    Rejected sources have nothing left to do and are left out."""
    found: list[tuple[date, int, int, Deadline]] = []
    for order, source in enumerate(plan.sources):
        if source.status == Status.REJECTED:
            continue
        suggested = suggested_apply_by(source)
        items = [(DeadlineKind.APPLY_BY, source.apply_by or suggested),
                 (DeadlineKind.DECISION_EXPECTED, source.decision_expected)]
        items += [(DeadlineKind.REPORT_DUE, d) for d in source.report_due]
        for kind, when in items:
            if when is None:
                continue
            deadline = Deadline(when, kind, source.id, source.name, source.funder, source.status,
                                suggested=kind == DeadlineKind.APPLY_BY and suggested is not None)
            found.append((when, _KIND_ORDER.index(kind), order, deadline))
    found.sort(key=lambda t: t[:3])
    return [t[3] for t in found]


def due_within(items: list[Deadline], today: date, days: int) -> list[Deadline]:
    """Deadlines from today up to ``days`` ahead."""
    return [d for d in items if 0 <= d.days_from(today) <= days]


def overdue(items: list[Deadline], today: date) -> list[Deadline]:
    return [d for d in items if d.days_from(today) < 0]


_DECIDED = (Status.COMMITTED, Status.RECEIVED, Status.REJECTED)


def is_settled(deadline: Deadline) -> bool:
    """Whether the source's status already shows the step was taken, so a past date is no longer late: it has been
    applied for (any status past ``planned``), or the funder has decided. A report is never settled by status —
    only the treasurer knows it was sent."""
    if deadline.kind == DeadlineKind.APPLY_BY:
        return deadline.status != Status.PLANNED
    if deadline.kind == DeadlineKind.DECISION_EXPECTED:
        return deadline.status in _DECIDED
    return False
