"""Between the core model and the rows of a plan file: loading a whole plan, writing a whole plan, row values.

Loading uses plain Core selects over the model tables (no ORM objects), which keeps a 2,000-line plan fast.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from dekkingsplan.core.model import (
    Adjustment,
    BankRule,
    BankTransaction,
    Basis,
    Category,
    CostLine,
    LegalForm,
    Line,
    Organisation,
    Plan,
    Project,
    Scenario,
    Source,
    SourceType,
    Status,
    Target,
    VatTreatment,
)
from dekkingsplan.core.months import Month
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


class RowError(ValueError):
    """A row whose value the core cannot take; the file is treated as damaged."""


# --- values -------------------------------------------------------------------------------------------------


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


# Months, dates and decimals repeat a great deal in a plan and are immutable, so one object per text serves all
# lines: loading a 2,000-line plan parses a few dozen of them instead of thousands.


@lru_cache(maxsize=4096)
def _parse_month(text: str) -> Month:
    if len(text) != 7 or text[4] != "-":
        raise ValueError(f"not a month: {text!r}")
    month = Month(int(text[:4]), int(text[5:]))
    if not 1 <= month.month <= 12:
        raise ValueError(f"not a month: {text!r}")
    return month


def _month(text: str | None) -> Month | None:
    return None if text is None else _parse_month(text)


@lru_cache(maxsize=4096)
def _parse_date(text: str) -> date:
    return date.fromisoformat(text)


def _date(text: str | None) -> date | None:
    return None if text is None else _parse_date(text)


@lru_cache(maxsize=4096)
def _parse_decimal(text: str) -> Decimal:
    value = Decimal(text)
    if not value.is_finite():
        raise ValueError(f"not a number: {text!r}")
    return value


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else _parse_decimal(text)


def _by_value(kind: type[StrEnum]) -> Callable[[str], Any]:
    """``Basis("monthly")`` through a dict: the same member, a KeyError (a ValueError below) for a bad value."""
    members = {member.value: member for member in kind}

    def convert(text: str) -> Any:
        try:
            return members[text]
        except KeyError:
            raise ValueError(f"{text!r} is not a valid {kind.__name__}") from None

    return convert


_basis, _category, _source_type, _status = (_by_value(Basis), _by_value(Category), _by_value(SourceType),
                                            _by_value(Status))


def organisation_values(org: Organisation) -> dict[str, Any]:
    values = {key: getattr(org, key) for key in ORGANISATION_FIELDS}
    values["legal_form"] = _text_or_none(org.legal_form and org.legal_form.value)
    values["vat"] = _text_or_none(org.vat and org.vat.value)
    return values


def settings_values(plan: Plan) -> dict[str, Any]:
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


def write_plan(conn: Connection, plan: Plan) -> None:
    """Write a whole plan into empty tables (a new file). The caller holds the transaction."""
    conn.execute(insert(plan_t), [{"pk": 1, **settings_values(plan)}])
    conn.execute(insert(organisation_t), [{"pk": 1, **organisation_values(plan.organisation)}])
    if plan.projects:
        conn.execute(insert(project_t), [{"pk": i + 1, "position": i, **project_values(p)}
                                         for i, p in enumerate(plan.projects)])
    for table, actual_table, note_table, lines in ((cost_t, cost_actual_t, cost_actual_note_t, plan.costs),
                                                   (source_t, source_actual_t, source_actual_note_t, plan.sources)):
        if not lines:
            continue
        conn.execute(insert(table), [{"pk": i + 1, "position": i, **line_values(line)}
                                     for i, line in enumerate(lines)])
        actuals = [{"line_pk": i + 1, "year": year, "amount": amount}
                   for i, line in enumerate(lines) for year, amount in line.actuals.items()]
        if actuals:
            conn.execute(insert(actual_table), actuals)
        notes = [{"line_pk": i + 1, "year": year, "note": note}
                 for i, line in enumerate(lines) for year, note in line.actual_notes.items()]
        if notes:
            conn.execute(insert(note_table), notes)
    due = [{"source_pk": i + 1, "position": j, "due": d.isoformat()}
           for i, source in enumerate(plan.sources) for j, d in enumerate(source.report_due)]
    if due:
        conn.execute(insert(report_due_t), due)
    if plan.scenarios:
        conn.execute(insert(scenario_t), [{"pk": i + 1, "position": i, **scenario_values(s)}
                                          for i, s in enumerate(plan.scenarios)])
        adjustments = [{"scenario_pk": i + 1, "position": j, **adjustment_values(a)}
                       for i, s in enumerate(plan.scenarios) for j, a in enumerate(s.adjustments)]
        if adjustments:
            conn.execute(insert(adjustment_t), adjustments)
    write_bank(conn, plan)


def _actuals_by_line(conn: Connection, table: Any) -> dict[int, dict[int, int]]:
    found: dict[int, dict[int, int]] = defaultdict(dict)
    for line_pk, year, amount in conn.execute(
            select(table.c.line_pk, table.c.year, table.c.amount).order_by(table.c.line_pk, table.c.year)).all():
        found[line_pk][year] = amount
    return found


def _notes_by_line(conn: Connection, table: Any) -> dict[int, dict[int, str]]:
    found: dict[int, dict[int, str]] = defaultdict(dict)
    for line_pk, year, note in conn.execute(
            select(table.c.line_pk, table.c.year, table.c.note).order_by(table.c.line_pk, table.c.year)).all():
        found[line_pk][year] = note
    return found


def _line_kwargs(row: Any, actuals: dict[int, int], notes: dict[int, str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "amount": row.amount,
        "basis": _basis(row.basis),
        "start": _month(row.start),
        "end": _month(row.end),
        "indexation": _decimal(row.indexation),
        "project": row.project,
        "in_kind": bool(row.in_kind),
        "note": row.note,
        "actuals": actuals,
        "actual_notes": notes,
        "quantity": _decimal(row.quantity),
        "unit": row.unit,
        "rate": row.rate,
    }


def load_plan(conn: Connection) -> Plan:
    """Read the whole plan; RowError names the row and field of a value the core cannot take."""
    settings = conn.execute(select(plan_t)).all()
    orgs = conn.execute(select(organisation_t)).all()
    if len(settings) != 1 or len(orgs) != 1:
        raise RowError("the plan and organisation tables must hold exactly one row")
    s, o = settings[0], orgs[0]
    try:
        organisation = Organisation(
            name=o.name,
            legal_form=None if o.legal_form is None else LegalForm(o.legal_form),
            anbi=None if o.anbi is None else bool(o.anbi),
            vat=None if o.vat is None else VatTreatment(o.vat),
            **{key: getattr(o, key) for key in ORGANISATION_FIELDS
               if key not in ("name", "legal_form", "anbi", "vat")},
        )
    except ValueError as exc:
        raise RowError(f"organisation: {exc}") from None

    projects = [Project(id=r.id, name=r.name, description=r.description)
                for r in conn.execute(select(project_t).order_by(project_t.c.position))]

    costs: list[CostLine] = []
    actuals = _actuals_by_line(conn, cost_actual_t)
    notes = _notes_by_line(conn, cost_actual_note_t)
    for r in conn.execute(select(cost_t).order_by(cost_t.c.position)).all():
        try:
            costs.append(CostLine(**_line_kwargs(r, actuals.get(r.pk, {}), notes.get(r.pk, {})),
                                  category=_category(r.category)))
        except (ValueError, TypeError) as exc:
            raise RowError(f"cost line {r.id!r}: {exc}") from None

    sources: list[Source] = []
    actuals = _actuals_by_line(conn, source_actual_t)
    notes = _notes_by_line(conn, source_actual_note_t)
    due: dict[int, list[date]] = defaultdict(list)
    for source_pk, text in conn.execute(select(report_due_t.c.source_pk, report_due_t.c.due)
                                        .order_by(report_due_t.c.source_pk, report_due_t.c.position)).all():
        try:
            due[source_pk].append(_parse_date(text))
        except (ValueError, TypeError) as exc:
            raise RowError(f"report_due of source {source_pk}: {exc}") from None
    for r in conn.execute(select(source_t).order_by(source_t.c.position)).all():
        try:
            sources.append(Source(
                **_line_kwargs(r, actuals.get(r.pk, {}), notes.get(r.pk, {})),
                type=_source_type(r.type),
                funder=r.funder,
                status=_status(r.status),
                probability=_decimal(r.probability),
                apply_by=_date(r.apply_by),
                decision_expected=_date(r.decision_expected),
                report_due=tuple(due.get(r.pk, ())),
                lead_months=r.lead_months,
            ))
        except (ValueError, TypeError) as exc:
            raise RowError(f"source {r.id!r}: {exc}") from None

    adjustments: dict[int, list[Adjustment]] = defaultdict(list)
    for r in conn.execute(select(adjustment_t).order_by(adjustment_t.c.scenario_pk,
                                                          adjustment_t.c.position)).all():
        try:
            match = json.loads(r.match)
            if not isinstance(match, dict):
                raise ValueError("match is not an object")
            adjustments[r.scenario_pk].append(Adjustment(
                target=Target(r.target), match=match, from_year=r.from_year, to_year=r.to_year,
                factor=_decimal(r.factor)))
        except (ValueError, TypeError) as exc:
            raise RowError(f"adjustment of scenario {r.scenario_pk}: {exc}") from None
    scenarios = [Scenario(id=r.id, name=r.name, base=r.base, adjustments=tuple(adjustments.get(r.pk, ())))
                 for r in conn.execute(select(scenario_t).order_by(scenario_t.c.position))]

    bank_rules = []
    for r in conn.execute(select(bank_rule_t).order_by(bank_rule_t.c.position)).all():
        try:
            match = json.loads(r.match)
            if not isinstance(match, dict):
                raise ValueError("match is not an object")
            bank_rules.append(BankRule(match=match, line=r.line))
        except (ValueError, TypeError) as exc:
            raise RowError(f"bank rule {r.position}: {exc}") from None
    bank_transactions = []
    for r in conn.execute(select(bank_transaction_t).order_by(bank_transaction_t.c.position)).all():
        try:
            bank_transactions.append(BankTransaction(id=r.id, date=_parse_date(r.date), amount=r.amount,
                                                     line=r.line))
        except (ValueError, TypeError) as exc:
            raise RowError(f"bank transaction {r.id!r}: {exc}") from None

    return Plan(organisation=organisation, first_year=s.first_year, last_year=s.last_year,
                opening_reserve=s.opening_reserve, reserve_target=s.reserve_target, projects=projects,
                costs=costs, sources=sources, scenarios=scenarios, bank_rules=bank_rules,
                bank_transactions=bank_transactions)
