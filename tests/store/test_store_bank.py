"""The plan file keeps a bank import (actuals, the transactions read, remembered rules) and a removed line's rules
go with it, so the file never holds a rule to a line that is not there."""

from __future__ import annotations

from pathlib import Path

from dekkingsplan.core.bank.assign import prepare
from dekkingsplan.core.bank.read import read_statement
from dekkingsplan.core.edits import RemoveRecord
from dekkingsplan.core.model import BankRule
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.store.reader import read_plan
from tests.core.bank.test_assign import HERE, buurtkamer


def test_an_import_and_a_removed_line_with_rules_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "buurtkamer.dekkingsplan"
    PlanFile.create(path, buurtkamer()).close()
    with PlanFile.open(path) as pf:
        pf.apply(prepare(pf.plan, read_statement(HERE / "camt053_v02.xml")).edit(pf.plan))
    plan = read_plan(path)
    assert plan.cost("huur").actuals == {2026: 1349_50, 2027: 1395_00}
    assert [t.line for t in plan.bank_transactions] == ["huur", "subsidie", "contributie", "contributie",
                                                        "contributie", "huur", None, "huur", None]
    with PlanFile.open(path) as pf:
        removal = pf.apply(RemoveRecord(pf.plan.cost("huur")))
    plan = read_plan(path)  # read and checked: no rule to the removed line is left behind
    assert plan.cost("huur") is None
    assert BankRule(match={"iban": "nl44 rabo 0123 4567 89"}, line="huur") not in plan.bank_rules
    with PlanFile.open(path) as pf:
        pf.apply(removal.inverse())
    assert read_plan(path).bank_rules[0] == BankRule(match={"iban": "nl44 rabo 0123 4567 89"}, line="huur")
