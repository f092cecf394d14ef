"""Edits: each lists what it changed, before and after and where; the listing backwards (its inverse) leaves
the plan exactly as it was."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dekkingsplan.core.edits import (
    AddRecord,
    Batch,
    Part,
    RemoveRecord,
    ReplaceRecord,
    SetOrganisation,
    SetSettings,
    Settings,
)
from dekkingsplan.core.model import Organisation, Project
from tests.plans.builders import cost, plan, scenario, source


def buurtkamer():
    return plan(2026, 2028, reserve=8500_00, projects=["maaltijd", "huiswerk"], costs=[
        cost("coord", 41000_00, category="personnel"),
        cost("kok", 6000_00, project="maaltijd"),
        cost("huur", 850_00, "monthly", category="housing"),
    ], sources=[
        source("gemeente", 30000_00, type="subsidy"),
        source("fonds", 12000_00, "total", end="2027-06", project="maaltijd"),
    ], scenarios=[scenario("ravijn", "expected")])


def undo_restores(edit) -> None:
    p = buurtkamer()
    before = buurtkamer()
    change = edit.apply(p)
    assert p != before
    change.inverse().apply(p)
    assert p == before


def test_adding_a_cost_line_in_the_middle_and_undoing_it() -> None:
    undo_restores(AddRecord(cost("schoonmaak", 1200_00, category="housing"), index=1))


def test_adding_at_the_end_and_undoing_it() -> None:
    undo_restores(AddRecord(source("collecte", 600_00, "once", start="2026-12")))


def test_removing_a_line_from_the_middle_puts_it_back_in_its_place() -> None:
    p = buurtkamer()
    change = RemoveRecord(p.costs[1]).apply(p)
    assert [c.id for c in p.costs] == ["coord", "huur"]
    assert [(r.before.id, r.after, r.position) for r in change.records] == [("kok", None, 1)]
    change.inverse().apply(p)
    assert p == buurtkamer()


def test_changing_a_line_and_its_id_and_undoing_it() -> None:
    p = buurtkamer()
    old = p.sources[0]
    undo_restores(ReplaceRecord(old, replace(old, id="gemeente-2027", amount=24000_00)))


def test_renaming_a_project_and_a_scenario() -> None:
    p = buurtkamer()
    undo_restores(ReplaceRecord(p.projects[0], Project(id="maaltijd", name="Samen eten")))
    undo_restores(ReplaceRecord(p.scenarios[0], replace(p.scenarios[0], name="Ravijn")))


def test_the_organisation_and_the_settings() -> None:
    p = buurtkamer()
    undo_restores(SetOrganisation(p.organisation, Organisation(name="Stichting De Wissel", kvk="12345678")))
    undo_restores(SetSettings(Settings.of(p), Settings(2027, 2031, -100_00, 0)))


def test_changing_the_years_never_deletes_a_line() -> None:
    p = buurtkamer()
    SetSettings(Settings.of(p), Settings(2030, 2030, 0, 0)).apply(p)
    assert len(p.costs) == 3 and len(p.sources) == 2


def test_removing_a_project_and_unlinking_its_lines_is_one_undo_step() -> None:
    p = buurtkamer()
    kok, fonds = p.cost("kok"), p.source("fonds")
    batch = Batch((
        ReplaceRecord(kok, replace(kok, project=None)),
        ReplaceRecord(fonds, replace(fonds, project=None)),
        RemoveRecord(p.project("maaltijd")),
    ), label="project verwijderen")
    change = batch.apply(p)
    assert [pr.id for pr in p.projects] == ["huiswerk"]
    assert p.cost("kok").project is None and p.source("fonds").project is None
    assert change.parts == frozenset({Part.COSTS, Part.SOURCES, Part.PROJECTS})
    assert change.ids == frozenset({"kok", "fonds", "maaltijd"})
    change.inverse().apply(p)
    assert p == buurtkamer()


def test_an_edit_says_what_it_touched() -> None:
    p = buurtkamer()
    change = AddRecord(cost("x", 1_00)).apply(p)
    assert change.concerns(Part.COSTS) and not change.concerns(Part.SOURCES)
    assert change.ids == frozenset({"x"})
    assert SetSettings(Settings.of(p), Settings(2026, 2027, 0, 0)).apply(p).concerns(Part.SETTINGS)


def test_an_id_that_is_taken_is_refused_and_nothing_changes() -> None:
    p = buurtkamer()
    with pytest.raises(ValueError):
        AddRecord(cost("coord", 1_00)).apply(p)
    with pytest.raises(ValueError):
        ReplaceRecord(p.costs[1], replace(p.costs[1], id="coord")).apply(p)
    assert p == buurtkamer()


def test_several_edits_undone_in_reverse_order() -> None:
    p = buurtkamer()
    edits = [
        AddRecord(cost("schoonmaak", 1200_00), index=0),
        ReplaceRecord(p.cost("coord"), replace(p.cost("coord"), amount=42000_00)),
        SetSettings(Settings.of(p), Settings(2026, 2030, 0, 0)),
    ]
    changes = [edit.apply(p) for edit in edits]
    changes.append(RemoveRecord(p.cost("huur")).apply(p))
    for change in reversed(changes):
        change.inverse().apply(p)
    assert p == buurtkamer()
