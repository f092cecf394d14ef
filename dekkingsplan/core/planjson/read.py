"""Plan JSON read strictly (``loads``, ``plan_from_dict``): every problem found, each with its place
(``sources[3].end``), in English and Dutch; a plan with any problem is refused whole.

Each value is read by a small function for its kind — text, an amount, a month, one of a choice — that returns
it or raises ``_Wrong`` with the sentence. A record (a line, a project, a scenario …) is read in one pass over
the keys it has (``_record``), by the readers of its ``_Kind``; its problems are then put in one fixed order —
keys given twice, unknown keys, missing keys, then the fields in the order of the ``_Kind`` — so the problem a
refusal names first never depends on how the file orders its keys. A plan of thousands of lines is read in a
few milliseconds this way: no work is spent on the keys a line leaves out, nor on a place for a field that is
right.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter

from dekkingsplan.core.errors import DekkingsplanError, PlanError, Problem, shown
from dekkingsplan.core.model import (
    BANK_RULE_KEYS,
    Adjustment,
    BankRule,
    BankTransaction,
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
from dekkingsplan.core.planjson import FORMAT

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~2 ms) on the way to a command's output
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable
    from datetime import date
    from typing import Any

    # A nested reader reads a value with places of its own (an object of years, a list): it takes the value,
    # its place and a list to add its problems to, and returns what it read of it.
    Nested = Callable[[Any, str, list[Problem]], Any]

_NUMBER_TEXT = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]{1,6})?")  # ASCII digits: Decimal() reads others too
_LONGEST_INT = 18  # digits; a longer JSON integer is read as a Decimal, refused by every bound with its place


class _Object(dict):
    """A JSON object that remembers the keys it was given more than once (the last value would silently win)."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> dict:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    twice = _Object(pairs)
    seen: set[str] = set()
    twice.duplicates = tuple(dict.fromkeys(k for k, _ in pairs if k in seen or seen.add(k)))
    return twice


def _json_int(text: str) -> int | Decimal:
    # int() refuses more than 4,300 digits with a ValueError; no plan value has more than a few
    return int(text) if len(text) <= _LONGEST_INT else Decimal(text)


class _Wrong(Exception):
    """What is wrong with one value, in English and Dutch; its reader's caller adds the place."""

    def __init__(self, en: str, nl: str) -> None:
        super().__init__(en)
        self.en, self.nl = en, nl


# --- the readers of one value: each returns the value read, or raises _Wrong (or DekkingsplanError) -------------


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Wrong("must be text", "moet tekst zijn")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Wrong("must be true or false", "moet true of false zijn")
    return value


def _int(value: Any) -> int:
    if isinstance(value, Decimal) and value.as_tuple().exponent == 0 and abs(value) >= 10**_LONGEST_INT:
        raise _Wrong(f"{shown(value)} is far too large", f"{shown(value)} is veel te groot")
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Wrong("must be a whole number", "moet een geheel getal zijn")
    return value


@lru_cache(maxsize=4096)  # probabilities, indexations and quantities repeat; a Decimal is immutable
def _decimal_text(value: str) -> Decimal:
    if not _NUMBER_TEXT.fullmatch(value.strip()):
        raise _Wrong(f"'{shown(value)}' is not a number like \"2.5\" (digits 0-9)",
                     f"'{shown(value)}' is geen getal zoals \"2.5\" (cijfers 0-9)")
    try:
        result = Decimal(value.strip())
    except ArithmeticError:
        raise _Wrong(f"'{shown(value)}' is not a number", f"'{shown(value)}' is geen getal") from None
    if not result.is_finite():
        raise _Wrong("must be a number", "moet een getal zijn")
    return result


def _decimal(value: Any) -> Decimal:
    if isinstance(value, str):
        return _decimal_text(value)
    if isinstance(value, bool):
        raise _Wrong("must be a number", "moet een getal zijn")
    if isinstance(value, int | Decimal):
        return Decimal(value)
    raise _Wrong("must be a number", "moet een getal zijn")


