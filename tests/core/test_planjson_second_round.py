"""The second round's optional keys of dekkingsplan/1: read strictly, written back unchanged."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dekkingsplan.core import planjson
from dekkingsplan.core.errors import PlanError
from dekkingsplan.core.model import BankRule, BankTransaction, VatTreatment

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo.json"


def demo() -> dict:
    return json.loads(DEMO.read_text(encoding="utf-8"))


def with_second_round(data: dict) -> dict:
    data["organisation"]["vat"] = "compensable"
    data["plan"]["reserve_target"] = "15000.00"
    data["costs"][0]["actual_notes"] = {"2026": "de coördinator werkte twee maanden minder"}
    data["sources"][0]["lead_months"] = 6
    data["bank_rules"] = [{"match": {"counterparty": "Gemeente", "description": "subsidie"},
                           "line": data["sources"][0]["id"]},
                          {"match": {"iban": "NL91ABNA0417164300"}, "line": data["costs"][0]["id"]}]
    data["bank_transactions"] = [{"id": "NL-2026-000123", "date": "2026-02-03", "amount": "-1395.00",
                                  "line": data["costs"][0]["id"]},
                                 {"id": "hash-9f2c", "date": "2026-02-04", "amount": "25.00"}]
    return data


def refusal(data: dict) -> str:
    with pytest.raises(PlanError) as caught:
        planjson.plan_from_dict(data, source="plan.json")
    return str(caught.value)


def test_every_new_key_is_read() -> None:
    data = with_second_round(demo())
    plan = planjson.plan_from_dict(data)
    assert plan.organisation.vat == VatTreatment.COMPENSABLE
    assert plan.reserve_target == 1_500_000
    assert plan.costs[0].actual_notes == {2026: "de coördinator werkte twee maanden minder"}
    assert plan.sources[0].lead_months == 6
    assert plan.bank_rules[0] == BankRule(match={"counterparty": "Gemeente", "description": "subsidie"},
                                          line=data["sources"][0]["id"])
    assert plan.bank_transactions == [
        BankTransaction(id="NL-2026-000123", date=date(2026, 2, 3), amount=-139_500, line=data["costs"][0]["id"]),
        BankTransaction(id="hash-9f2c", date=date(2026, 2, 4), amount=2_500, line=None)]


def test_written_and_read_again_the_plan_is_identical() -> None:
    plan = planjson.plan_from_dict(with_second_round(demo()))
    text = planjson.dumps(plan)
    assert planjson.loads(text) == plan
    assert planjson.dumps(planjson.loads(text)) == text


def test_a_plan_without_them_writes_none_of_them() -> None:
    data = demo()
    for key in ("bank_rules", "bank_transactions"):
        data.pop(key, None)
    data["plan"].pop("reserve_target", None)
    out = planjson.plan_to_dict(planjson.plan_from_dict(data))
    assert "bank_rules" not in out and "bank_transactions" not in out and "reserve_target" not in out["plan"]


@pytest.mark.parametrize(("change", "place"), [
    (lambda d: d["organisation"].update(vat="zero"), "organisation.vat"),
    (lambda d: d["plan"].update(reserve_target="-5.00"), "plan.reserve_target"),
    (lambda d: d["sources"][0].update(lead_months=25), "sources[0].lead_months"),
    (lambda d: d["sources"][0].update(lead_months="4"), "sources[0].lead_months"),
    (lambda d: d["costs"][0].update(actual_notes={"2026": 12}), "costs[0].actual_notes.2026"),
    (lambda d: d["costs"][0].update(actual_notes={"volgend jaar": "x"}), "costs[0].actual_notes.volgend jaar"),
    (lambda d: d["bank_rules"][0].update(line="weg"), "bank_rules[0].line"),
    (lambda d: d["bank_rules"][0]["match"].update(amount="12"), "bank_rules[0].match.amount"),
    (lambda d: d["bank_rules"][1]["match"].update(iban="NL00BANK0123456789"), "bank_rules[1].match.iban"),
    (lambda d: d["bank_transactions"][1].update(id="NL-2026-000123"), "bank_transactions[1].id"),
    (lambda d: d["bank_transactions"][0].update(date="2026-02-30"), "bank_transactions[0].date"),
])
def test_a_wrong_value_is_refused_at_its_place(change, place: str) -> None:
    data = with_second_round(demo())
    change(data)
    assert place in refusal(data)
