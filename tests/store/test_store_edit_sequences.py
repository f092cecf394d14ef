"""Any sequence of edits, undos and redos, saved in a plan file: the file always reads back as the plan in
memory (the state machine of tests/plans/edit_machine.py, writing every change through the store)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.stateful import invariant

from dekkingsplan.core.changes import Change
from dekkingsplan.core.edits import Edit
from dekkingsplan.core.model import Plan
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.store.reader import read_plan
from tests.plans.edit_machine import EditingMachine


class FileEditingMachine(EditingMachine):
    def start(self, plan: Plan) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="dekkingsplan-sequence-"))
        self.file = PlanFile.create(self.folder / "plan.dekkingsplan", plan)
        self.plan = self.file.plan

    def save(self, edit: Edit) -> Change:
        return self.file.apply(edit)

    @invariant()
    def the_file_holds_the_plan(self) -> None:
        if self.plan is not None:
            assert read_plan(self.file.path) == self.plan

    def teardown(self) -> None:
        if self.plan is not None:
            self.file.close()
            shutil.rmtree(self.folder, ignore_errors=True)


FileEditingMachine.TestCase.settings = settings(max_examples=10, stateful_step_count=12, deadline=None,
                                                suppress_health_check=[HealthCheck.too_slow])
TestFileEditing = FileEditingMachine.TestCase
