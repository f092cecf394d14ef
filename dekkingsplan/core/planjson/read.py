"""Plan JSON read strictly (``loads``, ``plan_from_dict``): every problem found, each with its place
(``sources[3].end``), in English and Dutch; a plan with any problem is refused whole."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Any

from dekkingsplan.core.errors import DekkingsplanError, PlanError, Problem, shown
from dekkingsplan.core.model import (
    BANK_RULE_KEYS,
    Adjustment,
    BankRule,
    BankTransaction,
    Base,
    Basis,
    Category,
    CostLine,
    LegalForm,
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
from dekkingsplan.core.money import decimal_to_cents, parse_plain_amount
from dekkingsplan.core.months import Month, parse_strict_date, parse_strict_month
from dekkingsplan.core.planjson import ADJ_KEYS, COST_KEYS, FORMAT, ORG_KEYS, SOURCE_KEYS

_MISSING = object()
_NUMBER_TEXT = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]{1,6})?")  # ASCII digits: Decimal() reads others too
_LONGEST_INT = 18  # digits; a longer JSON integer is read as a Decimal, refused by every bound with its place


class _Object(dict):
    """A JSON object that remembers the keys it was given more than once (the last value would silently win)."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> dict:
    result = _Object(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        result.duplicates = tuple(dict.fromkeys(k for k, _ in pairs if k in seen or seen.add(k)))
    return result


def _json_int(text: str) -> int | Decimal:
    # int() refuses more than 4,300 digits with a ValueError; no plan value has more than a few
    return int(text) if len(text) <= _LONGEST_INT else Decimal(text)


class _Reader:
    """Walks the parsed JSON, collecting every problem with its place instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, place: str, en: str, nl: str) -> None:
        self.problems.append(Problem(place, en, nl))

    def obj(self, value: Any, place: str, allowed: dict[str, bool]) -> dict | None:
        """A JSON object with only the ``allowed`` keys (key -> required)."""
        if not isinstance(value, dict):
            self.fail(place, "must be an object", "moet een object zijn")
            return None
        self.no_duplicates(value, place)
        for key in value:
            if key not in allowed:
                self.fail(f"{place}.{shown(key)}" if place else shown(key), "unknown key", "onbekende sleutel")
        for key, required in allowed.items():
            if required and value.get(key) is None:
                self.fail(f"{place}.{key}" if place else key, "is required", "is verplicht")
        return value

    def no_duplicates(self, value: dict, place: str) -> None:
        for key in getattr(value, "duplicates", ()):
            self.fail(f"{place}.{shown(key)}" if place else shown(key), "the key is given more than once",
                      "de sleutel staat er meer dan eens")

    def get(self, data: dict, key: str, place: str, convert: Callable[[Any, str], Any], default: Any = None) -> Any:
        value = data.get(key)
        if value is None:
            return default
        where = f"{place}.{key}" if place else key
        try:
            return convert(value, where)
        except DekkingsplanError as exc:
            self.fail(where, exc.en, exc.nl)
        except _Wrong as exc:
            self.fail(where, exc.en, exc.nl)
        return default


class _Wrong(Exception):
    def __init__(self, en: str, nl: str) -> None:
        super().__init__(en)
        self.en, self.nl = en, nl


def _text(value: Any, place: str) -> str:
    if not isinstance(value, str):
        raise _Wrong("must be text", "moet tekst zijn")
    return value


def _bool(value: Any, place: str) -> bool:
    if not isinstance(value, bool):
        raise _Wrong("must be true or false", "moet true of false zijn")
    return value


def _int(value: Any, place: str) -> int:
    if isinstance(value, Decimal) and value.as_tuple().exponent == 0 and abs(value) >= 10**_LONGEST_INT:
        raise _Wrong(f"{shown(value)} is far too large", f"{shown(value)} is veel te groot")
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Wrong("must be a whole number", "moet een geheel getal zijn")
    return value


def _decimal(value: Any, place: str) -> Decimal:
    if isinstance(value, bool):
        raise _Wrong("must be a number", "moet een getal zijn")
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, str):
        if not _NUMBER_TEXT.fullmatch(value.strip()):
            raise _Wrong(f"'{shown(value)}' is not a number like \"2.5\" (digits 0-9)",
                         f"'{shown(value)}' is geen getal zoals \"2.5\" (cijfers 0-9)")
        try:
            result = Decimal(value.strip())
        except ArithmeticError:
            raise _Wrong(f"'{shown(value)}' is not a number", f"'{shown(value)}' is geen getal") from None
        if result.is_finite():
            return result
    raise _Wrong("must be a number", "moet een getal zijn")


def _amount(value: Any, place: str, *, negative: bool = False) -> int:
    if isinstance(value, bool):
        raise _Wrong("must be an amount", "moet een bedrag zijn")
    if isinstance(value, str):
        return _plain_amount(value, negative)
    if isinstance(value, int | Decimal):
        exponent = Decimal(value).as_tuple().exponent
        if isinstance(exponent, int) and exponent < -2:  # written with three or more decimals, even 1.500
            raise _Wrong("more than two decimals", "meer dan twee decimalen")
        return decimal_to_cents(Decimal(value), allow_negative=negative)
    raise _Wrong("must be an amount like \"1234.50\"", "moet een bedrag zijn zoals \"1234.50\"")


def _signed_amount(value: Any, place: str) -> int:
    return _amount(value, place, negative=True)


def _enum(kind: type[StrEnum]) -> Callable[[Any, str], Any]:
    def convert(value: Any, place: str) -> Any:
        try:
            return kind(value)
        except ValueError:
            choices = ", ".join(m.value for m in kind)
            raise _Wrong(f"'{shown(value)}' is not one of {choices}",
                         f"'{shown(value)}' is niet een van {choices}") from None

    return convert


# Amounts, months and dates repeat a great deal in a plan and what they read as is immutable: each text is read
# once (a refusal is an exception, never remembered), which takes a good part off reading a large plan.
_plain_amount = lru_cache(maxsize=8192)(lambda text, negative: parse_plain_amount(text, allow_negative=negative))
_strict_month = lru_cache(maxsize=4096)(parse_strict_month)
_strict_date = lru_cache(maxsize=4096)(parse_strict_date)


def _month(value: Any, place: str) -> Month:
    return _strict_month(_text(value, place))


def _date(value: Any, place: str) -> date:
    return _strict_date(_text(value, place))


def _list(r: _Reader, value: Any, place: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        r.fail(place, "must be a list", "moet een lijst zijn")
        return []
    return value


def _by_year(r: _Reader, d: dict, key: str, place: str, convert: Callable[[Any, str], Any]) -> dict[int, Any]:
    """An object of years (``{"2026": ...}``), each value read by ``convert``."""
    found: dict[int, Any] = {}
    raw = d.get(key)
    if raw is None:
        return found
    if not isinstance(raw, dict):
        r.fail(f"{place}.{key}", "must be an object of years", "moet een object met jaren zijn")
        return found
    r.no_duplicates(raw, f"{place}.{key}")
    for year in raw:
        if not (isinstance(year, str) and len(year) == 4 and all("0" <= ch <= "9" for ch in year)):
            r.fail(f"{place}.{key}.{shown(year)}", "a year like \"2026\"", "een jaar zoals \"2026\"")
            continue
        value = r.get(raw, year, f"{place}.{key}", convert)
        if value is not None:
            found[int(year)] = value
    return found


def _line_fields(r: _Reader, d: dict, place: str) -> dict[str, Any]:
    actuals = _by_year(r, d, "actuals", place, _amount)
    return dict(
        id=r.get(d, "id", place, _text, ""),
        name=r.get(d, "name", place, _text, ""),
        amount=r.get(d, "amount", place, _amount),
        basis=r.get(d, "basis", place, _enum(Basis), Basis.PER_YEAR),
        start=r.get(d, "start", place, _month),
        end=r.get(d, "end", place, _month),
        indexation=r.get(d, "indexation", place, _decimal),
        project=r.get(d, "project", place, _text),
        in_kind=r.get(d, "in_kind", place, _bool, False),
        note=r.get(d, "note", place, _text),
        actuals=actuals,
        actual_notes=_by_year(r, d, "actual_notes", place, _text),
        quantity=r.get(d, "quantity", place, _decimal),
        unit=r.get(d, "unit", place, _text),
        rate=r.get(d, "rate", place, _amount),
    )


def _read_cost(r: _Reader, value: Any, place: str) -> CostLine | None:
    d = r.obj(value, place, COST_KEYS)
    if d is None:
        return None
    return CostLine(**_line_fields(r, d, place), category=r.get(d, "category", place, _enum(Category), Category.OTHER))


def _read_source(r: _Reader, value: Any, place: str) -> Source | None:
    d = r.obj(value, place, SOURCE_KEYS)
    if d is None:
        return None
    report_due = []
    for i, item in enumerate(_list(r, d.get("report_due"), f"{place}.report_due")):
        try:
            report_due.append(_date(item, ""))
        except (DekkingsplanError, _Wrong) as exc:
            r.fail(f"{place}.report_due[{i}]", exc.en, exc.nl)
    return Source(
        **_line_fields(r, d, place),
        type=r.get(d, "type", place, _enum(SourceType), SourceType.OTHER),
        funder=r.get(d, "funder", place, _text),
        status=r.get(d, "status", place, _enum(Status), Status.PLANNED),
        probability=r.get(d, "probability", place, _decimal),
        apply_by=r.get(d, "apply_by", place, _date),
        decision_expected=r.get(d, "decision_expected", place, _date),
        report_due=tuple(report_due),
        lead_months=r.get(d, "lead_months", place, _int),
    )


def _read_scenario(r: _Reader, value: Any, place: str) -> Scenario | None:
    d = r.obj(value, place, {"id": True, "name": True, "base": True, "adjustments": False})
    if d is None:
        return None
    adjustments = []
    for i, item in enumerate(_list(r, d.get("adjustments"), f"{place}.adjustments")):
        where = f"{place}.adjustments[{i}]"
        a = r.obj(item, where, ADJ_KEYS)
        if a is None:
            continue
        match: dict[str, str] = {}
        raw = a.get("match")
        if raw is not None and not isinstance(raw, dict):
            r.fail(f"{where}.match", "must be an object", "moet een object zijn")
        elif raw:
            r.no_duplicates(raw, f"{where}.match")
            for key, val in raw.items():
                if isinstance(val, str):
                    match[key] = val
                else:
                    r.fail(f"{where}.match.{shown(key)}", "must be text", "moet tekst zijn")
        adjustments.append(Adjustment(
            target=r.get(a, "target", where, _enum(Target), Target.SOURCES),
            match=match,
            from_year=r.get(a, "from_year", where, _int),
            to_year=r.get(a, "to_year", where, _int),
            factor=r.get(a, "factor", where, _decimal, Decimal(1)),
        ))
    return Scenario(id=r.get(d, "id", place, _text, ""), name=r.get(d, "name", place, _text, ""),
                    base=r.get(d, "base", place, _text, Base.EXPECTED), adjustments=tuple(adjustments))


def _read_bank_rule(r: _Reader, value: Any, place: str) -> BankRule | None:
    d = r.obj(value, place, {"match": True, "line": True})
    if d is None:
        return None
    match: dict[str, str] = {}
    raw = d.get("match")
    if raw is not None and not isinstance(raw, dict):
        r.fail(f"{place}.match", "must be an object", "moet een object zijn")
    elif raw:
        r.no_duplicates(raw, f"{place}.match")
        for key, val in raw.items():
            if key not in BANK_RULE_KEYS:
                r.fail(f"{place}.match.{shown(key)}", "unknown key", "onbekende sleutel")
            elif isinstance(val, str):
                match[key] = val
            else:
                r.fail(f"{place}.match.{key}", "must be text", "moet tekst zijn")
    return BankRule(match=match, line=r.get(d, "line", place, _text, ""))


def _read_bank_transaction(r: _Reader, value: Any, place: str) -> BankTransaction | None:
    d = r.obj(value, place, {"id": True, "date": True, "amount": True, "line": False})
    if d is None:
        return None
    return BankTransaction(id=r.get(d, "id", place, _text, ""),
                           date=r.get(d, "date", place, _date, date(1, 1, 1)),
                           amount=r.get(d, "amount", place, _signed_amount, 0),
                           line=r.get(d, "line", place, _text))


def plan_from_dict(data: Any, *, source: str = "", check: bool = True, registrations: bool = True) -> Plan:
    """Read a parsed plan JSON strictly; raises PlanError with every problem placed.

    ``check=False`` leaves out the checks of the whole plan (``validation.check_plan``: references, years, the
    organisation's RSIN, IBAN and postcode) while the structure, types and amounts are still read strictly. It is
    for a plan already known to pass them, such as the shipped demo, which the tests check. ``registrations=False``
    leaves out only the RSIN, IBAN and postcode checks (``validation.check_plan``)."""
    r = _Reader()
    top = r.obj(data, "", {"format": True, "organisation": True, "plan": True, "projects": False,
                           "costs": False, "sources": False, "scenarios": False,
                           "bank_rules": False, "bank_transactions": False})
    if top is None:
        raise PlanError(r.problems, source=source)
    if top.get("format") is not None and top.get("format") != FORMAT:
        r.fail("format", f"must be \"{FORMAT}\"", f"moet \"{FORMAT}\" zijn")
    org_data = r.obj(top.get("organisation", {}), "organisation", ORG_KEYS) or {}
    organisation = Organisation(
        name=r.get(org_data, "name", "organisation", _text, ""),
        legal_form=r.get(org_data, "legal_form", "organisation", _enum(LegalForm)),
        anbi=r.get(org_data, "anbi", "organisation", _bool),
        vat=r.get(org_data, "vat", "organisation", _enum(VatTreatment)),
        **{k: r.get(org_data, k, "organisation", _text) for k in ORG_KEYS
           if k not in ("name", "legal_form", "anbi", "vat")},
    )
    plan_data = r.obj(top.get("plan", {}), "plan",
                      {"first_year": True, "last_year": True, "opening_reserve": False,
                       "reserve_target": False}) or {}
    first_year = r.get(plan_data, "first_year", "plan", _int, 0)
    last_year = r.get(plan_data, "last_year", "plan", _int, 0)
    reserve = r.get(plan_data, "opening_reserve", "plan", _signed_amount, 0)
    reserve_target = r.get(plan_data, "reserve_target", "plan", _amount, 0)

    projects = []
    for i, item in enumerate(_list(r, top.get("projects"), "projects")):
        d = r.obj(item, f"projects[{i}]", {"id": True, "name": True, "description": False})
        if d is not None:
            projects.append(Project(id=r.get(d, "id", f"projects[{i}]", _text, ""),
                                    name=r.get(d, "name", f"projects[{i}]", _text, ""),
                                    description=r.get(d, "description", f"projects[{i}]", _text)))
    costs = [c for i, item in enumerate(_list(r, top.get("costs"), "costs"))
             if (c := _read_cost(r, item, f"costs[{i}]")) is not None]
    sources = [s for i, item in enumerate(_list(r, top.get("sources"), "sources"))
               if (s := _read_source(r, item, f"sources[{i}]")) is not None]
    scenarios = [s for i, item in enumerate(_list(r, top.get("scenarios"), "scenarios"))
                 if (s := _read_scenario(r, item, f"scenarios[{i}]")) is not None]
    bank_rules = [b for i, item in enumerate(_list(r, top.get("bank_rules"), "bank_rules"))
                  if (b := _read_bank_rule(r, item, f"bank_rules[{i}]")) is not None]
    bank_transactions = [t for i, item in enumerate(_list(r, top.get("bank_transactions"), "bank_transactions"))
                         if (t := _read_bank_transaction(r, item, f"bank_transactions[{i}]")) is not None]
    if r.problems:
        raise PlanError(r.problems, source=source)
    plan = Plan(organisation=organisation, first_year=first_year, last_year=last_year, opening_reserve=reserve,
                reserve_target=reserve_target, projects=projects, costs=costs, sources=sources,
                scenarios=scenarios, bank_rules=bank_rules, bank_transactions=bank_transactions)
    if not check:
        return plan
    from dekkingsplan.core.validation import check_plan  # only when checked: the app reads its demo unchecked

    problems = check_plan(plan, registrations=registrations)
    if problems:
        raise PlanError(problems, source=source)
    return plan


def loads(text: str, *, source: str = "", check: bool = True) -> Plan:
    """Read plan JSON text; a syntax error is reported with its line and column. ``check`` as in
    ``plan_from_dict``."""
    try:
        data = json.loads(text, parse_float=Decimal, parse_int=_json_int, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise PlanError([Problem(f"line {exc.lineno}, column {exc.colno}", f"not valid JSON ({exc.msg})",
                                 f"geen geldige JSON ({exc.msg})")], source=source) from None
    except RecursionError:
        raise PlanError([Problem("", "not a plan: lists or objects nested far too deep",
                                 "geen plan: lijsten of objecten veel te diep genest")], source=source) from None
    return plan_from_dict(data, source=source, check=check)