def _amount(value: Any, *, negative: bool = False) -> int:
    if isinstance(value, str):
        return parse_plain_amount(value, allow_negative=negative)
    if isinstance(value, bool):
        raise _Wrong("must be an amount", "moet een bedrag zijn")
    if isinstance(value, int | Decimal):
        exponent = Decimal(value).as_tuple().exponent
        if isinstance(exponent, int) and exponent < -2:  # written with three or more decimals, even 1.500
            raise _Wrong("more than two decimals", "meer dan twee decimalen")
        return decimal_to_cents(Decimal(value), allow_negative=negative)
    raise _Wrong("must be an amount like \"1234.50\"", "moet een bedrag zijn zoals \"1234.50\"")


def _signed_amount(value: Any) -> int:
    return _amount(value, negative=True)


def _choice(kind: type) -> Callable[[Any], Any]:
    """The reader of one of an enumeration's values (``Basis``: ``"once"``, ``"monthly"`` …)."""
    members = dict(kind._value2member_map_)
    choices = ", ".join(m.value for m in kind)

    def read(value: Any) -> Any:
        member = members.get(value) if isinstance(value, str) else None
        if member is None:
            raise _Wrong(f"'{shown(value)}' is not one of {choices}", f"'{shown(value)}' is niet een van {choices}")
        return member

    return read


# Months and dates repeat a great deal in a plan and what they read as is immutable: each text is read once (a
# refusal is an exception, never remembered).
_strict_month = lru_cache(maxsize=4096)(parse_strict_month)
_strict_date = lru_cache(maxsize=4096)(parse_strict_date)


def _month(value: Any) -> Month:
    return _strict_month(_text(value))


def _date(value: Any) -> date:
    return _strict_date(_text(value))


# --- records ------------------------------------------------------------------------------------------------

class _Kind:
    """How one kind of record is read: the reader of each key in the order its problems are named (a nested
    reader for a key with places of its own), the keys it needs, and what the fields read make."""

    def __init__(self, fields: dict[str, Callable[[Any], Any]], nested: dict[str, Nested], required: tuple[str, ...],
                 make: Callable[..., Any], order: tuple[str, ...]) -> None:
        self.readers, self.nested, self.required, self.make = fields, nested, required, make
        self.rank = {key: 3 + i for i, key in enumerate(order)}  # 0-2: keys twice, unknown keys, missing keys
        assert set(order) == set(fields) | set(nested), "every key has its place in the order"


def _key_problems(value: dict, place: str) -> list[tuple[int, Problem]]:
    return [(0, Problem(f"{place}.{shown(key)}", "the key is given more than once", "de sleutel staat er meer dan eens"))
            for key in value.duplicates]  # type: ignore[attr-defined]


def _record(value: Any, place: str, kind: _Kind, problems: list[Problem]) -> Any:
    """One record read from a JSON object; None when anything about it is wrong, its problems added to
    ``problems`` in the order the ``_Kind`` gives them."""
    if not isinstance(value, dict):
        problems.append(Problem(place, "must be an object", "moet een object zijn"))
        return None
    found = _key_problems(value, place) if type(value) is _Object else None
    fields: dict[str, Any] = {}
    readers, nested = kind.readers, kind.nested
    for key, raw in value.items():
        read = readers.get(key)
        if read is None:
            deep = nested.get(key)
            if deep is None:
                found = found or []
                found.append((1, Problem(f"{place}.{shown(key)}", "unknown key", "onbekende sleutel")))
            elif raw is not None:
                inner: list[Problem] = []
                fields[key] = deep(raw, f"{place}.{key}", inner)
                if inner:
                    found = found or []
                    found += [(kind.rank[key], problem) for problem in inner]
            continue
        if raw is None:
            continue
        try:
            fields[key] = read(raw)
        except (_Wrong, DekkingsplanError) as exc:
            found = found or []
            found.append((kind.rank[key], Problem(f"{place}.{key}", exc.en, exc.nl)))
    for key in kind.required:
        if value.get(key) is None:
            found = found or []
            found.append((2, Problem(f"{place}.{key}", "is required", "is verplicht")))
    if found:
        found.sort(key=itemgetter(0))  # stable: the problems of one rank stay in the order they were found
        problems += [problem for _rank, problem in found]
        return None
    return kind.make(**fields)


def _records(value: Any, place: str, kind: _Kind, problems: list[Problem]) -> list:
    """A list of records (``costs``, ``sources`` …); the records with a problem are left out."""
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(Problem(place, "must be a list", "moet een lijst zijn"))
        return []
    return [record for i, item in enumerate(value)
            if (record := _record(item, f"{place}[{i}]", kind, problems)) is not None]


