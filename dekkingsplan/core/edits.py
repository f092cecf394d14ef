"""Every kind of change to a plan, written once: each edit reads what the plan holds now and lists its steps.

An edit's ``steps(plan)`` says which records it adds, changes or removes, before and after and where
(``RecordChange``, in ``core.changes``); ``apply`` makes them and returns them as a ``Change``. Undo is that
change's ``inverse()``, the store writes its records, and a screen refreshes when it ``concerns`` its part — so
no caller supplies an old copy, counts positions or writes its own inverse.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol

from dekkingsplan.core.changes import (
    LISTS,
    Change,
    OutOfStep,
    Part,
    RecordChange,
    Replay,
    Settings,
    records_of,
    run,
)
from dekkingsplan.core.errors import Problem
from dekkingsplan.core.model import (
    BankRule,
    BankTransaction,
    CostLine,
    Organisation,
    Plan,
    Project,
    Scenario,
    Source,
)
from dekkingsplan.core.validation import check_plan, record_place

Record = CostLine | Source | Project | Scenario

_PART_OF: dict[type, Part] = {CostLine: Part.COSTS, Source: Part.SOURCES, Project: Part.PROJECTS,
                              Scenario: Part.SCENARIOS}


def part_of(record: Record) -> Part:
    return _PART_OF[type(record)]


class Edit(Protocol):
    label: str

    def apply(self, plan: Plan) -> Change: ...


class _Steps:
    """An edit that lists its steps against the plan it is applied to, then makes them all or none."""

    label: str

    def steps(self, plan: Plan) -> tuple[RecordChange, ...]:  # pragma: no cover - every edit has its own
        raise NotImplementedError

    def apply(self, plan: Plan) -> Change:
        return run(plan, self.steps(plan))


def index_of(plan: Plan, record: Record) -> int:
    """Where a record with ``record``'s id stands in its list; ValueError if it is not in the plan."""
    for i, item in enumerate(records_of(plan, part_of(record))):
        if item.id == record.id:
            return i
    raise ValueError(f"{part_of(record).value} {record.id!r} is not in the plan")


@dataclass(frozen=True)
class AddRecord(_Steps):
    """Insert a cost line, source, project or scenario at ``index``, or just ``after`` the record with that id
    (neither: at the end)."""

    record: Record
    index: int | None = None
    label: str = "toevoegen"
    after: str | None = None

    def steps(self, plan: Plan) -> tuple[RecordChange, ...]:
        items = records_of(plan, part_of(self.record))
        if self.after is not None:
            position = next((i + 1 for i, r in enumerate(items) if r.id == self.after), None)
            if position is None:
                raise ValueError(f"there is no {part_of(self.record).value} {self.after!r} to add after")
        else:
            position = len(items) if self.index is None else max(0, min(self.index, len(items)))
        return (RecordChange(part_of(self.record), None, self.record, self.record.id, position),)


@dataclass(frozen=True)
class RemoveRecord(_Steps):
    """Take the cost line, source, project or scenario with ``record``'s id out of the plan. A line takes the
    bank rules that point to it along (a rule to a missing line would make the plan invalid); undo puts them
    back in their places."""

    record: Record
    label: str = "verwijderen"

    def steps(self, plan: Plan) -> tuple[RecordChange, ...]:
        position = index_of(plan, self.record)
        held = records_of(plan, part_of(self.record))[position]
        steps = [RecordChange(part_of(self.record), held, None, held.id, position)]
        if part_of(held) in (Part.COSTS, Part.SOURCES) and any(r.line == held.id for r in plan.bank_rules):
            kept = tuple(r for r in plan.bank_rules if r.line != held.id)
            steps.append(RecordChange(Part.BANK_RULES, tuple(plan.bank_rules), kept))
        return tuple(steps)


@dataclass(frozen=True)
class ReplaceRecord(_Steps):
    """Put ``new`` in the place of the record with ``old``'s id (same kind; the id may change). What the plan
    holds there is the change's ``before``, whatever copy ``old`` is."""

    old: Record
    new: Record
    label: str = "wijzigen"

    def steps(self, plan: Plan) -> tuple[RecordChange, ...]:
        position = index_of(plan, self.old)
        held = records_of(plan, part_of(self.old))[position]
        return (RecordChange(part_of(self.old), held, self.new, held.id, position),)


@dataclass(frozen=True)
class SetOrganisation(_Steps):
    """Replace the organisation's details (``old``: what the caller saw; the change records what the plan held)."""

    old: Organisation
    new: Organisation
    label: str = "organisatie wijzigen"

    def steps(self, plan: Plan) -> tuple[RecordChange, ...]:
        return (RecordChange(Part.ORGANISATION, plan.organisation, self.new),)


