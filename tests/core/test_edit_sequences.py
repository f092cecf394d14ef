"""Any sequence of edits and undos keeps the plan valid and readable from its own JSON (the state machine in
tests/plans/edit_machine.py), and removing a project says what happens to its lines."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, settings

from dekkingsplan.core.edits import ProjectLines, RemoveRecord, ReplaceRecord, check_edit, remove_project
from dekkingsplan.core.planjson import dumps, loads
from tests.plans.builders import cost, plan, source
from tests.plans.edit_machine import EditingMachine

EditingMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None,
                                            suppress_health_check=[HealthCheck.too_slow])
TestEditing = EditingMachine.TestCase


def buurtkamer():
    return plan(2026, 2027, projects=["maaltijd", "huiswerk"], costs=[
        cost("coord", 41000_00), cost("kok", 6000_00, project="maaltijd"), cost("huur", 850_00, "monthly"),
    ], sources=[source("gemeente", 30000_00), source("fonds", 12000_00, "total", end="2027-06", project="maaltijd")])


def test_removing_a_project_that_lines_use_on_its_own_is_refused():
    p = buurtkamer()
    _change, problem = check_edit(p, RemoveRecord(p.project("maaltijd")))
    assert problem is not None and problem.place == "costs[1].project"  # kok, about a record not touched
    assert problem.en == "there is no project 'maaltijd'"
    assert p == buurtkamer()


def test_removing_a_project_keeps_its_lines_without_project():
    p = buurtkamer()
    edit = remove_project(p, p.project("maaltijd"), ProjectLines.UNLINK)
    assert check_edit(p, edit)[1] is None
    change = edit.apply(p)
    assert [pr.id for pr in p.projects] == ["huiswerk"]
    assert p.cost("kok").project is None and p.source("fonds").project is None
    # the listing says what happened to each line, and where
    assert [(r.part.value, r.id, r.position, r.after is None) for r in change.records] == [
        ("costs", "kok", 1, False), ("sources", "fonds", 1, False), ("projects", "maaltijd", 0, True)]
    assert loads(dumps(p)) == p
    change.inverse().apply(p)
    assert p == buurtkamer()


def test_removing_a_project_with_its_lines_and_undoing_puts_each_back_in_its_place():
    p = buurtkamer()
    change = remove_project(p, p.project("maaltijd"), ProjectLines.DELETE).apply(p)
    assert [c.id for c in p.costs] == ["coord", "huur"] and [s.id for s in p.sources] == ["gemeente"]
    assert loads(dumps(p)) == p
    change.inverse().apply(p)
    assert p == buurtkamer()


def test_a_problem_the_plan_already_had_does_not_block_an_edit_elsewhere():
    p = buurtkamer()
    p.costs[0] = replace(p.costs[0], project="weg")  # read unchecked: coord names a project that is not there
    huur = p.cost("huur")
    assert check_edit(p, ReplaceRecord(huur, replace(huur, amount=900_00)))[1] is None
    # ... but an edit of that very line is refused while the problem stays
    coord = p.cost("coord")
    assert check_edit(p, ReplaceRecord(coord, replace(coord, amount=1_00)))[1].place == "costs[0].project"


def test_undo_runs_only_on_the_state_its_edit_left():
    p = buurtkamer()
    kok = p.cost("kok")
    change = ReplaceRecord(kok, replace(kok, amount=7000_00)).apply(p)
    ReplaceRecord(p.cost("kok"), replace(kok, amount=8000_00)).apply(p)
    with pytest.raises(ValueError):
        change.inverse().apply(p)
    assert p.cost("kok").amount == 8000_00
