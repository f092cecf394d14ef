"""Plan JSON, ``dekkingsplan/1`` (DESIGN.md "Plan JSON"): strict reading with placed messages, exact writing."""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal

import pytest

from dekkingsplan.core.errors import PlanError
from dekkingsplan.core.model import Basis, LegalForm, SourceType, Status
from dekkingsplan.core.months import Month
from dekkingsplan.core.planjson import dumps, loads, plan_from_dict, plan_to_dict
from dekkingsplan.core.validation import check_plan
from dekkingsplan.resources import demo_plan_path

DESIGN_EXAMPLE = """{
  "format": "dekkingsplan/1",
  "organisation": {"name": "Stichting Buurtkamer De Wissel", "kvk": "12345678", "anbi": true},
  "plan": {"first_year": 2026, "last_year": 2029, "opening_reserve": "8500.00"},
  "projects": [{"id": "maaltijd", "name": "Aanschuifmaaltijden"}],
  "costs": [
    {"id": "coord", "name": "Coördinator 0,6 fte", "category": "personnel",
     "amount": "41000.00", "basis": "per_year", "start": "2026-01", "indexation": "2.5"}
  ],
  "sources": [
    {"id": "fonds-maaltijd", "name": "Bijdrage maaltijdproject", "type": "fund", "funder": "Oranje Fonds",
     "amount": "30000.00", "basis": "total", "start": "2026-09", "end": "2028-08", "status": "applied",
     "project": "maaltijd", "apply_by": "2026-03-01", "report_due": ["2027-10-01", "2028-11-01"]}
  ],
  "scenarios": [
    {"id": "ravijn", "name": "Gemeente −20% vanaf 2027", "base": "expected",
     "adjustments": [{"target": "sources", "match": {"type": "subsidy"}, "from_year": 2027, "factor": "0.8"}]}
  ]
}
"""

# The writer's own form: two-space indent, keys in a fixed order, absent values left out, Dutch text as is.
CANONICAL = """{
  "format": "dekkingsplan/1",
  "organisation": {
    "name": "Stichting Buurtkamer De Wissel",
    "legal_form": "stichting",
    "kvk": "12345678",
    "rsin": "111222333",
    "iban": "NL91ABNA0417164300",
    "anbi": true,
    "postcode": "2511 AB",
    "city": "Den Haag"
  },
  "plan": {
    "first_year": 2026,
    "last_year": 2029,
    "opening_reserve": "-8500.50"
  },
  "projects": [
    {
      "id": "maaltijd",
      "name": "Aanschuifmaaltijden",
      "description": "Elke donderdag samen eten"
    }
  ],
  "costs": [
    {
      "id": "coord",
      "name": "Coördinator 0,6 fte",
      "category": "personnel",
      "amount": "41000.00",
      "basis": "per_year",
      "start": "2026-01",
      "indexation": "2.5",
      "actuals": {
        "2026": "40123.45"
      }
    },
    {
      "id": "training",
      "name": "Training vrijwilligers",
      "category": "volunteers",
      "basis": "once",
      "start": "2026-03",
      "in_kind": true,
      "quantity": "2.5",
      "unit": "dagdeel",
      "rate": "33.33"
    }
  ],
  "sources": [
    {
      "id": "fonds-maaltijd",
      "name": "Bijdrage maaltijdproject",
      "type": "fund",
      "amount": "30000.00",
      "basis": "total",
      "start": "2026-09",
      "end": "2028-08",
      "project": "maaltijd",
      "note": "Aanvraag via het portaal",
      "funder": "Oranje Fonds",
      "status": "applied",
      "probability": "0.6",
      "apply_by": "2026-03-01",
      "decision_expected": "2026-06-15",
      "report_due": [
        "2027-10-01",
        "2028-11-01"
      ]
    }
  ],
  "scenarios": [
    {
      "id": "ravijn",
      "name": "Gemeente −20% vanaf 2027",
      "base": "expected",
      "adjustments": [
        {
          "target": "sources",
          "match": {
            "type": "subsidy"
          },
          "from_year": 2027,
          "factor": "0.8"
        },
        {
          "target": "costs",
          "match": {},
          "to_year": 2028,
          "factor": "1.05"
        }
      ]
    }
  ]
}
"""


def test_the_canonical_text_round_trips_exactly() -> None:
    assert dumps(loads(CANONICAL)) == CANONICAL


