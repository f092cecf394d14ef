"""The projection: each line's value per calendar year, exactly, and coverage, gap and reserve per scenario.

The rules are DESIGN.md's "Time and amounts", "Scenarios" and "Projection". Every yearly value is computed
with integers and fractions and rounded once, half up, to whole cents.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from dekkingsplan.core.model import (
    BUILTIN_SCENARIOS,
    Base,
    Basis,
    Category,
    CostLine,
    Line,
    Plan,
    Scenario,
    Source,
    SourceType,
    Status,
    Target,
)
from dekkingsplan.core.money import Cents, exact, round_div, round_ratio
from dekkingsplan.core.months import Month
from dekkingsplan.core.records import Record, field

COUNTED_SECURED = (Status.COMMITTED, Status.RECEIVED)


def line_period(line: Line, plan_first_year: int, plan_last_year: int) -> tuple[Month, Month]:
    """The months a line runs: ``start`` absent is the plan's first month, ``end`` absent the plan's last."""
    start = line.start or Month(plan_first_year, 1)
    if line.basis == Basis.ONCE:
        return start, start
    end = line.end or Month(plan_last_year, 12)
    return start, end


def months_per_year(start: Month, end: Month) -> dict[int, int]:
    """How many months of ``start``..``end`` fall in each calendar year."""
    result: dict[int, int] = {}
    if end.index < start.index:
        return result
    for year in range(start.year, end.year + 1):
        first = start.month if year == start.year else 1
        last = end.month if year == end.year else 12
        result[year] = last - first + 1
    return result


def spread_total(total: Cents, weights: dict[int, int]) -> dict[int, Cents]:
    """Largest-remainder spread of ``total`` cents over years by their months: year y gets ⌊T·m/M⌋ and the
    cents left over go one each to the largest remainders, ties to the earlier year. Always adds up to T."""
    months = sum(weights.values())
    if months <= 0:
        return {}
    shares = {year: total * m // months for year, m in weights.items()}
    left = total - sum(shares.values())
    order = sorted(weights, key=lambda y: (-(total * weights[y] % months), y))
    for year in order[:left]:
        shares[year] += 1
    return shares


@lru_cache(maxsize=1024)
def _factor_parts(indexation: Decimal | None) -> tuple[int, int]:
    if indexation is None or indexation == 0:
        return 1, 1
    rate = exact(indexation) / 100 + 1
    return rate.numerator, rate.denominator


# A line's values depend on the line and the plan's years alone, and a line is immutable: an edit replaces the
# lines it changes. Remembered by identity (the entry holds the line, so its id cannot be reused meanwhile), the
# refresh after an edit of a 2,000-line plan computes the one changed line again instead of all of them.
_VALUES: dict[int, tuple[Line, int, int, dict[int, Cents]]] = {}
_VALUES_KEPT = 50_000


def line_values(line: Line, first_year: int, last_year: int) -> dict[int, Cents]:
    """The line's value in each plan year where it has one (years outside the plan dropped after spreading)."""
    known = _VALUES.get(id(line))
    if known is not None and known[0] is line and known[1] == first_year and known[2] == last_year:
        return dict(known[3])
    values = _line_values(line, first_year, last_year)
    if len(_VALUES) >= _VALUES_KEPT:
        _VALUES.clear()
    _VALUES[id(line)] = (line, first_year, last_year, values)
    return dict(values)


def _line_values(line: Line, first_year: int, last_year: int) -> dict[int, Cents]:
    amount = line.amount if line.amount is not None else line.value
    start_year, start_month = line.start or (first_year, 1)
    basis = line.basis
    if basis == Basis.ONCE:
        return {start_year: amount} if first_year <= start_year <= last_year else {}
    end_year, end_month = line.end or (last_year, 12)
    if basis == Basis.TOTAL:
        spread = spread_total(amount, months_per_year(Month(start_year, start_month), Month(end_year, end_month)))
        return {y: v for y, v in spread.items() if first_year <= y <= last_year}
    result: dict[int, int] = {}
    if end_year * 12 + end_month < start_year * 12 + start_month:
        return result
    num, den = _factor_parts(line.indexation)
    divisor = 12 if basis == Basis.PER_YEAR else 1
    for year in range(max(start_year, first_year), min(end_year, last_year) + 1):
        months = (end_month if year == end_year else 12) - (start_month if year == start_year else 1) + 1
        k = year - start_year
        if num == den:
            top, bottom = amount * months, divisor
        elif k >= 0:
            top, bottom = amount * num**k * months, den**k * divisor
        else:
            top, bottom = amount * den ** (-k) * months, num ** (-k) * divisor
        result[year] = (2 * top + bottom) // (2 * bottom) if top >= 0 else round_div(top, bottom)
    return result


