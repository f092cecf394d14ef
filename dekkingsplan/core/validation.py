"""The rules a plan must keep, reported as placed problems (``sources[3].end: before start``)."""

from __future__ import annotations

import re
from decimal import Decimal

from dekkingsplan.core.errors import Problem, shown
from dekkingsplan.core.model import (
    BUILTIN_SCENARIOS,
    COST_MATCH_KEYS,
    SOURCE_MATCH_KEYS,
    Basis,
    CostLine,
    Line,
    Organisation,
    Plan,
    Scenario,
    Source,
    Target,
)
from dekkingsplan.core.money import MAX_AMOUNT, TOO_LARGE_EN, TOO_LARGE_NL
from dekkingsplan.core.months import FIRST_YEAR, LAST_YEAR

MAX_YEARS = 30
MAX_LEAD_MONTHS = 24
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}")  # always fullmatch: "$" would let "coord\n" through

# What a plan can mean (issue 12): values outside these bounds are refused wherever a plan comes from, so that
# no later step (a projection, a workbook, an SQLite column) meets a value it cannot handle.
NAME_LIMIT = 200  # characters of a name, a funder, a unit, an organisation's details
TEXT_LIMIT = 2000  # characters of a note or a description
INDEXATION_LOW, INDEXATION_HIGH = Decimal(-50), Decimal(100)
FACTOR_HIGH = Decimal(10)
QUANTITY_HIGH = Decimal(1_000_000)
PLACES = 4  # decimals of an indexation, a factor or a probability

# Characters no name may hold: controls other than tab (they break a workbook cell, a calendar line, a
# terminal), the Unicode line and paragraph separators, and lone surrogates (not text at all).
# (Patterns as text: re compiles one when first used, which a plan of printable names never needs.)
_BAD_IN_NAME = "[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]"
_BAD_IN_TEXT = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]"  # keeps CR, LF


def check_text(value: str | None, place: str, *, limit: int = NAME_LIMIT, lines: bool = False) -> Problem | None:
    """A name (one line, at most NAME_LIMIT characters) or with ``lines`` a note (line breaks allowed)."""
    if value is None:
        return None
    if len(value) > limit:
        return Problem(place, f"at most {limit} characters (this has {len(value):,})",
                       f"hoogstens {limit} tekens (dit zijn er {len(value):,})".replace(",", "."))
    if value.isprintable():  # no control character, line or paragraph separator or lone surrogate is printable
        return None
    bad = re.search(_BAD_IN_TEXT if lines else _BAD_IN_NAME, value)
    if bad is None:
        return None
    char = shown(bad.group())
    if "\ud800" <= bad.group() <= "\udfff":
        return Problem(place, f"contains a broken character ({char}, a lone surrogate)",
                       f"bevat een kapot teken ({char}, een los surrogaat)")
    allowed_en, allowed_nl = ("tab and line breaks", "tab en regeleinden") if lines else ("tab", "tab")
    return Problem(place, f"contains a control character ({char}); of those only {allowed_en} may be used",
                   f"bevat een stuurteken ({char}); daarvan mogen alleen {allowed_nl} worden gebruikt")


def check_id(value: str | None, place: str) -> Problem | None:
    if _ID.fullmatch(value or ""):
        return None
    return Problem(place, f"'{shown(value or '')}' is not an id: at most 64 letters a-z or A-Z, digits 0-9, "
                   "'-', '_' or '.', starting with a letter or digit",
                   f"'{shown(value or '')}' is geen id: hoogstens 64 letters a-z of A-Z, cijfers 0-9, "
                   "'-', '_' of '.', beginnend met een letter of cijfer")


def _plain_name(text: str) -> bool:
    """A name that ``check_text`` passes, told cheaply: short enough, and printable (no control character, line
    or paragraph separator or lone surrogate is printable)."""
    return len(text) <= NAME_LIMIT and text.isprintable()


_ZERO, _ONE = Decimal(0), Decimal(1)
_QUANTUM = {places: Decimal(1).scaleb(-places) for places in (2, PLACES)}


