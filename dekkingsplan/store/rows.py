"""A plan file's rows read into a Plan by the rules of a plan JSON, with the standard library's sqlite3 alone.

The one read path of a ``.dekkingsplan`` file (the window, the command line, ``restore``, after a migration):
the rows become the data of a plan JSON — cents become amounts with two decimals, months, dates and decimals
stay the text the file keeps — and that data goes through the very reader and checks a plan JSON goes through
(``core.planjson.plan_from_dict`` with ``core.validation``). What only a table can get wrong (text in a column
of cents, a flag that is not 0 or 1, a match that is no JSON object) is refused here first. Either way the
refusal is one line naming the table, the row and the field: ``table cost_line, row 'coord', field amount``.
No SQLAlchemy is imported, so reading stays off the window's and the command line's start-up cost.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dekkingsplan.core.errors import PlanError, Problem
from dekkingsplan.core.model import Plan
from dekkingsplan.core.money import cents_to_str
from dekkingsplan.store import errors

# the plan JSON's lists and the tables that hold them
TABLES = {"projects": "project", "costs": "cost_line", "sources": "source", "scenarios": "scenario",
          "bank_rules": "bank_rule", "bank_transactions": "bank_transaction"}
_BY_YEAR = {("costs", "actuals"): ("cost_actual", "amount"), ("sources", "actuals"): ("source_actual", "amount"),
            ("costs", "actual_notes"): ("cost_actual_note", "note"),
            ("sources", "actual_notes"): ("source_actual_note", "note")}
_LISTED = re.compile(r"^(projects|costs|sources|scenarios|bank_rules|bank_transactions)\[(\d+)\](?:\.(.*))?$")
_CHILD = re.compile(r"^(report_due|adjustments)\[(\d+)\](?:\.(.*))?$")
_LONGEST_VALUE = 80


# (table name, "column, column" to order by) -> the rows as dicts of column -> value
TableReader = Callable[[str, str], list[dict[str, Any]]]


class _Rows:
    """The rows of one file as plan JSON data, and what is needed to name a row in a refusal."""

    def __init__(self, raw: sqlite3.Connection | None, table: TableReader | None = None) -> None:
        self.raw = raw
        self._table = table
        self.problems: list[Problem] = []
        self.labels: dict[str, list[str]] = {name: [] for name in TABLES}

    # --- reading tables -------------------------------------------------------------------------------

    def table(self, name: str, order: str = "") -> list[dict[str, Any]]:
        if self._table is not None:  # another database (a plan server) hands its rows over
            return self._table(name, order)
        assert self.raw is not None
        cursor = self.raw.execute(f'SELECT * FROM "{name}"' + (f" ORDER BY {order}" if order else ""))
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def fail(self, place: str, en: str, nl: str) -> None:
        self.problems.append(Problem(place, en, nl))

    # --- values only a table can get wrong ------------------------------------------------------------

    def cents(self, value: Any, place: str) -> str | None:
        """A column of whole cents, as the plan JSON writes amounts (negative ones too: the rules refuse them
        where an amount may not be negative, and say so)."""
        if value is None:
            return None
        if isinstance(value, int):
            return cents_to_str(value)
        self.fail(place, f"{_shown(value)} is not a whole number of cents",
                  f"{_shown(value)} is geen geheel aantal centen")
        return None

    def flag(self, value: Any, place: str) -> bool | None:
        if value is None or value in (0, 1) and isinstance(value, int):
            return None if value is None else bool(value)
        self.fail(place, f"{_shown(value)} is not 0 or 1", f"{_shown(value)} is geen 0 of 1")
        return None

    def year_key(self, value: Any, place: str) -> str | None:
        if isinstance(value, int):
            return str(value)
        self.fail(place, f"the year {_shown(value)} is not a whole number",
                  f"het jaar {_shown(value)} is geen geheel getal")
        return None

    def match(self, value: Any, place: str) -> Any:
        try:
            match = json.loads(value) if isinstance(value, str) else None
        except ValueError:
            match = None
        if not isinstance(match, dict):
            self.fail(place, f"{_shown(value)} is not a JSON object", f"{_shown(value)} is geen JSON-object")
            return {}
        return match

    # --- the plan -------------------------------------------------------------------------------------

    def one_row(self, table: str, place: str) -> dict[str, Any]:
        rows = self.table(table)
        if len(rows) != 1:
            self.fail(place, f"holds {len(rows)} rows instead of exactly one",
                      f"heeft {len(rows)} rijen in plaats van precies één")
            return {}
        return rows[0]

    def by_line(self, table: str) -> dict[Any, list[dict[str, Any]]]:
        found: dict[Any, list[dict[str, Any]]] = {}
        for row in self.table(table, "line_pk, year"):
            found.setdefault(row["line_pk"], []).append(row)
        return found

    def by_year(self, rows: list[dict[str, Any]], place: str, column: str) -> dict[str, Any] | None:
        """``actuals`` or ``actual_notes`` of one line: ``{"2026": value}``; cents become amounts."""
        found: dict[str, Any] = {}
        for row in rows:
            year = self.year_key(row["year"], f"{place}.?")
            if year is not None:
                found[year] = self.cents(row[column], f"{place}.{year}") if column == "amount" else row[column]
        return found or None

    def line(self, row: dict[str, Any], place: str, actual_rows: list[dict[str, Any]],
             note_rows: list[dict[str, Any]]) -> dict[str, Any]:
        data = {key: row.get(key) for key in ("id", "name", "basis", "start", "end", "indexation", "project",
                                              "note", "quantity", "unit")}
        data["amount"] = self.cents(row.get("amount"), f"{place}.amount")
        data["rate"] = self.cents(row.get("rate"), f"{place}.rate")
        data["in_kind"] = self.flag(row.get("in_kind"), f"{place}.in_kind")
        data["actuals"] = self.by_year(actual_rows, f"{place}.actuals", "amount")
        data["actual_notes"] = self.by_year(note_rows, f"{place}.actual_notes", "note")
        return data

    def data(self) -> dict[str, Any]:
        """The plan JSON data of the whole file."""
        settings = self.one_row("plan", "plan")
        org = self.one_row("organisation", "organisation")
        organisation = {key: value for key, value in org.items() if key != "pk"}
        if org:
            organisation["anbi"] = self.flag(org.get("anbi"), "organisation.anbi")
        plan = {"first_year": settings.get("first_year"), "last_year": settings.get("last_year"),
                "opening_reserve": self.cents(settings.get("opening_reserve"), "plan.opening_reserve"),
                "reserve_target": self.cents(settings.get("reserve_target"), "plan.reserve_target")}

        projects = []
        for row in self.table("project", "position"):
            self.labels["projects"].append(_label(row))
            projects.append({"id": row["id"], "name": row["name"], "description": row["description"]})

        costs = []
        actuals, notes = self.by_line("cost_actual"), self.by_line("cost_actual_note")
        for i, row in enumerate(self.table("cost_line", "position")):
            self.labels["costs"].append(_label(row))
            cost = self.line(row, f"costs[{i}]", actuals.get(row["pk"], []), notes.get(row["pk"], []))
            cost["category"] = row["category"]
            costs.append(cost)

        sources = []
        actuals, notes = self.by_line("source_actual"), self.by_line("source_actual_note")
        due: dict[Any, list[Any]] = {}
        for row in self.table("report_due", "source_pk, position"):
            due.setdefault(row["source_pk"], []).append(row["due"])
        for i, row in enumerate(self.table("source", "position")):
            self.labels["sources"].append(_label(row))
            source = self.line(row, f"sources[{i}]", actuals.get(row["pk"], []), notes.get(row["pk"], []))
            source.update({key: row[key] for key in ("type", "funder", "status", "probability", "apply_by",
                                                     "decision_expected", "lead_months")})
            source["report_due"] = due.get(row["pk"])
            sources.append(source)

        adjustments: dict[Any, list[dict[str, Any]]] = {}
        for row in self.table("adjustment", "scenario_pk, position"):
            adjustments.setdefault(row["scenario_pk"], []).append(row)
        scenarios = []
        for i, row in enumerate(self.table("scenario", "position")):
            self.labels["scenarios"].append(_label(row))
            scenarios.append({"id": row["id"], "name": row["name"], "base": row["base"], "adjustments": [
                {"target": a["target"], "match": self.match(a["match"], f"scenarios[{i}].adjustments[{j}].match"),
                 "from_year": a["from_year"], "to_year": a["to_year"], "factor": a["factor"]}
                for j, a in enumerate(adjustments.get(row["pk"], []))]})

        bank_rules = []
        for i, row in enumerate(self.table("bank_rule", "position")):
            self.labels["bank_rules"].append(f"position {row['position']}")
            bank_rules.append({"match": self.match(row["match"], f"bank_rules[{i}].match"), "line": row["line"]})
        bank_transactions = []
        for i, row in enumerate(self.table("bank_transaction", "position")):
            self.labels["bank_transactions"].append(_label(row))
            bank_transactions.append({"id": row["id"], "date": row["date"], "line": row["line"],
                                      "amount": self.cents(row["amount"], f"bank_transactions[{i}].amount")})

        return {"format": "dekkingsplan/1", "organisation": organisation, "plan": plan, "projects": projects,
                "costs": costs, "sources": sources, "scenarios": scenarios, "bank_rules": bank_rules,
                "bank_transactions": bank_transactions}

    # --- naming the place -----------------------------------------------------------------------------

    def where(self, place: str) -> tuple[str, str]:
        """A plan JSON place as the table, the row and the field of the file, in English and in Dutch."""
        head, _, rest = place.partition(".")
        if head in ("organisation", "plan"):
            return _where(head, None, rest.split(".")[0] or None)
        listed = _LISTED.match(place)
        if listed is None:  # pragma: no cover - every place the reader and the checks give is one of the above
            return place, place
        section, index, rest = listed.group(1), int(listed.group(2)), listed.group(3) or ""
        labels = self.labels[section]
        label = labels[index] if index < len(labels) else f"#{index + 1}"
        by_year = _BY_YEAR.get((section, rest.split(".")[0]))
        if by_year is not None:
            table, column = by_year
            year = rest.partition(".")[2]
            if not (year.isdigit() and len(year) == 4):  # the year itself is wrong
                return _where(table, (label, label), "year")
            return _where(table, (f"{label}, year {year}", f"{label}, jaar {year}"), column)
        child = _CHILD.match(rest)
        if child is not None:
            kind, position, field = child.group(1), child.group(2), (child.group(3) or "").split(".")[0]
            table, field = ("report_due", "due") if kind == "report_due" else ("adjustment", field or None)
            return _where(table, (f"{label}, position {position}", f"{label}, positie {position}"), field)
        return _where(TABLES[section], (label, label), rest.split(".")[0] or None)


def _label(row: dict[str, Any]) -> str:
    value = row.get("id")
    return repr(value) if isinstance(value, str) and value else f"pk {row.get('pk')}"


def _where(table: str, row: tuple[str, str] | None, field: str | None) -> tuple[str, str]:
    en, nl = [f"table {table}"], [f"tabel {table}"]
    if row is not None:
        en.append(f"row {row[0]}")
        nl.append(f"rij {row[1]}")
    if field:
        en.append(f"field {field}")
        nl.append(f"veld {field}")
    return ", ".join(en), ", ".join(nl)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _LONGEST_VALUE else text[:_LONGEST_VALUE] + "…"


def _one_line(text: str) -> str:
    """A refusal stays one line, whatever the file held."""
    text = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)
    return text if len(text) <= 300 else text[:300] + "…"


def _refusal(rows: _Rows, problems: list[Problem] | tuple[Problem, ...], path: Path | str) -> errors.StoreError:
    first = problems[0]
    where_en, where_nl = rows.where(first.place)
    more = len(problems) - 1
    return errors.invalid(path, _one_line(f"{where_en}: {first.en}") + (f" (and {more} more)" if more else ""),
                          _one_line(f"{where_nl}: {first.nl}") + (f" (en nog {more})" if more else ""),
                          place=first.place)


def plan_from_rows(raw: sqlite3.Connection, path: Path, *, registrations: bool = True) -> Plan:
    """Read the plan in ``raw`` (inside the caller's transaction, if any) by the rules of a plan JSON
    (``registrations=False``: all but the RSIN, IBAN and postcode checks, for a window's first paint).

    Raises StoreError INVALID naming the table, row and field of the first problem, or DAMAGED when SQLite
    cannot read the tables at all."""
    from dekkingsplan.core.planjson import plan_from_dict

    rows = _Rows(raw)
    try:
        data = rows.data()
    except (sqlite3.Error, KeyError) as exc:  # a table or column missing: not a file this version wrote
        raise errors.damaged(path, detail=f"{type(exc).__name__}: {exc}") from None
    if rows.problems:
        raise _refusal(rows, rows.problems, path)
    try:
        return plan_from_dict(data, source=str(path), registrations=registrations)
    except PlanError as exc:
        raise _refusal(rows, exc.problems, path) from None


def plan_from_table_rows(table: TableReader, where: str) -> Plan:
    """The same as ``plan_from_rows`` for rows another database hands over (a plan on a server)."""
    from dekkingsplan.core.planjson import plan_from_dict

    rows = _Rows(None, table)
    data = rows.data()
    if rows.problems:
        raise _refusal(rows, rows.problems, where)
    try:
        return plan_from_dict(data, source=where)
    except PlanError as exc:
        raise _refusal(rows, exc.problems, where) from None