def test_the_canonical_text_is_read_as_written() -> None:
    plan = loads(CANONICAL)
    assert plan.organisation.legal_form == LegalForm.STICHTING
    assert plan.organisation.anbi is True
    assert plan.opening_reserve == -8500_50
    coord, training = plan.costs
    assert (coord.amount, coord.basis, coord.start, coord.indexation) == (
        41000_00, Basis.PER_YEAR, Month(2026, 1), Decimal("2.5"))
    assert coord.actuals == {2026: 40123_45}
    assert training.amount is None and training.value == 83_33      # 2.5 x 33.33 = 83.325 -> 83.33
    assert training.in_kind is True
    fund = plan.sources[0]
    assert (fund.type, fund.status, fund.probability) == (SourceType.FUND, Status.APPLIED, Decimal("0.6"))
    assert fund.report_due == (date(2027, 10, 1), date(2028, 11, 1))
    assert plan.scenarios[0].adjustments[1].match == {}


def test_the_design_example_is_a_valid_plan_that_round_trips_as_data() -> None:
    plan = loads(DESIGN_EXAMPLE)
    assert json.loads(dumps(plan)) == json.loads(DESIGN_EXAMPLE)
    assert loads(dumps(plan)) == plan


def test_dutch_characters_are_written_as_they_are() -> None:
    text = dumps(loads(DESIGN_EXAMPLE))
    assert "Coördinator" in text and "−20%" in text


def test_absent_optional_keys_and_null_mean_the_same() -> None:
    data = json.loads(DESIGN_EXAMPLE)
    with_nulls = copy.deepcopy(data)
    with_nulls["organisation"]["iban"] = None
    with_nulls["costs"][0].update(end=None, project=None, note=None, actuals=None)
    with_nulls["sources"][0].update(probability=None, decision_expected=None, report_due=None)
    with_nulls["scenarios"][0]["adjustments"][0]["to_year"] = None
    without = copy.deepcopy(data)
    del without["sources"][0]["report_due"]
    assert plan_from_dict(with_nulls) == plan_from_dict(without)


def test_amounts_given_as_json_numbers_are_read_exactly_as_decimals() -> None:
    data = json.loads(DESIGN_EXAMPLE)
    text = json.dumps(data).replace('"41000.00"', "41000.1").replace('"8500.00"', "0.3")
    plan = loads(text)
    assert plan.costs[0].amount == 41000_10
    assert plan.opening_reserve == 30               # 0.3 as a decimal, not the float 0.29999...
    text = json.dumps(data).replace('"41000.00"', "41000")
    assert loads(text).costs[0].amount == 41000_00


# --- bad input: every kind of error names its place ------------------------------------------------------------

def base() -> dict:
    return json.loads(DESIGN_EXAMPLE)


def refused(data) -> PlanError:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    with pytest.raises(PlanError) as caught:
        loads(text)
    return caught.value


def set_at(data: dict, path: str, value) -> dict:
    """``set_at(d, "sources.0.amount", "1")``; value ``...`` deletes the key."""
    *parents, last = path.split(".")
    node = data
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if isinstance(node, list):
        node[int(last)] = value
    elif value is ...:
        del node[last]
    else:
        node[last] = value
    return data