def _within(value: Decimal, low: Decimal, high: Decimal, places: int) -> bool:
    """``low <= value <= high`` with at most ``places`` decimals (range first: quantize fails on huge values)."""
    if not value.is_finite() or not low <= value <= high:
        return False
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -places:  # written with at most that many decimals
        return True
    return value == value.quantize(_QUANTUM.get(places) or Decimal(1).scaleb(-places))  # 1.50000 is 1.5


def _amount_problem(cents: int | None, place: str, *, signed: bool = False) -> Problem | None:
    if cents is None or abs(cents) <= MAX_AMOUNT:
        return None
    if signed:
        return Problem(place, "an amount lies between -1000000000.00 and 1000000000.00 (€ 1 billion)",
                       "een bedrag ligt tussen -1000000000.00 en 1000000000.00 (€\u00a01 miljard)")
    return Problem(place, TOO_LARGE_EN, TOO_LARGE_NL)


def _year_problem(year: int | None, place: str) -> Problem | None:
    if year is None or FIRST_YEAR <= year <= LAST_YEAR:
        return None
    return Problem(place, f"a year from {FIRST_YEAR} to {LAST_YEAR}", f"een jaar van {FIRST_YEAR} tot en met {LAST_YEAR}")


def check_kvk(value: str) -> Problem | None:
    if not re.fullmatch(r"[0-9]{8}", value):
        return Problem("kvk", "a KvK number has exactly 8 digits", "een KvK-nummer heeft precies 8 cijfers")
    return None


def check_rsin(value: str) -> Problem | None:
    from stdnum.nl import bsn

    if not re.fullmatch(r"[0-9]{9}", value):
        return Problem("rsin", "an RSIN has exactly 9 digits", "een RSIN heeft precies 9 cijfers")
    if not bsn.is_valid(value):
        return Problem("rsin", "this RSIN fails the eleven-test", "dit RSIN doorstaat de elfproef niet")
    return None


def check_iban(value: str) -> Problem | None:
    from stdnum import iban

    if not iban.is_valid(value):
        return Problem("iban", "not a valid IBAN (check the digits)", "geen geldig IBAN (controleer de cijfers)")
    return None


def check_postcode(value: str) -> Problem | None:
    from stdnum.nl import postcode

    if not postcode.is_valid(value):
        return Problem("postcode", "not a Dutch postcode like 2511 AB", "geen Nederlandse postcode zoals 2511 AB")
    return None


def check_email(value: str) -> Problem | None:
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        return Problem("email", "not an e-mail address", "geen e-mailadres")
    return None


ORGANISATION_CHECKS = {
    "kvk": check_kvk,
    "rsin": check_rsin,
    "iban": check_iban,
    "postcode": check_postcode,
    "email": check_email,
}


ORGANISATION_TEXTS = ("name", "kvk", "rsin", "iban", "address", "postcode", "city", "email", "website", "contact")


def _placed(problem: Problem, prefix: str) -> Problem:
    place = f"{prefix}.{problem.place}" if problem.place else prefix
    return Problem(place, problem.en, problem.nl)


# The checks that need python-stdnum, whose import (ssl, pydoc) costs ~30 ms: a window's first paint of a plan file
# leaves them to the full read right after it (``registrations=False``).
STDNUM_CHECKED = frozenset({"rsin", "iban", "postcode"})


def check_organisation(org: Organisation, prefix: str = "organisation", *,
                       registrations: bool = True) -> list[Problem]:
    problems = []
    if not org.name or not org.name.strip():
        problems.append(Problem(f"{prefix}.name", "the organisation needs a name", "de organisatie heeft een naam nodig"))
    for key in ORGANISATION_TEXTS:
        problem = check_text(getattr(org, key), f"{prefix}.{key}")
        if problem:
            problems.append(problem)
    for key, check in ORGANISATION_CHECKS.items():
        if not registrations and key in STDNUM_CHECKED:
            continue
        value = getattr(org, key)
        if value and not any(p.place == f"{prefix}.{key}" for p in problems):
            problem = check(value)
            if problem:
                problems.append(_placed(Problem("", problem.en, problem.nl), f"{prefix}.{key}"))
    return problems


