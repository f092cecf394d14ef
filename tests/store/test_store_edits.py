"""Each edit is one commit: the file and the plan in memory change together, or neither changes."""

from __future__ import annotations

import random
import shutil
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from store_plans import sha256

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
from dekkingsplan.core.model import Adjustment, CostLine, Plan, Project, Scenario, Target
from dekkingsplan.store.errors import StoreError, StoreErrorKind
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.store.reader import read_plan
from tests.plans.edits import random_edit


@pytest.fixture
def plan_file(tmp_path: Path, rich_plan: Plan) -> PlanFile:
    pf = PlanFile.create(tmp_path / "wissel.dekkingsplan", rich_plan)
    yield pf
    pf.close()


def positions(path: Path, table: str) -> list[tuple[str, int]]:
    raw = sqlite3.connect(path)
    try:
        return raw.execute(f"SELECT id, position FROM {table} ORDER BY position").fetchall()
    finally:
        raw.close()


def test_adding_a_cost_line_in_the_middle_moves_the_others_down(plan_file: PlanFile) -> None:
    printing = CostLine(id="drukwerk", name="Drukwerk folders", amount=35000, start=None,
                        actuals={2026: 12000})
    change = plan_file.apply(AddRecord(printing, 1))
    assert change.parts == {Part.COSTS} and change.ids == {"drukwerk"}
    assert [c.id for c in plan_file.plan.costs][:3] == ["coord", "drukwerk", "begeleiding"]
    assert positions(plan_file.path, "cost_line") == [
        ("coord", 0), ("drukwerk", 1), ("begeleiding", 2), ("vrijwilligers", 3), ("huur", 4),
        ("ruimte-om-niet", 5), ("boodschappen", 6), ("website", 7)]
    assert read_plan(plan_file.path).cost("drukwerk") == printing


def test_deleting_a_source_closes_the_gap_and_takes_its_report_dates(plan_file: PlanFile) -> None:
    plan_file.apply(RemoveRecord(plan_file.plan.source("fonds-maaltijd")))
    assert positions(plan_file.path, "source") == [
        ("gemeente-2026", 0), ("gemeente-2027", 1), ("collecte", 2), ("verhuur", 3), ("bijdragen", 4),
        ("zorgverzekeraar", 5), ("fietsen", 6)]
    raw = sqlite3.connect(plan_file.path)
    try:  # fonds-maaltijd had two report dates, gemeente-2026 has one: only that one is left
        assert raw.execute("SELECT due FROM report_due").fetchall() == [("2027-04-01",)]
    finally:
        raw.close()
    assert read_plan(plan_file.path) == plan_file.plan


def test_changing_a_line_rewrites_it_in_place_with_its_new_actuals_and_id(plan_file: PlanFile) -> None:
    old = plan_file.plan.cost("coord")
    new = replace(old, id="coordinator", amount=4250000, indexation=Decimal("3.00"), actuals={2028: 100})
    change = plan_file.apply(ReplaceRecord(old, new))
    assert change.ids == {"coord", "coordinator"}
    again = read_plan(plan_file.path)
    assert again.costs[0] == new
    assert str(again.costs[0].indexation) == "3.00"
    assert again.cost("coord") is None


def test_changing_a_scenario_rewrites_its_adjustments(plan_file: PlanFile) -> None:
    old = plan_file.plan.scenario("ravijn")
    new = replace(old, adjustments=(Adjustment(target=Target.COSTS, match={"category": "housing"},
                                               factor=Decimal("1.10")),))
    plan_file.apply(ReplaceRecord(old, new))
    assert read_plan(plan_file.path).scenario("ravijn") == new


def test_changing_the_organisation_and_the_settings(plan_file: PlanFile) -> None:
    org = plan_file.plan.organisation
    plan_file.apply(SetOrganisation(org, replace(org, name="Stichting De Wissel", anbi=False, kvk=None)))
    plan_file.apply(SetSettings(Settings.of(plan_file.plan), Settings(2025, 2030, 0, 0)))
    again = read_plan(plan_file.path)
    assert again.organisation.name == "Stichting De Wissel"
    assert again.organisation.anbi is False and again.organisation.kvk is None
    assert (again.first_year, again.last_year, again.opening_reserve) == (2025, 2030, 0)


def test_undo_puts_the_file_back_exactly(plan_file: PlanFile, rich_plan: Plan) -> None:
    start = read_plan(plan_file.path)
    edits = [
        AddRecord(Project(id="sport", name="Sportinstuif"), 0),
        RemoveRecord(plan_file.plan.cost("huur")),
    ]
    changes = [plan_file.apply(edit) for edit in edits]
    for change in reversed(changes):
        plan_file.apply(change.inverse())
    assert read_plan(plan_file.path) == start == plan_file.plan


@pytest.mark.parametrize("how", ["created", "reopened"])
def test_a_copy_taken_after_any_commit_opens_complete(tmp_path: Path, rich_plan: Plan, how: str) -> None:
    """The file alone holds everything after each commit: copy only the .dekkingsplan, never a side file."""
    path = tmp_path / "wissel.dekkingsplan"
    pf = PlanFile.create(path, rich_plan)
    if how == "reopened":
        pf.close()
        pf = PlanFile.open(path)
    rng = random.Random(7)
    with pf:
        for i in range(30):
            pf.apply(random_edit(rng, pf.plan))
            assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("wissel")) == [path.name]
            copy = tmp_path / f"copy-{i}.dekkingsplan"
            shutil.copyfile(path, copy)  # while the plan is still open for editing
            assert read_plan(copy) == pf.plan


