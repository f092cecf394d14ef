"""Realisation against budget: per line and year what was budgeted and what was really spent or received.

The budget is the plan as it stands — every line at its full value, as the funder's workbook shows it; a rejected
source was never counted, so its budget is 0. In-kind lines are no cash and are left out. Actuals never change the
projection; they are only set beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from dekkingsplan.core.model import CostLine, Line, Plan, Source, Status
from dekkingsplan.core.money import Cents
from dekkingsplan.core.projection import line_values


@dataclass(frozen=True)
class LineRealisation:
    """One line's budget against its actual of a year (None while none is entered)."""

    line: Line
    budget: Cents
    actual: Cents | None

    @property
    def is_cost(self) -> bool:
        return isinstance(self.line, CostLine)

    @property
    def difference(self) -> Cents | None:
        """actual − budget; None while no actual is entered."""
        return None if self.actual is None else self.actual - self.budget


@dataclass(frozen=True)
class Side:
    """Costs or income of one year: the lines, their budget, and the actuals entered so far."""

    lines: tuple[LineRealisation, ...]
    budget: Cents
    actual: Cents
    entered: int  # how many lines have an actual

    @property
    def complete(self) -> bool:
        return self.entered == len(self.lines)

    @property
    def difference(self) -> Cents:
        return self.actual - self.budget


@dataclass(frozen=True)
class YearRealisation:
    """A year's budget against its actuals: the costs side and the income side."""

    year: int
    costs: Side
    income: Side

    @property
    def budget_result(self) -> Cents:
        return self.income.budget - self.costs.budget

    @property
    def actual_result(self) -> Cents:
        return self.income.actual - self.costs.actual


def line_budget(plan: Plan, line: Line, year: int) -> Cents:
    if isinstance(line, Source) and line.status == Status.REJECTED:
        return 0
    return line_values(line, plan.first_year, plan.last_year).get(year, 0)


def _side(plan: Plan, lines: list, year: int, project: str | None) -> Side:
    rows = []
    for line in lines:
        if line.in_kind or (project is not None and line.project != project):
            continue
        budget = line_budget(plan, line, year)
        actual = line.actuals.get(year)
        if budget == 0 and actual is None:  # nothing budgeted, nothing spent: not part of this year
            continue
        rows.append(LineRealisation(line, budget, actual))
    entered = [r for r in rows if r.actual is not None]
    return Side(tuple(rows), sum(r.budget for r in rows), sum(r.actual or 0 for r in entered), len(entered))


def year_realisation(plan: Plan, year: int, project: str | None = None) -> YearRealisation:
    """Budget and actuals of the cash lines of ``year`` (of one project, or of the whole plan): every line with a
    budget or an actual in that year."""
    return YearRealisation(year, _side(plan, plan.costs, year, project), _side(plan, plan.sources, year, project))


def realised_years(plan: Plan) -> list[int]:
    """The plan years for which at least one line has an actual: the years to show realisation for."""
    found = {y for line in [*plan.costs, *plan.sources] if not line.in_kind for y in line.actuals}
    return [y for y in plan.years if y in found]
