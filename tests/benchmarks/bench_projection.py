"""Benchmark: the projection of a large plan (1,000 sources, 500 cost lines, 10 years) per scenario.

Run as ``python tests/benchmarks/bench_projection.py``; ``run()`` returns the rows for an overall runner.
Each figure is the best of several runs (time.perf_counter); a baseline measured in the same run (summing
15,000 ints in a Python loop, about the number of line-years in the plan) makes figures comparable between
machines: ``ratio`` is ms / baseline ms. The target is to stay well under 50 ms per projection.
"""

from __future__ import annotations

import random
import sys
import time
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):   # run as a script from anywhere: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dekkingsplan.core.model import (  # noqa: E402
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
from dekkingsplan.core.months import Month  # noqa: E402
from dekkingsplan.core.projection import project_plan  # noqa: E402

FIRST_YEAR, LAST_YEAR = 2026, 2035
N_SOURCES, N_COSTS = 1000, 500
TARGET_MS = 50.0
REPEATS = 7
FUNDERS = ["Gemeente", "Oranje Fonds", "Kansfonds", "VSBfonds", "Fonds 1818", "Zilveren Kruis", None]


def _line(rng: random.Random, i: int, projects: list[str]) -> dict:
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
    return dict(id=f"l{i}", name=f"Regel {i}", amount=rng.randint(0, 80_000_00), basis=basis, start=start,
                end=end, indexation=indexation, in_kind=rng.random() < 0.03,
                project=rng.choice(projects) if rng.random() < 0.3 else None)


def make_plan(seed: int = 2026) -> Plan:
    """A deterministic plan: mixed bases, indexations, statuses, probabilities, projects, a user scenario."""
    rng = random.Random(seed)
    projects = [f"p{i}" for i in range(8)]
    costs = [CostLine(**_line(rng, i, projects), category=rng.choice(list(Category))) for i in range(N_COSTS)]
    sources = []
    for i in range(N_SOURCES):
        fields = _line(rng, N_COSTS + i, projects)
        probability = Decimal(rng.choice(["0.1", "0.35", "0.6", "0.9"])) if rng.random() < 0.3 else None
        sources.append(Source(**fields, type=rng.choice(list(SourceType)), funder=rng.choice(FUNDERS),
                              status=rng.choice(list(Status)), probability=probability))
    user = Scenario(id="ravijn", name="Gemeente -20%, cao +3%", base="expected", adjustments=(
        Adjustment(target=Target.SOURCES, match={"type": "subsidy"}, from_year=2027, factor=Decimal("0.8")),
        Adjustment(target=Target.SOURCES, match={"funder": "Oranje Fonds", "status": "applied"},
                   factor=Decimal("0.5")),
        Adjustment(target=Target.COSTS, match={"category": "personnel"}, from_year=2028, factor=Decimal("1.03")),
        Adjustment(target=Target.COSTS, match={"project": "p3"}, to_year=2030, factor=Decimal("0.9")),
    ))
    return Plan(organisation=Organisation(name="Stichting Benchmark"), first_year=FIRST_YEAR,
                last_year=LAST_YEAR, opening_reserve=25_000_00,
                projects=[Project(id=p, name=f"Project {p}") for p in projects],
                costs=costs, sources=sources, scenarios=[user])


def best_ms(action, repeats: int = REPEATS) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def _baseline() -> int:
    total = 0
    for i in range(15_000):
        total += i
    return total


def run() -> list[dict]:
    """Rows {"name", "ms", "target_ms", "ratio"}; the first row is the baseline itself."""
    plan = make_plan()
    base_ms = best_ms(_baseline, repeats=REPEATS * 3)
    rows = [{"name": "baseline: sum 15,000 ints", "ms": base_ms, "target_ms": None, "ratio": 1.0}]
    project_plan(plan, "expected")   # warm up imports and caches once
    for scenario in ("secured", "expected", "maximum", "ravijn"):
        ms = best_ms(lambda s=scenario: project_plan(plan, s))
        rows.append({"name": f"project_plan {scenario}", "ms": ms, "target_ms": TARGET_MS, "ratio": ms / base_ms})
    ms = best_ms(lambda: project_plan(plan, "expected", project="p3"))
    rows.append({"name": "project_plan expected, project p3", "ms": ms, "target_ms": TARGET_MS,
                 "ratio": ms / base_ms})
    for name, other in (("demo plan", _demo_plan()), ("small plan (2 costs, 2 sources)", _small_plan())):
        ms = best_ms(lambda p=other: project_plan(p, "expected"))
        rows.append({"name": f"project_plan expected, {name}", "ms": ms, "target_ms": TARGET_MS,
                     "ratio": ms / base_ms})
    return rows


def _demo_plan():
    from dekkingsplan.core.planjson import loads
    from dekkingsplan.resources import demo_plan_path

    return loads(demo_plan_path().read_text(encoding="utf-8"))


def _small_plan():
    plan = _demo_plan()
    plan.costs, plan.sources, plan.scenarios = plan.costs[:2], plan.sources[:2], []
    return plan


def main() -> int:
    rows = run()
    print(f"plan: {N_SOURCES} sources, {N_COSTS} cost lines, {FIRST_YEAR}-{LAST_YEAR}; best of {REPEATS}")
    print(f"{'name':<38}{'ms':>9}{'x baseline':>12}{'target ms':>11}")
    for row in rows:
        target = "" if row["target_ms"] is None else f"{row['target_ms']:.0f}"
        flag = "" if row["target_ms"] is None or row["ms"] < row["target_ms"] else "  OVER"
        print(f"{row['name']:<38}{row['ms']:>9.2f}{row['ratio']:>12.1f}{target:>11}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