def check_years(first_year: int, last_year: int, prefix: str = "plan") -> list[Problem]:
    if not FIRST_YEAR <= first_year <= LAST_YEAR:
        return [Problem(f"{prefix}.first_year", f"the first year is out of range ({FIRST_YEAR}-{LAST_YEAR})",
                        f"het eerste jaar valt buiten bereik ({FIRST_YEAR}-{LAST_YEAR})")]
    if last_year < first_year:
        return [Problem(f"{prefix}.last_year", "before the first year", "ligt vóór het eerste jaar")]
    if last_year - first_year + 1 > MAX_YEARS:
        return [Problem(f"{prefix}.last_year", f"a plan covers at most {MAX_YEARS} years",
                        f"een plan beslaat hoogstens {MAX_YEARS} jaar")]
    return []


def check_line(line: Line, plan: Plan | None, prefix: str, *, project_ids: set[str] | None = None) -> list[Problem]:
    """Every rule of one cost line or source, with the field named. ``project_ids``: the plan's project ids, where
    the caller checks many lines of one plan.

    Each rule is a cheap test first and words its problem only when it fails: a plan of thousands of lines is
    checked after every edit."""
    p: list[Problem] = []
    if not _ID.fullmatch(line.id or ""):
        p.append(check_id(line.id, f"{prefix}.id"))  # type: ignore[arg-type]
    name = line.name
    if not name or not name.strip():
        p.append(Problem(f"{prefix}.name", "a line needs a name", "een regel heeft een naam nodig"))
    funder = line.funder if isinstance(line, Source) else None
    for key, text in (("name", name), ("funder", funder), ("unit", line.unit)):
        if text is not None and not _plain_name(text) and (problem := check_text(text, f"{prefix}.{key}")):
            p.append(problem)
    if line.note is not None and (problem := check_text(line.note, f"{prefix}.note", limit=TEXT_LIMIT, lines=True)):
        p.append(problem)
    amount, rate, quantity = line.amount, line.rate, line.quantity
    if amount is not None and not 0 <= amount <= MAX_AMOUNT:
        if amount < 0:
            p.append(Problem(f"{prefix}.amount", "may not be negative", "mag niet negatief zijn"))
        if (problem := _amount_problem(amount, f"{prefix}.amount")) is not None:
            p.append(problem)
    if rate is not None and abs(rate) > MAX_AMOUNT:
        p.append(_amount_problem(rate, f"{prefix}.rate"))  # type: ignore[arg-type]
    bad_specification = False
    if quantity is not None and not _within(quantity, _ZERO, QUANTITY_HIGH, 2):
        bad_specification = True
        p.append(Problem(f"{prefix}.quantity", "a quantity lies between 0 and 1000000 with at most two decimals",
                         "een aantal ligt tussen 0 en 1000000 met hoogstens twee decimalen"))
    if (quantity is None) != (rate is None):
        bad_specification = True
        p.append(Problem(f"{prefix}.rate" if rate is None else f"{prefix}.quantity",
                         "a specification needs both quantity and rate",
                         "een specificatie heeft zowel aantal als tarief nodig"))
    if rate is not None and rate < 0:
        bad_specification = True
        p.append(Problem(f"{prefix}.rate", "may not be negative", "mag niet negatief zijn"))
    if amount is None and (quantity is None or rate is None):
        p.append(Problem(f"{prefix}.amount", "an amount is required (or quantity × rate)",
                         "een bedrag is nodig (of aantal × tarief)"))
    if rate is not None and abs(rate) > MAX_AMOUNT:
        bad_specification = True  # the rate's own problem, above
    spec = line.specified_amount if quantity is not None and not bad_specification else None
    if amount is not None and spec is not None and spec != amount:
        p.append(Problem(f"{prefix}.amount", "does not agree with quantity × rate", "klopt niet met aantal × tarief"))
    if amount is None and spec is not None and (problem := _amount_problem(spec, f"{prefix}.amount")) is not None:
        p.append(problem)
    indexation = line.indexation
    if indexation is not None and not _within(indexation, INDEXATION_LOW, INDEXATION_HIGH, PLACES):
        p.append(Problem(f"{prefix}.indexation",
                         f"indexation is a percentage per year from -50 to 100 with at most {PLACES} decimals",
                         f"indexatie is een percentage per jaar van -50 tot en met 100 met hoogstens {PLACES} "
                         "decimalen"))
    start, end = line.start, line.end
    if start is not None and not FIRST_YEAR <= start.year <= LAST_YEAR:
        p.append(_year_problem(start.year, f"{prefix}.start"))  # type: ignore[arg-type]
    if end is not None and not FIRST_YEAR <= end.year <= LAST_YEAR:
        p.append(_year_problem(end.year, f"{prefix}.end"))  # type: ignore[arg-type]
    basis = line.basis
    if basis == Basis.ONCE:
        if end is not None:
            p.append(Problem(f"{prefix}.end", "a one-off amount has no end", "een eenmalig bedrag heeft geen einde"))
        if indexation is not None:
            p.append(Problem(f"{prefix}.indexation", "a one-off amount has no indexation",
                             "een eenmalig bedrag heeft geen indexatie"))
    elif basis == Basis.TOTAL:
        if end is None:
            p.append(Problem(f"{prefix}.end", "a total over a period needs an end",
                             "een totaal over een periode heeft een einde nodig"))
        if indexation is not None:
            p.append(Problem(f"{prefix}.indexation", "a total over a period has no indexation",
                             "een totaal over een periode heeft geen indexatie"))
    if end is not None:
        first = start or (plan.first_month if plan else None)
        if first is not None and end < first:
            p.append(Problem(f"{prefix}.end", "before start", "ligt vóór de start"))
    project = line.project
    if plan is not None and project is not None and (
            project not in project_ids if project_ids is not None else plan.project(project) is None):
        p.append(Problem(f"{prefix}.project", f"there is no project '{shown(project)}'",
                         f"project '{shown(project)}' bestaat niet"))
    for year, text in line.actual_notes.items():
        if (problem := _year_problem(year, f"{prefix}.actual_notes.{year}")) is not None:
            p.append(problem)
        if (problem := check_text(text, f"{prefix}.actual_notes.{year}", limit=TEXT_LIMIT, lines=True)) is not None:
            p.append(problem)
    for year, value in line.actuals.items():
        if not FIRST_YEAR <= year <= LAST_YEAR:
            p.append(_year_problem(year, f"{prefix}.actuals.{year}"))  # type: ignore[arg-type]
        if not 0 <= value <= MAX_AMOUNT:
            if value < 0:
                p.append(Problem(f"{prefix}.actuals.{year}", "may not be negative", "mag niet negatief zijn"))
            if (problem := _amount_problem(value, f"{prefix}.actuals.{year}")) is not None:
                p.append(problem)
    if isinstance(line, Source):
        if line.probability is not None and not _within(line.probability, _ZERO, _ONE, PLACES):
            p.append(Problem(f"{prefix}.probability", f"a probability lies between 0 and 1 with at most {PLACES} decimals",
                             f"een kans ligt tussen 0 en 1 met hoogstens {PLACES} decimalen"))
        for key, day in (("apply_by", line.apply_by), ("decision_expected", line.decision_expected)):
            if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
                p.append(_year_problem(day.year, f"{prefix}.{key}"))  # type: ignore[arg-type]
        for i, day in enumerate(line.report_due):
            if not FIRST_YEAR <= day.year <= LAST_YEAR:
                p.append(_year_problem(day.year, f"{prefix}.report_due[{i}]"))  # type: ignore[arg-type]
        if line.lead_months is not None and not (0 <= line.lead_months <= MAX_LEAD_MONTHS):
            p.append(Problem(f"{prefix}.lead_months", f"lies between 0 and {MAX_LEAD_MONTHS} months",
                             f"ligt tussen 0 en {MAX_LEAD_MONTHS} maanden"))
    return p


