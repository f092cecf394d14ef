"""What an edit did to a plan, as a listing: each record added, changed or removed, before and after, and where.

``Change`` is what every edit returns and the one account the rest reads: a screen asks whether it ``concerns``
its part, the store writes its ``records``, and undo is its ``inverse()`` — the same listing backwards — so an
undo step can only run on the state its edit left, and a new kind of edit is written in one place (``core.edits``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING, Any

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


# the parts that are lists of records with an id, changed one record at a time
LISTS = (Part.PROJECTS, Part.COSTS, Part.SOURCES, Part.SCENARIOS)


def records_of(plan: Plan, part: Part) -> list:
    return getattr(plan, part.value)


@dataclass(frozen=True)
class Settings:
    """The plan's years, opening reserve and reserve target, as one record."""

    first_year: int
    last_year: int
    opening_reserve: int
    reserve_target: int

    @classmethod
    def of(cls, plan: Plan) -> Settings:
        return cls(plan.first_year, plan.last_year, plan.opening_reserve, plan.reserve_target)


class OutOfStep(ValueError):
    """A change was applied to a plan that does not hold what the change says was there before."""


@dataclass(frozen=True)
class RecordChange:
    """One step of an edit. In a list part (``LISTS``): the record ``id`` added (``before`` None), removed
    (``after`` None) or changed, at ``position`` in its list. In any other part the part's whole value:
    the organisation, the ``Settings``, or the tuple of bank rules or transactions."""

    part: Part
    before: Any
    after: Any
    id: str | None = None
    position: int | None = None

    def reversed(self) -> RecordChange:
        return replace(self, before=self.after, after=self.before,
                       id=self.after.id if self.part in LISTS and self.after is not None else self.id)

    def apply(self, plan: Plan) -> None:
        """Make this step on ``plan``; OutOfStep (and the plan unchanged) when it does not hold ``before``."""
        if self.part not in LISTS:
            if _whole(plan, self.part) != self.before:
                raise OutOfStep(f"the {self.part.value} are not as this change found them")
            _set_whole(plan, self.part, self.after)
            return
        items = records_of(plan, self.part)
        position = self.position if self.position is not None else len(items)
        if self.before is not None and (position >= len(items) or items[position] != self.before):
            raise OutOfStep(f"{self.part.value} {self.id!r} is not at place {position} as this change found it")
        if self.after is not None and any(r.id == self.after.id for i, r in enumerate(items)
                                          if self.before is None or i != position):
            raise ValueError(f"id {self.after.id!r} is already taken")
        if self.before is None:
            if position > len(items):
                raise OutOfStep(f"{self.part.value} has no place {position}")
            items.insert(position, self.after)
        elif self.after is None:
            del items[position]
        else:
            items[position] = self.after


def _whole(plan: Plan, part: Part) -> Any:
    if part == Part.ORGANISATION:
        return plan.organisation
    if part == Part.SETTINGS:
        return Settings.of(plan)
    return tuple(records_of(plan, part))


def _set_whole(plan: Plan, part: Part, value: Any) -> None:
    if part == Part.ORGANISATION:
        plan.organisation = value
    elif part == Part.SETTINGS:
        plan.first_year, plan.last_year = value.first_year, value.last_year
        plan.opening_reserve, plan.reserve_target = value.opening_reserve, value.reserve_target
    else:
        setattr(plan, part.value, list(value))


@dataclass(frozen=True)
class Change:
    """What an edit did: its steps in order (``records``), and the parts and record ids they touched."""

    parts: frozenset[Part]
    ids: frozenset[str] = frozenset()
    records: tuple[RecordChange, ...] = ()

    @classmethod
    def of(cls, records: tuple[RecordChange, ...]) -> Change:
        ids = set()
        for step in records:
            for record in (step.before, step.after):
                if step.part in LISTS and record is not None:
                    ids.add(record.id)
        return cls(frozenset(step.part for step in records), frozenset(ids), tuple(records))

    def concerns(self, *parts: Part) -> bool:
        return bool(self.parts.intersection(parts))

    def __or__(self, other: Change) -> Change:
        return Change(self.parts | other.parts, self.ids | other.ids, self.records + other.records)

    def inverse(self) -> Replay:
        """The edit that undoes this one: each step reversed, the last first."""
        return Replay(tuple(step.reversed() for step in reversed(self.records)))

    def again(self) -> Replay:
        """The edit that makes these very steps again (redo after undo)."""
        return Replay(self.records)


@dataclass(frozen=True)
class Replay:
    """An edit made of recorded steps: undo and redo. It runs only on the state its steps were made from."""

    records: tuple[RecordChange, ...]
    label: str = "ongedaan maken"

    def apply(self, plan: Plan) -> Change:
        return run(plan, self.records)


def run(plan: Plan, steps: tuple[RecordChange, ...]) -> Change:
    """Make ``steps`` on ``plan`` in order, all or none: a step that fails takes the earlier ones back."""
    done: list[RecordChange] = []
    try:
        for step in steps:
            step.apply(plan)
            done.append(step)
    except Exception:
        for step in reversed(done):
            step.reversed().apply(plan)
        raise
    return Change.of(steps)
