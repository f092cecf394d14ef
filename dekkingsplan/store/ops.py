"""The small writes one edit needs: add, change or delete a record; change the organisation or the settings.

``apply_edit`` applies a core edit to the plan in memory and mirrors each step in the database, inside the
transaction the caller holds. Positions always run 0..n-1 and equal the record's index in the plan's list.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from dekkingsplan.core.edits import (
    AddRecord,
    Batch,
    Change,
    Edit,
    Part,
    RemoveRecord,
    ReplaceRecord,
    SetOrganisation,
    SetSettings,
    part_of,
    records_of,
)
from dekkingsplan.core.model import CostLine, Plan, Project, Scenario, Source
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

Record = CostLine | Source | Project | Scenario

TABLE_OF: dict[Part, Table] = {
    Part.PROJECTS: project_t,
    Part.COSTS: cost_t,
    Part.SOURCES: source_t,
    Part.SCENARIOS: scenario_t,
}


class OutOfStep(RuntimeError):
    """The database does not hold the record the plan in memory has: never expected, never ignored."""


def _values(record: Record) -> dict[str, Any]:
    if isinstance(record, Project):
        return mapping.project_values(record)
    if isinstance(record, Scenario):
        return mapping.scenario_values(record)
    return mapping.line_values(record)


def _locate(conn: Connection, table: Table, record_id: str) -> tuple[int, int]:
    found = conn.execute(select(table.c.pk, table.c.position).where(table.c.id == record_id)).first()
    if found is None:
        raise OutOfStep(f"{table.name} {record_id!r} is not in the file")
    return found.pk, found.position


def _write_children(conn: Connection, record: Record, pk: int) -> None:
    if isinstance(record, CostLine):
        mapping.write_actuals(conn, cost_actual_t, pk, record.actuals)
        mapping.write_actual_notes(conn, cost_actual_note_t, pk, record.actual_notes)
    elif isinstance(record, Source):
        mapping.write_actuals(conn, source_actual_t, pk, record.actuals)
        mapping.write_actual_notes(conn, source_actual_note_t, pk, record.actual_notes)
        mapping.write_report_due(conn, pk, record.report_due)
    elif isinstance(record, Scenario):
        mapping.write_adjustments(conn, pk, record.adjustments)


def _rewrite_changed_children(conn: Connection, old: Record, new: Record, pk: int) -> None:
    if isinstance(new, CostLine | Source) and isinstance(old, CostLine | Source) and old.actuals != new.actuals:
        table = cost_actual_t if isinstance(new, CostLine) else source_actual_t
        mapping.clear_children(conn, table, "line_pk", pk)
        mapping.write_actuals(conn, table, pk, new.actuals)
    if isinstance(new, CostLine | Source) and isinstance(old, CostLine | Source) and \
            old.actual_notes != new.actual_notes:
        table = cost_actual_note_t if isinstance(new, CostLine) else source_actual_note_t
        mapping.clear_children(conn, table, "line_pk", pk)
        mapping.write_actual_notes(conn, table, pk, new.actual_notes)
    if isinstance(new, Source) and isinstance(old, Source) and old.report_due != new.report_due:
        mapping.clear_children(conn, report_due_t, "source_pk", pk)
        mapping.write_report_due(conn, pk, new.report_due)
    if isinstance(new, Scenario) and isinstance(old, Scenario) and old.adjustments != new.adjustments:
        mapping.clear_children(conn, adjustment_t, "scenario_pk", pk)
        mapping.write_adjustments(conn, pk, new.adjustments)


def insert_record(conn: Connection, record: Record, position: int) -> None:
    """Insert ``record`` at ``position``, moving the records from there on one place down."""
    table = TABLE_OF[part_of(record)]
    conn.execute(update(table).where(table.c.position >= position).values(position=table.c.position + 1))
    pk = conn.execute(insert(table).values(position=position, **_values(record))).inserted_primary_key[0]
    _write_children(conn, record, pk)


def delete_record(conn: Connection, record: Record) -> None:
    """Delete ``record`` (its actuals, report dates or adjustments with it) and close the gap."""
    table = TABLE_OF[part_of(record)]
    pk, position = _locate(conn, table, record.id)
    conn.execute(delete(table).where(table.c.pk == pk))
    conn.execute(update(table).where(table.c.position > position).values(position=table.c.position - 1))


def replace_record(conn: Connection, old: Record, new: Record) -> None:
    """Change ``old`` into ``new`` in its place; children are rewritten only where they changed."""
    table = TABLE_OF[part_of(old)]
    pk, _ = _locate(conn, table, old.id)
    conn.execute(update(table).where(table.c.pk == pk).values(**_values(new)))
    _rewrite_changed_children(conn, old, new, pk)


def write_organisation(conn: Connection, plan: Plan) -> None:
    conn.execute(update(organisation_t).values(**mapping.organisation_values(plan.organisation)))


def write_settings(conn: Connection, plan: Plan) -> None:
    conn.execute(update(plan_t).values(**mapping.settings_values(plan)))


def rewrite_part(conn: Connection, plan: Plan, part: Part) -> None:
    """Write one part of the plan anew: the fallback for an edit this module has no small write for."""
    if part == Part.ORGANISATION:
        write_organisation(conn, plan)
        return
    if part == Part.SETTINGS:
        write_settings(conn, plan)
        return
    if part in (Part.BANK_RULES, Part.BANK_TRANSACTIONS):
        mapping.write_bank(conn, plan)
        return
    table = TABLE_OF[part]
    conn.execute(delete(table))  # children go with their parents (ON DELETE CASCADE)
    for position, record in enumerate(records_of(plan, part)):
        pk = conn.execute(insert(table).values(position=position, **_values(record))).inserted_primary_key[0]
        _write_children(conn, record, pk)


def _position_of(plan: Plan, record: Record) -> int:
    items = records_of(plan, part_of(record))
    for i, item in enumerate(items):
        if item is record:
            return i
    raise OutOfStep(f"{record.id!r} was not added to the plan")


def apply_edit(conn: Connection, plan: Plan, edit: Edit) -> Change:
    """Apply ``edit`` to ``plan`` and write each step to the database (the caller's transaction).

    On an exception the plan may be half changed: the caller restores it and rolls the transaction back.
    """
    if isinstance(edit, Batch):
        change = Change(frozenset())
        for step in edit.edits:
            change = change | apply_edit(conn, plan, step)
        return change
    before = None
    if isinstance(edit, ReplaceRecord):  # the record as the file holds it, whatever copy the edit carries
        before = next((r for r in records_of(plan, part_of(edit.old)) if r.id == edit.old.id), None)
    change = edit.apply(plan)
    if isinstance(edit, AddRecord):
        insert_record(conn, edit.record, _position_of(plan, edit.record))
    elif isinstance(edit, RemoveRecord):
        delete_record(conn, edit.record)
    elif isinstance(edit, ReplaceRecord):
        replace_record(conn, before if before is not None else edit.old, edit.new)
    elif isinstance(edit, SetOrganisation):
        write_organisation(conn, plan)
    elif isinstance(edit, SetSettings):
        write_settings(conn, plan)
    else:
        for part in change.parts:
            rewrite_part(conn, plan, part)
    return change
