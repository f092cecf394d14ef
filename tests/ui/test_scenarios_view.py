"""The Scenario's screen's view model, read without a window: the scenario beside its base and the verdict on its
reserve, the adjustments' rows (which lines, which years, the change, how many lines) and the edits they make.
Figures worked out by hand beside each test."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.model import Adjustment, Category, SourceType, Status, Target
from dekkingsplan.core.projection import project_plan
from dekkingsplan.ui.views import scenarios as view
from dekkingsplan.ui.views.scenarios import AdjustmentRow, Side, Tone, Verdict
from tests.plans.builders import adjust, cost, plan, scenario, source


def buurtkamer():
    # costs 10,000 + 2,000 = 12,000 a year; opening reserve 5,000
    # Verwacht: gemeente 9,000 + fonds 3,000 applied x 0.5 = 1,500, and in 2026 the friends' 600 (in kind: never)
    #   2026 income 11,100, result -900, reserve 4,100, gap 900
    #   2027 income 10,500, result -1,500, reserve 2,600, gap 1,500; 2028 the same, reserve 1,100
    # ravijn (Verwacht, subsidies x 0.8 from 2027): 2027 and 2028 income 7,200 + 1,500 = 8,700, result -3,300,
    #   reserve 4,100 - 3,300 = 800, then -2,500: depleted in 2028
    # huur (Zeker, housing +10% in 2028): Zeker counts gemeente and the friends' gift (received)
    #   2026 9,600 - 12,000 -> reserve 2,600; 2027 -3,000 -> -400: depleted in 2027 under both
    #   2028 costs 10,000 + 2,200 = 12,200
    return plan(2026, 2028, reserve=5000_00, costs=[
        cost("coord", 10000_00, category="personnel"),
        cost("huur", 2000_00, category="housing"),
    ], sources=[
        source("gemeente", 9000_00, type="subsidy", funder="Gemeente Zwolle"),
        source("fonds", 3000_00, type="fund", status="applied", funder="Oranje Fonds"),
        source("vrienden", 600_00, "once", type="donation", status="received", start="2026-03", funder="de Vrienden"),
        source("natura", 500_00, type="subsidy", funder="Gemeente Zwolle", in_kind=True),
    ], scenarios=[
        scenario("ravijn", "expected", adjust("sources", "0.8", match={"type": "subsidy"}, from_year=2027)),
        scenario("huur", "secured", adjust("costs", "1.1", match={"category": "housing"}, from_year=2028,
                                           to_year=2028)),
    ])


def _compare(p, scenario_id):
    own = p.scenario(scenario_id)
    return {r.key: r for r in view.comparison(project_plan(p, own.base), project_plan(p, scenario_id))}


def test_the_scenario_beneath_its_base_measure_by_measure_costs_once_when_equal():
    p = buurtkamer()
    rows = _compare(p, "ravijn")
    assert list(rows) == ["base-income", "income", "costs", "base-result", "result", "base-gap", "gap",
                          "base-reserve", "reserve"]
    assert rows["base-income"].figures.values == {2026: 11100_00, 2027: 10500_00, 2028: 10500_00}
    assert rows["income"].figures.values == {2026: 11100_00, 2027: 8700_00, 2028: 8700_00}
    assert rows["income"].figures.total == 28500_00 and rows["base-income"].figures.total == 32100_00
    assert rows["costs"].side == Side.SAME and rows["costs"].figures.values[2027] == 12000_00
    assert rows["gap"].figures.values == {2026: 900_00, 2027: 3300_00, 2028: 3300_00}
    assert rows["reserve"].figures.values == {2026: 4100_00, 2027: 800_00, 2028: -2500_00}
    assert rows["base-reserve"].figures.values == {2026: 4100_00, 2027: 2600_00, 2028: 1100_00}


def test_the_base_rows_are_grey_and_plain_the_scenarios_own_strong():
    rows = _compare(buurtkamer(), "ravijn")
    assert rows["base-income"].tone == Tone.BASE and not rows["base-income"].strong
    assert rows["income"].tone is None and rows["income"].strong
    assert rows["costs"].tone is None and not rows["costs"].strong  # shown once, as costs always are
    assert rows["reserve"].figures.tone(2028) is not None and rows["reserve"].figures.tone(2027) is None


def test_costs_a_scenario_changes_stand_beside_the_bases():
    rows = _compare(buurtkamer(), "huur")
    assert rows["base-costs"].figures.values[2028] == 12000_00
    assert rows["costs"].figures.values == {2026: 12000_00, 2027: 12000_00, 2028: 12200_00}


def test_the_verdict_names_the_year_the_reserve_runs_out_here_and_under_the_base():
    p = buurtkamer()
    assert view.verdict(project_plan(p, "expected"), project_plan(p, "ravijn")) == Verdict(2028, None)
    assert view.verdict(project_plan(p, "secured"), project_plan(p, "huur")) == Verdict(2027, 2027)
    assert view.verdict(project_plan(p, "maximum"), project_plan(p, "maximum")) == Verdict(None, None)


def test_an_adjustment_counts_the_cash_lines_it_touches_and_warns_when_none():
    p = buurtkamer()
    subsidies = AdjustmentRow(0, p.scenario("ravijn").adjustments[0])
    assert view.matching_lines(p, subsidies.adjustment) == 1  # gemeente; the gift in kind is no part of it
    assert view.tone(p, subsidies, "count") is None
    nobody = view.with_match(subsidies, "funder", "Niemand")
    assert view.matching_lines(p, nobody.adjustment) == 0 and view.tone(p, nobody, "count") == Tone.WARN
    everything = AdjustmentRow(0, Adjustment(target=Target.COSTS))
    assert view.matching_lines(p, everything.adjustment) == 2


def test_the_kind_column_edits_the_type_of_a_source_and_the_category_of_a_cost():
    sources = AdjustmentRow(0, Adjustment(target=Target.SOURCES))
    costs = AdjustmentRow(1, Adjustment(target=Target.COSTS))
    assert view.with_match(sources, "kind", "fund").adjustment.match == {"type": "fund"}
    assert view.with_match(costs, "kind", "housing").adjustment.match == {"category": "housing"}
    assert view.with_match(costs, "kind", "housing").value("kind") == "housing"
    assert view.with_match(view.with_match(sources, "kind", "fund"), "kind", None).adjustment.match == {}
    assert view.kinds(Target.SOURCES) == list(SourceType) and view.kinds(Target.COSTS) == list(Category)


def test_a_cost_has_no_funder_or_status_a_choice_for_it_is_refused():
    costs = AdjustmentRow(0, Adjustment(target=Target.COSTS, match={"category": "housing"}))
    assert not costs.applies("funder") and not costs.applies("status") and costs.applies("project")
    with pytest.raises(DekkingsplanError, match="no funder or status"):
        view.with_match(costs, "funder", "Oranje Fonds")
    assert view.with_match(costs, "status", None) == costs  # "—" changes nothing
    p = buurtkamer()
    assert view.tone(p, costs, "funder") == Tone.MUTED and view.tone(p, costs, "project") is None
    assert view.funders(p, Target.COSTS) == [] and view.statuses(Target.COSTS) == []
    assert view.statuses(Target.SOURCES) == list(Status)


def test_the_funders_offered_are_the_plans_in_alphabetical_order():
    assert view.funders(buurtkamer(), Target.SOURCES) == ["de Vrienden", "Gemeente Zwolle", "Oranje Fonds"]


def test_turning_an_adjustment_to_the_other_kind_of_line_keeps_only_its_project():
    row = AdjustmentRow(0, Adjustment(target=Target.SOURCES, match={"type": "fund", "funder": "Oranje Fonds",
                                                                   "project": "tuin", "id": "fonds"}))
    turned = view.with_target(row, "costs")
    assert turned.target == Target.COSTS and turned.adjustment.match == {"project": "tuin"}
    assert view.with_target(row, "sources") == row


def test_the_years_from_and_to_and_an_open_year_reads_grey():
    p = buurtkamer()
    row = AdjustmentRow(0, p.scenario("ravijn").adjustments[0])
    assert view.tone(p, row, "from_year") is None and view.tone(p, row, "to_year") == Tone.MUTED
    row = view.with_year(view.with_year(row, "to_year", 2028), "from_year", None)
    assert (row.adjustment.from_year, row.adjustment.to_year) == (None, 2028)
    assert view.tone(p, row, "from_year") == Tone.MUTED and view.tone(p, row, "to_year") is None


def test_one_line_is_chosen_among_the_lines_of_its_kind():
    p = buurtkamer()
    assert [x.id for x in view.lines(p, Target.COSTS)] == ["coord", "huur"]
    assert [x.id for x in view.lines(p, Target.SOURCES)] == ["gemeente", "fonds", "vrienden", "natura"]
    row = view.with_match(AdjustmentRow(0, Adjustment(target=Target.SOURCES)), "id", "fonds")
    assert row.value("id") == "fonds" and view.matching_lines(p, row.adjustment) == 1


@pytest.mark.parametrize(("factor", "percent"), [("0.8", "-20"), ("1.1", "10"), ("1", "0"), ("0", "-100"),
                                                 ("0.975", "-2.5")])
def test_a_factor_is_a_change_in_percent(factor, percent):
    assert view.percent_change(Decimal(factor)) == Decimal(percent)
    assert view.factor_of(Decimal(percent)) == Decimal(factor)
    assert view.factor_of(None) == 1  # nothing typed: no change


@given(st.decimals(min_value=0, max_value=10, places=4))
def test_a_factor_read_back_from_its_change_is_the_same(factor):
    assert view.factor_of(view.percent_change(factor)) == factor


def test_adding_changing_and_removing_adjustments_keeps_the_others_in_place():
    p = buurtkamer()
    ravijn = p.scenario("ravijn")
    added = view.with_added(ravijn)
    assert added.adjustments[1] == Adjustment(target=Target.SOURCES, match={}, factor=Decimal("0.9"))
    halved = view.with_factor(AdjustmentRow(0, added.adjustments[0]), Decimal("0.5"))
    changed = view.with_adjustment(added, halved)
    assert [a.factor for a in changed.adjustments] == [Decimal("0.5"), Decimal("0.9")]
    assert view.without_adjustment(changed, 0).adjustments == (added.adjustments[1],)
    assert [r.index for r in view.adjustment_rows(changed)] == [0, 1]
    assert ravijn.adjustments[0].factor == Decimal("0.8")  # the scenario itself is not changed


def test_a_new_scenario_is_on_verwacht_and_never_takes_a_built_in_id():
    p = buurtkamer()
    made = view.new_scenario(p, "  Fondsen vallen tegen ")
    assert (made.id, made.name, made.base, made.adjustments) == ("fondsen-vallen-tegen", "Fondsen vallen tegen",
                                                                 "expected", ())
    assert view.new_scenario(p, "Maximum").id == "maximum-2"
    assert view.new_scenario(p, "Ravijn").id == "ravijn-2"
    assert view.new_scenario(p, "  ") is None


def test_a_copy_keeps_base_and_adjustments_under_an_id_of_its_own():
    p = buurtkamer()
    copy = view.duplicate(p, p.scenario("huur"), "Huur (kopie)")
    assert (copy.id, copy.name, copy.base) == ("huur-2", "Huur (kopie)", "secured")
    assert copy.adjustments == p.scenario("huur").adjustments


def test_names_and_bases_as_typed_and_the_scenario_shown():
    p = buurtkamer()
    assert view.with_name(p.scenario("huur"), " Huur omhoog ").name == "Huur omhoog"
    assert view.with_base(p.scenario("huur"), "maximum").base == "maximum"
    assert view.chosen_scenario(p, "huur") == "huur"
    assert view.chosen_scenario(p, "weg") == "ravijn" and view.chosen_scenario(p, None) == "ravijn"
    assert view.chosen_scenario(plan(2026, 2027), None) is None
