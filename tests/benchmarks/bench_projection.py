"""Benchmark: the projection of a large plan (1,000 sources, 500 cost lines, 10 years) per scenario.

Run as ``python tests/benchmarks/bench_projection.py``; ``run()`` returns the rows for an overall runner.
Each figure is the best of several runs (time.perf_counter); a baseline measured in the same run (summing
15,000 ints in a Python loop, about the number of line-years in the plan) makes figures comparable between
machines: ``ratio`` is ms / baseline ms. The target is to stay well under 50 ms per projection.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if __package__ in (None, ""):   # run as a script from anywhere: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dekkingsplan.core.projection import project_plan  # noqa: E402
from tests.benchmarks.timing import baseline_row, best_ms  # noqa: E402
from tests.plans.large import FIRST_YEAR, LAST_YEAR, RAVIJN, random_plan  # noqa: E402

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.core.model import Plan

N_SOURCES, N_COSTS = 1000, 500
TARGET_MS = 50.0
REPEATS = 7


def make_plan() -> Plan:
    """A deterministic plan: mixed bases, indexations, statuses, probabilities, projects, a user scenario."""
    return random_plan(N_COSTS, N_SOURCES, probabilities=True, scenarios=(RAVIJN,))


def run() -> list[dict]:
    """Rows {"name", "ms", "target_ms", "ratio"}; the first row is the baseline itself."""
    plan = make_plan()
    rows = [baseline_row(REPEATS * 3)]
    base_ms = rows[0]["ms"]
    project_plan(plan, "expected")   # warm up imports and caches once
    for scenario in ("secured", "expected", "maximum", "ravijn"):
        ms = best_ms(lambda s=scenario: project_plan(plan, s), REPEATS)
        rows.append({"name": f"project_plan {scenario}", "ms": ms, "target_ms": TARGET_MS, "ratio": ms / base_ms})
    ms = best_ms(lambda: project_plan(plan, "expected", project="p3"), REPEATS)
    rows.append({"name": "project_plan expected, project p3", "ms": ms, "target_ms": TARGET_MS,
                 "ratio": ms / base_ms})
    for name, other in (("demo plan", _demo_plan()), ("small plan (2 costs, 2 sources)", _small_plan())):
        ms = best_ms(lambda p=other: project_plan(p, "expected"), REPEATS)
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