def check_scenario(scenario: Scenario, plan: Plan | None, prefix: str) -> list[Problem]:
    p: list[Problem] = []
    if scenario.id in BUILTIN_SCENARIOS:
        p.append(Problem(f"{prefix}.id", f"'{scenario.id}' is a built-in scenario",
                         f"'{scenario.id}' is een ingebouwd scenario"))
    elif (problem := check_id(scenario.id, f"{prefix}.id")) is not None:
        p.append(problem)
    if not scenario.name or not scenario.name.strip():
        p.append(Problem(f"{prefix}.name", "a scenario needs a name", "een scenario heeft een naam nodig"))
    elif (problem := check_text(scenario.name, f"{prefix}.name")) is not None:
        p.append(problem)
    if scenario.base not in BUILTIN_SCENARIOS:
        p.append(Problem(f"{prefix}.base", "the base is secured, expected or maximum",
                         "de basis is secured, expected of maximum"))
    for i, adj in enumerate(scenario.adjustments):
        place = f"{prefix}.adjustments[{i}]"
        keys = SOURCE_MATCH_KEYS if adj.target == Target.SOURCES else COST_MATCH_KEYS
        for key, value in adj.match.items():
            if key not in keys:
                p.append(Problem(f"{place}.match.{shown(key)}", f"{adj.target} cannot be matched on '{shown(key)}'",
                                 f"op '{shown(key)}' kan niet worden gezocht"))
            elif (problem := check_text(value, f"{place}.match.{key}")) is not None:
                p.append(problem)
        if adj.factor.is_finite() and adj.factor < 0:
            p.append(Problem(f"{place}.factor", "a factor may not be negative (it lies between 0 and 10)",
                             "een factor mag niet negatief zijn (hij ligt tussen 0 en 10)"))
        elif not _within(adj.factor, Decimal(0), FACTOR_HIGH, PLACES):
            p.append(Problem(f"{place}.factor", f"a factor lies between 0 and 10 with at most {PLACES} decimals",
                             f"een factor ligt tussen 0 en 10 met hoogstens {PLACES} decimalen"))
        for key in ("from_year", "to_year"):
            if (problem := _year_problem(getattr(adj, key), f"{place}.{key}")) is not None:
                p.append(problem)
        if adj.from_year is not None and adj.to_year is not None and adj.to_year < adj.from_year:
            p.append(Problem(f"{place}.to_year", "before from_year", "ligt vóór het beginjaar"))
    return p