STRUCTURE = [
    # (what the treasurer's file has, the place named, a word of the English message)
    # unknown keys
    ("extra", 1, "extra", "unknown key"),
    ("organisation.telefoon", "070", "organisation.telefoon", "unknown key"),
    ("plan.years", 4, "plan.years", "unknown key"),
    ("costs.0.colour", "red", "costs[0].colour", "unknown key"),
    ("sources.0.category", "personnel", "sources[0].category", "unknown key"),   # a cost field on a source
    ("scenarios.0.adjustments.0.percent", 20, "scenarios[0].adjustments[0].percent", "unknown key"),
    # required keys missing or null
    ("format", ..., "format", "required"),
    ("organisation.name", None, "organisation.name", "required"),
    ("plan.first_year", ..., "plan.first_year", "required"),
    ("costs.0.category", ..., "costs[0].category", "required"),
    ("costs.0.basis", ..., "costs[0].basis", "required"),
    ("sources.0.status", None, "sources[0].status", "required"),
    ("sources.0.id", ..., "sources[0].id", "required"),
    ("scenarios.0.base", ..., "scenarios[0].base", "required"),
    ("scenarios.0.adjustments.0.factor", ..., "scenarios[0].adjustments[0].factor", "required"),
    # wrong types
    ("format", "dekkingsplan/2", "format", "dekkingsplan/1"),
    ("plan.first_year", "2026", "plan.first_year", "whole number"),
    ("plan.last_year", 2029.0, "plan.last_year", "whole number"),
    ("plan.first_year", True, "plan.first_year", "whole number"),
    ("organisation.name", 12, "organisation.name", "text"),
    ("organisation.anbi", "ja", "organisation.anbi", "true or false"),
    ("costs.0.in_kind", 1, "costs[0].in_kind", "true or false"),
    ("costs.0.amount", True, "costs[0].amount", "amount"),
    ("costs.0.amount", ["41000"], "costs[0].amount", "amount"),
    ("costs", {"coord": {}}, "costs", "list"),
    ("costs.0", "coord", "costs[0]", "object"),
    ("organisation", "Stichting", "organisation", "object"),
    ("sources.0.report_due", "2027-10-01", "sources[0].report_due", "list"),
    ("sources.0.report_due.1", 20281101, "sources[0].report_due[1]", "text"),
    ("scenarios.0.adjustments.0.match", "subsidy", "scenarios[0].adjustments[0].match", "object"),
    ("scenarios.0.adjustments.0.match", {"type": 1}, "scenarios[0].adjustments[0].match.type", "text"),
    ("scenarios.0.adjustments.0.from_year", "2027", "scenarios[0].adjustments[0].from_year", "whole number"),
    ("costs.0.actuals", ["2026", "1.00"], "costs[0].actuals", "object"),
    ("costs.0.actuals", {"26": "1.00"}, "costs[0].actuals.26", "year"),
    ("costs.0.indexation", "2,5", "costs[0].indexation", "number"),
    ("costs.0.indexation", "NaN", "costs[0].indexation", "number"),
    ("sources.0.probability", "veel", "sources[0].probability", "number"),
    # amounts
    ("costs.0.amount", "41000.005", "costs[0].amount", "two decimals"),
    ("costs.0.amount", "-41000.00", "costs[0].amount", "negative"),
    ("costs.0.amount", "41.000,00", "costs[0].amount", "1234.50"),
    ("costs.0.amount", "€ 41000", "costs[0].amount", "1234.50"),
    ("costs.0.actuals", {"2026": "1.001"}, "costs[0].actuals.2026", "two decimals"),
    ("plan.opening_reserve", "8500.001", "plan.opening_reserve", "two decimals"),
    # enumerations
    ("costs.0.basis", "yearly", "costs[0].basis", "per_year"),
    ("costs.0.category", "staff", "costs[0].category", "personnel"),
    ("sources.0.type", "grant", "sources[0].type", "fund"),
    ("sources.0.status", "pending", "sources[0].status", "applied"),
    ("organisation.legal_form", "bv", "organisation.legal_form", "stichting"),
    ("scenarios.0.adjustments.0.target", "income", "scenarios[0].adjustments[0].target", "sources"),
    # months and dates
    ("costs.0.start", "2026-13", "costs[0].start", "no month 13"),
    ("costs.0.start", "2026-1", "costs[0].start", "2026-09"),
    ("costs.0.start", "01-2026", "costs[0].start", "2026-09"),
    ("sources.0.apply_by", "2026-02-30", "sources[0].apply_by", "valid date"),
    ("sources.0.apply_by", "1-3-2026", "sources[0].apply_by", "2026-03-01"),
]
RULES = [  # the plan's rules (validation.check_plan)
    ("sources.0.end", "2026-08", "sources[0].end", "before start"),
    ("sources.0.project", "huiswerk", "sources[0].project", "no project"),
    ("sources.0.probability", "1.5", "sources[0].probability", "between 0 and 1"),
    ("sources.0.end", ..., "sources[0].end", "needs an end"),
    ("costs.0.basis", "once", "costs[0].indexation", "no indexation"),
    ("scenarios.0.id", "expected", "scenarios[0].id", "built-in"),
    ("scenarios.0.adjustments.0.match", {"category": "personnel"}, "scenarios[0].adjustments[0].match.category",
     "cannot be matched"),
    ("plan.last_year", 2025, "plan.last_year", "before the first year"),
    ("plan.last_year", 2056, "plan.last_year", "at most 30 years"),
    ("organisation.kvk", "1234567", "organisation.kvk", "8 digits"),
    ("organisation.rsin", "123456789", "organisation.rsin", "eleven-test"),
]
BAD = STRUCTURE + RULES


