"""Every change to a plan as a small record: applied in one place, undone by its inverse, announced as a Change.

The UI wraps these in QUndoCommands and the store writes each one in its own transaction; both ask the edit
what it touched (``Change``, in ``core.changes``, which is also importable from here) so that a screen refreshes
only when the change concerns it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from dekkingsplan.core.changes import Change, Part, records_of
from dekkingsplan.core.model import CostLine, Organisation, Plan, Project, Scenario, Source

Record = CostLine | Source | Project | Scenario

_LIST_OF: dict[type, tuple[str, Part]] = {
    CostLine: ("costs", Part.COSTS),
    Source: ("sources", Part.SOURCES),
    Project: ("projects", Part.PROJECTS),
    Scenario: ("scenarios", Part.SCENARIOS),
}


def part_of(record: Record) -> Part:
    return _LIST_OF[type(record)][1]


class Edit(Protocol):
    label: str

    def apply(self, plan: Plan) -> Change: ...

    def inverse(self) -> Edit: ...


@dataclass(frozen=True)
class AddRecord:
    """Insert a cost line, source, project or scenario at ``index`` (None: at the end)."""

    record: Record
    index: int | None = None
    label: str = "toevoegen"

    def apply(self, plan: Plan) -> Change:
        items = records_of(plan, part_of(self.record))
        if any(r.id == self.record.id for r in items):
            raise ValueError(f"id {self.record.id!r} is already taken")
        items.insert(len(items) if self.index is None else self.index, self.record)
        return Change(frozenset({part_of(self.record)}), frozenset({self.record.id}))

    def inverse(self) -> Edit:
        return RemoveRecord(self.record, self.index, label=self.label)


@dataclass(frozen=True)
class RemoveRecord:
    """Take a cost line, source, project or scenario out of the plan; its undo puts it back at ``index``."""

    record: Record
    index: int | None = None
    label: str = "verwijderen"

    def apply(self, plan: Plan) -> Change:
        items = records_of(plan, part_of(self.record))
        position = next(i for i, r in enumerate(items) if r.id == self.record.id)
        del items[position]
        return Change(frozenset({part_of(self.record)}), frozenset({self.record.id}))

    def inverse(self) -> Edit:
        return AddRecord(self.record, self.index, label=self.label)


@dataclass(frozen=True)
class ReplaceRecord:
    """Put ``new`` in the place of ``old`` (same kind; the id may change)."""

    old: Record
    new: Record
    label: str = "wijzigen"

    def apply(self, plan: Plan) -> Change:
        items = records_of(plan, part_of(self.old))
        position = next(i for i, r in enumerate(items) if r.id == self.old.id)
        if self.new.id != self.old.id and any(r.id == self.new.id for r in items):
            raise ValueError(f"id {self.new.id!r} is already taken")
        items[position] = self.new
        return Change(frozenset({part_of(self.old)}), frozenset({self.old.id, self.new.id}))

    def inverse(self) -> Edit:
        return ReplaceRecord(self.new, self.old, label=self.label)


@dataclass(frozen=True)
class SetOrganisation:
    """Replace the organisation's details."""

    old: Organisation
    new: Organisation
    label: str = "organisatie wijzigen"

    def apply(self, plan: Plan) -> Change:
        plan.organisation = self.new
        return Change(frozenset({Part.ORGANISATION}))

    def inverse(self) -> Edit:
        return SetOrganisation(self.new, self.old, label=self.label)


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


@dataclass(frozen=True)
class SetSettings:
    """The plan's years, opening reserve and reserve target. Changing the years never deletes a line."""

    old: Settings
    new: Settings
    label: str = "planinstellingen wijzigen"

    def apply(self, plan: Plan) -> Change:
        plan.first_year, plan.last_year, plan.opening_reserve, plan.reserve_target = (
            self.new.first_year, self.new.last_year, self.new.opening_reserve, self.new.reserve_target)
        return Change(frozenset({Part.SETTINGS}))

    def inverse(self) -> Edit:
        return SetSettings(self.new, self.old, label=self.label)


@dataclass(frozen=True)
class Batch:
    """Several edits as one undo step (removing a project and unlinking its lines)."""

    edits: tuple = field(default_factory=tuple)
    label: str = "wijzigen"

    def apply(self, plan: Plan) -> Change:
        change = Change(frozenset())
        for edit in self.edits:
            change = change | edit.apply(plan)
        return change

    def inverse(self) -> Edit:
        return Batch(tuple(e.inverse() for e in reversed(self.edits)), label=self.label)


def index_of(plan: Plan, record: Record) -> int:
    return next(i for i, r in enumerate(records_of(plan, part_of(record))) if r.id == record.id)


@dataclass(frozen=True)
class DropBankRules:
    """Take out the bank rules that send transactions to a line being removed (a rule to a missing line would
    make the plan invalid). ``before`` is the rules as they were; undo puts the line's rules back in their
    places among whatever rules are there then, so several lines removed in one step come back in order."""

    line: str
    before: tuple = ()
    label: str = "verwijderen"
    restore: bool = False

    def apply(self, plan: Plan) -> Change:
        if self.restore:
            present = list(plan.bank_rules)
            plan.bank_rules[:] = [r for r in self.before if r.line == self.line or r in present]
        else:
            plan.bank_rules[:] = [r for r in plan.bank_rules if r.line != self.line]
        return Change(frozenset({Part.BANK_RULES}))

    def inverse(self) -> Edit:
        return DropBankRules(self.line, self.before, self.label, not self.restore)


def remove(plan: Plan, record: Record, label: str = "verwijderen") -> Edit:
    """A removal that remembers where the record stood, so undo puts it back in its place. A cost line or
    source that bank rules point to takes those rules with it, in the same undo step."""
    removal = RemoveRecord(record, index_of(plan, record), label=label)
    if isinstance(record, CostLine | Source) and any(rule.line == record.id for rule in plan.bank_rules):
        return Batch((removal, DropBankRules(record.id, tuple(plan.bank_rules), label)), label=label)
    return removal
