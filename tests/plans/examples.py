"""Small plans for the export tests, written as the plan JSON a treasurer's file holds.

"Het Anker" is small enough to work every figure out by hand; the comments beside the tests do that.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from dekkingsplan.core.model import Plan
from dekkingsplan.core.planjson import loads
from dekkingsplan.resources import demo_plan_path

ANKER: dict[str, Any] = {
    "format": "dekkingsplan/1",
    "organisation": {"name": "Vadercentrum Het Anker", "legal_form": "stichting", "kvk": "12345678",
                     "iban": "NL91ABNA0417164300", "anbi": True, "city": "Zwolle"},
    "plan": {"first_year": 2026, "last_year": 2028, "opening_reserve": "1000.00"},
    "projects": [{"id": "vaders", "name": "Vadergroep"}, {"id": "leeg", "name": "Project zonder regels"}],
    "costs": [
        {"id": "coord", "name": "Coördinator", "category": "personnel", "amount": "12000.00",
         "basis": "per_year", "note": "Schaal 7, 16 uur per week"},
        {"id": "huur", "name": "Huur ruimte", "category": "housing", "amount": "500.00", "basis": "monthly"},
        {"id": "uitje", "name": "Uitje vaders en kinderen", "category": "activities", "amount": "600.00",
         "basis": "once", "start": "2027-05", "project": "vaders"},
        {"id": "kerkzaal", "name": "Kerkzaal om niet", "category": "housing", "amount": "1200.00",
         "basis": "per_year", "in_kind": True},
    ],
    "sources": [
        {"id": "gemeente", "name": "Subsidie inclusie", "type": "subsidy", "funder": "Gemeente Zwolle",
         "amount": "10000.00", "basis": "per_year", "end": "2026-12", "status": "committed"},
        {"id": "fonds", "name": "Bijdrage vadergroep", "type": "fund", "funder": "Kansfonds",
         "amount": "3000.00", "basis": "total", "start": "2026-07", "end": "2027-06", "status": "applied",
         "project": "vaders"},
        {"id": "giften", "name": "Giften", "type": "donation", "amount": "1000.00", "basis": "per_year",
         "status": "planned"},
        {"id": "afgewezen", "name": "Aanvraag buurtfonds", "type": "fund", "funder": "Fonds 1818",
         "amount": "5000.00", "basis": "once", "start": "2026-03", "status": "rejected",
         "note": "Past niet in het fondsbeleid"},
        {"id": "collecte", "name": "Collecte", "type": "donation", "funder": "Protestantse gemeente",
         "amount": "250.00", "basis": "once", "start": "2026-06", "status": "received"},
        {"id": "kerkzaal-bron", "name": "Kerkzaal", "type": "other", "funder": "Kerk", "amount": "1200.00",
         "basis": "per_year", "status": "committed", "in_kind": True},
    ],
}


def anker(**changes: Any) -> Plan:
    """Het Anker, with top-level parts replaced (``sources=[]``) or the organisation/plan merged."""
    data = copy.deepcopy(ANKER)
    for key, value in changes.items():
        if key in ("organisation", "plan"):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return loads(json.dumps(data), source="anker.json")


def demo() -> Plan:
    return loads(demo_plan_path().read_text(encoding="utf-8"), source="demo.json")


# Het Anker in two years with two lines of each side: small enough that a command's whole output is checked.
SMALL_ANKER: dict[str, Any] = {
    "format": "dekkingsplan/1",
    "organisation": {"name": "Vadercentrum Het Anker", "kvk": "12345678"},
    "plan": {"first_year": 2026, "last_year": 2027, "opening_reserve": "1000.00"},
    "projects": [{"id": "vaders", "name": "Vadergroep"}],
    "costs": [
        {"id": "coord", "name": "Coördinator", "category": "personnel", "amount": "12000.00", "basis": "per_year",
         "actuals": {"2026": "11950.10"}},
        {"id": "uitje", "name": "Uitje", "category": "activities", "amount": "600.00", "basis": "once",
         "start": "2027-05", "project": "vaders"},
    ],
    "sources": [
        {"id": "gemeente", "name": "Subsidie", "type": "subsidy", "funder": "Gemeente Zwolle",
         "amount": "10000.00", "basis": "per_year", "end": "2026-12", "status": "committed",
         "apply_by": "2025-10-01", "report_due": ["2027-04-01"]},
        {"id": "fonds", "name": "Fonds vadergroep", "type": "fund", "funder": "Kansfonds", "amount": "3000.00",
         "basis": "total", "start": "2026-07", "end": "2027-06", "status": "applied", "project": "vaders",
         "decision_expected": "2026-05-15"},
    ],
}


def small_anker_json(path: Path, **plan: Any) -> Path:
    """Writes SMALL_ANKER to ``path`` (``last_year=2028``: with the plan's settings changed) and returns it."""
    data = copy.deepcopy(SMALL_ANKER)
    data["plan"].update(plan)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


REALISATIE_PATH = Path(__file__).with_name("realisatie.json")


def realisatie(**changes: Any) -> Plan:
    """Het Anker with actual figures of 2026 on some lines and not on others, and one explanation: the
    verantwoording's worked example (figures by hand in tests/core/test_realisation_report.py)."""
    data = json.loads(REALISATIE_PATH.read_text(encoding="utf-8"))
    data.update(changes)
    return loads(json.dumps(data), source=REALISATIE_PATH.name)
