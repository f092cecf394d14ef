"""Sums over a chosen set of lines, per plan year: the totals under a filtered table of costs or sources."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dekkingsplan.core.money import Cents


@dataclass(frozen=True)
class YearSums:
    by_year: dict[int, Cents]
    total: Cents


def sum_by_year(values: Iterable[Mapping[int, Cents]], years: Iterable[int]) -> YearSums:
    """Add several lines' yearly values (as ``Projection.cost_values`` gives them) per year; a line without a
    value in a year counts 0 there, and years outside ``years`` are left out."""
    by_year = dict.fromkeys(years, 0)
    for line in values:
        for year, value in line.items():
            if year in by_year:
                by_year[year] += value
    return YearSums(by_year, sum(by_year.values()))