@pytest.mark.parametrize(("path", "value", "place", "words"), BAD, ids=[f"{b[0]}={b[1]!r}" for b in BAD])
def test_a_bad_plan_file_is_refused_with_the_place_named(path: str, value, place: str, words: str) -> None:
    error = refused(set_at(base(), path, value))
    problem = next((p for p in error.problems if p.place == place), None)
    assert problem is not None, [p.text() for p in error.problems]
    assert words in problem.en
    assert problem.nl and problem.nl != problem.en          # a Dutch sentence as well
    assert error.text("nl").startswith(error.problems[0].place)


@pytest.mark.parametrize(("path", "value", "place", "words"), STRUCTURE, ids=[f"{b[0]}={b[1]!r}" for b in STRUCTURE])
def test_without_the_plan_checks_the_structure_is_still_read_strictly(path: str, value, place: str,
                                                                      words: str) -> None:
    with pytest.raises(PlanError) as caught:
        loads(json.dumps(set_at(base(), path, value)), check=False)
    assert any(p.place == place and words in p.en for p in caught.value.problems)


@pytest.mark.parametrize(("path", "value", "place", "words"), RULES, ids=[f"{b[0]}={b[1]!r}" for b in RULES])
def test_without_the_plan_checks_only_the_plan_rules_are_left_for_later(path: str, value, place: str,
                                                                        words: str) -> None:
    plan = loads(json.dumps(set_at(base(), path, value)), check=False)
    assert any(p.place == place and words in p.en for p in check_plan(plan))


def test_the_shipped_demo_passes_every_check_so_the_app_may_read_it_without_them() -> None:
    text = demo_plan_path().read_text(encoding="utf-8")
    plan = loads(text, check=False)
    assert check_plan(plan) == []
    assert plan == loads(text)


def test_an_amount_given_as_a_number_with_three_decimals_is_refused() -> None:
    text = json.dumps(base()).replace('"41000.00"', "41000.005")
    assert [p.text() for p in refused(text).problems] == ["costs[0].amount: more than two decimals"]


def test_a_duplicate_id_is_named_at_the_second_line() -> None:
    data = base()
    data["sources"].append(dict(data["sources"][0], name="Nog een keer"))
    error = refused(data)
    assert [p.text("nl") for p in error.problems] == ["sources[1].id: id 'fonds-maaltijd' komt dubbel voor"]


def test_a_once_line_with_an_end_is_refused() -> None:
    data = base()
    data["sources"][0].update(basis="once", end="2026-12")
    assert [p.place for p in refused(data).problems] == ["sources[0].end"]


def test_text_that_is_not_json_is_refused_with_line_and_column() -> None:
    error = refused('{\n  "format": "dekkingsplan/1",\n  "organisation": {"name": "X"},\n}')
    assert error.problems[0].place == "line 4, column 1"
    assert "not valid JSON" in error.problems[0].en
    assert "geen geldige JSON" in error.problems[0].nl


def test_a_file_that_is_not_an_object_is_refused() -> None:
    error = refused("[1, 2, 3]")
    assert error.problems[0].place == ""
    assert error.text("nl") == "moet een object zijn"


def test_every_problem_is_collected_and_the_first_is_named_in_the_sentence() -> None:
    data = base()
    data["costs"][0]["amount"] = "41000.005"
    data["sources"][0]["status"] = "pending"
    data["extra"] = True
    error = refused(data)
    assert [p.place for p in error.problems] == ["extra", "costs[0].amount", "sources[0].status"]
    assert error.text("nl") == "extra: onbekende sleutel (en nog 2)"
    assert str(error) == "extra: unknown key (and 2 more)"


def test_the_file_name_is_part_of_the_message() -> None:
    with pytest.raises(PlanError) as caught:
        loads("{", source="plan.json")
    assert caught.value.text("nl").startswith("plan.json: line 1, column 2: ")


def test_the_writer_leaves_nothing_out() -> None:
    data = plan_to_dict(loads(CANONICAL))
    assert data["format"] == "dekkingsplan/1"
    assert set(data) == {"format", "organisation", "plan", "projects", "costs", "sources", "scenarios"}