def check_plan(plan: Plan, *, registrations: bool = True) -> list[Problem]:
    """Every problem in the plan, in the order of the JSON form. ``registrations=False`` leaves out the RSIN,
    IBAN and postcode checks (python-stdnum), for a first paint that the full read follows at once."""
    problems = check_organisation(plan.organisation, registrations=registrations)
    problems += check_years(plan.first_year, plan.last_year)
    if (problem := _amount_problem(plan.opening_reserve, "plan.opening_reserve", signed=True)) is not None:
        problems.append(problem)
    for name, items in (("projects", plan.projects), ("costs", plan.costs), ("sources", plan.sources),
                        ("scenarios", plan.scenarios)):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.id in seen:
                problems.append(Problem(f"{name}[{i}].id", f"duplicate id '{shown(item.id)}'",
                                        f"id '{shown(item.id)}' komt dubbel voor"))
            seen.add(item.id)
    for i, project in enumerate(plan.projects):
        checks = [check_id(project.id, f"projects[{i}].id"), check_text(project.name, f"projects[{i}].name"),
                  check_text(project.description, f"projects[{i}].description", limit=TEXT_LIMIT, lines=True)]
        if not project.name.strip():
            problems.append(Problem(f"projects[{i}].name", "a project needs a name", "een project heeft een naam nodig"))
        problems += [problem for problem in checks if problem is not None]
    project_ids = {project.id for project in plan.projects}
    for i, cost in enumerate(plan.costs):
        problems += check_line(cost, plan, f"costs[{i}]", project_ids=project_ids)
    for i, source in enumerate(plan.sources):
        problems += check_line(source, plan, f"sources[{i}]", project_ids=project_ids)
    for i, scenario in enumerate(plan.scenarios):
        problems += check_scenario(scenario, plan, f"scenarios[{i}]")
    if plan.reserve_target < 0:
        problems.append(Problem("plan.reserve_target", "may not be negative", "mag niet negatief zijn"))
    if (problem := _amount_problem(plan.reserve_target, "plan.reserve_target")) is not None:
        problems.append(problem)
    problems += check_bank(plan, registrations=registrations)
    return problems


