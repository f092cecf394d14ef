"""The rules a plan must keep, reported as placed problems (``sources[3].end: before start``)."""

from __future__ import annotations

import re
from decimal import Decimal

from dekkingsplan.core.errors import Problem
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

MAX_YEARS = 30
MAX_LEAD_MONTHS = 24
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")


def check_kvk(value: str) -> Problem | None:
    if not re.fullmatch(r"\d{8}", value):
        return Problem("kvk", "a KvK number has exactly 8 digits", "een KvK-nummer heeft precies 8 cijfers")
    return None


def check_rsin(value: str) -> Problem | None:
    from stdnum.nl import bsn

    if not re.fullmatch(r"\d{9}", value):
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


def _placed(problem: Problem, prefix: str) -> Problem:
    place = f"{prefix}.{problem.place}" if problem.place else prefix
    return Problem(place, problem.en, problem.nl)


def check_organisation(org: Organisation, prefix: str = "organisation") -> list[Problem]:
    problems = []
    if not org.name or not org.name.strip():
        problems.append(Problem(f"{prefix}.name", "the organisation needs a name", "de organisatie heeft een naam nodig"))
    for key, check in ORGANISATION_CHECKS.items():
        value = getattr(org, key)
        if value:
            problem = check(value)
            if problem:
                problems.append(_placed(Problem("", problem.en, problem.nl), f"{prefix}.{key}"))
    return problems


def check_years(first_year: int, last_year: int, prefix: str = "plan") -> list[Problem]:
    if not 1900 <= first_year <= 2200:
        return [Problem(f"{prefix}.first_year", "the first year is out of range", "het eerste jaar valt buiten bereik")]
    if last_year < first_year:
        return [Problem(f"{prefix}.last_year", "before the first year", "ligt vóór het eerste jaar")]
    if last_year - first_year + 1 > MAX_YEARS:
        return [Problem(f"{prefix}.last_year", f"a plan covers at most {MAX_YEARS} years",
                        f"een plan beslaat hoogstens {MAX_YEARS} jaar")]
    return []


def check_line(line: Line, plan: Plan | None, prefix: str) -> list[Problem]:
    """Every rule of one cost line or source, with the field named."""
    p: list[Problem] = []

    def add(field: str, en: str, nl: str) -> None:
        p.append(Problem(f"{prefix}.{field}", en, nl))

    if not _ID.match(line.id or ""):
        add("id", "an id is letters, digits, '-', '_' or '.', at most 64", "een id bestaat uit letters, cijfers, '-', '_' of '.'")
    if not line.name or not line.name.strip():
        add("name", "a line needs a name", "een regel heeft een naam nodig")
    if line.amount is not None and line.amount < 0:
        add("amount", "may not be negative", "mag niet negatief zijn")
    if line.quantity is not None and (line.quantity < 0 or line.quantity != line.quantity.quantize(Decimal("0.01"))):
        add("quantity", "a quantity is at least 0 with at most two decimals",
            "een aantal is minstens 0 met hoogstens twee decimalen")
    if (line.quantity is None) != (line.rate is None):
        add("rate" if line.rate is None else "quantity", "a specification needs both quantity and rate",
            "een specificatie heeft zowel aantal als tarief nodig")
    if line.rate is not None and line.rate < 0:
        add("rate", "may not be negative", "mag niet negatief zijn")
    if line.amount is None and not line.has_specification:
        add("amount", "an amount is required (or quantity × rate)", "een bedrag is nodig (of aantal × tarief)")
    spec = line.specified_amount
    if line.amount is not None and spec is not None and spec != line.amount:
        add("amount", "does not agree with quantity × rate", "klopt niet met aantal × tarief")
    if line.indexation is not None and not (Decimal(-100) < line.indexation <= 100):
        add("indexation", "must be above -100 and at most 100 (% per year)",
            "moet boven -100 en hoogstens 100 liggen (% per jaar)")
    if line.basis == Basis.ONCE:
        if line.end is not None:
            add("end", "a one-off amount has no end", "een eenmalig bedrag heeft geen einde")
        if line.indexation is not None:
            add("indexation", "a one-off amount has no indexation", "een eenmalig bedrag heeft geen indexatie")
    if line.basis == Basis.TOTAL:
        if line.end is None:
            add("end", "a total over a period needs an end", "een totaal over een periode heeft een einde nodig")
        if line.indexation is not None:
            add("indexation", "a total over a period has no indexation",
                "een totaal over een periode heeft geen indexatie")
    if line.end is not None:
        start = line.start or (plan.first_month if plan else None)
        if start is not None and line.end < start:
            add("end", "before start", "ligt vóór de start")
    if plan is not None and line.project is not None and plan.project(line.project) is None:
        add("project", f"there is no project '{line.project}'", f"project '{line.project}' bestaat niet")
    for year, value in line.actuals.items():
        if value < 0:
            add(f"actuals.{year}", "may not be negative", "mag niet negatief zijn")
    if isinstance(line, Source):
        if line.probability is not None and not (0 <= line.probability <= 1):
            add("probability", "a probability lies between 0 and 1", "een kans ligt tussen 0 en 1")
        if line.lead_months is not None and not (0 <= line.lead_months <= MAX_LEAD_MONTHS):
            add("lead_months", f"lies between 0 and {MAX_LEAD_MONTHS} months",
                f"ligt tussen 0 en {MAX_LEAD_MONTHS} maanden")
    return p