def _an_object(raw: Any, where: str, problems: list[Problem], en: str, nl: str) -> bool:
    """Whether ``raw`` is an object, with the problems of its keys if it is (a key given twice); if not, the
    problem ``en``/``nl`` at ``where``."""
    if not isinstance(raw, dict):
        problems.append(Problem(where, en, nl))
        return False
    if type(raw) is _Object:
        problems += [problem for _rank, problem in _key_problems(raw, where)]
    return True


def _by_year(convert: Callable[[Any], Any]) -> Nested:
    """The nested reader of an object of years (``{"2026": ...}``), each value read by ``convert``."""

    def read(raw: Any, where: str, problems: list[Problem]) -> dict[int, Any]:
        found: dict[int, Any] = {}
        if not _an_object(raw, where, problems, "must be an object of years", "moet een object met jaren zijn"):
            return found
        for year, value in raw.items():
            if not (isinstance(year, str) and len(year) == 4 and all("0" <= ch <= "9" for ch in year)):
                problems.append(Problem(f"{where}.{shown(year)}", "a year like \"2026\"", "een jaar zoals \"2026\""))
                continue
            if value is None:
                continue
            try:
                found[int(year)] = convert(value)
            except (_Wrong, DekkingsplanError) as exc:
                problems.append(Problem(f"{where}.{year}", exc.en, exc.nl))
        return found

    return read


def _dates(raw: Any, where: str, problems: list[Problem]) -> tuple[date, ...]:
    if not isinstance(raw, list):
        problems.append(Problem(where, "must be a list", "moet een lijst zijn"))
        return ()
    found = []
    for i, item in enumerate(raw):
        try:
            found.append(_date(item))
        except (_Wrong, DekkingsplanError) as exc:
            problems.append(Problem(f"{where}[{i}]", exc.en, exc.nl))
    return tuple(found)


def _match(keys: tuple[str, ...] | None) -> Nested:
    """The nested reader of a ``match`` object of texts; with ``keys``, only those keys."""

    def read(raw: Any, where: str, problems: list[Problem]) -> dict[str, str]:
        match: dict[str, str] = {}
        if not _an_object(raw, where, problems, "must be an object", "moet een object zijn"):
            return match
        for key, value in raw.items():
            if keys is not None and key not in keys:
                problems.append(Problem(f"{where}.{shown(key)}", "unknown key", "onbekende sleutel"))
            elif isinstance(value, str):
                match[key] = value
            else:
                problems.append(Problem(f"{where}.{shown(key)}", "must be text", "moet tekst zijn"))
        return match

    return read


def _adjustments(raw: Any, where: str, problems: list[Problem]) -> tuple[Adjustment, ...]:
    return tuple(_records(raw, where, ADJUSTMENT, problems))


_LINE = {"id": _text, "name": _text, "amount": _amount, "basis": _choice(Basis), "start": _month, "end": _month,
         "indexation": _decimal, "project": _text, "in_kind": _bool, "note": _text, "quantity": _decimal,
         "unit": _text, "rate": _amount}
_LINE_NESTED: dict[str, Nested] = {"actuals": _by_year(_amount), "actual_notes": _by_year(_text)}
_LINE_ORDER = ("actuals", "id", "name", "amount", "basis", "start", "end", "indexation", "project", "in_kind", "note",
               "actual_notes", "quantity", "unit", "rate")

COST = _Kind({**_LINE, "category": _choice(Category)}, _LINE_NESTED, ("id", "name", "basis", "category"), CostLine,
             (*_LINE_ORDER, "category"))
SOURCE = _Kind({**_LINE, "type": _choice(SourceType), "funder": _text, "status": _choice(Status),
                "probability": _decimal, "apply_by": _date, "decision_expected": _date, "lead_months": _int},
               {**_LINE_NESTED, "report_due": _dates}, ("id", "name", "basis", "type", "status"), Source,
               ("report_due", *_LINE_ORDER, "type", "funder", "status", "probability", "apply_by",
                "decision_expected", "lead_months"))
ORGANISATION = _Kind({"name": _text, "legal_form": _choice(LegalForm), "anbi": _bool, "vat": _choice(VatTreatment),
                      **{key: _text for key in ("kvk", "rsin", "iban", "address", "postcode", "city", "email",
                                            "website", "contact")}},
                     {}, ("name",), Organisation,
                     ("name", "legal_form", "anbi", "vat", "kvk", "rsin", "iban", "address", "postcode", "city",
                      "email", "website", "contact"))
