"""Files made by the first version of the schema open, are backed up, and are brought up to date."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from store_plans import FIXTURES, sha256

from dekkingsplan.core.model import Plan
from dekkingsplan.store.backups import list_backups
from dekkingsplan.store.errors import StoreError, StoreErrorKind
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.store.reader import read_plan
from dekkingsplan.store.schema import HEAD_REVISION, SCHEMA_VERSION

POSITION_INDEXES = {"ix_project_position", "ix_cost_line_position", "ix_source_position", "ix_scenario_position"}


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    path = tmp_path / "oud.dekkingsplan"
    shutil.copyfile(FIXTURES / "plan_v1.dekkingsplan", path)
    return path


def marks(path: Path) -> tuple[int, list[tuple[str]], set[str]]:
    raw = sqlite3.connect(path)
    try:
        indexes = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
                   if not r[0].startswith("sqlite_")}
        return (raw.execute("PRAGMA user_version").fetchone()[0],
                raw.execute("SELECT version_num FROM alembic_version").fetchall(), indexes)
    finally:
        raw.close()


def test_the_fixture_has_the_first_schema(v1_file: Path) -> None:
    assert marks(v1_file) == (1, [("0001",)], set())
    assert SCHEMA_VERSION == 3  # when this changes, add a fixture of version 3 as well


def test_an_old_file_is_backed_up_then_migrated(v1_file: Path, rich_plan: Plan) -> None:
    original = sha256(v1_file)
    with PlanFile.open(v1_file) as pf:
        assert pf.plan == rich_plan
    assert marks(v1_file) == (SCHEMA_VERSION, [(HEAD_REVISION,)], POSITION_INDEXES)
    [backup] = list_backups(v1_file)
    assert backup.reason == "migration"
    assert sha256(backup.path) == original  # the file as it was before the migration
    assert read_plan(v1_file) == rich_plan
    with PlanFile.open(v1_file):  # opening again migrates nothing more
        pass
    assert [b.reason for b in list_backups(v1_file)] == ["open", "migration"]


def test_reading_an_old_file_migrates_only_a_copy_in_memory(v1_file: Path, rich_plan: Plan) -> None:
    original = sha256(v1_file)
    assert read_plan(v1_file) == rich_plan
    with PlanFile.open(v1_file, read_only=True) as pf:
        assert pf.plan == rich_plan
    assert sha256(v1_file) == original
    assert marks(v1_file)[0] == 1
    assert list_backups(v1_file) == []


def test_a_failing_migration_leaves_the_file_as_it_was(v1_file: Path) -> None:
    raw = sqlite3.connect(v1_file)  # someone made an index of that name by hand: 0002 cannot create it
    raw.execute("CREATE INDEX ix_source_position ON source (name)")
    raw.commit()
    raw.close()
    before = sha256(v1_file)
    with pytest.raises(StoreError) as caught:
        PlanFile.open(v1_file)
    assert caught.value.kind == StoreErrorKind.MIGRATION_FAILED
    assert caught.value.text("nl") == f"{v1_file} kon niet worden bijgewerkt voor deze versie en is ongewijzigd gelaten"
    assert "ix_source_position" in caught.value.detail
    assert sha256(v1_file) == before
    assert marks(v1_file)[0] == 1


def test_an_old_file_with_unreadable_rows_is_not_left_migrated(v1_file: Path) -> None:
    raw = sqlite3.connect(v1_file)
    raw.execute("UPDATE source SET status = 'misschien' WHERE id = 'collecte'")
    raw.commit()
    raw.close()
    before = sha256(v1_file)
    with pytest.raises(StoreError) as caught:
        PlanFile.open(v1_file)
    assert caught.value.kind == StoreErrorKind.INVALID
    assert "table source, row 'collecte', field status" in str(caught.value)
    assert sha256(v1_file) == before


def test_no_migration_without_a_backup(v1_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "data-is-a-file"
    not_a_folder.write_text("x")
    monkeypatch.setenv("DEKKINGSPLAN_DATA_DIR", str(not_a_folder))
    before = sha256(v1_file)
    with pytest.raises(StoreError) as caught:
        PlanFile.open(v1_file)
    assert caught.value.kind == StoreErrorKind.BACKUP_FAILED
    assert sha256(v1_file) == before
    assert marks(v1_file)[0] == 1


@pytest.fixture
def v2_file(tmp_path: Path) -> Path:
    path = tmp_path / "vorig-jaar.dekkingsplan"
    shutil.copyfile(FIXTURES / "plan_v2.dekkingsplan", path)
    return path


def tables(path: Path) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        raw.close()


def test_a_file_of_the_second_schema_gets_the_new_fields_empty(v2_file: Path, rich_plan: Plan) -> None:
    assert marks(v2_file) == (2, [("0002",)], POSITION_INDEXES)
    original = sha256(v2_file)
    with PlanFile.open(v2_file) as pf:
        assert pf.plan == rich_plan
        assert pf.plan.reserve_target == 0 and pf.plan.organisation.vat is None
        assert pf.plan.bank_rules == [] and pf.plan.bank_transactions == []
        assert all(line.actual_notes == {} for line in pf.plan.costs + pf.plan.sources)
    assert marks(v2_file)[:2] == (3, [("0003",)])
    assert {"cost_actual_note", "source_actual_note", "bank_rule", "bank_transaction"} <= tables(v2_file)
    [backup] = list_backups(v2_file)
    assert backup.reason == "migration" and sha256(backup.path) == original


def test_the_new_fields_are_kept_in_a_migrated_file(v2_file: Path) -> None:
    from dataclasses import replace

    from dekkingsplan.core.edits import ReplaceRecord, SetOrganisation, SetSettings, Settings
    from dekkingsplan.core.model import VatTreatment

    with PlanFile.open(v2_file) as pf:
        plan = pf.plan
        source = plan.sources[0]
        pf.apply(SetSettings(Settings.of(plan), replace(Settings.of(plan), reserve_target=15_000_00)))
        pf.apply(SetOrganisation(plan.organisation, replace(plan.organisation, vat=VatTreatment.COMPENSABLE)))
        pf.apply(ReplaceRecord(source, replace(source, lead_months=6, actual_notes={2026: "later toegekend"})))
    again = read_plan(v2_file)
    assert again.reserve_target == 15_000_00
    assert again.organisation.vat == VatTreatment.COMPENSABLE
    assert again.sources[0].lead_months == 6
    assert again.sources[0].actual_notes == {2026: "later toegekend"}