def check_scenario(scenario: Scenario, plan: Plan | None, prefix: str) -> list[Problem]:
    p: list[Problem] = []
    if scenario.id in BUILTIN_SCENARIOS:
        p.append(Problem(f"{prefix}.id", f"'{scenario.id}' is a built-in scenario",
                         f"'{scenario.id}' is een ingebouwd scenario"))
    elif not _ID.match(scenario.id or ""):
        p.append(Problem(f"{prefix}.id", "an id is letters, digits, '-', '_' or '.'",
                         "een id bestaat uit letters, cijfers, '-', '_' of '.'"))
    if not scenario.name or not scenario.name.strip():
        p.append(Problem(f"{prefix}.name", "a scenario needs a name", "een scenario heeft een naam nodig"))
    if scenario.base not in BUILTIN_SCENARIOS:
        p.append(Problem(f"{prefix}.base", "the base is secured, expected or maximum",
                         "de basis is secured, expected of maximum"))
    for i, adj in enumerate(scenario.adjustments):
        place = f"{prefix}.adjustments[{i}]"
        keys = SOURCE_MATCH_KEYS if adj.target == Target.SOURCES else COST_MATCH_KEYS
        for key in adj.match:
            if key not in keys:
                p.append(Problem(f"{place}.match.{key}", f"{adj.target} cannot be matched on '{key}'",
                                 f"op '{key}' kan niet worden gezocht"))
        if adj.factor < 0:
            p.append(Problem(f"{place}.factor", "a factor may not be negative", "een factor mag niet negatief zijn"))
        if adj.from_year is not None and adj.to_year is not None and adj.to_year < adj.from_year:
            p.append(Problem(f"{place}.to_year", "before from_year", "ligt vóór het beginjaar"))
    return p


def check_plan(plan: Plan) -> list[Problem]:
    """Every problem in the plan, in the order of the JSON form."""
    problems = check_organisation(plan.organisation)
    problems += check_years(plan.first_year, plan.last_year)
    for name, items in (("projects", plan.projects), ("costs", plan.costs), ("sources", plan.sources),
                        ("scenarios", plan.scenarios)):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.id in seen:
                problems.append(Problem(f"{name}[{i}].id", f"duplicate id '{item.id}'", f"id '{item.id}' komt dubbel voor"))
            seen.add(item.id)
    for i, project in enumerate(plan.projects):
        if not project.name.strip():
            problems.append(Problem(f"projects[{i}].name", "a project needs a name", "een project heeft een naam nodig"))
    for i, cost in enumerate(plan.costs):
        problems += check_line(cost, plan, f"costs[{i}]")
    for i, source in enumerate(plan.sources):
        problems += check_line(source, plan, f"sources[{i}]")
    for i, scenario in enumerate(plan.scenarios):
        problems += check_scenario(scenario, plan, f"scenarios[{i}]")
    if plan.reserve_target < 0:
        problems.append(Problem("plan.reserve_target", "may not be negative", "mag niet negatief zijn"))
    problems += check_bank(plan)
    return problems


def check_bank(plan: Plan) -> list[Problem]:
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
        iban = rule.match.get("iban")
        if iban is not None and (found := check_iban(iban)) is not None:
            problems.append(_placed(found, f"{place}.match"))
    seen: set[str] = set()
    for i, tx in enumerate(plan.bank_transactions):
        if not tx.id.strip():
            problems.append(Problem(f"bank_transactions[{i}].id", "is required", "is verplicht"))
        elif tx.id in seen:
            problems.append(Problem(f"bank_transactions[{i}].id", f"duplicate id '{tx.id}'",
                                    f"id '{tx.id}' komt dubbel voor"))
        seen.add(tx.id)
    return problems


def line_kind(line: Line) -> str:
    return "costs" if isinstance(line, CostLine) else "sources"
