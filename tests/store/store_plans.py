"""The example plan files of the plan-file tests (``fixtures/``). (Named apart from conftest.py, which other
test folders have too: ``from conftest import`` could find theirs.)"""

from __future__ import annotations

import hashlib
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def rich_plan_text() -> str:
    return (FIXTURES / "rich_plan.json").read_text(encoding="utf-8")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
