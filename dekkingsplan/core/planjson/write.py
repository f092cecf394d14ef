"""Plan JSON written: the plan as JSON-ready data in a fixed key order, absent values left out (``plan_to_dict``),
and as text (``dumps``). What ``read`` reads back is the same plan."""

from __future__ import annotations

import json
from decimal import Decimal
from enum import StrEnum
from typing import Any

from dekkingsplan.core.model import Line, Plan
from dekkingsplan.core.money import cents_to_str
from dekkingsplan.core.planjson import FORMAT, ORG_KEYS


def _num(value: Decimal) -> str:
    return format(value, "f")


def _put(d: dict, key: str, value: Any) -> None:
    if value is not None:
        d[key] = value


def _line_to_dict(line: Line, extra_first: dict[str, Any]) -> dict[str, Any]:
    d: dict[str, Any] = {"id": line.id, "name": line.name, **extra_first}
    _put(d, "amount", None if line.amount is None else cents_to_str(line.amount))
    d["basis"] = line.basis.value
    _put(d, "start", None if line.start is None else str(line.start))
    _put(d, "end", None if line.end is None else str(line.end))
    _put(d, "indexation", None if line.indexation is None else _num(line.indexation))
    _put(d, "project", line.project)
    if line.in_kind:
        d["in_kind"] = True
    _put(d, "note", line.note)
    if line.actuals:
        d["actuals"] = {str(y): cents_to_str(v) for y, v in sorted(line.actuals.items())}
    if line.actual_notes:
        d["actual_notes"] = {str(y): v for y, v in sorted(line.actual_notes.items())}
    _put(d, "quantity", None if line.quantity is None else _num(line.quantity))
    _put(d, "unit", line.unit)
    _put(d, "rate", None if line.rate is None else cents_to_str(line.rate))
    return d


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The plan as JSON-ready data, keys in a fixed order, absent values left out."""
    org: dict[str, Any] = {"name": plan.organisation.name}
    for key in ORG_KEYS:
        if key == "name":
            continue
        value = getattr(plan.organisation, key)
        _put(org, key, value.value if isinstance(value, StrEnum) else value)
    out: dict[str, Any] = {
        "format": FORMAT,
        "organisation": org,
        "plan": {"first_year": plan.first_year, "last_year": plan.last_year,
                 "opening_reserve": cents_to_str(plan.opening_reserve)},
        "projects": [],
        "costs": [],
        "sources": [],
        "scenarios": [],
    }
    for project in plan.projects:
        p: dict[str, Any] = {"id": project.id, "name": project.name}
        _put(p, "description", project.description)
        out["projects"].append(p)
    for cost in plan.costs:
        out["costs"].append(_line_to_dict(cost, {"category": cost.category.value}))
    for source in plan.sources:
        d = _line_to_dict(source, {"type": source.type.value})
        _put(d, "funder", source.funder)
        d["status"] = source.status.value
        _put(d, "probability", None if source.probability is None else _num(source.probability))
        _put(d, "apply_by", None if source.apply_by is None else source.apply_by.isoformat())
        _put(d, "decision_expected",
             None if source.decision_expected is None else source.decision_expected.isoformat())
        if source.report_due:
            d["report_due"] = [x.isoformat() for x in source.report_due]
        _put(d, "lead_months", source.lead_months)
        out["sources"].append(d)
    for scenario in plan.scenarios:
        adjustments = []
        for adj in scenario.adjustments:
            a: dict[str, Any] = {"target": adj.target.value, "match": dict(adj.match)}
            _put(a, "from_year", adj.from_year)
            _put(a, "to_year", adj.to_year)
            a["factor"] = _num(adj.factor)
            adjustments.append(a)
        out["scenarios"].append({"id": scenario.id, "name": scenario.name, "base": scenario.base,
                                 "adjustments": adjustments})
    if plan.reserve_target:
        out["plan"]["reserve_target"] = cents_to_str(plan.reserve_target)
    if plan.bank_rules:
        out["bank_rules"] = [{"match": dict(rule.match), "line": rule.line} for rule in plan.bank_rules]
    if plan.bank_transactions:
        out["bank_transactions"] = []
        for tx in plan.bank_transactions:
            t: dict[str, Any] = {"id": tx.id, "date": tx.date.isoformat(), "amount": cents_to_str(tx.amount)}
            _put(t, "line", tx.line)
            out["bank_transactions"].append(t)
    return out


def dumps(plan: Plan) -> str:
    """The plan as JSON text (UTF-8, indented, Dutch characters kept as they are)."""
    return json.dumps(plan_to_dict(plan), ensure_ascii=False, indent=2) + "\n"
