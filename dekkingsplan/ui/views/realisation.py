"""What the Realisatie screen shows for a year: every cash line's budget, actual, difference and explanation,
which lines need an explanation, and per year the totals budget, actual and difference. No widgets here."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from dekkingsplan.core.model import Line, Plan
from dekkingsplan.core.money import Cents
from dekkingsplan.core.realisation import LineRealisation, YearRealisation, realised_years, year_realisation
from dekkingsplan.ui.views.cells import read_amount


def today() -> date:
    """The date the Overzicht's actuals to date count from (tests replace it)."""
    return date.today()


class Tone(Enum):
    """How a figure reads: the screen turns a tone into a colour."""

    WORSE = "worse"  # spent more, or received less, than budgeted
    BETTER = "better"
    MUTED = "muted"  # not yet complete
    FLAG = "flag"  # a large difference without an explanation


def difference_tone(row: LineRealisation) -> Tone | None:
    diff = row.difference
    if not diff:
        return None
    worse = diff > 0 if row.is_cost else diff < 0
    return Tone.WORSE if worse else Tone.BETTER


def with_actual(line: Line, year: int, text: object, lang: str = "nl") -> Line:
    """The line with its actual of ``year`` typed (``1.234,56``) in the window's language; empty text removes
    it. AmountError when the text is no amount, or (in Dutch) when it could be two: ``1.39`` is asked about
    (€ 1,39 or € 139?), as in Begroting and Dekking, never guessed."""
    actuals = dict(line.actuals)
    if text is None or not str(text).strip():
        actuals.pop(year, None)
    else:
        actuals[year] = read_amount(str(text), lang)
    return replace(line, actuals=actuals)


def with_note(line: Line, year: int, text: object) -> Line:
    """The line with its explanation of ``year``; empty text removes it. Surrounding spaces are dropped."""
    notes = dict(line.actual_notes)
    cleaned = "" if text is None else str(text).strip()
    if cleaned:
        notes[year] = cleaned
    else:
        notes.pop(year, None)
    return replace(line, actual_notes=notes)


@dataclass(frozen=True)
class YearTotals:
    """One row of the per-year summary."""

    figures: YearRealisation

    @property
    def year(self) -> int:
        return self.figures.year

    @property
    def entered(self) -> int:
        return self.figures.costs.entered + self.figures.income.entered

    @property
    def lines(self) -> int:
        return len(self.figures.costs.lines) + len(self.figures.income.lines)

    @property
    def complete(self) -> bool:
        return self.figures.costs.complete and self.figures.income.complete

    @property
    def result_difference(self) -> Cents:
        return self.figures.actual_result - self.figures.budget_result

    @property
    def flagged(self) -> int:
        return self.figures.flagged

    def costs_tone(self) -> Tone | None:
        """More spent than budgeted reads worse (the summary marks only what is worse)."""
        return Tone.WORSE if self.figures.costs.difference > 0 else None

    def income_tone(self) -> Tone | None:
        """Less received than budgeted reads worse."""
        return Tone.WORSE if self.figures.income.difference < 0 else None

    def result_tone(self) -> Tone | None:
        if not self.complete:
            return Tone.MUTED
        return Tone.WORSE if self.figures.actual_result < 0 else None


def default_year(plan: Plan, today: date) -> int | None:
    """The latest plan year that has begun: the year a treasurer is most likely accounting for."""
    years = list(plan.years)
    begun = [y for y in years if y <= today.year]
    return begun[-1] if begun else (years[0] if years else None)


class RealisationView:
    """The Realisatie screen's figures for one plan and one year."""

    def __init__(self, plan: Plan, year: int | None) -> None:
        self.plan = plan
        self.year = year if year in plan.years else None
        self.figures: YearRealisation | None = None if self.year is None else year_realisation(plan, self.year)

    @property
    def flagged(self) -> list[LineRealisation]:
        """The lines of the year whose large difference has no explanation yet."""
        if self.figures is None:
            return []
        return [r for r in (*self.figures.costs.lines, *self.figures.income.lines) if r.flagged]

    def summary(self) -> list[YearTotals]:
        """The years with an actual, in order: the totals budget, actual and difference of each."""
        return [YearTotals(year_realisation(self.plan, y)) for y in realised_years(self.plan)]


@dataclass(frozen=True)
class ActualsToDate:
    """The actual figures the Overzicht shows under the budgeted ones: per year the costs and income recorded so
    far, None where nothing is recorded yet on that side (shown as '–', never as 0,00)."""

    costs: dict[int, Cents | None]
    income: dict[int, Cents | None]
    plan: Plan

    @property
    def figures(self) -> dict[int, YearRealisation]:
        """Each of those years' whole realisation (budget beside actual, line by line)."""
        return {y: year_realisation(self.plan, y) for y in self.costs}


def _recorded(lines: list, year: int) -> Cents | None:
    """What ``year_realisation`` counts as a side's actual: the cash lines' recorded actuals; None if none is."""
    found = [line.actuals[year] for line in lines if not line.in_kind and year in line.actuals]
    return sum(found) if found else None


def actuals_to_date(plan: Plan, on: date) -> ActualsToDate | None:
    """Once any actual is recorded: the years with an actual and the current year (when it is a plan year).
    None for a plan without actuals, whose Overzicht stays as it was.

    Only the actuals are summed here (the Overzicht refreshes after every edit; a 2,000-line plan's budgets
    per line are not needed for it); they equal ``year_realisation``'s actual totals, which a test checks."""
    years = set(realised_years(plan))
    if not years:
        return None
    if on.year in plan.years:
        years.add(on.year)
    return ActualsToDate(costs={y: _recorded(plan.costs, y) for y in sorted(years)},
                         income={y: _recorded(plan.sources, y) for y in sorted(years)}, plan=plan)
