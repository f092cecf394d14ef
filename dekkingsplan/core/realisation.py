"""Realisation against budget: per line and year what was budgeted and what was really spent or received.

The budget is the plan as it stands — every line at its full value, as the funder's workbook shows it; a rejected
source was never counted, so its budget is 0 (it is shown only when money came in after all). In-kind lines are
no cash and are left out. Actuals never change the projection; they are only set beside it. DESIGN.md,
"Realisation": the verantwoording of a year, for the whole plan, one project or one funder.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.model import Category, CostLine, Line, Plan, Source, SourceType, Status
from dekkingsplan.core.money import Cents, cents_to_str
from dekkingsplan.core.projection import line_values

FLAG_MINIMUM: Cents = 500_00  # a difference must exceed € 500 ...
FLAG_PERCENT = 10  # ... and 10 % of the budget before it needs an explanation


class RealisationError(DekkingsplanError):
    """A realisation that cannot be made: a year outside the plan, an unknown project or funder. ``choice``
    names what was chosen wrongly (``year``, ``project``, ``funder``), for the command line's option."""

    def __init__(self, en: str, nl: str | None = None, *, place: str = "", choice: str = "") -> None:
        super().__init__(en, nl, place=place)
        self.choice = choice


def needs_explanation(budget: Cents, difference: Cents) -> bool:
    """DESIGN.md: a difference over 10 % of the budget and over € 500 must be explained."""
    size = abs(difference)
    return size > FLAG_MINIMUM and size * 100 > abs(budget) * FLAG_PERCENT


def line_note(line: Line, year: int) -> str | None:
    """The treasurer's explanation of the line's difference in ``year``; None where there is none (or blank)."""
    text = line.actual_notes.get(year)
    return text if text and text.strip() else None


@dataclass(frozen=True)
class LineRealisation:
    """One line's budget against its actual of a year (None while none is entered), with its explanation."""

    line: Line
    budget: Cents
    actual: Cents | None
    note: str | None = None

    @property
    def is_cost(self) -> bool:
        return isinstance(self.line, CostLine)

    @property
    def difference(self) -> Cents | None:
        """actual − budget; None while no actual is entered."""
        return None if self.actual is None else self.actual - self.budget

    @property
    def needs_note(self) -> bool:
        """The difference is large enough to need an explanation (whether or not one is given)."""
        diff = self.difference
        return diff is not None and needs_explanation(self.budget, diff)

    @property
    def flagged(self) -> bool:
        """A large difference without an explanation: marked on screen and in the report."""
        return self.needs_note and self.note is None


@dataclass(frozen=True)
class Group:
    """The lines of one category (costs) or one type (income), with their sums."""

    key: Category | SourceType
    lines: tuple[LineRealisation, ...]
    budget: Cents
    actual: Cents


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

    @property
    def flagged(self) -> int:
        """How many lines have a large difference without an explanation."""
        return sum(1 for r in self.lines if r.flagged)

    def groups(self, order: list[Category] | list[SourceType]) -> list[Group]:
        """The lines by category (costs) or type (income), in ``order``, leaving out the empty ones."""
        key: Callable[[Line], Hashable] = (lambda line: line.category) if self.lines and self.lines[0].is_cost \
            else (lambda line: line.type)
        result = []
        for kind in order:
            rows = tuple(r for r in self.lines if key(r.line) == kind)
            if rows:
                result.append(Group(kind, rows, sum(r.budget for r in rows), sum(r.actual or 0 for r in rows)))
        return result


@dataclass(frozen=True)
class YearRealisation:
    """A year's budget against its actuals: the costs side and the income side (of a project, of a funder)."""

    year: int
    costs: Side
    income: Side
    project: str | None = None
    funder: str | None = None

    @property
    def budget_result(self) -> Cents:
        return self.income.budget - self.costs.budget

    @property
    def actual_result(self) -> Cents:
        return self.income.actual - self.costs.actual

    @property
    def flagged(self) -> int:
        return self.costs.flagged + self.income.flagged


def line_budget(plan: Plan, line: Line, year: int) -> Cents:
    if isinstance(line, Source) and line.status == Status.REJECTED:
        return 0
    return line_values(line, plan.first_year, plan.last_year).get(year, 0)


