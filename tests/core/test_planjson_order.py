"""The strict reader names a plan's problems in one fixed order, whatever the order of the keys in the file: keys
given twice, unknown keys, missing keys, then the fields in the order of the format (core/planjson/read.py). A
refusal's one line names the first problem, so the same broken plan is refused with the same sentence."""

from __future__ import annotations

import copy
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dekkingsplan.core import planjson
from dekkingsplan.core.errors import PlanError
from dekkingsplan.resources import demo_plan_path

DEMO: dict = json.loads(demo_plan_path().read_text(encoding="utf-8"))

# (part, field, bad value): each refused on its own
BAD = [("costs", "amount", "12,50"), ("costs", "basis", "weekly"), ("costs", "start", "2026-13"),
       ("costs", "end", 5), ("costs", "category", None), ("costs", "colour", "red"), ("costs", "in_kind", "yes"),
       ("costs", "actuals", {"20x6": "5.00"}), ("costs", "actuals", {"2026": "-5.00"}), ("costs", "name", None),
       ("sources", "status", "maybe"), ("sources", "probability", "hoog"), ("sources", "report_due", ["2026-02-30"]),
       ("sources", "report_due", "2026-03-01"), ("sources", "lead_months", 1.5), ("sources", "type", "loan"),
       ("sources", "apply_by", "1-3-2026"), ("sources", "amount", 10.505), ("sources", "funder", ["F"])]


def _problems(data: dict) -> list[tuple[str, str]]:
    with pytest.raises(PlanError) as refused:
        planjson.plan_from_dict(data)
    return [(p.place, p.en) for p in refused.value.problems]


def _shuffled(value: object, rng: random.Random) -> object:
    """The same JSON with every object's keys in another order."""
    if isinstance(value, dict):
        items = [(key, _shuffled(item, rng)) for key, item in value.items()]
        rng.shuffle(items)
        return dict(items)
    if isinstance(value, list):
        return [_shuffled(item, rng) for item in value]
    return value


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(BAD), st.integers(0, 3)), min_size=1, max_size=6), st.randoms())
def test_the_problems_come_in_the_same_order_whatever_the_order_of_the_keys(
        changes: list[tuple[tuple[str, str, object], int]], rng: random.Random) -> None:
    data = copy.deepcopy(DEMO)
    for (part, key, value), index in changes:
        record = data[part][index % len(data[part])]
        record[key] = copy.deepcopy(value)
    problems = _problems(data)
    assert problems  # every change is refused
    assert _problems(_shuffled(data, rng)) == problems


def test_within_a_line_the_keys_come_before_the_fields_and_the_fields_in_the_formats_order() -> None:
    data = copy.deepcopy(DEMO)
    line = data["costs"][0]
    line.update({"start": "2026-13", "amount": "12,50", "colour": "red"})
    del line["category"]
    places = [place for place, _en in _problems(data)]
    assert places == ["costs[0].colour", "costs[0].category", "costs[0].amount", "costs[0].start"]