class YearFigures(Record, kw_only=False):
    """One plan year under a scenario: costs and income (and by kind), result, reserve, gap, coverage."""

    year: int
    costs_by_category: dict[Category, Cents]
    costs: Cents
    income_by_type: dict[SourceType, Cents]
    income: Cents
    result: Cents
    reserve_end: Cents | None
    gap: Cents
    coverage: Decimal | None


class Totals(Record, kw_only=False):
    """Costs, income and result over all the plan's years."""

    costs_by_category: dict[Category, Cents]
    costs: Cents
    income_by_type: dict[SourceType, Cents]
    income: Cents
    result: Cents


class LargestFunder(Record, kw_only=False):
    """The funder bringing the most income, and its share of all income."""

    name: str
    income: Cents
    share: Decimal


class Indicators(Record, kw_only=False):
    """The overview's three indicators: largest funder, short-term share, the year the reserve runs out."""

    largest_funder: LargestFunder | None
    short_term_share: Decimal | None
    depleted_year: int | None


class Projection(Record, kw_only=False):
    """The plan year by year under one scenario (and for one project, or all)."""

    scenario: str
    project: str | None
    years: list[YearFigures]
    totals: Totals
    indicators: Indicators
    # the lines behind the figures: line id -> {year: counted value}
    cost_values: dict[str, dict[int, Cents]] = field(default_factory=dict)
    source_values: dict[str, dict[int, Cents]] = field(default_factory=dict)

    def year(self, year: int) -> YearFigures:
        return next(y for y in self.years if y.year == year)


_NOTHING, _ALL = Fraction(0), Fraction(1)


def base_weight(source: Source, base: Base) -> Fraction:
    """How much of a source a built-in scenario counts."""
    if source.status == Status.REJECTED:
        return _NOTHING
    if base == Base.SECURED:
        return _ALL if source.status in COUNTED_SECURED else _NOTHING
    if base == Base.MAXIMUM:
        return _ALL
    return source.weight_expected


def resolve_scenario(plan: Plan, scenario_id: str) -> tuple[Base, tuple]:
    """The built-in base and the adjustments of a scenario id; KeyError for an unknown id."""
    if scenario_id in BUILTIN_SCENARIOS:
        return Base(scenario_id), ()
    scenario: Scenario | None = plan.scenario(scenario_id)
    if scenario is None:
        raise KeyError(scenario_id)
    return scenario.base, scenario.adjustments


def is_short_term(line: Line, plan: Plan) -> bool:
    if line.basis == Basis.ONCE:
        return True
    if line.end is None:
        return False
    start_year, start_month = line.start or (plan.first_year, 1)
    end_year, end_month = line.end
    return (end_year - start_year) * 12 + end_month - start_month + 1 <= 12  # months_between, both ends counted


def _counted(values: dict[int, int], line: Line, adjustments: tuple, weight: Fraction) -> dict[int, int]:
    """Per year: adjusted = round_half_up(value × product of the matching factors), then
    weighted = round_half_up(adjusted × weight). Exact, in integers: factors and weight as numerator/denominator."""
    matching = []
    for adj in adjustments:
        if adj.matches(line):
            factor = exact(adj.factor)
            matching.append((adj.from_year, adj.to_year, factor.numerator, factor.denominator))
    w_num, w_den = weight.numerator, weight.denominator
    if not matching and w_num == w_den:
        return values
    result = {}
    for year, value in values.items():
        num = den = 1
        for from_year, to_year, f_num, f_den in matching:
            if (from_year is None or year >= from_year) and (to_year is None or year <= to_year):
                num *= f_num
                den *= f_den
        adjusted = value if num == den else round_div(value * num, den)
        result[year] = adjusted if w_num == w_den else round_div(adjusted * w_num, w_den)
    return result


def project_plan(plan: Plan, scenario: str = Base.EXPECTED, project: str | None = None) -> Projection:
    """The projection of the plan (or of one project's lines) under a scenario, year by year."""
    base, adjustments = resolve_scenario(plan, scenario)
    if project is not None and plan.project(project) is None:
        raise KeyError(project)
    costs_by, cost_values = _project_costs(plan, project, tuple(a for a in adjustments if a.target == Target.COSTS))
    income = _project_sources(plan, project, base, tuple(a for a in adjustments if a.target == Target.SOURCES))
    rows = _year_rows(plan, project, costs_by, income.by_year)
    totals = _totals(rows)
    indicators = _indicators(income, totals, rows)
    return Projection(scenario, project, rows, totals, indicators, cost_values, income.values)


