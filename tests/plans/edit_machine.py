"""A hypothesis state machine of a treasurer editing a plan: any sequence of edits (checked as the window
checks them), undos and redos. Subclasses mirror the edits elsewhere (the plan file) by overriding ``save``."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from dekkingsplan.core.changes import Change
from dekkingsplan.core.edits import (
    AddRecord,
    Edit,
    ProjectLines,
    RemoveRecord,
    ReplaceRecord,
    SetOrganisation,
    SetSettings,
    Settings,
    check_edit,
    remove_project,
)
from dekkingsplan.core.model import BUILTIN_SCENARIOS, Plan, Project, Scenario
from dekkingsplan.core.planjson import dumps, loads
from dekkingsplan.core.validation import check_plan
from tests.plans.strategies import IDS, NAME, ORGANISATIONS, cost_lines, plans, sources


class EditingMachine(RuleBasedStateMachine):
    """The plan after every step is valid and reads back from its own JSON; undo gives back exactly the plan
    before the edit, redo exactly the plan after it."""

    def __init__(self) -> None:
        super().__init__()
        self.plan: Plan | None = None
        self.done: list[tuple[Change, Plan, Plan]] = []  # (change, plan before, plan after)
        self.undone: list[tuple[Change, Plan, Plan]] = []
        self.refused = 0

    # --- where the edits go: the plan in memory, or (subclasses) a plan file too ----------------------------

    def start(self, plan: Plan) -> None:
        self.plan = plan

    def save(self, edit: Edit) -> Change:
        return edit.apply(self.plan)

    # --- the steps ------------------------------------------------------------------------------------------

    @initialize(plan=plans(max_lines=3, max_years=4))
    def open_plan(self, plan: Plan) -> None:
        assert check_plan(plan) == []
        self.start(plan)

    def edit(self, edit: Edit) -> None:
        """As the window does: refused when it would make the plan invalid, else made and kept for undo."""
        try:
            _change, problem = check_edit(self.plan, edit)
        except ValueError:  # an id that is taken: the edit cannot be made at all
            self.refused += 1
            return
        if problem is not None:
            self.refused += 1
            return
        before = self.plan.copy()
        change = self.save(edit)
        self.done.append((change, before, self.plan.copy()))
        self.undone.clear()

    @rule(data=st.data())
    def add_line(self, data: st.DataObject) -> None:
        projects = [p.id for p in self.plan.projects]
        make = data.draw(st.sampled_from([cost_lines, sources]))
        line = data.draw(make(self.plan.first_year, self.plan.last_year, projects))
        items = self.plan.costs if make is cost_lines else self.plan.sources
        self.edit(AddRecord(line, data.draw(st.none() | st.integers(0, len(items)))))

    @rule(data=st.data())
    def change_line(self, data: st.DataObject) -> None:
        lines = [*self.plan.costs, *self.plan.sources]
        if not lines:
            return
        old = data.draw(st.sampled_from(lines))
        make = cost_lines if old in self.plan.costs else sources
        new = data.draw(make(self.plan.first_year, self.plan.last_year, [p.id for p in self.plan.projects]))
        self.edit(ReplaceRecord(old, new if data.draw(st.booleans()) else replace(new, id=old.id)))

    @rule(project_id=IDS, name=NAME)
    def add_project(self, project_id: str, name: str) -> None:
        self.edit(AddRecord(Project(id=project_id, name=name)))

    @rule(data=st.data(), scenario_id=IDS.filter(lambda i: i not in BUILTIN_SCENARIOS))
    def add_scenario(self, data: st.DataObject, scenario_id: str) -> None:
        self.edit(AddRecord(Scenario(id=scenario_id, name=scenario_id,
                                     base=data.draw(st.sampled_from(BUILTIN_SCENARIOS)))))

    @rule(data=st.data())
    def remove_record(self, data: st.DataObject) -> None:
        """Any record on its own — a project that lines still use too, which the rules must refuse."""
        records = [*self.plan.projects, *self.plan.costs, *self.plan.sources, *self.plan.scenarios]
        if records:
            self.edit(RemoveRecord(data.draw(st.sampled_from(records))))

    @rule(data=st.data(), lines=st.sampled_from(ProjectLines))
    def remove_a_project(self, data: st.DataObject, lines: ProjectLines) -> None:
        if self.plan.projects:
            project = data.draw(st.sampled_from(self.plan.projects))
            self.edit(remove_project(self.plan, project, lines))

    @rule(first=st.integers(2022, 2032), years=st.integers(0, 6), reserve=st.integers(-10**7, 10**7))
    def change_settings(self, first: int, years: int, reserve: int) -> None:
        self.edit(SetSettings(Settings.of(self.plan), Settings(first, first + years, reserve, 0)))

    @rule(organisation=ORGANISATIONS)
    def change_organisation(self, organisation) -> None:
        self.edit(SetOrganisation(self.plan.organisation, organisation))

    @precondition(lambda self: self.done)
    @rule()
    def undo(self) -> None:
        change, before, after = self.done.pop()
        assert self.plan == after
        self.save(change.inverse())
        assert self.plan == before
        self.undone.append((change, before, after))

    @precondition(lambda self: self.undone)
    @rule()
    def redo(self) -> None:
        change, before, after = self.undone.pop()
        self.save(change.again())
        assert self.plan == after
        self.done.append((change, before, after))

    # --- what always holds ----------------------------------------------------------------------------------

    @invariant()
    def the_plan_keeps_its_rules(self) -> None:
        if self.plan is not None:
            assert check_plan(self.plan) == []

    @invariant()
    def the_plan_reads_back_from_its_own_json(self) -> None:
        if self.plan is not None:
            text = dumps(self.plan)
            assert loads(text) == self.plan
            assert dumps(loads(text)) == text
