"""Between the core model and the rows of a plan file: writing a whole plan, and the row values of a record.

Reading is ``rows`` (plain sqlite3, by the rules of a plan JSON): one read path for every way a file is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, insert

from dekkingsplan.core.model import (
    Adjustment,
    CostLine,
    Line,
    Organisation,
    Plan,
    Project,
    Scenario,
    Source,
)
from dekkingsplan.store.schema import (
    adjustment_t,
    bank_rule_t,
    bank_transaction_t,
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

ORGANISATION_FIELDS = ("name", "legal_form", "kvk", "rsin", "iban", "anbi", "address", "postcode", "city",
                       "email", "website", "contact", "vat")


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def organisation_values(org: Organisation) -> dict[str, Any]:
    values = {key: getattr(org, key) for key in ORGANISATION_FIELDS}
    values["legal_form"] = _text_or_none(org.legal_form and org.legal_form.value)
    values["vat"] = _text_or_none(org.vat and org.vat.value)
    return values


def settings_values(plan: Any) -> dict[str, Any]:
    """The plan row from a Plan or a core Settings (the same four fields)."""
    return {"first_year": plan.first_year, "last_year": plan.last_year, "opening_reserve": plan.opening_reserve,
            "reserve_target": plan.reserve_target}


def project_values(project: Project) -> dict[str, Any]:
    return {"id": project.id, "name": project.name, "description": project.description}


def line_values(line: Line) -> dict[str, Any]:
    """The columns of a cost line or source, without pk and position."""
    values: dict[str, Any] = {
        "id": line.id,
        "name": line.name,
        "amount": line.amount,
        "basis": line.basis.value,
        "start": _text_or_none(line.start),
        "end": _text_or_none(line.end),
        "indexation": _text_or_none(line.indexation),
        "project": line.project,
        "in_kind": line.in_kind,
        "note": line.note,
        "quantity": _text_or_none(line.quantity),
        "unit": line.unit,
        "rate": line.rate,
    }
    if isinstance(line, CostLine):
        values["category"] = line.category.value
    elif isinstance(line, Source):
        values.update(
            type=line.type.value,
            funder=line.funder,
            status=line.status.value,
            probability=_text_or_none(line.probability),
            apply_by=_text_or_none(line.apply_by and line.apply_by.isoformat()),
            decision_expected=_text_or_none(line.decision_expected and line.decision_expected.isoformat()),
            lead_months=line.lead_months,
        )
    return values


def scenario_values(scenario: Scenario) -> dict[str, Any]:
    return {"id": scenario.id, "name": scenario.name, "base": scenario.base}


def adjustment_values(adjustment: Adjustment) -> dict[str, Any]:
    return {
        "target": adjustment.target.value,
        "match": json.dumps(adjustment.match, ensure_ascii=False),
        "from_year": adjustment.from_year,
        "to_year": adjustment.to_year,
        "factor": str(adjustment.factor),
    }


# --- children -----------------------------------------------------------------------------------------------


def write_actuals(conn: Connection, table: Any, line_pk: int, actuals: dict[int, int]) -> None:
    if actuals:
        conn.execute(insert(table), [{"line_pk": line_pk, "year": year, "amount": amount}
                                     for year, amount in actuals.items()])


def write_actual_notes(conn: Connection, table: Any, line_pk: int, notes: dict[int, str]) -> None:
    if notes:
        conn.execute(insert(table), [{"line_pk": line_pk, "year": year, "note": note}
                                     for year, note in notes.items()])


def write_bank(conn: Connection, plan: Plan) -> None:
    """Write the bank rules and the transactions read anew (the caller holds the transaction)."""
    conn.execute(delete(bank_rule_t))
    conn.execute(delete(bank_transaction_t))
    if plan.bank_rules:
        conn.execute(insert(bank_rule_t), [
            {"position": i, "match": json.dumps(rule.match, ensure_ascii=False), "line": rule.line}
            for i, rule in enumerate(plan.bank_rules)])
    if plan.bank_transactions:
        conn.execute(insert(bank_transaction_t), [
            {"position": i, "id": tx.id, "date": tx.date.isoformat(), "amount": tx.amount, "line": tx.line}
            for i, tx in enumerate(plan.bank_transactions)])


def write_report_due(conn: Connection, source_pk: int, dates: Iterable[date]) -> None:
    rows = [{"source_pk": source_pk, "position": i, "due": d.isoformat()} for i, d in enumerate(dates)]
    if rows:
        conn.execute(insert(report_due_t), rows)


def write_adjustments(conn: Connection, scenario_pk: int, adjustments: Iterable[Adjustment]) -> None:
    rows = [{"scenario_pk": scenario_pk, "position": i, **adjustment_values(a)} for i, a in enumerate(adjustments)]
    if rows:
        conn.execute(insert(adjustment_t), rows)


def clear_children(conn: Connection, table: Any, key_column: str, parent_pk: int) -> None:
    conn.execute(delete(table).where(table.c[key_column] == parent_pk))


# --- whole plans --------------------------------------------------------------------------------------------


def plan_rows(plan: Plan) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Every row of a whole plan, table by table, parents before children: what a new file (or a plan on a
    server, with its plan column added) holds. Row keys (``pk``) run 1..n in each list's order."""
    out: list[tuple[Any, list[dict[str, Any]]]] = [
        (plan_t, [{"pk": 1, **settings_values(plan)}]),
        (organisation_t, [{"pk": 1, **organisation_values(plan.organisation)}]),
        (project_t, [{"pk": i + 1, "position": i, **project_values(p)} for i, p in enumerate(plan.projects)]),
    ]
    for table, actual_table, note_table, lines in ((cost_t, cost_actual_t, cost_actual_note_t, plan.costs),
                                                   (source_t, source_actual_t, source_actual_note_t, plan.sources)):
        out.append((table, [{"pk": i + 1, "position": i, **line_values(line)} for i, line in enumerate(lines)]))
        out.append((actual_table, [{"line_pk": i + 1, "year": year, "amount": amount}
                                   for i, line in enumerate(lines) for year, amount in line.actuals.items()]))
        out.append((note_table, [{"line_pk": i + 1, "year": year, "note": note}
                                 for i, line in enumerate(lines) for year, note in line.actual_notes.items()]))
    out.append((report_due_t, [{"source_pk": i + 1, "position": j, "due": d.isoformat()}
                               for i, source in enumerate(plan.sources) for j, d in enumerate(source.report_due)]))
    out.append((scenario_t, [{"pk": i + 1, "position": i, **scenario_values(s)}
                             for i, s in enumerate(plan.scenarios)]))
    out.append((adjustment_t, [{"scenario_pk": i + 1, "position": j, **adjustment_values(a)}
                               for i, s in enumerate(plan.scenarios) for j, a in enumerate(s.adjustments)]))
    out.append((bank_rule_t, [{"position": i, "match": json.dumps(rule.match, ensure_ascii=False), "line": rule.line}
                              for i, rule in enumerate(plan.bank_rules)]))
    out.append((bank_transaction_t, [{"position": i, "id": tx.id, "date": tx.date.isoformat(), "amount": tx.amount,
                                      "line": tx.line} for i, tx in enumerate(plan.bank_transactions)]))
    return out


def write_plan(conn: Connection, plan: Plan) -> None:
    """Write a whole plan into empty tables (a new file). The caller holds the transaction."""
    for table, rows in plan_rows(plan):
        if rows:
            conn.execute(insert(table), rows)
