"""Large generated plans for the benchmarks: deterministic (seeded), so every run measures the same plan."""

from __future__ import annotations

import random
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

FIRST_YEAR, LAST_YEAR = 2026, 2035
FUNDERS = ["Gemeente", "Oranje Fonds", "Kansfonds", "VSBfonds", "Fonds 1818", "Zilveren Kruis", None]
PROJECTS = [f"p{i}" for i in range(8)]


def _line(rng: random.Random, i: int, *, specifications: bool) -> dict:
    """A line of any basis, partly outside the years, sometimes indexed or in a project; with
    ``specifications`` a fifth are quantity x rate and some carry a note, as in a real application."""
    basis = rng.choice(list(Basis))
    start = Month(rng.randint(FIRST_YEAR - 1, LAST_YEAR), rng.randint(1, 12)) if rng.random() < 0.7 else None
    begin = start or Month(FIRST_YEAR, 1)
    end = indexation = None
    if basis == Basis.TOTAL:
        end = begin.plus(rng.randint(0, 47))
    elif basis in (Basis.MONTHLY, Basis.PER_YEAR):
        if rng.random() < 0.5:
            end = begin.plus(rng.randint(0, 119))
        if rng.random() < 0.6:
            indexation = Decimal(rng.choice(["1.5", "2", "2.5", "3.1", "-1", "4.25"]))
    fields = dict(id=f"l{i}", name=f"Regel {i}", basis=basis, start=start, end=end, indexation=indexation,
                  in_kind=rng.random() < 0.03, project=rng.choice(PROJECTS) if rng.random() < 0.3 else None)
    if not specifications:
        return {**fields, "amount": rng.randint(0, 80_000_00)}
    fields["name"] += ": coördinatie en ondersteuning"
    fields["note"] = "Toelichting bij deze regel, zoals de aanvrager die geeft" if rng.random() < 0.1 else None
    if rng.random() < 0.2:
        fields.update(quantity=Decimal(rng.randint(1, 400)), unit="uur", rate=rng.randint(15_00, 95_00))
    else:
        fields.update(amount=rng.randint(0, 80_000_00))
    return fields


def random_plan(n_costs: int, n_sources: int, *, seed: int = 2026, specifications: bool = False,
                probabilities: bool = False, scenarios: tuple[Scenario, ...] = (),
                organisation: Organisation | None = None) -> Plan:
    """A plan of ``n_costs`` cost lines and ``n_sources`` sources over 2026-2035 in eight projects: mixed bases,
    indexations, statuses and funders."""
    rng = random.Random(seed)
    costs = [CostLine(**_line(rng, i, specifications=specifications), category=rng.choice(list(Category)))
             for i in range(n_costs)]
    sources = []
    for i in range(n_sources):
        fields = _line(rng, n_costs + i, specifications=specifications)
        if probabilities:
            fields["probability"] = (Decimal(rng.choice(["0.1", "0.35", "0.6", "0.9"])) if rng.random() < 0.3
                                     else None)
        sources.append(Source(**fields, type=rng.choice(list(SourceType)), funder=rng.choice(FUNDERS),
                              status=rng.choice(list(Status))))
    return Plan(organisation=organisation or Organisation(name="Stichting Benchmark"), first_year=FIRST_YEAR,
                last_year=LAST_YEAR, opening_reserve=25_000_00,
                projects=[Project(id=p, name=f"Project {p}") for p in PROJECTS],
                costs=costs, sources=sources, scenarios=list(scenarios))


RAVIJN = Scenario(id="ravijn", name="Gemeente -20%, cao +3%", base="expected", adjustments=(
    Adjustment(target=Target.SOURCES, match={"type": "subsidy"}, from_year=2027, factor=Decimal("0.8")),
    Adjustment(target=Target.SOURCES, match={"funder": "Oranje Fonds", "status": "applied"},
               factor=Decimal("0.5")),
    Adjustment(target=Target.COSTS, match={"category": "personnel"}, from_year=2028, factor=Decimal("1.03")),
    Adjustment(target=Target.COSTS, match={"project": "p3"}, to_year=2030, factor=Decimal("0.9")),
))


def file_plan(lines: int = 2000) -> Plan:
    """A plan of ``lines`` lines (half costs, half sources) with every kind of child a plan file stores:
    actuals, report dates, five scenarios with an adjustment each."""
    categories, types, statuses = list(Category), list(SourceType), list(Status)
    projects = [Project(id=f"p{i}", name=f"Project {i}") for i in range(20)]
    costs = [CostLine(id=f"c{i}", name=f"Kostenregel {i}", category=categories[i % 7], amount=100_000 + i,
                      basis=Basis.PER_YEAR, start=Month(2026, 1 + i % 12), indexation=Decimal("2.50"),
                      project=f"p{i % 20}" if i % 3 else None, note="notitie" if i % 5 == 0 else None,
                      actuals={2026: 90_000 + i, 2027: 95_000 + i})
             for i in range(lines // 2)]
    sources = [Source(id=f"s{i}", name=f"Bron {i}", type=types[i % 7], funder=f"Fonds {i % 40}",
                      status=statuses[i % 5], amount=200_000 + i, basis=Basis.TOTAL, start=Month(2026, 1),
                      end=Month(2028, 12), probability=Decimal("0.60") if i % 4 == 0 else None,
                      apply_by=date(2026, 3, 1), report_due=(date(2027, 4, 1), date(2028, 4, 1)),
                      actuals={2026: 150_000})
               for i in range(lines // 2)]
    scenarios = [Scenario(id=f"sc{i}", name=f"Scenario {i}", base="expected",
                          adjustments=(Adjustment(target=Target.SOURCES, match={"type": "subsidy"},
                                                  from_year=2027, factor=Decimal("0.8")),))
                 for i in range(5)]
    return Plan(organisation=Organisation(name="Stichting Groot"), first_year=2026, last_year=2030,
                opening_reserve=1_000_000, projects=projects, costs=costs, sources=sources, scenarios=scenarios)
