"""What the Overzicht shows under a scenario: the rows of the year table with their tones, the year to open
first, and the lines behind a year's figures. No widgets here: the screen gives each row its words and each
tone its colour."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from dekkingsplan.core.goal_seek import still_to_raise
from dekkingsplan.core.model import Plan
from dekkingsplan.core.money import Cents
from dekkingsplan.core.projection import Projection
from dekkingsplan.core.realisation import year_realisation
from dekkingsplan.ui.views import realisation


class Tone(Enum):
    """How a figure of the year table reads: the screen turns a tone into a colour."""

    NEGATIVE = "negative"  # below zero where that is a warning (result, reserve)
    GAP = "gap"  # a year with a gap: red, on a light red cell


@dataclass(frozen=True)
class Measure:
    """One row of the year table: a figure per year (None where it has none) and its total. ``key`` names the
    row (``costs``, ``income:subsidy``, ``costs:actual``, ``gap`` ...); the screen words it."""

    key: str
    values: dict[int, object] = field(hash=False)
    total: object = None
    strong: bool = False
    signed: bool = False  # negative figures are a warning: red, with their minus sign


def measures(plan: Plan, projection: Projection, today: date) -> list[Measure]:
    """The rows of the year table: costs, income per type (the types with income), income, result, reserve
    and what must still be raised to keep it (for the whole plan), gap and coverage, all from core's projection; for the whole plan also the actual
    costs and income to ``today`` under the budgeted ones."""
    years, totals = projection.years, projection.totals
    rows = [Measure("costs", {y.year: y.costs for y in years}, totals.costs, strong=True)]
    for kind, total in totals.income_by_type.items():
        if total or any(y.income_by_type[kind] for y in years):
            rows.append(Measure(f"income:{kind.value}", {y.year: y.income_by_type[kind] for y in years}, total))
    rows += [
        Measure("income", {y.year: y.income for y in years}, totals.income, strong=True),
        Measure("result", {y.year: y.result for y in years}, totals.result, signed=True),
    ]
    if projection.project is None:
        rows.append(Measure("reserve", {y.year: y.reserve_end for y in years}, signed=True))
        to_raise = still_to_raise(projection, plan.reserve_target)  # to keep the reserve the board wants
        rows.append(Measure("to_raise", dict(to_raise.by_year), to_raise.total))
    rows.append(Measure("gap", {y.year: y.gap for y in years}, strong=True))
    rows.append(Measure("coverage", {y.year: y.coverage for y in years}))
    actual = realisation.actuals_to_date(plan, today) if projection.project is None else None
    if actual is not None:
        rows.insert(1, Measure("costs:actual", dict(actual.costs)))
        at = next(i for i, m in enumerate(rows) if m.key == "income") + 1
        rows.insert(at, Measure("income:actual", dict(actual.income)))
    return rows


def tone(measure: Measure, value: object) -> Tone | None:
    """A gap is always a warning; a result or reserve only below zero."""
    if not isinstance(value, int):
        return None
    if measure.key == "gap":
        return Tone.GAP if value > 0 else None
    return Tone.NEGATIVE if measure.signed and value < 0 else None


class Note(Enum):
    """What a figure's tip says: the screen words it."""

    GAP = "gap"  # the costs are higher than the income that year
    RESERVE_BELOW_ZERO = "reserve below zero"  # at the end of the year
    NOTHING_ENTERED = "nothing entered"  # an actual row: no line of that year has its actual yet
    ENTERED = "entered"  # an actual row: ``entered`` of the year's ``lines`` have theirs


@dataclass(frozen=True)
class CellNote:
    note: Note
    entered: int = 0
    lines: int = 0


def cell_note(plan: Plan, measure: Measure, year: int) -> CellNote | None:
    """What the tip of a figure of the year table says, if anything."""
    value = measure.values.get(year)
    if measure.key == "gap" and isinstance(value, int) and value > 0:
        return CellNote(Note.GAP)
    if measure.key == "reserve" and isinstance(value, int) and value < 0:
        return CellNote(Note.RESERVE_BELOW_ZERO)
    if measure.key.endswith(":actual") and year in measure.values:
        figures = year_realisation(plan, year)
        side = figures.costs if measure.key == "costs:actual" else figures.income
        if not side.entered:
            return CellNote(Note.NOTHING_ENTERED)
        return CellNote(Note.ENTERED, side.entered, len(side.lines))
    return None


def first_year(plan: Plan, projection: Projection, shown: int | None) -> int | None:
    """The year whose lines are listed: the one shown if it is still a plan year, else the first year with a
    gap, else the first year."""
    years = list(plan.years)
    if shown in years:
        return shown
    gaps = [y.year for y in projection.years if y.gap > 0]
    return gaps[0] if gaps else (years[0] if years else None)


def lines_behind(plan: Plan, projection: Projection, year: int) -> tuple[list[tuple[str, Cents]],
                                                                          list[tuple[str, Cents]]]:
    """(costs, income): each line's counted value in ``year`` under the scenario, largest first, lines
    without a value left out; a source is named with its funder when its name does not say it."""
    costs = [(c.name, projection.cost_values.get(c.id, {}).get(year, 0)) for c in plan.costs]
    income = []
    for s in plan.sources:
        value = projection.source_values.get(s.id, {}).get(year, 0)
        name = f"{s.name} ({s.funder})" if s.funder and s.funder not in s.name else s.name
        income.append((name, value))

    def largest(pairs: list[tuple[str, Cents]]) -> list[tuple[str, Cents]]:
        return sorted((p for p in pairs if p[1]), key=lambda p: -p[1])

    return largest(costs), largest(income)


DETAIL_LINES = 30  # lines listed per group beside the year table; the others are summed in one row


@dataclass(frozen=True)
class Listed:
    """The lines listed of a group: the ``shown`` (name, value) pairs and the ``rest`` not listed, with their
    ``rest_total``."""

    shown: list[tuple[str, Cents]]
    rest: int
    rest_total: Cents


def listed(lines: list[tuple[str, Cents]], limit: int = DETAIL_LINES) -> Listed:
    """The first ``limit`` lines (``lines_behind`` gives them largest first) and the others summed: a 2,000-line
    plan's year stays readable, and an edit's refresh does not build 2,000 rows."""
    rest = lines[limit:]
    return Listed(lines[:limit], len(rest), sum(value for _name, value in rest))
