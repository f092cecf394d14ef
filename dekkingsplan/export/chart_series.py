"""What the coverage chart shows, and in which colours: the plain series taken from a projection, and the fill,
hatching and line colour of each part. No matplotlib here: the overview's words and the screen's legend need
these before anything is drawn; ``chart`` draws them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dekkingsplan.core.model import SourceType
from dekkingsplan.core.money import Cents
from dekkingsplan.core.projection import Projection

# calm, light fills that stay apart in grey, each with its own hatching
TYPE_STYLE: dict[SourceType, tuple[str, str]] = {
    SourceType.SUBSIDY: ("#9DB4CC", "//"),
    SourceType.FUND: ("#B5CDA3", "\\\\"),
    SourceType.DONATION: ("#E6D3A3", ".."),
    SourceType.RENTAL: ("#C9B3C9", "xx"),
    SourceType.OWN_INCOME: ("#D9D9D9", "--"),
    SourceType.CONTRACT: ("#A9CFCB", "++"),
    SourceType.OTHER: ("#EFEFEF", "oo"),
}
EDGE = "#4D4D4D"
COSTS_COLOUR = "#1A1A1A"
RESERVE_COLOUR = "#555555"
GAP_SHADE = "#F2E4E1"


@dataclass(frozen=True)
class CoverageSeries:
    """What the chart shows, year by year, in cents; ``income_by_type`` lists only types with income."""

    years: list[int]
    income_by_type: dict[SourceType, list[Cents]]
    costs: list[Cents]
    reserve: list[Cents] | None = None  # None for a project, which has no reserve
    gap_years: list[int] = field(default_factory=list)


def coverage_series(projection: Projection) -> CoverageSeries:
    """The chart's series from core's projection of one scenario."""
    years = [y.year for y in projection.years]
    by_type = {t: [y.income_by_type[t] for y in projection.years] for t in SourceType}
    reserve = None
    if projection.project is None:
        reserve = [y.reserve_end if y.reserve_end is not None else 0 for y in projection.years]
    return CoverageSeries(
        years=years,
        income_by_type={t: values for t, values in by_type.items() if any(values)},
        costs=[y.costs for y in projection.years],
        reserve=reserve,
        gap_years=[y.year for y in projection.years if y.gap > 0],
    )
