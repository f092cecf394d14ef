"""Shared set-up for the plan-file tests: a private data folder for backups, and the example plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_plans import rich_plan_text

from dekkingsplan.core import planjson
from dekkingsplan.core.model import Plan


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups go to a temporary folder, never to the real user data folder."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("DEKKINGSPLAN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def rich_plan() -> Plan:
    """A plan that uses every field of DESIGN.md: specifications, actuals, report dates, adjustments..."""
    return planjson.loads(rich_plan_text(), source="rich_plan.json")
