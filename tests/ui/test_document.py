"""PlanDocument, the one place edits go through: checked by core's rules, saved, undone, announced."""

from __future__ import annotations

from dataclasses import replace

from dekkingsplan.core.edits import Part, RemoveRecord, ReplaceRecord, remove
from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.months import Month
from dekkingsplan.ui.document import PlanDocument, field_label


class _FullDisk:
    """A plan file whose every save fails, as a full USB stick would."""

    def __init__(self, plan) -> None:
        self.plan, self.path, self.read_only = plan, None, False

    def apply(self, edit):
        raise DekkingsplanError("the disk is full", "de schijf is vol")

    def close(self) -> None:
        pass


def test_an_edit_is_announced_with_what_it_touched_and_undone_and_redone(qtbot, demo_document):
    old = demo_document.plan.cost("huur")
    with qtbot.waitSignal(demo_document.changed) as changed:
        assert demo_document.apply(ReplaceRecord(old, replace(old, amount=150000)), "huur wijzigen")
    assert changed.args[0].parts == frozenset({Part.COSTS})
    assert changed.args[0].ids == frozenset({"huur"})
    assert demo_document.undo_stack.undoText() == "huur wijzigen"
    demo_document.undo_stack.undo()
    assert demo_document.plan.cost("huur").amount == 139500
    demo_document.undo_stack.redo()
    assert demo_document.plan.cost("huur").amount == 150000


def test_an_edit_the_rules_refuse_never_reaches_the_file_or_the_undo_stack(qtbot, demo_document):
    old = demo_document.plan.cost("huur")  # starts 2026-01
    with qtbot.waitSignal(demo_document.failed) as failed:
        reason = demo_document.try_apply(ReplaceRecord(old, replace(old, end=Month(2025, 6))))
    assert reason == failed.args[0] == "Einde: ligt vóór de start"
    assert demo_document.plan.cost("huur").end is None
    assert demo_document.undo_stack.count() == 0


def test_a_save_that_fails_leaves_the_plan_and_the_undo_stack_as_they_were(qtbot, demo_plan):
    document = PlanDocument(_FullDisk(demo_plan))
    old = demo_plan.cost("huur")
    reason = document.try_apply(ReplaceRecord(old, replace(old, amount=1)))
    assert reason == "Niet bewaard: de schijf is vol"
    assert demo_plan.cost("huur").amount == 139500
    assert document.undo_stack.count() == 0


def test_the_projection_follows_each_edit(qtbot, demo_document):
    before = demo_document.projection("maximum").year(2026).costs
    demo_document.apply(remove(demo_document.plan, demo_document.plan.cost("verzekeringen")))
    assert demo_document.projection("maximum").year(2026).costs == before - 85000


def test_removing_the_chosen_scenario_falls_back_to_verwacht(qtbot, demo_document):
    demo_document.set_scenario("ravijn")
    scenario = demo_document.plan.scenario("ravijn")
    with qtbot.waitSignal(demo_document.scenario_changed):
        demo_document.apply(RemoveRecord(scenario, 0))
    assert demo_document.scenario == "expected"


def test_a_problem_is_named_by_its_field_as_a_treasurer_knows_it():
    assert field_label("costs[3].amount") == "bedrag"
    assert field_label("sources[0].report_due[1]") == "verantwoording"
    assert field_label("costs[2].actuals.2026") == "realisatie"
