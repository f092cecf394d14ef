"""Begroting and Dekking's view model, read without a window: each field's value, what typing makes of a line,
what is derived or toned, the filters, the totals per year of the lines shown, new lines and copies. Figures
worked out by hand beside each test."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dekkingsplan.core.edits import AddRecord, RemoveRecord
from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.model import Basis, Category, Plan, Project, SourceType, Status
from dekkingsplan.core.months import Month
from dekkingsplan.core.projection import project_plan
from dekkingsplan.ui.views.cells import number_text, read_dates, read_percentage
from dekkingsplan.ui.views.lines import (
    CostsView,
    Ongoing,
    SourcesView,
    Specification,
    Suggested,
    Tone,
)
from dekkingsplan.ui.views.paste import CellProblem, DoesNotFit, NoBlock, Pasted, Unreadable
from tests.plans.builders import cost, plan, source
from tests.plans.examples import demo


def _views(p: Plan, lang: str = "nl") -> tuple[CostsView, SourcesView]:
    def projection(base: str):
        return project_plan(p, base)

    return (CostsView(lambda: p, projection, lambda: lang), SourcesView(lambda: p, projection, lambda: lang))


def costs_of(p: Plan, lang: str = "nl") -> CostsView:
    return _views(p, lang)[0]


def sources_of(p: Plan, lang: str = "nl") -> SourcesView:
    return _views(p, lang)[1]


def small() -> Plan:
    # 2026–2027. Costs: the coordinator 1.200 a year for project "buurt"; a 100-a-month course from July 2027
    # (6 months in 2027); a free room worth 500 a year (in kind: never in the cash figures).
    # Sources: a committed 1.000 a year; an application of 2.000 once in March 2026 at a 25% chance
    # (Verwacht counts 500); a rejected 500 a year (counted nowhere).
    return plan(2026, 2027, projects=[Project(id="buurt", name="Buurtkamer")], costs=[
        cost("coord", 1200_00, category="personnel", project="buurt", name="Coördinator"),
        cost("cursus", 100_00, "monthly", start="2027-07", name="Cursus"),
        cost("zaal", 500_00, project="buurt", in_kind=True, name="Zaal om niet"),
    ], sources=[
        source("gemeente", 1000_00, type="subsidy", name="Gemeente"),
        source("fonds", 2000_00, "once", type="fund", status="applied", start="2026-03", probability="0.25",
               name="Fonds"),
        source("afgewezen", 500_00, type="fund", status="rejected", name="Afgewezen fonds"),
    ])


# --- what a line shows -------------------------------------------------------------------------------------------


def test_a_cost_lines_fields_as_typed_values():
    view = costs_of(demo())
    coord = demo().cost("coord")  # 43.150,00 a year from January 2026, open-ended, 2,5% indexation
    assert [view.value(coord, k) for k in ("name", "category", "amount", "basis", "start", "end", "indexation")] == [
        "Coördinator 0,6 fte", Category.PERSONNEL, 43150_00, Basis.PER_YEAR, Month(2026, 1), Ongoing.ONGOING,
        Decimal("2.5")]
    assert view.value(demo().cost("jongerenwerk"), "specification") == Specification(Decimal("416"), "uur", 3250)
    kitchen = demo().cost("keuken")  # a one-off amount has no end at all, not "doorlopend"
    assert (view.value(kitchen, "basis"), view.value(kitchen, "end")) == (Basis.ONCE, None)
    assert view.value(demo().cost("maaltijd-kok"), "project") == "Aanschuifmaaltijden"
    assert view.value(demo().cost("kerkzaal"), "in_kind") is True


def test_a_line_whose_project_was_removed_still_shows_the_project_it_carries():
    p = small()
    p.projects.clear()  # removed with "keep the lines as they are"
    view = costs_of(p)
    assert view.value(p.cost("coord"), "project") == "buurt"
    assert view.project_choices() == [None]  # it can be moved to the exploitatie; the gone project is no choice
    assert view.shown(view.lines(), {"project": "buurt"}) == [p.cost("coord"), p.cost("zaal")]


def test_in_kind_and_rejected_rows_are_muted_and_a_status_has_its_tone():
    p = small()
    costs, sources = _views(p)
    assert costs.row_tone(p.cost("zaal")) is Tone.MUTED
    assert costs.row_tone(p.cost("coord")) is None
    assert sources.row_tone(p.source("afgewezen")) is Tone.MUTED
    assert sources.row_tone(p.source("gemeente")) is None
    status = sources.field("status")
    assert [status.background(p.source(i)) for i in ("gemeente", "fonds", "afgewezen")] == [
        Tone.COMMITTED, Tone.APPLIED, Tone.REJECTED]


def test_a_start_before_the_plan_is_toned_and_an_open_end_is_muted_and_derived():
    p = plan(2026, 2027, costs=[cost("oud", 100_00, start="2025-09", end="2026-06"), cost("open", 100_00)])
    view = costs_of(p)
    start, end = view.field("start"), view.field("end")
    assert start.tone(p.cost("oud")) is Tone.EARLY
    assert start.tone(p.cost("open")) is None
    assert (end.tone(p.cost("open")), end.derived(p.cost("open"))) == (Tone.MUTED, True)
    assert (end.tone(p.cost("oud")), end.derived(p.cost("oud"))) == (None, False)
    assert end.start(p.cost("open")) is None  # the editor starts empty, not with "doorlopend"
    moved = view.edited(p.cost("open"), "start", "2025-12")
    assert view.starts_early(p.cost("open"), moved)  # said at once, when typed
    assert not view.starts_early(p.cost("oud"), view.edited(p.cost("oud"), "end", "2026-07"))  # already early


def test_probability_shows_the_own_figure_or_the_default_of_the_status():
    p = demo()
    view = sources_of(p)
    own, default = p.source("gemeente-2027"), p.source("vsbfonds")  # 0.8; planned without own figure
    field = view.field("probability")
    assert (field.value(own), field.derived(own), field.start(own)) == (Decimal(80), False, "80")
    assert (field.value(default), field.derived(default), field.start(default)) == (Decimal(25), True, "")
    assert view.value(p.source("oranjefonds"), "report_due") == (date(2027, 10, 1), date(2028, 11, 1))


def test_a_planned_fund_without_a_date_gets_a_suggested_one_until_a_date_is_typed():
    p = demo()
    view = sources_of(p)
    fund = view.edited(p.source("vsbfonds"), "apply_by", "")
    # its start, January 2027, less four months
    assert view.value(fund, "apply_by") == Suggested(date(2026, 9, 1))
    assert view.field("apply_by").derived(fund)
    assert view.field("apply_by").start(fund) is None  # the editor starts empty
    typed = view.edited(fund, "apply_by", "2026-10-15")
    assert view.value(typed, "apply_by") == date(2026, 10, 15)
    assert not view.field("apply_by").derived(typed)


# --- typing ----------------------------------------------------------------------------------------------------------


def test_amounts_months_and_percentages_are_read_as_people_type_them():
    p = demo()
    view = costs_of(p)
    rent = p.cost("huur")
    assert view.edited(rent, "amount", "1.234,56").amount == 1234_56
    assert view.edited(rent, "amount", "€ 850").amount == 850_00
    assert view.edited(rent, "start", "2026-09").start == Month(2026, 9)
    assert view.edited(rent, "start", "sep 2026").start == Month(2026, 9)
    assert view.edited(rent, "indexation", "3,5%").indexation == Decimal("3.5")
    assert view.edited(rent, "indexation", "-1,5").indexation == Decimal("-1.5")
    assert view.edited(p.cost("coord"), "indexation", "").indexation is None
    assert view.edited(rent, "end", "").end is None


@pytest.mark.parametrize("typed", ["sep 2026", "september 2026", "9-2026", "2026-09"])
def test_a_month_as_a_treasurer_types_it(typed: str):
    assert costs_of(demo()).edited(demo().cost("coord"), "start", typed).start == Month(2026, 9)


def test_1_39_in_an_amount_is_asked_about_not_guessed():
    view, rent = costs_of(demo()), demo().cost("huur")
    with pytest.raises(DekkingsplanError) as refused:
        view.edited(rent, "amount", "1.39")
    assert refused.value.text("nl") == ("'1.39' kan twee bedragen zijn: bedoelt u €\u00a01,39 of €\u00a0139? "
                                        "Schrijf 1,39 of 139")
    assert view.edited(rent, "amount", "1,39").amount == 1_39
    assert view.edited(rent, "amount", "1.395").amount == 1395_00  # a point before three digits: thousands


def test_in_english_a_point_is_the_decimal_point():
    view = costs_of(demo(), "en")
    assert view.edited(demo().cost("huur"), "amount", "1,234.56").amount == 1234_56
    assert view.edited(demo().cost("huur"), "amount", "1.39").amount == 139
    assert view.field("indexation").start(demo().cost("coord")) == "2.5"
    assert costs_of(demo(), "nl").field("indexation").start(demo().cost("coord")) == "2,5"


def test_a_bad_amount_is_refused_with_a_sentence():
    view = costs_of(demo())
    with pytest.raises(DekkingsplanError) as refused:
        view.edited(demo().cost("coord"), "amount", "12,5,0")
    assert refused.value.text("nl") == "'12,5,0' is geen bedrag: de komma's staan op de verkeerde plaats"


def test_choices_and_the_in_kind_box():
    p = small()
    view = costs_of(p)
    line = p.cost("cursus")
    assert view.field("category").choices() == list(Category)
    assert view.edited(line, "category", Category.ACTIVITIES).category == Category.ACTIVITIES
    assert view.edited(line, "project", "buurt").project == "buurt"
    assert view.edited(p.cost("coord"), "project", None).project is None
    assert view.edited(line, "in_kind", True).in_kind
    assert view.field("project").start(p.cost("coord")) == "buurt"  # the choice's value, not its name


def test_the_specification_gives_the_amount_and_clearing_it_keeps_the_amount():
    p = demo()
    view = costs_of(p)
    line = view.edited(p.cost("activiteiten"), "specification", ("160", "uur", "35,00"))  # was 6.000,00 a year
    assert (line.quantity, line.unit, line.rate, line.amount) == (Decimal("160"), "uur", 3500, None)
    assert view.value(line, "amount") == 5600_00  # 160 × 35,00
    assert view.field("amount").derived(line)
    assert view.edited(line, "amount", "5.600,00") == line  # the figure the specification gives: no change
    cleared = view.edited(line, "specification", ("", "", ""))
    assert (cleared.quantity, cleared.rate, cleared.amount) == (None, None, 5600_00)
    with pytest.raises(DekkingsplanError) as refused:
        view.edited(line, "specification", ("2,125", "uur", "35"))
    assert "'2,125' is geen aantal zoals 160" in refused.value.text("nl")


def test_probability_is_typed_as_a_percentage_and_empty_means_the_default():
    p = demo()
    view = sources_of(p)
    fund = view.edited(p.source("vsbfonds"), "probability", "40%")
    assert fund.probability == Decimal("0.4")
    assert view.value(fund, "probability") == Decimal(40)
    assert view.edited(fund, "probability", "").probability is None
    assert view.edited(fund, "report_due", "1-10-2028, 2027-10-01").report_due == (date(2027, 10, 1),
                                                                                   date(2028, 10, 1))
    assert view.edited(fund, "funder", "  ").funder is None
    assert view.edited(fund, "status", Status.COMMITTED).status == Status.COMMITTED
    assert view.edited(fund, "type", SourceType.SUBSIDY).type == SourceType.SUBSIDY


def test_report_dates_are_separated_by_commas_semicolons_or_spaces():
    assert read_dates("2028-11-01 2027-10-01; 1 mrt 2026") == (date(2026, 3, 1), date(2027, 10, 1),
                                                                date(2028, 11, 1))
    assert read_dates("") == ()


@given(st.integers(min_value=-9999, max_value=99999), st.sampled_from(["nl", "en"]))
def test_a_percentage_shown_for_editing_reads_back_as_itself(hundredths: int, lang: str):
    value = Decimal(hundredths) / 100
    shown = number_text(value, lang)
    assert ("." not in shown) if lang == "nl" else ("," not in shown)
    assert read_percentage(shown.replace(",", ".") if lang == "en" else shown, negative=True) == value


def test_which_fields_are_editable_and_which_are_shown_under_the_table():
    costs, sources = _views(small())
    assert all(f.editable for f in costs.fields)
    assert [f.key for f in costs.fields] == ["name", "category", "amount", "basis", "start", "end", "indexation",
                                             "project", "specification", "in_kind", "note"]
    assert costs.detail_keys == ("in_kind", "note")
    assert set(sources.detail_keys) <= {f.key for f in sources.fields}
    with pytest.raises(KeyError):
        costs.edited(small().cost("coord"), "funder", "x")


# --- filters and totals --------------------------------------------------------------------------------------------


def test_filters_by_status_and_project():
    view = sources_of(demo())
    assert len(view.lines()) == 21
    assert len(view.shown(view.lines(), {"status": Status.COMMITTED})) == 9
    assert [s.name for s in view.shown(view.lines(), {"status": Status.COMMITTED, "project": "vaders"})] == [
        "Vadergroep: Samen sterk als vader", "Kerkzaal om niet"]
    assert len(view.shown(view.lines(), {"project": None})) == 16  # five belong to a project
    assert [f.key for f in view.filters()] == ["type", "status", "project"]
    assert view.filters()[2].choices() == [None, "maaltijd", "vaders"]


def test_cost_totals_per_year_are_of_the_lines_shown_without_in_kind():
    view = costs_of(small())
    (everything,) = view.totals(view.lines())
    # 2026: the coordinator 1.200; 2027: 1.200 + six months of 100; the free room is not cash
    assert (everything.key, everything.sums.by_year, everything.sums.total) == (
        "costs", {2026: 1200_00, 2027: 1800_00}, 3000_00)
    (project,) = view.totals(view.shown(view.lines(), {"project": "buurt"}))
    assert (project.sums.by_year, project.sums.total) == ({2026: 1200_00, 2027: 1200_00}, 2400_00)


def test_source_totals_show_full_expected_and_secured_value():
    view = sources_of(small())
    rows = {r.key: r.sums for r in view.totals(view.lines())}
    assert list(rows) == ["full", "expected", "secured"]
    # full: 1.000 a year + the 2.000 in 2026; expected: the application at 25% is 500; secured: committed only
    assert (rows["full"].by_year, rows["full"].total) == ({2026: 3000_00, 2027: 1000_00}, 4000_00)
    assert (rows["expected"].by_year, rows["expected"].total) == ({2026: 1500_00, 2027: 1000_00}, 2500_00)
    assert (rows["secured"].by_year, rows["secured"].total) == ({2026: 1000_00, 2027: 1000_00}, 2000_00)
    rejected = view.shown(view.lines(), {"status": Status.REJECTED})
    assert all(r.sums.total == 0 for r in view.totals(rejected))  # a rejected application is never counted


def test_the_demo_projects_totals_as_the_screen_showed_them():
    view = sources_of(demo())
    meals = view.shown(view.lines(), {"project": "maaltijd"})
    # municipality 12.000 in 2026; Oranje Fonds 30.000 over 24 months from 2026-09; contributions 280 a month
    for row in view.totals(meals):
        assert row.sums.by_year == {2026: 18120_00, 2027: 18360_00, 2028: 12240_00, 2029: 0, 2030: 0}
        assert row.sums.total == 48720_00


# --- new lines, copies, removal ------------------------------------------------------------------------------------


def test_a_new_line_gets_an_id_not_yet_taken():
    p = small()
    view = costs_of(p)
    first = view.added("kostenregel", "Nieuwe kostenregel")
    assert (first.id, first.name, first.amount, first.basis, first.category) == (
        "kostenregel", "Nieuwe kostenregel", 0, Basis.PER_YEAR, Category.OTHER)
    p.costs.append(first)
    assert view.added("kostenregel", "Nieuwe kostenregel").id == "kostenregel-2"
    source = sources_of(p).added("dekkingsbron", "Nieuwe dekkingsbron")
    assert (source.status, source.type) == (Status.PLANNED, SourceType.OTHER)


def test_copies_go_right_after_their_originals_with_new_ids_and_removal_names_each_line():
    p = small()
    view = costs_of(p)
    chosen = [p.cost("coord"), p.cost("cursus")]
    edits = view.copies(chosen, lambda name: f"{name} (kopie)")
    assert all(isinstance(e, AddRecord) for e in edits)
    assert [(e.record.id, e.record.name, e.after) for e in edits] == [
        ("coord-2", "Coördinator (kopie)", "coord"), ("cursus-2", "Cursus (kopie)", "cursus")]
    assert edits[0].record.amount == 1200_00 and edits[0].record.project == "buurt"
    assert view.removals(chosen) == [RemoveRecord(p.cost("coord")), RemoveRecord(p.cost("cursus"))]


# --- a block pasted from a spreadsheet ---------------------------------------------------------------------------

COSTS_SHOWN = ["name", "category", "amount", "basis", "start", "end", "indexation", "project", "specification"]
WORDS = {Category.HOUSING: "huisvesting", Category.PERSONNEL: "personeel", None: "(geen: exploitatie)"}


def _words(_key: str, value) -> str:
    return WORDS.get(value, "?")


def _pasted_lines(result) -> list:
    assert isinstance(result, Pasted)
    return [step.new for step in result.edit().edits]


def test_a_pasted_block_of_dutch_amounts_is_one_change_of_every_line_it_covers():
    p = small()
    view = costs_of(p)
    lines = view.lines()  # coord 1.200,00, cursus 100,00, zaal 500,00
    result = view.paste("475\r\n€ 1.950,00\r\n1.450,50\r\n", lines, COSTS_SHOWN[2:], _words)  # as Excel puts them
    assert result.cells == 3
    assert [(line.id, line.amount) for line in _pasted_lines(result)] == [
        ("coord", 475_00), ("cursus", 1950_00), ("zaal", 1450_50)]
    assert [step.old for step in result.edit().edits] == lines  # the lines as they were, for undo


def test_a_pasted_row_fills_the_columns_to_the_right_choices_by_their_words_or_value():
    p = small()
    view = costs_of(p)
    result = view.paste("Huur\tHuisvesting\t80\nCursus B\tpersonnel\n", view.lines(), COSTS_SHOWN, _words)
    coord, cursus = _pasted_lines(result)
    assert (coord.name, coord.category, coord.amount) == ("Huur", Category.HOUSING, 80_00)
    assert (cursus.name, cursus.category, cursus.amount) == ("Cursus B", Category.PERSONNEL, 100_00)
    assert result.cells == 5


def test_a_pasted_check_box_reads_ja_or_nee_and_a_project_its_words():
    p = small()
    view = costs_of(p)
    result = view.paste("x", [p.cost("cursus")], ["in_kind"], _words)
    assert _pasted_lines(result)[0].in_kind is True
    moved = view.paste("(Geen: Exploitatie)", [p.cost("coord")], ["project"], _words)
    assert _pasted_lines(moved)[0].project is None
    # "nee" on a line that is not in kind changes nothing: the block goes in as no change at all
    assert view.paste("nee", [p.cost("coord")], ["in_kind"], _words) == Pasted((), 1)


def test_a_block_with_bad_cells_is_refused_whole_naming_the_first_three():
    p = small()
    view = costs_of(p)
    result = view.paste("475\nabc\n12,5,0\n", view.lines(), ["amount"], _words)
    assert isinstance(result, Unreadable) and result.more == 0
    assert [(c.key, c.name, c.reason.text("nl")) for c in result.problems] == [
        ("amount", "Cursus", "'abc' is geen bedrag: gebruik alleen cijfers 0-9, een komma of een punt"),
        ("amount", "Zaal om niet", "'12,5,0' is geen bedrag: de komma's staan op de verkeerde plaats")]
    # five bad cells: three named, two counted; a choice that is none of them and a yes/no that is neither
    many = view.paste("keuken\tja?\nx\ty\nz\tq\n", view.lines(), ["category", "in_kind"], _words)
    assert [(c.key, c.name) for c in many.problems] == [
        ("category", "Coördinator"), ("in_kind", "Coördinator"), ("category", "Cursus")]
    assert many.more == 3
    assert many.problems[1].reason.text("nl") == "'ja?' is geen ja of nee"


def test_a_field_that_is_not_typed_in_is_not_pasted():
    view = costs_of(small())
    result = view.paste("10 uur × 5,00", view.lines(), ["specification"], _words)
    assert result == Unreadable((CellProblem("specification", "Coördinator", None),), 0)


def test_a_block_bigger_than_the_lines_and_columns_from_the_chosen_cell_is_refused():
    p = small()
    view = costs_of(p)
    assert view.paste("1\n2\n", [p.cost("zaal")], ["amount", "basis"], _words) == DoesNotFit(2, 1, 1, 2)
    assert view.paste("1\t2\t3", view.lines(), ["end", "indexation"], _words) == DoesNotFit(1, 3, 3, 2)
    assert view.paste("", view.lines(), ["amount"], _words) == NoBlock()
    assert view.paste("\r\n", view.lines(), ["amount"], _words) == NoBlock()


def test_in_english_a_pasted_amount_has_a_decimal_point():
    p = small()
    view = costs_of(p, "en")
    assert _pasted_lines(view.paste("1,950.50", [p.cost("coord")], ["amount"], _words))[0].amount == 1950_50
