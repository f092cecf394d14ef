"""The Projecten screen's view model, read without a window: the projects with their lines, the project shown,
its figures per year with the Tekort row, and what removing a project does to its lines. Figures worked out by
hand beside each test."""

from __future__ import annotations

from decimal import Decimal

from dekkingsplan.core.edits import ProjectLines
from dekkingsplan.core.model import Project
from dekkingsplan.core.projection import project_plan
from dekkingsplan.ui.views.projects import (
    chosen_project,
    new_project,
    project_rows,
    removal,
    with_description,
    with_name,
)
from dekkingsplan.ui.views.year_figures import Tone, year_rows
from tests.plans.builders import cost, plan, source


def tuin():
    # project "tuin", expected scenario:
    #   2026: costs huur 6,000; income fonds 9,000 over 24 months = 4,500 + gift 1,000 planned x 0.25 = 250
    #         -> 4,750, result -1,250, coverage 4,750 / 6,000 = 0.79166.. -> 0.7917, gap 1,250
    #   2027: costs huur 6,000 + zaad 500 = 6,500; income fonds 4,500 + sponsor 5,000 = 9,500
    #         -> result +3,000, coverage 9,500 / 6,500 = 1.46153.. -> 1.4615, no gap
    # the organisation's own coordinator (2,000 a year) is no part of the project
    return plan(2026, 2027, reserve=3000_00, projects=[Project(id="tuin", name="Buurtmoestuin"), "leeg"], costs=[
        cost("coord", 2000_00),
        cost("huur", 6000_00, project="tuin"),
        cost("zaad", 500_00, "once", start="2027-04", project="tuin"),
    ], sources=[
        source("fonds", 9000_00, "total", type="fund", start="2026-01", end="2027-12", project="tuin"),
        source("gift", 1000_00, "once", type="donation", status="planned", start="2026-06", project="tuin"),
        source("sponsor", 5000_00, "once", start="2027-02", project="tuin"),
    ])


def test_each_project_with_how_many_cost_lines_and_sources_it_has():
    rows = project_rows(tuin())
    assert [(r.id, r.project.name, r.costs, r.sources) for r in rows] == [
        ("tuin", "Buurtmoestuin", 2, 3), ("leeg", "leeg", 0, 0)]


def test_a_projects_years_with_its_tekort_row_and_no_reserve():
    p = tuin()
    rows = {r.key: r for r in year_rows(project_plan(p, "expected", "tuin"))}
    assert list(rows) == ["costs", "income", "result", "coverage", "gap"]  # a project keeps no reserve
    assert rows["costs"].values == {2026: 6000_00, 2027: 6500_00} and rows["costs"].total == 12500_00
    assert rows["income"].values == {2026: 4750_00, 2027: 9500_00} and rows["income"].total == 14250_00
    assert rows["result"].values == {2026: -1250_00, 2027: 3000_00} and rows["result"].total == 1750_00
    assert rows["coverage"].values == {2026: Decimal("0.7917"), 2027: Decimal("1.4615")}
    assert rows["gap"].values == {2026: 1250_00, 2027: 0} and rows["gap"].total is None
    assert rows["result"].strong and not rows["costs"].strong


def test_a_year_with_a_gap_warns_in_its_coverage_and_tekort_a_result_below_zero_in_its_result():
    p = tuin()
    rows = {r.key: r for r in year_rows(project_plan(p, "expected", "tuin"))}
    for key in ("coverage", "gap", "result"):
        assert rows[key].tone(2026) == Tone.WARN and rows[key].tone(2027) is None
    assert rows["costs"].tone(2026) is None and rows["income"].tone(2026) is None


def test_the_whole_plan_ends_with_its_reserve_which_warns_below_zero():
    # whole plan: 2026 costs 8,000, income 4,750 -> result -3,250, reserve 3,000 - 3,250 = -250
    #             2027 costs 8,500, income 9,500 -> result +1,000, reserve 750
    p = tuin()
    rows = {r.key: r for r in year_rows(project_plan(p, "expected"))}
    assert rows["reserve"].values == {2026: -250_00, 2027: 750_00} and rows["reserve"].total is None
    assert rows["reserve"].tone(2026) == Tone.WARN and rows["reserve"].tone(2027) is None
    assert rows["coverage"].values[2026] == Decimal("0.5938")  # 4,750 / 8,000 = 0.59375, half up


def test_the_figures_follow_the_scenario():
    # Maximaal counts the planned gift in full: 2026 income 4,500 + 1,000
    p = tuin()
    rows = {r.key: r for r in year_rows(project_plan(p, "maximum", "tuin"))}
    assert rows["income"].values[2026] == 5500_00 and rows["gap"].values[2026] == 500_00


def test_the_project_shown_stays_while_it_is_there_else_the_first():
    p = tuin()
    assert chosen_project(p, "leeg") == "leeg"
    assert chosen_project(p, None) == "tuin"
    assert chosen_project(p, "weg") == "tuin"
    assert chosen_project(plan(2026, 2027), None) is None


def test_a_new_project_gets_an_id_of_its_own_and_a_blank_name_adds_none():
    p = tuin()
    made = new_project(p, "  Leeg ")
    assert (made.id, made.name, made.description) == ("leeg-2", "Leeg", None)
    assert new_project(p, "Coördinatie").id == "coordinatie"
    assert new_project(p, "   ") is None


def test_renaming_keeps_the_id_that_links_the_lines():
    project = Project(id="tuin", name="Buurtmoestuin")
    assert with_name(project, " Moestuin ") == Project(id="tuin", name="Moestuin")
    assert with_description(project, " Groente kweken ").description == "Groente kweken"
    assert with_description(Project(id="t", name="T", description="x"), "  ").description is None


def test_removing_a_project_with_lines_asks_what_becomes_of_them():
    p = tuin()
    asked = removal(p, p.project("tuin"))
    assert (asked.costs, asked.sources, asked.asks) == (2, 3, True)
    assert not removal(p, p.project("leeg")).asks  # no lines: it goes without a question


def test_to_the_exploitatie_keeps_the_lines_without_a_project_and_undo_links_them_again():
    p = tuin()
    change = removal(p, p.project("tuin")).edit(p, ProjectLines.UNLINK, label="project weg").apply(p)
    assert p.project("tuin") is None and [x.id for x in p.projects] == ["leeg"]
    assert [(c.id, c.project) for c in p.costs] == [("coord", None), ("huur", None), ("zaad", None)]
    assert all(s.project is None for s in p.sources) and len(p.sources) == 3
    # the exploitatie now carries what the project did: 2026 costs 2,000 + 6,000
    assert project_plan(p, "expected").year(2026).costs == 8000_00
    change.inverse().apply(p)
    assert [x.id for x in p.projects] == ["tuin", "leeg"]
    assert [c.project for c in p.costs] == [None, "tuin", "tuin"]


def test_also_removing_takes_the_lines_and_undo_puts_them_back_in_place():
    p = tuin()
    change = removal(p, p.project("tuin")).edit(p, ProjectLines.DELETE).apply(p)
    assert [c.id for c in p.costs] == ["coord"] and p.sources == []
    change.inverse().apply(p)
    assert [c.id for c in p.costs] == ["coord", "huur", "zaad"]
    assert [s.id for s in p.sources] == ["fonds", "gift", "sponsor"]
