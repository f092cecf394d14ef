"""Small plans for the core tests, built the way a treasurer would describe them.

Amounts are integer cents written with an underscore before the cents: ``41000_00`` is € 41.000,00.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from dekkingsplan.core.model import (
    Adjustment,
    Basis,
    Category,
    CostLine,
    Organisation,
    Plan,
    Project,
    Scenario,
    Source,
    SourceType,
    Status,
    Target,
)
from dekkingsplan.core.months import Month

ORG = Organisation(name="Stichting Buurtkamer De Wissel")


def m(text: str) -> Month:
    """``"2026-09"`` as a Month."""
    year, month = text.split("-")
    return Month(int(year), int(month))


def d(text: str) -> date:
    return date.fromisoformat(text)


def _dec(value: str | Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def cost(id: str, amount: int | None, basis: str = "per_year", *, category: str = "other", start: str | None = None,
         end: str | None = None, indexation: str | None = None, project: str | None = None,
         quantity: str | None = None, rate: int | None = None, **kw) -> CostLine:
    return CostLine(id=id, name=kw.pop("name", id), amount=amount, basis=Basis(basis), category=Category(category),
                    start=m(start) if start else None, end=m(end) if end else None,
                    indexation=_dec(indexation), project=project, quantity=_dec(quantity), rate=rate, **kw)


def source(id: str, amount: int | None, basis: str = "per_year", *, type: str = "other", status: str = "committed",
           start: str | None = None, end: str | None = None, indexation: str | None = None,
           funder: str | None = None, probability: str | None = None, project: str | None = None,
           quantity: str | None = None, rate: int | None = None, **kw) -> Source:
    return Source(id=id, name=kw.pop("name", id), amount=amount, basis=Basis(basis), type=SourceType(type),
                  status=Status(status), start=m(start) if start else None, end=m(end) if end else None,
                  indexation=_dec(indexation), funder=funder, probability=_dec(probability), project=project,
                  quantity=_dec(quantity), rate=rate, **kw)


def adjust(target: str, factor: str, *, match: dict[str, str] | None = None, from_year: int | None = None,
           to_year: int | None = None) -> Adjustment:
    return Adjustment(target=Target(target), match=dict(match or {}), from_year=from_year, to_year=to_year,
                      factor=Decimal(factor))


def scenario(id: str, base: str, *adjustments: Adjustment, name: str | None = None) -> Scenario:
    return Scenario(id=id, name=name or id, base=base, adjustments=tuple(adjustments))


def plan(first_year: int = 2026, last_year: int = 2029, *, reserve: int = 0, costs=(), sources=(), projects=(),
         scenarios=(), organisation: Organisation = ORG) -> Plan:
    return Plan(organisation=organisation, first_year=first_year, last_year=last_year, opening_reserve=reserve,
                projects=[p if isinstance(p, Project) else Project(id=p, name=p) for p in projects],
                costs=list(costs), sources=list(sources), scenarios=list(scenarios))
