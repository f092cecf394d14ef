"""A deadline whose step the source's status already shows is settled: its date passing is not 'late'."""

from __future__ import annotations

from datetime import date

import pytest

from dekkingsplan.core.deadlines import Deadline, DeadlineKind, is_settled
from dekkingsplan.core.model import Status


def _deadline(kind: DeadlineKind, status: Status) -> Deadline:
    return Deadline(date(2026, 3, 1), kind, "fonds", "Bijdrage", "Oranje Fonds", status)


@pytest.mark.parametrize(("status", "settled"), [(Status.PLANNED, False), (Status.APPLIED, True),
                                                 (Status.COMMITTED, True), (Status.RECEIVED, True)])
def test_applying_is_settled_once_the_source_is_applied_for(status, settled):
    assert is_settled(_deadline(DeadlineKind.APPLY_BY, status)) is settled


@pytest.mark.parametrize(("status", "settled"), [(Status.PLANNED, False), (Status.APPLIED, False),
                                                 (Status.COMMITTED, True), (Status.RECEIVED, True)])
def test_a_decision_is_settled_once_the_funder_has_decided(status, settled):
    assert is_settled(_deadline(DeadlineKind.DECISION_EXPECTED, status)) is settled


@pytest.mark.parametrize("status", list(Status))
def test_a_report_is_never_settled_by_status(status):
    assert not is_settled(_deadline(DeadlineKind.REPORT_DUE, status))
