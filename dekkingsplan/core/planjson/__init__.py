"""Plan JSON, the interchange format ``dekkingsplan/1``: a strict reader with placed messages (``read``), and a
writer (``write``).

Exported and imported again, a plan is identical. Amounts are strings with two decimals (numbers are read
exactly as decimals); absent optional keys and ``null`` mean the same; unknown keys are errors.

The names are looked up when first used (PEP 562), so that a command which only reads a plan does not load the
writer, and the other way round::

    plan = planjson.loads(text, source="plan.json")     # PlanError naming every problem's place
    text = planjson.dumps(plan)
"""

from __future__ import annotations

import importlib

FORMAT = "dekkingsplan/1"

# The keys of each record (key -> required), for the reader and the writer alike.
ORG_KEYS = {"name": True, "legal_form": False, "kvk": False, "rsin": False, "iban": False, "anbi": False,
            "address": False, "postcode": False, "city": False, "email": False, "website": False,
            "contact": False, "vat": False}
LINE_KEYS = {"id": True, "name": True, "amount": False, "basis": True, "start": False, "end": False,
             "indexation": False, "project": False, "in_kind": False, "note": False, "actuals": False,
             "quantity": False, "unit": False, "rate": False, "actual_notes": False}
COST_KEYS = {**LINE_KEYS, "category": True}
SOURCE_KEYS = {**LINE_KEYS, "type": True, "funder": False, "status": True, "probability": False,
               "apply_by": False, "decision_expected": False, "report_due": False, "lead_months": False}
ADJ_KEYS = {"target": True, "match": False, "from_year": False, "to_year": False, "factor": True}

_WHERE = {"loads": "read", "plan_from_dict": "read", "dumps": "write", "plan_to_dict": "write"}

__all__ = ["ADJ_KEYS", "COST_KEYS", "FORMAT", "LINE_KEYS", "ORG_KEYS", "SOURCE_KEYS", "dumps", "loads",
           "plan_from_dict", "plan_to_dict"]

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~2 ms) on the way to a command's output
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from dekkingsplan.core.planjson.read import loads, plan_from_dict
    from dekkingsplan.core.planjson.write import dumps, plan_to_dict


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'dekkingsplan.core.planjson' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"dekkingsplan.core.planjson.{module}"), name)
    globals()[name] = value
    return value
