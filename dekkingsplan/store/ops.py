"""The writes of one edit: each step of its change listing mirrored in the database, whatever the edit was.

``apply_edit`` applies a core edit to the plan in memory and writes each ``RecordChange`` it lists, in order,
inside the transaction the caller holds: a record inserted, deleted or updated in its table (its children —
actuals, notes, report dates, adjustments — rewritten only where they changed), or a whole part (organisation,
settings, bank) written anew. Positions always run 0..n-1 and equal the record's index in the plan's list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from dekkingsplan.core.changes import Change, Part, RecordChange
from dekkingsplan.core.edits import Edit
from dekkingsplan.core.model import Plan
from dekkingsplan.store import mapping
from dekkingsplan.store.schema import (
    adjustment_t,
    cost_actual_note_t,
    cost_actual_t,
    cost_t,
    organisation_t,
    plan_t,
    project_t,
    report_due_t,
    scenario_t,
    source_actual_note_t,
    source_actual_t,
    source_t,
)


@dataclass(frozen=True)
class _Children:
    """Rows that belong to a record: its field ``field`` written by ``write(conn, parent_pk, value)``."""

    field: str
    table: Table
    key: str
    write: Callable[[Connection, int, Any], None]


@dataclass(frozen=True)
class _Kind:
    """How the records of one list part are stored: their table, their columns, their children."""

    table: Table
    values: Callable[[Any], dict[str, Any]]
    children: tuple[_Children, ...] = ()


def _actuals(table: Table) -> _Children:
    return _Children("actuals", table, "line_pk", lambda c, pk, v: mapping.write_actuals(c, table, pk, v))


def _notes(table: Table) -> _Children:
    return _Children("actual_notes", table, "line_pk", lambda c, pk, v: mapping.write_actual_notes(c, table, pk, v))


KINDS: dict[Part, _Kind] = {
    Part.PROJECTS: _Kind(project_t, mapping.project_values),
    Part.COSTS: _Kind(cost_t, mapping.line_values, (_actuals(cost_actual_t), _notes(cost_actual_note_t))),
    Part.SOURCES: _Kind(source_t, mapping.line_values, (
        _actuals(source_actual_t), _notes(source_actual_note_t),
        _Children("report_due", report_due_t, "source_pk", mapping.write_report_due))),
    Part.SCENARIOS: _Kind(scenario_t, mapping.scenario_values, (
        _Children("adjustments", adjustment_t, "scenario_pk", mapping.write_adjustments),)),
}


class OutOfStep(RuntimeError):
    """The database does not hold the record the plan in memory has: never expected, never ignored."""


def _locate(conn: Connection, table: Table, record_id: str) -> tuple[int, int]:
    found = conn.execute(select(table.c.pk, table.c.position).where(table.c.id == record_id)).first()
    if found is None:
        raise OutOfStep(f"{table.name} {record_id!r} is not in the file")
    return found.pk, found.position


def insert_record(conn: Connection, kind: _Kind, record: Any, position: int) -> None:
    """Insert ``record`` at ``position``, moving the records from there on one place down."""
    table = kind.table
    conn.execute(update(table).where(table.c.position >= position).values(position=table.c.position + 1))
    pk = conn.execute(insert(table).values(position=position, **kind.values(record))).inserted_primary_key[0]
    for child in kind.children:
        child.write(conn, pk, getattr(record, child.field))


def delete_record(conn: Connection, kind: _Kind, record_id: str) -> None:
    """Delete the record (its children go with it: ON DELETE CASCADE) and close the gap."""
    table = kind.table
    pk, position = _locate(conn, table, record_id)
    conn.execute(delete(table).where(table.c.pk == pk))
    conn.execute(update(table).where(table.c.position > position).values(position=table.c.position - 1))


def update_record(conn: Connection, kind: _Kind, before: Any, after: Any) -> None:
    """Change ``before`` into ``after`` in its place; children are rewritten only where they changed."""
    pk, _ = _locate(conn, kind.table, before.id)
    conn.execute(update(kind.table).where(kind.table.c.pk == pk).values(**kind.values(after)))
    for child in kind.children:
        if getattr(before, child.field) != getattr(after, child.field):
            mapping.clear_children(conn, child.table, child.key, pk)
            child.write(conn, pk, getattr(after, child.field))


def write_step(conn: Connection, plan: Plan, step: RecordChange) -> None:
    """Mirror one step of a change in the database (``plan``: the plan after the whole edit)."""
    if step.part == Part.ORGANISATION:
        conn.execute(update(organisation_t).values(**mapping.organisation_values(step.after)))
    elif step.part == Part.SETTINGS:
        conn.execute(update(plan_t).values(**mapping.settings_values(step.after)))
    elif step.part in (Part.BANK_RULES, Part.BANK_TRANSACTIONS):
        mapping.write_bank(conn, plan)
    elif step.before is None:
        insert_record(conn, KINDS[step.part], step.after, step.position)
    elif step.after is None:
        delete_record(conn, KINDS[step.part], step.before.id)
    else:
        update_record(conn, KINDS[step.part], step.before, step.after)


def apply_edit(conn: Connection, plan: Plan, edit: Edit) -> Change:
    """Apply ``edit`` to ``plan`` and write each step it lists to the database (the caller's transaction).

    On an exception the plan may be changed: the caller restores it and rolls the transaction back.
    """
    change = edit.apply(plan)
    if change.parts and not change.records:
        raise OutOfStep(f"{type(edit).__name__} lists no steps, so it cannot be saved or undone")
    for step in change.records:
        write_step(conn, plan, step)
    return change
