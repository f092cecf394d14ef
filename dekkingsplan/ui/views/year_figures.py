"""A projection as the small table of years that Projecten and Scenario's show: per measure its figure in each
plan year and over the plan, and the years to warn about. No widgets: the screen words each row and gives each
tone its colour."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from dekkingsplan.core.money import Cents
from dekkingsplan.core.projection import Projection


class Tone(Enum):
    """How a figure reads: the screen turns a tone into a colour."""

    WARN = "warn"  # a gap, or a result or reserve below zero


@dataclass(frozen=True)
class YearRow:
    """One measure over the plan years. ``key`` names it (``costs``, ``income``, ``result``, ``coverage``,
    ``gap``, ``reserve``); ``values`` holds cents, or for ``coverage`` a ratio (None where there are no costs);
    ``total`` is None where the measure has no total."""

    key: str
    values: dict[int, Cents | Decimal | None] = field(hash=False)
    total: Cents | None = None
    strong: bool = False
    warn_years: frozenset[int] = frozenset()

    def tone(self, year: int) -> Tone | None:
        return Tone.WARN if year in self.warn_years else None


def year_rows(projection: Projection) -> list[YearRow]:
    """Costs, income, result, coverage, gap (Tekort) and, for the whole plan, the reserve at the end of each year.
    A year with a gap warns in its coverage and gap; a result or reserve warns below zero."""
    years, totals = projection.years, projection.totals
    gap_years = frozenset(y.year for y in years if y.gap > 0)
    rows = [
        YearRow("costs", {y.year: y.costs for y in years}, totals.costs),
        YearRow("income", {y.year: y.income for y in years}, totals.income),
        YearRow("result", {y.year: y.result for y in years}, totals.result, strong=True,
                warn_years=frozenset(y.year for y in years if y.result < 0)),
        YearRow("coverage", {y.year: y.coverage for y in years}, warn_years=gap_years),
        YearRow("gap", {y.year: y.gap for y in years}, warn_years=gap_years),
    ]
    if projection.project is None:
        reserve = {y.year: y.reserve_end or 0 for y in years}
        rows.append(YearRow("reserve", reserve, strong=True,
                            warn_years=frozenset(y for y, value in reserve.items() if value < 0)))
    return rows
