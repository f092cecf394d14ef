"""`dekkingsplan actuals`: a bank statement into the actual figures of a plan file or plan JSON, as a script does it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dekkingsplan.cli import main
from dekkingsplan.core.planjson import dumps
from dekkingsplan.store.reader import read_plan

STATEMENTS = Path(__file__).parents[1] / "core" / "bank" / "statements"
BUURTKAMER = {
    "format": "dekkingsplan/1",
    "organisation": {"name": "Stichting Buurtkamer De Wissel", "iban": "NL20 INGB 0001 2345 67"},
    "plan": {"first_year": 2026, "last_year": 2029},
    "costs": [{"id": "huur", "name": "Huur De Wissel", "category": "housing", "amount": "1395.00",
               "basis": "monthly", "actuals": {"2026": "100.00"}},
              {"id": "drukwerk", "name": "Drukwerk", "category": "communication", "amount": "500.00",
               "basis": "per_year"}],
    "sources": [{"id": "subsidie", "name": "Subsidie inclusie", "type": "subsidy", "status": "committed",
                 "amount": "12500.00", "basis": "per_year"},
                {"id": "contributie", "name": "Contributies", "type": "own_income", "status": "committed",
                 "amount": "600.00", "basis": "per_year"}],
    "bank_rules": [{"match": {"iban": "NL44RABO0123456789"}, "line": "huur"},
                   {"match": {"counterparty": "gemeente"}, "line": "subsidie"},
                   {"match": {"description": "contributie"}, "line": "contributie"},
                   {"match": {"counterparty": "niemand"}, "line": "drukwerk"}],
}


@pytest.fixture
def plan_json(tmp_path: Path) -> Path:
    path = tmp_path / "buurtkamer.json"
    path.write_text(json.dumps(BUURTKAMER), encoding="utf-8")
    return path


@pytest.fixture
def plan_file(tmp_path: Path, plan_json: Path, capsys) -> Path:
    path = tmp_path / "buurtkamer.dekkingsplan"
    assert main(["import", str(plan_json), str(path)]) == 0
    capsys.readouterr()
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_json_says_where_each_goes_and_changes_nothing(capsys, plan_file: Path) -> None:
    before = plan_file.read_bytes()
    code, out, err = run(capsys, "actuals", plan_file, STATEMENTS / "camt053_v02.xml", "--dry-run", "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)["transactions"]
    assert rows[0] == {"date": "2026-12-01", "amount": "-1395.00", "counterparty": "Woningstichting Ons Huis",
                       "iban": "NL44RABO0123456789", "description": "Huur december 2026", "line": "huur",
                       "known": False}
    assert [r["line"] for r in rows] == ["huur", "subsidie", "contributie", "contributie", "contributie", "huur",
                                         None, "huur", None]
    assert plan_file.read_bytes() == before


def test_a_plan_file_read_twice_and_then_an_overlapping_statement(capsys, plan_file: Path) -> None:
    code, out, _ = run(capsys, "actuals", plan_file, STATEMENTS / "camt053_v02.xml")
    assert code == 0
    # 100.00 already recorded + 1395.00 rent − 45.50 refund
    assert "  Huur De Wissel 2026: 100,00 → 1.449,50 (+1.349,50, 2 transacties)" in out
    assert out.strip().endswith(f"Opgeslagen in {plan_file}.")
    plan = read_plan(plan_file)
    assert plan.cost("huur").actuals == {2026: 1449_50, 2027: 1395_00}
    assert plan.source("subsidie").actuals == {2026: 12500_00}
    assert plan.source("contributie").actuals == {2026: 45_00}
    assert len(plan.bank_transactions) == 9

    code, out, _ = run(capsys, "actuals", plan_file, STATEMENTS / "camt053_v02.xml", "--json")
    assert code == 0
    assert all(r["known"] for r in json.loads(out)["transactions"])
    assert dumps(read_plan(plan_file)) == dumps(plan)

    code, out, _ = run(capsys, "actuals", plan_file, STATEMENTS / "camt053_v08.xml", "--json")
    assert [r["known"] for r in json.loads(out)["transactions"]] == [True, True, False, False]
    assert read_plan(plan_file).cost("huur").actuals == {2026: 1449_50, 2027: 2 * 1395_00}


def test_plan_json_is_written_back(capsys, plan_json: Path) -> None:
    code, _, err = run(capsys, "actuals", plan_json, STATEMENTS / "ing.csv")
    assert (code, err) == (0, "")
    data = json.loads(plan_json.read_text(encoding="utf-8"))
    assert data["costs"][0]["actuals"] == {"2026": "1449.50"}
    assert len(data["bank_transactions"]) == 6


def test_another_account_is_refused_unless_asked(capsys, plan_file: Path) -> None:
    before = plan_file.read_bytes()
    code, out, err = run(capsys, "actuals", plan_file, STATEMENTS / "triodos.csv")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert "the statement is of account NL71TRIO0777888999, not of the organisation's IBAN" in err
    assert plan_file.read_bytes() == before
    code, out, err = run(capsys, "actuals", plan_file, STATEMENTS / "triodos.csv", "--account-mismatch-ok")
    assert (code, err) == (0, "")
    assert read_plan(plan_file).cost("huur").actuals == {2026: 100_00, 2027: 1395_00 - 45_50}


@pytest.mark.parametrize(("content", "words"), [
    (b"<Document><BkToCstmrStmt>", "broken XML"),
    (b"Beste penningmeester,\nDit is een brief.\n", "not a bank statement"),
    (b'"Datum";"Bedrag"\n"2027-01-01";"12,00"\n', "none of the CSV layouts known"),
    (b"", "empty"),
])
def test_not_a_statement_is_one_line_and_exit_2(capsys, plan_file: Path, tmp_path: Path, content: bytes,
                                                words: str) -> None:
    before = plan_file.read_bytes()
    statement = tmp_path / "afschrift.xml"
    statement.write_bytes(content)
    code, out, err = run(capsys, "actuals", plan_file, statement)
    assert (code, out) == (2, "")
    assert err.startswith(f"dekkingsplan: {statement}: ") and err.count("\n") == 1
    assert words in err
    assert "Traceback" not in err
    assert plan_file.read_bytes() == before


def test_a_balance_that_does_not_add_up_is_said(capsys, plan_json: Path, tmp_path: Path) -> None:
    broken = tmp_path / "camt.xml"
    broken.write_bytes((STATEMENTS / "camt053_v02.xml").read_bytes().replace(b">10538.10<", b">10538.11<"))
    code, out, _ = run(capsys, "actuals", plan_json, broken, "--dry-run")
    assert code == 0
    assert "Saldo klopt NIET: " in out and "(verschil €\u00a00,01)" in out
    code, out, err = run(capsys, "actuals", plan_json, broken, "--dry-run", "--json")
    assert json.loads(out)["transactions"]
    assert err.startswith("dekkingsplan: ") and "is not the closing" in err and err.count("\n") == 1


def test_a_plan_file_open_elsewhere_is_one_line_and_unchanged(capsys, plan_file: Path) -> None:
    from dekkingsplan.store.planfile import PlanFile

    with PlanFile.open(plan_file):  # the treasurer has it open in the window
        code, out, err = run(capsys, "actuals", plan_file, STATEMENTS / "camt053_v02.xml")
    assert (code, out) == (2, "")
    assert err.startswith("dekkingsplan: ") and err.count("\n") == 1
    assert read_plan(plan_file).bank_transactions == []


def test_an_organisation_without_iban_reads_any_account(capsys, tmp_path: Path) -> None:
    data = json.loads(json.dumps(BUURTKAMER))
    del data["organisation"]["iban"]
    path = tmp_path / "zonder-iban.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "actuals", path, STATEMENTS / "triodos.csv", "--dry-run", "--json")
    assert (code, err) == (0, "")
    assert [r["line"] for r in json.loads(out)["transactions"]] == ["huur", None, "huur"]