@dataclass(frozen=True)
class SetSettings(_Steps):
    """The plan's years, opening reserve and reserve target. Changing the years never deletes a line."""

    old: Settings
    new: Settings
    label: str = "planinstellingen wijzigen"

    def steps(self, plan: Plan) -> tuple[RecordChange, ...]:
        return (RecordChange(Part.SETTINGS, Settings.of(plan), self.new),)


@dataclass(frozen=True)
class SetBankRules(_Steps):
    """The rules that assign bank transactions to lines, all at once."""

    rules: tuple[BankRule, ...]
    label: str = "bankregels wijzigen"

    def steps(self, plan: Plan) -> tuple[RecordChange, ...]:
        return (RecordChange(Part.BANK_RULES, tuple(plan.bank_rules), tuple(self.rules)),)


@dataclass(frozen=True)
class SetBankTransactions(_Steps):
    """The bank transactions already read, all at once."""

    transactions: tuple[BankTransaction, ...]
    label: str = "banktransacties vastleggen"

    def steps(self, plan: Plan) -> tuple[RecordChange, ...]:
        return (RecordChange(Part.BANK_TRANSACTIONS, tuple(plan.bank_transactions), tuple(self.transactions)),)


@dataclass(frozen=True)
class Batch:
    """Several edits as one undo step, each listed against the plan the ones before it left."""

    edits: tuple = field(default_factory=tuple)
    label: str = "wijzigen"

    def apply(self, plan: Plan) -> Change:
        done: list[Change] = []
        try:
            for edit in self.edits:
                done.append(edit.apply(plan))
        except Exception:
            for change in reversed(done):
                change.inverse().apply(plan)
            raise
        return Change.of(tuple(step for change in done for step in change.records))


@dataclass(frozen=True)
class EditCheck:
    """What an edit tried on a copy would do: its change, the first problem it brings or leaves (or None), and
    every problem of the plan it would leave — the next edit's ``known`` once this one is made."""

    change: Change
    problem: Problem | None
    problems_after: list[Problem]


def try_edit(plan: Plan, edit: Edit, known: list[Problem] | None = None) -> EditCheck:
    """Try ``edit`` on a copy of ``plan`` (the plan is not changed) and find the first problem it would bring
    (one the plan does not have now, anywhere) or leave in a record it touches — compared by the records' ids,
    not their places in a list. ``known``: ``check_plan(plan)`` if the caller has it. Raises what the edit raises
    when it cannot be made at all (ValueError)."""
    trial = plan.copy()
    change = edit.apply(trial)
    before = {(*record_place(plan, p.place), p.en) for p in (check_plan(plan) if known is None else known)}
    whole = {"organisation": Part.ORGANISATION, "plan": Part.SETTINGS, "bank_rules": Part.BANK_RULES,
             "bank_transactions": Part.BANK_TRANSACTIONS}
    lists = {p.value for p in LISTS}
    after = check_plan(trial)
    for problem in after:
        part, record, rest = record_place(trial, problem.place)
        touched = record in change.ids if part in lists else whole.get(part) in change.parts
        if touched or (part, record, rest, problem.en) not in before:
            return EditCheck(change, problem, after)
    return EditCheck(change, None, after)


def check_edit(plan: Plan, edit: Edit, known: list[Problem] | None = None) -> tuple[Change, Problem | None]:
    """``try_edit`` as (change, first problem or None)."""
    found = try_edit(plan, edit, known)
    return found.change, found.problem


class ProjectLines(StrEnum):
    """What happens to the lines of a project that is removed."""

    UNLINK = "unlink"  # they stay, as the organisation's running costs and income (exploitatie)
    DELETE = "delete"  # they go with the project


def project_lines(plan: Plan, project_id: str) -> tuple[list[CostLine], list[Source]]:
    """The cost lines and sources of a project."""
    return ([c for c in plan.costs if c.project == project_id], [s for s in plan.sources if s.project == project_id])


def remove_project(plan: Plan, project: Project, lines: ProjectLines, label: str = "project verwijderen") -> Batch:
    """Remove ``project``; its lines are unlinked (kept without project) or removed with it. The plan never
    holds a line of a project that is not there."""
    costs, sources = project_lines(plan, project.id)
    if lines == ProjectLines.UNLINK:
        edits: list[Edit] = [ReplaceRecord(line, replace(line, project=None)) for line in [*costs, *sources]]
    else:
        edits = [RemoveRecord(line) for line in [*costs, *sources]]
    return Batch((*edits, RemoveRecord(project)), label=label)


__all__ = ["LISTS", "AddRecord", "Batch", "Change", "Edit", "OutOfStep", "Part", "ProjectLines", "RecordChange",
           "RemoveRecord", "ReplaceRecord", "Replay", "SetBankRules", "SetBankTransactions", "SetOrganisation",
           "SetSettings", "Settings", "check_edit", "try_edit", "index_of", "part_of", "project_lines", "records_of", "remove_project"]
