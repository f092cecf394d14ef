"""An amount written with three decimals is refused, even when its value has two (``"1234.500"``)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from dekkingsplan.core.errors import PlanError
from dekkingsplan.core.planjson import loads

PLAN = {
    "format": "dekkingsplan/1",
    "organisation": {"name": "Huiswerkklas De Boog"},
    "plan": {"first_year": 2026, "last_year": 2026},
    "costs": [{"id": "huur", "name": "Huur", "category": "housing", "amount": "100.00", "basis": "per_year"}],
}


@pytest.mark.parametrize("written", ['"1234.500"', "1234.500", '"0.001"'])
def test_three_written_decimals_are_an_error_with_its_place(written):
    text = json.dumps(PLAN).replace('"100.00"', written)
    with pytest.raises(PlanError) as caught:
        loads(text, source="boog.json")
    assert str(caught.value) == "boog.json: costs[0].amount: more than two decimals"


def test_a_number_with_two_decimals_is_read_exactly():
    plan = loads(json.dumps(PLAN).replace('"100.00"', "1234.56"), source="boog.json")
    assert plan.costs[0].amount == 123456
    assert Decimal("1234.56") * 100 == 123456