PLAN = _Kind({"first_year": _int, "last_year": _int, "opening_reserve": _signed_amount, "reserve_target": _amount},
             {}, ("first_year", "last_year"), dict, ("first_year", "last_year", "opening_reserve", "reserve_target"))
PROJECT = _Kind({"id": _text, "name": _text, "description": _text}, {}, ("id", "name"), Project,
                ("id", "name", "description"))
ADJUSTMENT = _Kind({"target": _choice(Target), "from_year": _int, "to_year": _int, "factor": _decimal},
                   {"match": _match(None)}, ("target", "factor"), Adjustment,
                   ("match", "target", "from_year", "to_year", "factor"))
SCENARIO = _Kind({"id": _text, "name": _text, "base": _text}, {"adjustments": _adjustments}, ("id", "name", "base"),
                 Scenario, ("adjustments", "id", "name", "base"))
BANK_RULE = _Kind({"line": _text}, {"match": _match(BANK_RULE_KEYS)}, ("match", "line"), BankRule, ("match", "line"))
BANK_TRANSACTION = _Kind({"id": _text, "date": _date, "amount": _signed_amount, "line": _text}, {},
                         ("id", "date", "amount"), BankTransaction, ("id", "date", "amount", "line"))

_TOP_KEYS = {"format": True, "organisation": True, "plan": True, "projects": False, "costs": False, "sources": False,
             "scenarios": False, "bank_rules": False, "bank_transactions": False}


def _top(data: Any) -> list[Problem]:
    """The problems of the plan's outer object itself: not an object, keys twice, unknown or missing keys."""
    if not isinstance(data, dict):
        return [Problem("", "must be an object", "moet een object zijn")]
    problems = [Problem(shown(key), "the key is given more than once", "de sleutel staat er meer dan eens")
                for key in getattr(data, "duplicates", ())]
    problems += [Problem(shown(key), "unknown key", "onbekende sleutel") for key in data if key not in _TOP_KEYS]
    problems += [Problem(key, "is required", "is verplicht") for key, required in _TOP_KEYS.items()
                 if required and data.get(key) is None]
    return problems


def plan_from_dict(data: Any, *, source: str = "", check: bool = True, registrations: bool = True) -> Plan:
    """Read a parsed plan JSON strictly; raises PlanError with every problem placed.

    ``check=False`` leaves out the checks of the whole plan (``validation.check_plan``: references, years, the
    organisation's RSIN, IBAN and postcode) while the structure, types and amounts are still read strictly. It is
    for a plan already known to pass them, such as the shipped demo, which the tests check. ``registrations=False``
    leaves out only the RSIN, IBAN and postcode checks (``validation.check_plan``)."""
    problems = _top(data)
    if not isinstance(data, dict):
        raise PlanError(problems, source=source)
    if data.get("format") is not None and data.get("format") != FORMAT:
        problems.append(Problem("format", f"must be \"{FORMAT}\"", f"moet \"{FORMAT}\" zijn"))
    organisation = _record(data.get("organisation", {}), "organisation", ORGANISATION, problems)
    years = _record(data.get("plan", {}), "plan", PLAN, problems)
    projects = _records(data.get("projects"), "projects", PROJECT, problems)
    costs = _records(data.get("costs"), "costs", COST, problems)
    sources = _records(data.get("sources"), "sources", SOURCE, problems)
    scenarios = _records(data.get("scenarios"), "scenarios", SCENARIO, problems)
    bank_rules = _records(data.get("bank_rules"), "bank_rules", BANK_RULE, problems)
    bank_transactions = _records(data.get("bank_transactions"), "bank_transactions", BANK_TRANSACTION, problems)
    if problems or organisation is None or years is None:
        raise PlanError(problems, source=source)
    plan = Plan(organisation=organisation, first_year=years["first_year"], last_year=years["last_year"],
                opening_reserve=years.get("opening_reserve", 0), reserve_target=years.get("reserve_target", 0),
                projects=projects, costs=costs, sources=sources, scenarios=scenarios, bank_rules=bank_rules,
                bank_transactions=bank_transactions)
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
