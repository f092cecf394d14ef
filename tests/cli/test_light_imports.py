"""The command line stays light (issue 10): a command that reads a plan JSON, or a plan file of this version,
imports no SQLAlchemy, Alembic, openpyxl, matplotlib or Qt. Each command runs as a real process under
``python -X importtime``, which lists every module the process imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dekkingsplan.core import planjson
from dekkingsplan.resources import demo_plan_path
from dekkingsplan.store.planfile import write_new_file
from tests.plans.large import RAVIJN, random_plan

HEAVY = ("sqlalchemy", "alembic", "openpyxl", "matplotlib", "PySide6", "shiboken6", "numpy")


def _imported(args: list[str], tmp_path: Path) -> tuple[set[str], subprocess.CompletedProcess]:
    env = dict(os.environ, DEKKINGSPLAN_DATA_DIR=str(tmp_path / "data"))
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "dekkingsplan", *args], capture_output=True,
                         text=True, timeout=120, env=env, check=False)
    modules = {line.rsplit("|", 1)[1].strip().split(".")[0] for line in run.stderr.splitlines()
               if line.startswith("import time:") and "|" in line}
    return modules, run


@pytest.mark.parametrize("args", [["projection", "{plan}"], ["projection", "{plan}", "--json"],
                                  ["projection", "{plan}", "--scenario", "secured", "--project", "maaltijd"],
                                  ["deadlines", "{plan}"], ["export", "{plan}", "--json", "-"]],
                         ids=["projection", "projection --json", "projection of a project", "deadlines", "export"])
@pytest.mark.parametrize("kind", ["plan JSON", "plan file"])
def test_a_command_reading_a_plan_imports_nothing_heavy(tmp_path: Path, args: list[str], kind: str) -> None:
    plan = demo_plan_path()
    if kind == "plan file":
        plan = tmp_path / "demo.dekkingsplan"
        write_new_file(plan, planjson.loads(demo_plan_path().read_text(encoding="utf-8")))
    modules, run = _imported([a.format(plan=plan) for a in args], tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "dekkingsplan" in modules and "decimal" in modules  # the list is real
    assert sorted(modules & set(HEAVY)) == []


def test_the_list_would_show_a_heavy_import(tmp_path: Path) -> None:
    """The check itself can fail: ``sheet`` needs openpyxl, and the list shows it."""
    modules, run = _imported(["sheet", str(demo_plan_path()), "--out", str(tmp_path / "x.xlsx")], tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "openpyxl" in modules


# What a projection of a plan JSON loads beyond what the naive script of the benchmark loads (json, decimal,
# fractions) is its own time (issue 10: no slower than that script). These cost milliseconds each and are not
# needed: dataclasses (with inspect; core/records.py stands in), typing (TYPE_CHECKING = False where a module
# needs names for its annotations), shutil (argparse asks it for the terminal's width only to write help).
NOT_ON_THE_PROJECTION_PATH = ("dataclasses", "inspect", "typing", "shutil")


def test_a_projection_of_a_plan_json_loads_no_module_it_does_not_need(tmp_path: Path) -> None:
    """The benchmark's kind of plan: without an RSIN, IBAN or postcode, whose checks need python-stdnum (which
    loads inspect, shutil and much more: ~30 ms)."""
    plan = tmp_path / "plan.json"
    plan.write_text(planjson.dumps(random_plan(20, 30, probabilities=True, scenarios=(RAVIJN,))), encoding="utf-8")
    modules, run = _imported(["projection", str(plan), "--json", "--scenario", "ravijn"], tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "fractions" in modules and "json" in modules  # the list is real
    assert sorted(modules & set(NOT_ON_THE_PROJECTION_PATH)) == []