def _project_costs(plan: Plan, project: str | None,
                   adjustments: tuple) -> tuple[dict[int, dict[Category, Cents]], dict[str, dict[int, Cents]]]:
    """Per year the costs by category, and each counted cost line's values (in kind left out)."""
    first, last = plan.first_year, plan.last_year
    costs_by = {y: dict.fromkeys(Category, 0) for y in plan.years}
    cost_values: dict[str, dict[int, int]] = {}
    for cost in plan.costs:
        if cost.in_kind or (project is not None and cost.project != project):
            continue
        values = _counted(line_values(cost, first, last), cost, adjustments, _ALL)
        cost_values[cost.id] = values
        for year, value in values.items():
            costs_by[year][cost.category] += value
    return costs_by, cost_values


class _Income(Record, frozen=False, kw_only=False):
    """What the sources bring under a scenario: per year by type, per line, per funder group, short-term."""

    by_year: dict[int, dict[SourceType, Cents]]
    values: dict[str, dict[int, Cents]] = field(default_factory=dict)
    groups: dict[tuple[str, str], Cents] = field(default_factory=dict)
    group_names: dict[tuple[str, str], str] = field(default_factory=dict)
    short_term: Cents = 0


def _project_sources(plan: Plan, project: str | None, base: Base, adjustments: tuple) -> _Income:
    first, last = plan.first_year, plan.last_year
    income = _Income({y: dict.fromkeys(SourceType, 0) for y in plan.years})
    # Funder groups in the order of each group's first source in the plan, whether or not that source counts
    # here (ties go to that group); a source without funder is a group of its own, named by its name.
    for source in plan.sources:
        if project is not None and source.project != project:
            continue
        group = ("funder", source.funder) if source.funder else ("source", source.id)
        if group not in income.groups:
            income.groups[group] = 0
            income.group_names[group] = source.funder or source.name
        if source.in_kind:
            continue
        weight = base_weight(source, base)
        if not weight.numerator:
            continue
        values = _counted(line_values(source, first, last), source, adjustments, weight)
        income.values[source.id] = values
        total = 0
        for year, value in values.items():
            income.by_year[year][source.type] += value
            total += value
        income.groups[group] += total
        if is_short_term(source, plan):
            income.short_term += total
    return income


def _year_rows(plan: Plan, project: str | None, costs_by: dict[int, dict[Category, Cents]],
               income_by: dict[int, dict[SourceType, Cents]]) -> list[YearFigures]:
    """Each year's figures; the reserve runs through the years for the whole plan only, not for a project."""
    rows: list[YearFigures] = []
    reserve = plan.opening_reserve
    for year in plan.years:
        costs = sum(costs_by[year].values())
        income = sum(income_by[year].values())
        result = income - costs
        reserve_end: int | None = None
        if project is None:
            reserve += result
            reserve_end = reserve
        coverage = round_ratio(Fraction(income, costs)) if costs else None
        rows.append(YearFigures(year, costs_by[year], costs, income_by[year], income, result, reserve_end,
                                max(0, costs - income), coverage))
    return rows


def _totals(rows: list[YearFigures]) -> Totals:
    costs_by = {c: sum(r.costs_by_category[c] for r in rows) for c in Category}
    income_by = {t: sum(r.income_by_type[t] for r in rows) for t in SourceType}
    costs, income = sum(costs_by.values()), sum(income_by.values())
    return Totals(costs_by, costs, income_by, income, income - costs)


def _indicators(income: _Income, totals: Totals, rows: list[YearFigures]) -> Indicators:
    """The largest funder and its share, the short-term share of all income, the first year the reserve is
    below zero."""
    depleted = next((r.year for r in rows if r.reserve_end is not None and r.reserve_end < 0), None)
    if not totals.income:
        return Indicators(None, None, depleted)
    largest = None
    best_group, best_income = None, -1
    for group, group_income in income.groups.items():  # dicts keep the plan's source order: ties go to the first
        if group_income > best_income:
            best_group, best_income = group, group_income
    if best_group is not None:
        largest = LargestFunder(income.group_names[best_group], best_income,
                                round_ratio(Fraction(best_income, totals.income)))
    return Indicators(largest, round_ratio(Fraction(income.short_term, totals.income)), depleted)


def line_total(values: dict[int, Cents]) -> Cents:
    """A line over the years: the sum of its yearly values (each already rounded, so the total adds up)."""
    return sum(values.values())


def full_values(plan: Plan, line: Line, years: range | None = None) -> dict[int, Cents]:
    """A line at full value — no scenario, probability or adjustment — as the funder's workbook shows it."""
    values = line_values(line, plan.first_year, plan.last_year)
    if years is None:
        return values
    return {y: v for y, v in values.items() if y in years}


def is_cost(line: Line) -> bool:
    return isinstance(line, CostLine)
