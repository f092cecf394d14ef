"""Random edits the core accepts, seeded so that a failing run can be repeated: for the plan file's sync and
crash tests."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from decimal import Decimal

from dekkingsplan.core.edits import (
    AddRecord,
    Batch,
    Edit,
    RemoveRecord,
    ReplaceRecord,
    SetOrganisation,
    SetSettings,
    Settings,
)
from dekkingsplan.core.model import (
    BUILTIN_SCENARIOS,
    Adjustment,
    Basis,
    Category,
    CostLine,
    Plan,
    Project,
    Scenario,
    Source,
    SourceType,
    Status,
    Target,
    new_id,
)
from dekkingsplan.core.months import Month

WORDS = ["huur", "coördinator", "fonds", "gemeente", "collecte", "maaltijd", "€ 1.234,56", "a'b\"c", "ĳs"]


def _id(rng: random.Random, taken: list[str]) -> str:
    return new_id(taken, rng.choice(WORDS))


def _cost(rng: random.Random, plan: Plan) -> CostLine:
    return CostLine(
        id=_id(rng, [c.id for c in plan.costs]), name=rng.choice(WORDS) + f" {rng.randrange(1000)}",
        category=rng.choice(list(Category)), amount=rng.randrange(10**8), basis=Basis.PER_YEAR,
        start=Month(plan.first_year, rng.randint(1, 12)), indexation=Decimal(rng.randrange(0, 500)).scaleb(-2),
        project=rng.choice([None] + [p.id for p in plan.projects]), note=rng.choice([None, "notitie"]),
        actuals={plan.first_year + k: rng.randrange(10**7) for k in range(rng.randrange(3))},
    )


def _source(rng: random.Random, plan: Plan) -> Source:
    return Source(
        id=_id(rng, [s.id for s in plan.sources]), name=rng.choice(WORDS), type=rng.choice(list(SourceType)),
        funder=rng.choice([None, "Oranje Fonds", "Gemeente"]), status=rng.choice(list(Status)),
        amount=rng.randrange(10**8), basis=Basis.TOTAL, start=Month(plan.first_year, 1),
        end=Month(plan.first_year + 1, rng.randint(1, 12)), probability=rng.choice([None, Decimal("0.35")]),
        apply_by=rng.choice([None, date(plan.first_year, 3, 1)]),
        report_due=tuple(date(plan.first_year + 1, m, 1) for m in range(1, rng.randrange(1, 4))),
        actuals={plan.first_year: rng.randrange(10**7)} if rng.random() < 0.5 else {},
    )


def _scenario(rng: random.Random, plan: Plan) -> Scenario:
    adjustments = tuple(Adjustment(target=Target.SOURCES, match={"type": rng.choice(list(SourceType)).value},
                                   from_year=plan.first_year + k, factor=Decimal(rng.randrange(100)).scaleb(-2))
                        for k in range(rng.randrange(3)))
    return Scenario(id=_id(rng, [s.id for s in plan.scenarios]), name="scenario " + rng.choice(WORDS),
                    base=rng.choice(BUILTIN_SCENARIOS), adjustments=adjustments)


def _one_edit(rng: random.Random, plan: Plan) -> Edit:
    roll = rng.random()
    lists = [("costs", _cost), ("sources", _source), ("projects", None), ("scenarios", _scenario)]
    name, make = rng.choice(lists)
    items = getattr(plan, name)
    if roll < 0.40 or not items:
        if name == "projects":
            record = Project(id=_id(rng, [p.id for p in plan.projects]), name=rng.choice(WORDS))
        else:
            record = make(rng, plan)
        index = rng.choice([None, 0, rng.randrange(len(items) + 1)])
        return AddRecord(record, index)
    old = rng.choice(items)
    if roll < 0.75:
        if name == "projects":
            new = replace(old, name=old.name + "!", description=rng.choice([None, "omschrijving"]))
        elif name == "scenarios":
            new = replace(_scenario(rng, plan), id=old.id)
        else:
            new = replace(make(rng, plan), id=rng.choice([old.id, old.id + "-x"]))
            if any(r.id == new.id for r in items if r is not old):
                new = replace(new, id=old.id)
        return ReplaceRecord(old, new)
    in_use = name == "projects" and any(line.project == old.id for line in [*plan.costs, *plan.sources])
    if roll < 0.90 and not in_use:  # a project its lines name stays (the window asks where its lines go)
        return RemoveRecord(old)
    if roll < 0.95:
        return SetOrganisation(plan.organisation, replace(plan.organisation, name=rng.choice(WORDS),
                                                          kvk=rng.choice([None, "12345678"])))
    return SetSettings(Settings.of(plan), Settings(plan.first_year, plan.first_year + rng.randrange(10),
                                                   rng.randrange(-10**6, 10**6), rng.randrange(10**6)))


def random_edit(rng: random.Random, plan: Plan) -> Edit:
    """An edit that the core accepts on ``plan``: sometimes a Batch of a few, planned on a scratch copy."""
    if rng.random() < 0.15:
        scratch = plan.copy()
        steps = []
        for _ in range(rng.randint(2, 4)):
            step = _one_edit(rng, scratch)
            step.apply(scratch)
            steps.append(step)
        return Batch(tuple(steps))
    return _one_edit(rng, plan)
