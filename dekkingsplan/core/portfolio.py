"""Many plans side by side (an umbrella organisation's view): per plan the indicators of one scenario, how much
of the income is subsidy, which years have a gap and how much must still be raised (DESIGN.md, Portfolio)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from dekkingsplan.core.goal_seek import still_to_raise
from dekkingsplan.core.model import Plan, SourceType
from dekkingsplan.core.money import Cents, round_ratio
from dekkingsplan.core.projection import Indicators, project_plan


@dataclass(frozen=True)
class PortfolioRow:
    """One plan of the portfolio, for the chosen scenario."""

    file: str
    organisation: str
    first_year: int
    last_year: int
    indicators: Indicators
    subsidy_share: Decimal | None
    gap_years: tuple[int, ...]
    to_raise_total: Cents


def portfolio_row(plan: Plan, file: str, scenario: str = "expected") -> PortfolioRow:
    """The row of one plan; KeyError for a scenario the plan does not have."""
    if scenario not in plan.scenario_ids():
        raise KeyError(scenario)
    projection = project_plan(plan, scenario)
    income = projection.totals.income
    subsidy = projection.totals.income_by_type[SourceType.SUBSIDY]
    return PortfolioRow(
        file=file,
        organisation=plan.organisation.name,
        first_year=plan.first_year,
        last_year=plan.last_year,
        indicators=projection.indicators,
        subsidy_share=round_ratio(Fraction(subsidy, income)) if income else None,
        gap_years=tuple(year.year for year in projection.years if year.gap > 0),
        to_raise_total=still_to_raise(projection, plan.reserve_target).total,
    )


def portfolio(plans: Iterable[tuple[str, Plan]], scenario: str = "expected") -> list[PortfolioRow]:
    """The rows of ``(file, plan)`` pairs, in the order given."""
    return [portfolio_row(plan, file, scenario) for file, plan in plans]


@dataclass(frozen=True)
class PortfolioTotals:
    """The portfolio in one sentence: how many plans, in how many the reserve runs out, and the money all of them
    must still raise."""

    plans: int
    run_out: int
    to_raise: Cents


def portfolio_totals(rows: Iterable[PortfolioRow]) -> PortfolioTotals:
    rows = list(rows)
    return PortfolioTotals(plans=len(rows), run_out=sum(1 for r in rows if r.indicators.depleted_year is not None),
                           to_raise=sum(r.to_raise_total for r in rows))


PLAN_SUFFIXES = (".dekkingsplan", ".json")


def plans_in_folder(folder: Path) -> list[Path]:
    """The plan files and plan JSONs directly in ``folder``, by name (hidden files and backups left out)."""
    return sorted((p for p in folder.iterdir()
                   if p.suffix.lower() in PLAN_SUFFIXES and not p.name.startswith(".") and p.is_file()),
                  key=lambda p: p.name.lower())