def check_bank(plan: Plan, *, registrations: bool = True) -> list[Problem]:
    """The bank rules point at one existing line each; every transaction read is known once."""
    problems: list[Problem] = []
    cost_ids = {c.id for c in plan.costs}
    source_ids = {s.id for s in plan.sources}
    for i, rule in enumerate(plan.bank_rules):
        place = f"bank_rules[{i}]"
        if rule.line in cost_ids and rule.line in source_ids:
            problems.append(Problem(f"{place}.line", f"'{rule.line}' is both a cost line and a source",
                                    f"'{rule.line}' is zowel een kostenregel als een bron"))
        elif rule.line not in cost_ids and rule.line not in source_ids:
            problems.append(Problem(f"{place}.line", f"there is no line '{rule.line}'",
                                    f"regel '{rule.line}' bestaat niet"))
        for key, value in rule.match.items():
            if (problem := check_text(value, f"{place}.match.{shown(key)}")) is not None:
                problems.append(problem)
        iban = rule.match.get("iban")
        if registrations and iban is not None and (found := check_iban(iban)) is not None:
            problems.append(_placed(found, f"{place}.match"))
    seen: set[str] = set()
    for i, tx in enumerate(plan.bank_transactions):
        if not tx.id.strip():
            problems.append(Problem(f"bank_transactions[{i}].id", "is required", "is verplicht"))
        elif tx.id in seen:
            problems.append(Problem(f"bank_transactions[{i}].id", f"duplicate id '{shown(tx.id)}'",
                                    f"id '{shown(tx.id)}' komt dubbel voor"))
        seen.add(tx.id)
        found = [check_text(tx.id, f"bank_transactions[{i}].id"), check_text(tx.line, f"bank_transactions[{i}].line"),
                 _year_problem(tx.date.year, f"bank_transactions[{i}].date"),
                 _amount_problem(tx.amount, f"bank_transactions[{i}].amount", signed=True)]
        problems += [problem for problem in found if problem is not None]
    return problems


def line_kind(line: Line) -> str:
    return "costs" if isinstance(line, CostLine) else "sources"


_PLACE = r"^(projects|costs|sources|scenarios|bank_transactions)\[(\d+)\](.*)$"


def record_place(plan: Plan, place: str) -> tuple[str, str, str]:
    """A problem's place by the record it is about: ``costs[3].end`` -> ``("costs", "<id of costs[3]>", ".end")``.
    Places in the organisation, the settings or the bank rules stay as they are."""
    found = re.match(_PLACE, place)
    if found is None:
        head, _, rest = place.partition(".")
        return head.split("[", 1)[0], place, rest
    part, index, rest = found.group(1), int(found.group(2)), found.group(3)
    return part, getattr(plan, part)[index].id, rest


def normalised(key: str, value: str) -> str:
    """How a valid IBAN or postcode is kept, whatever spacing or case was typed: ``NL91ABNA0417164300`` and
    ``2511 AB``. Any other field, or a value that is not valid (its check says why), is returned as it is."""
    if key == "iban":
        from stdnum import iban

        return iban.compact(value) if iban.is_valid(value) else value
    if key == "postcode":
        from stdnum.nl import postcode

        if postcode.is_valid(value):
            compact = postcode.compact(value)
            return f"{compact[:4]} {compact[4:]}"
    return value


def displayed(key: str, value: str) -> str:
    """How a treasurer reads an IBAN (``NL91 ABNA 0417 1643 00``, in groups of four) or a postcode (``2511 AB``)."""
    if key == "iban" and value:
        from stdnum import iban

        return iban.format(value) if iban.is_valid(value) else value
    return normalised(key, value) if value else value
