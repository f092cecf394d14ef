"""The projection benchmark's naive reference script (tests/benchmarks/reference_projection.py) prints what
``projection --json`` prints: DESIGN.md's rules written out a second time, plainly, agree with core's on the demo
plan and on generated plans under every scenario — so the benchmark compares two programs doing the same work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dekkingsplan.cli import main
from dekkingsplan.core.planjson import dumps
from dekkingsplan.resources import demo_plan_path
from tests.plans.large import RAVIJN, random_plan

REFERENCE = Path(__file__).parents[1] / "benchmarks" / "reference_projection.py"


def _reference(plan: Path, scenario: str) -> str:
    return subprocess.run([sys.executable, str(REFERENCE), str(plan), scenario], capture_output=True, text=True,
                          check=True, timeout=120).stdout


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("scenario", ["expected", "secured", "maximum", "ravijn"])
def test_the_reference_prints_the_apps_projection(tmp_path: Path, capsys, seed: int, scenario: str) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(dumps(random_plan(15, 30, seed=seed, probabilities=True, scenarios=(RAVIJN,))),
                    encoding="utf-8")
    assert main(["projection", str(plan), "--json", "--scenario", scenario]) == 0
    assert _reference(plan, scenario) == capsys.readouterr().out


def test_the_reference_prints_the_demo_plans_projection(capsys) -> None:
    assert main(["projection", str(demo_plan_path()), "--json"]) == 0
    assert _reference(demo_plan_path(), "expected") == capsys.readouterr().out
