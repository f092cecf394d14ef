"""A plan written to a plan file and read back is the same plan: every field, every order, every decimal."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from store_plans import rich_plan_text

from dekkingsplan.core import planjson
from dekkingsplan.core.model import Plan
from dekkingsplan.resources import demo_plan_path
from dekkingsplan.store import db as store_db
from dekkingsplan.store import migrate
from dekkingsplan.store.planfile import PlanFile, write_new_file
from dekkingsplan.store.reader import load_any, read_plan
from dekkingsplan.store.schema import APPLICATION_ID, HEAD_REVISION, SCHEMA_VERSION
from tests.plans.strategies import file_plans


def json_via_file(text: str, folder: Path, name: str = "plan.dekkingsplan") -> str:
    """Plan JSON → a new plan file → plan JSON, reading the file afresh."""
    path = folder / name
    with PlanFile.create(path, planjson.loads(text)):
        pass
    return planjson.dumps(read_plan(path))


def test_the_rich_plan_survives_json_to_file_to_json(tmp_path: Path) -> None:
    canonical = planjson.dumps(planjson.loads(rich_plan_text()))
    assert json_via_file(canonical, tmp_path) == canonical


def test_the_demo_plan_survives_json_to_file_to_json(tmp_path: Path) -> None:
    if not demo_plan_path().exists():
        pytest.skip("resources/demo/demo.json is not there yet")
    canonical = planjson.dumps(planjson.loads(demo_plan_path().read_text(encoding="utf-8")))
    assert json_via_file(canonical, tmp_path) == canonical


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(plan=file_plans())
def test_generated_plans_survive_json_to_file_to_json(plan: Plan, tmp_path: Path) -> None:
    text = planjson.dumps(plan)
    path = tmp_path / "generated.dekkingsplan"
    with PlanFile.create(path, planjson.loads(text), overwrite=True):
        pass
    again = read_plan(path)
    assert again == plan
    assert planjson.dumps(again) == text


def test_decimals_keep_their_exact_digits(tmp_path: Path, rich_plan: Plan) -> None:
    """Decimal("2.50") == Decimal("2.5"), so equality alone would not notice a lost zero: compare the text."""
    path = tmp_path / "p.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    again = read_plan(path)
    assert str(again.cost("coord").indexation) == "2.50"
    assert str(again.cost("vrijwilligers").quantity) == "12.50"
    assert str(again.source("gemeente-2027").probability) == "0.70"
    assert [str(a.factor) for a in again.scenario("ravijn").adjustments] == ["0.8", "1.025"]


def test_amounts_are_integer_cents_and_months_text_in_the_file(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "p.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("SELECT opening_reserve FROM plan").fetchone() == (-125050,)
        row = raw.execute("SELECT amount, typeof(amount), start, indexation, typeof(indexation) "
                          "FROM cost_line WHERE id = 'coord'").fetchone()
        assert row == (4100000, "integer", "2026-01", "2.50", "text")
        assert raw.execute("SELECT year, cost_actual.amount FROM cost_actual JOIN cost_line ON line_pk = pk "
                           "WHERE id = 'coord' ORDER BY year").fetchall() == [(2026, 4012345), (2027, 0)]
        assert raw.execute("SELECT due FROM report_due JOIN source ON source_pk = pk "
                           "WHERE id = 'fonds-maaltijd' ORDER BY report_due.position").fetchall() == [("2027-10-01",),
                                                                                        ("2028-11-01",)]
        assert raw.execute("SELECT match FROM adjustment ORDER BY scenario_pk, position").fetchall()[0] == (
            '{"type": "subsidy", "funder": "Gemeente Den Haag"}',)
        assert raw.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert raw.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD_REVISION,)]
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        raw.close()


def test_lists_keep_their_order(tmp_path: Path, rich_plan: Plan) -> None:
    rich_plan.costs.reverse()
    rich_plan.scenarios.reverse()
    path = tmp_path / "p.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    again = read_plan(path)
    assert [c.id for c in again.costs] == ["website", "boodschappen", "ruimte-om-niet", "huur", "vrijwilligers",
                                           "begeleiding", "coord"]
    assert [s.id for s in again.scenarios] == ["zeker-plain", "zonder-fonds", "ravijn"]


def test_load_any_reads_json_and_plan_files_alike(tmp_path: Path, rich_plan: Plan) -> None:
    as_json = tmp_path / "plan.json"
    as_json.write_text(planjson.dumps(rich_plan), encoding="utf-8")
    json_without_suffix = tmp_path / "plan.txt"
    json_without_suffix.write_text(" \n" + planjson.dumps(rich_plan), encoding="utf-8")
    as_file = tmp_path / "plan.dekkingsplan"
    PlanFile.create(as_file, rich_plan).close()
    assert load_any(as_json) == load_any(json_without_suffix) == load_any(as_file) == rich_plan


def test_a_new_file_has_the_schema_the_migrations_make(tmp_path: Path) -> None:
    """New files are made with create_all (no Alembic import); that must be exactly the migrated schema."""
    made = tmp_path / "made.dekkingsplan"
    write_new_file(made, planjson.loads(rich_plan_text()))
    migrated = tmp_path / "migrated.dekkingsplan"
    raw = sqlite3.connect(migrated, isolation_level=None)
    conn = store_db.connection_for(raw, write=True)
    try:
        migrate.upgrade(conn, raw)
    finally:
        conn.close()

    def schema(path: Path) -> tuple:
        """Tables, columns (name, type, not null, default, key), foreign keys and indexes as SQLite reports them:
        a column added by ALTER TABLE is spelled differently in sqlite_master's SQL but is the same column."""
        c = sqlite3.connect(path)
        try:
            names = sorted(r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
            tables = {
                name: (sorted(tuple(col[1:]) for col in c.execute(f"PRAGMA table_info('{name}')")),
                       sorted(tuple(fk[2:]) for fk in c.execute(f"PRAGMA foreign_key_list('{name}')")),
                       sorted((ix[1], ix[2], tuple(col[2] for col in c.execute(f"PRAGMA index_info('{ix[1]}')")))
                              for ix in c.execute(f"PRAGMA index_list('{name}')")))
                for name in names}
            return (tables, c.execute("PRAGMA application_id").fetchone(), c.execute("PRAGMA user_version").fetchone(),
                    c.execute("SELECT version_num FROM alembic_version").fetchall())
        finally:
            c.close()

    assert schema(made) == schema(migrated)


def test_the_known_revisions_are_those_in_the_migrations_folder() -> None:
    from dekkingsplan.store.schema import REVISIONS

    assert migrate.script_revisions() == list(REVISIONS)


def test_opening_a_plan_file_imports_neither_alembic_nor_the_orm(tmp_path: Path, rich_plan: Plan) -> None:
    """Start-up speed: Alembic is only imported when an older file needs migrating, the ORM never."""
    import subprocess
    import sys

    path = tmp_path / "p.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    code = ("import sys; from dekkingsplan.store.planfile import PlanFile; pf = PlanFile.open(sys.argv[1]); "
            "pf.close(); print('alembic' in sys.modules, 'sqlalchemy.orm' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_the_second_rounds_fields_survive_the_file(tmp_path: Path) -> None:
    import json

    from dekkingsplan.core.model import BankRule, BankTransaction, VatTreatment

    data = json.loads(rich_plan_text())
    data["organisation"]["vat"] = "included"
    data["plan"]["reserve_target"] = "12500.50"
    data["costs"][0]["actual_notes"] = {"2026": "duurder dan begroot", "2027": "nog niet bekend"}
    data["sources"][-1]["actual_notes"] = {"2026": "later uitbetaald"}
    data["sources"][0]["lead_months"] = 0
    data["bank_rules"] = [{"match": {"description": "huur"}, "line": data["costs"][0]["id"]}]
    data["bank_transactions"] = [{"id": "ref-1", "date": "2026-03-01", "amount": "-250.00", "line": None}]
    plan = planjson.plan_from_dict(data)
    path = tmp_path / "tweede.dekkingsplan"
    PlanFile.create(path, plan).close()
    again = read_plan(path)
    assert again == plan
    assert again.organisation.vat == VatTreatment.INCLUDED and again.reserve_target == 1_250_050
    assert again.costs[0].actual_notes == {2026: "duurder dan begroot", 2027: "nog niet bekend"}
    assert again.sources[0].lead_months == 0
    assert again.bank_rules == [BankRule(match={"description": "huur"}, line=data["costs"][0]["id"])]
    assert again.bank_transactions[0] == BankTransaction(id="ref-1", date=date(2026, 3, 1), amount=-25_000)
