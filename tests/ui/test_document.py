"""PlanDocument, the one place edits go through: checked by core's rules, saved, undone, announced."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from dekkingsplan.core.edits import Part, RemoveRecord, ReplaceRecord
from dekkingsplan.core.months import Month
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.store.reader import read_plan
from dekkingsplan.ui.document import PlanDocument, field_label


def disk_full(monkeypatch) -> None:
    """From now on every write of the plan file fails, as on a full USB stick (after the plan in memory has
    already changed: the file must put it back)."""
    from dekkingsplan.store import ops

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ops, "write_step", full)


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


def test_a_save_that_fails_leaves_the_plan_and_the_undo_stack_as_they_were(qtbot, demo_file, monkeypatch):
    document = PlanDocument(PlanFile.open(demo_file))
    old = document.plan.cost("huur")
    disk_full(monkeypatch)
    reason = document.try_apply(ReplaceRecord(old, replace(old, amount=1)))
    assert reason.startswith("Niet bewaard: ") and "disk is full" in reason
    assert document.plan.cost("huur").amount == 139500
    assert document.undo_stack.count() == 0
    document.close()
    assert read_plan(demo_file).cost("huur").amount == 139500


def test_an_undo_that_cannot_be_saved_ends_the_history(qtbot, demo_file, monkeypatch):
    document = PlanDocument(PlanFile.open(demo_file))
    huur, coord = document.plan.cost("huur"), document.plan.costs[0]
    assert document.apply(ReplaceRecord(huur, replace(huur, amount=150000)))
    assert document.apply(ReplaceRecord(coord, replace(coord, name="Coördinatie")))
    after = document.plan.copy()
    disk_full(monkeypatch)
    with qtbot.waitSignal(document.failed) as failed:
        document.undo_stack.undo()
    assert failed.args[0].endswith("Eerdere stappen kunnen niet meer ongedaan worden gemaakt.")
    document.undo_stack.undo()  # the older step is not run on a plan it was not made for
    assert document.plan == after
    qtbot.waitUntil(lambda: document.undo_stack.count() == 0)
    monkeypatch.undo()
    document.close()
    assert read_plan(demo_file) == after


def test_the_projection_follows_each_edit(qtbot, demo_document):
    before = demo_document.projection("maximum").year(2026).costs
    demo_document.apply(RemoveRecord(demo_document.plan.cost("verzekeringen")))
    assert demo_document.projection("maximum").year(2026).costs == before - 85000


def test_removing_the_chosen_scenario_falls_back_to_verwacht(qtbot, demo_document):
    demo_document.set_scenario("ravijn")
    scenario = demo_document.plan.scenario("ravijn")
    with qtbot.waitSignal(demo_document.scenario_changed):
        demo_document.apply(RemoveRecord(scenario))
    assert demo_document.scenario == "expected"


def test_a_problem_is_named_by_its_field_as_a_treasurer_knows_it():
    assert field_label("costs[3].amount") == "bedrag"
    assert field_label("sources[0].report_due[1]") == "verantwoording"
    assert field_label("costs[2].actuals.2026") == "realisatie"


def test_the_rules_follow_the_plan_through_edits_undo_and_redo(qtbot, demo_document):
    """Each edit is checked against the plan as it is then (its problems are kept from the edit's trial)."""
    plan = demo_document.plan
    huur = plan.cost("huur")
    assert demo_document.apply(ReplaceRecord(huur, replace(huur, end=Month(2027, 6))))
    # a start after the end it now has is refused; before the edit it would have been accepted
    assert demo_document.try_apply(ReplaceRecord(plan.cost("huur"), replace(plan.cost("huur"),
                                                                          start=Month(2027, 9)))) is not None
    demo_document.undo_stack.undo()  # the end is open again: the same start is fine now
    assert demo_document.try_apply(ReplaceRecord(plan.cost("huur"), replace(plan.cost("huur"),
                                                                          start=Month(2027, 9)))) is None
