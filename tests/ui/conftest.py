"""Shared fixtures of the UI tests: a plan document over an in-memory plan, and settings kept out of the user's home."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from dekkingsplan.core.edits import Change, Edit
from dekkingsplan.core.model import Plan
from dekkingsplan.core.planjson import loads
from dekkingsplan.resources import demo_plan_path


class MemoryPlanFile:
    """A stand-in for ``store.PlanFile``: applies edits to a plan held in memory."""

    def __init__(self, plan: Plan, path: Path | None = None) -> None:
        self.plan = plan
        self.path = path
        self.read_only = False
        self.closed = False

    def apply(self, edit: Edit) -> Change:
        return edit.apply(self.plan)

    def close(self) -> None:
        self.closed = True


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory):
    """QSettings write to a temp dir, never to the user's real settings; the language starts Dutch."""
    where = str(tmp_path_factory.mktemp("settings"))
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, where)
    yield where
    from dekkingsplan.ui import i18n

    if i18n.current_language() != i18n.DEFAULT_LANGUAGE:
        i18n.install_language(i18n.DEFAULT_LANGUAGE)


@pytest.fixture
def demo_plan() -> Plan:
    return copy.deepcopy(loads(demo_plan_path().read_text(encoding="utf-8")))


@pytest.fixture
def demo_document(qtbot, demo_plan: Plan):
    from dekkingsplan.ui.document import PlanDocument

    return PlanDocument(MemoryPlanFile(demo_plan))