def test_random_edits_keep_memory_and_file_in_step(plan_file: PlanFile) -> None:
    rng = random.Random(2026)
    for _ in range(300):
        plan_file.apply(random_edit(rng, plan_file.plan))
    assert read_plan(plan_file.path) == plan_file.plan
    for table, items in (("cost_line", plan_file.plan.costs), ("source", plan_file.plan.sources),
                         ("project", plan_file.plan.projects), ("scenario", plan_file.plan.scenarios)):
        assert positions(plan_file.path, table) == [(r.id, i) for i, r in enumerate(items)]


def _refuse_inserts_named(path: Path, name: str) -> None:
    """A trigger that makes the database refuse one write, as a full disk or a broken file would."""
    raw = sqlite3.connect(path)
    try:
        raw.execute(f"CREATE TRIGGER refuse BEFORE INSERT ON cost_line WHEN NEW.name = '{name}' "
                    "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
        raw.commit()
    finally:
        raw.close()


def test_a_failed_write_leaves_plan_and_file_as_they_were(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "p.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    _refuse_inserts_named(path, "weigeren")
    with PlanFile.open(path) as pf:
        before_plan = pf.plan.copy()
        costs_list = pf.plan.costs
        before_hash = sha256(path)
        # the first step (a project) succeeds in the database, the second fails: both must be undone
        batch = Batch((AddRecord(Project(id="nieuw", name="Nieuw project")),
                       ReplaceRecord(pf.plan.cost("huur"), replace(pf.plan.cost("huur"), amount=1)),
                       AddRecord(CostLine(id="x", name="weigeren", amount=1), 0)))
        with pytest.raises(StoreError) as caught:
            pf.apply(batch)
        assert caught.value.kind == StoreErrorKind.SAVE_FAILED
        assert "disk says no" in caught.value.text("nl")
        assert "het plan is zoals het was" in caught.value.text("nl")
        assert pf.plan == before_plan
        assert pf.plan.costs is costs_list  # the same list object: views holding it stay right
        assert sha256(path) == before_hash
        pf.apply(AddRecord(Project(id="nieuw", name="Nieuw project")))  # and the file still takes edits
        assert read_plan(path) == pf.plan


def test_an_edit_the_core_refuses_halfway_leaves_the_plan_as_it_was(plan_file: PlanFile) -> None:
    before = plan_file.plan.copy()
    batch = Batch((AddRecord(Project(id="a", name="A")), AddRecord(Project(id="a", name="A again"))))
    with pytest.raises(ValueError, match="already taken"):
        plan_file.apply(batch)
    assert plan_file.plan == before
    assert read_plan(plan_file.path) == before


def test_an_edit_that_lists_no_steps_is_refused_and_nothing_changes(plan_file: PlanFile) -> None:
    """The file is written from the change listing; an edit that changes the plan without listing its steps
    could be neither saved nor undone, so it is refused whole."""
    class SortCosts:
        label = "sorteren"

        def apply(self, plan: Plan):
            from dekkingsplan.core.edits import Change

            plan.costs.sort(key=lambda c: c.name)
            return Change(frozenset({Part.COSTS}))

    before = read_plan(plan_file.path)
    assert [c.name for c in before.costs] != sorted(c.name for c in before.costs)
    with pytest.raises(StoreError) as caught:
        plan_file.apply(SortCosts())
    assert caught.value.kind == StoreErrorKind.SAVE_FAILED
    assert plan_file.plan == before == read_plan(plan_file.path)


def test_a_read_only_plan_file_refuses_edits(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "p.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    with PlanFile.open(path, read_only=True) as pf:
        assert pf.read_only
        with pytest.raises(StoreError) as caught:
            pf.apply(AddRecord(Project(id="x", name="X")))
        assert caught.value.kind == StoreErrorKind.READ_ONLY
        assert pf.plan == rich_plan


def test_a_closed_plan_file_refuses_edits(tmp_path: Path, rich_plan: Plan) -> None:
    pf = PlanFile.create(tmp_path / "p.dekkingsplan", rich_plan)
    pf.close()
    pf.close()  # twice is fine
    with pytest.raises(StoreError) as caught:
        pf.apply(AddRecord(Project(id="x", name="X")))
    assert caught.value.kind == StoreErrorKind.CLOSED


def test_remove_by_record_uses_the_id_even_from_an_older_copy(plan_file: PlanFile) -> None:
    stale = plan_file.plan.source("collecte")
    plan_file.apply(ReplaceRecord(stale, replace(stale, amount=50000, report_due=())))
    plan_file.apply(RemoveRecord(stale))
    assert plan_file.plan.source("collecte") is None
    assert read_plan(plan_file.path) == plan_file.plan


def test_scenarios_can_be_added_and_removed(plan_file: PlanFile) -> None:
    scenario = Scenario(id="krimp", name="Krimp", base="secured",
                        adjustments=(Adjustment(target=Target.SOURCES, match={}, factor=Decimal("0.9")),))
    plan_file.apply(AddRecord(scenario))
    assert read_plan(plan_file.path).scenario("krimp") == scenario
    plan_file.apply(RemoveRecord(scenario))
    raw = sqlite3.connect(plan_file.path)
    try:  # the adjustments went with their scenario: ravijn has 2, zonder-fonds 1
        assert raw.execute("SELECT count(*) FROM adjustment").fetchone() == (3,)
    finally:
        raw.close()