def same_funder(a: str | None, b: str) -> bool:
    """Funder names match whatever their case and spacing: ``oranje  fonds`` is the Oranje Fonds."""
    return a is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _side(plan: Plan, lines: list, year: int, project: str | None) -> Side:
    rows = []
    for line in lines:
        if line.in_kind or (project is not None and line.project != project):
            continue
        budget = line_budget(plan, line, year)
        actual = line.actuals.get(year)
        if budget == 0 and actual is None:  # nothing budgeted, nothing spent: not part of this year
            continue
        rows.append(LineRealisation(line, budget, actual, line_note(line, year)))
    entered = [r for r in rows if r.actual is not None]
    return Side(tuple(rows), sum(r.budget for r in rows), sum(r.actual or 0 for r in entered), len(entered))


def year_realisation(plan: Plan, year: int, project: str | None = None, funder: str | None = None) -> YearRealisation:
    """Budget and actuals of the cash lines of ``year`` (of one project, or of the whole plan): every line with a
    budget or an actual in that year. With ``funder`` only that funder's sources; the costs stay as they are."""
    sources = plan.sources if funder is None else [s for s in plan.sources if same_funder(s.funder, funder)]
    return YearRealisation(year, _side(plan, plan.costs, year, project), _side(plan, sources, year, project),
                           project, funder)


def funders(plan: Plan) -> list[str]:
    """The plan's funders, each once, in the order of their first source."""
    seen: list[str] = []
    for source in plan.sources:
        if source.funder and not any(same_funder(source.funder, f) for f in seen):
            seen.append(source.funder)
    return seen


def realisation_report(plan: Plan, year: int, *, project: str | None = None,
                       funder: str | None = None) -> YearRealisation:
    """The verantwoording of ``year``; ``RealisationError`` for a year outside the plan, an unknown project or
    a funder the plan does not know."""
    if year not in plan.years:
        span = f"{plan.first_year}–{plan.last_year}" if plan.first_year != plan.last_year else str(plan.first_year)
        raise RealisationError(f"the year {year} lies outside the plan ({span})",
                               f"het jaar {year} valt buiten het plan ({span})", choice="year")
    if project is not None and plan.project(project) is None:
        known = ", ".join(p.id for p in plan.projects)
        raise RealisationError(
            f"there is no project '{project}' ({'the plan has: ' + known if known else 'the plan has no projects'})",
            f"project '{project}' bestaat niet ({'het plan heeft: ' + known if known else 'het plan heeft geen projecten'})",
            choice="project")
    if funder is not None:
        names = funders(plan)
        match = next((f for f in names if same_funder(f, funder)), None)
        if match is None:
            known = ", ".join(names)
            raise RealisationError(
                f"no source has the funder '{funder}' ({'funders: ' + known if known else 'no source names a funder'})",
                f"geen bron heeft financier '{funder}' "
                f"({'financiers: ' + known if known else 'geen bron noemt een financier'})",
                choice="funder")
        funder = match
    return year_realisation(plan, year, project, funder)


def realisation_json(report: YearRealisation) -> dict:
    """DESIGN.md's ``realisation --json``: amounts as strings with two decimals, null where nothing is recorded."""

    def row(r: LineRealisation) -> dict:
        diff = r.difference
        return {"id": r.line.id, "name": r.line.name, "budget": cents_to_str(r.budget),
                "actual": None if r.actual is None else cents_to_str(r.actual),
                "difference": None if diff is None else cents_to_str(diff), "note": r.note}

    return {
        "year": report.year,
        "costs": [row(r) for r in report.costs.lines],
        "sources": [row(r) for r in report.income.lines],
        "totals": {
            "budget_costs": cents_to_str(report.costs.budget), "actual_costs": cents_to_str(report.costs.actual),
            "budget_income": cents_to_str(report.income.budget),
            "actual_income": cents_to_str(report.income.actual),
            "budget_result": cents_to_str(report.budget_result),
            "actual_result": cents_to_str(report.actual_result),
        },
    }


def realised_years(plan: Plan) -> list[int]:
    """The plan years for which at least one line has an actual: the years to show realisation for."""
    found = {y for line in [*plan.costs, *plan.sources] if not line.in_kind for y in line.actuals}
    return [y for y in plan.years if y in found]
