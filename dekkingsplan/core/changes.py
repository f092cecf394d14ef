"""The parts of a plan, and what an edit touched (``Change``): what a screen needs to know to refresh.

Apart from ``core.edits`` (the edits themselves) so that the window, which only listens for changes until the
treasurer first edits, does not load the edits' records before its first paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.core.model import Plan


class Part(Enum):
    """Which part of a plan an edit touched."""

    ORGANISATION = "organisation"
    SETTINGS = "settings"
    PROJECTS = "projects"
    COSTS = "costs"
    SOURCES = "sources"
    SCENARIOS = "scenarios"
    BANK_RULES = "bank_rules"
    BANK_TRANSACTIONS = "bank_transactions"


def records_of(plan: Plan, part: Part) -> list:
    return getattr(plan, part.value)


@dataclass(frozen=True)
class Change:
    """What an edit touched: the parts, and the ids of the records within them."""

    parts: frozenset[Part]
    ids: frozenset[str] = frozenset()

    def concerns(self, *parts: Part) -> bool:
        return bool(self.parts.intersection(parts))

    def __or__(self, other: Change) -> Change:
        return Change(self.parts | other.parts, self.ids | other.ids)
