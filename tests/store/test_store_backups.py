"""Backups: on open, daily while editing, the newest 20 kept per plan; listed and put back on request."""

from __future__ import annotations

import shutil
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from store_plans import FIXTURES, sha256

from dekkingsplan.core.edits import AddRecord, SetOrganisation
from dekkingsplan.core.model import Plan, Project
from dekkingsplan.store.backups import (
    BACKUPS_KEPT,
    backup_dir,
    list_backups,
    make_backup,
    plan_backup_dir,
    restore_backup,
)
from dekkingsplan.store.errors import StoreError, StoreErrorKind
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.store.reader import read_plan


@pytest.fixture
def plan_path(tmp_path: Path, rich_plan: Plan) -> Path:
    path = tmp_path / "wissel.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    return path


def rename(pf: PlanFile, name: str) -> None:
    pf.apply(SetOrganisation(pf.plan.organisation, replace(pf.plan.organisation, name=name)))


def test_backups_live_in_the_folder_the_environment_names(data_dir: Path, plan_path: Path) -> None:
    assert backup_dir() == data_dir / "backups"
    [backup] = list_backups(plan_path)
    assert backup.path.parent.parent == data_dir / "backups"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is how platformdirs is steered on Linux")
def test_without_the_variable_the_platform_data_folder_is_used(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEKKINGSPLAN_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert backup_dir() == tmp_path / "xdg" / "Dekkingsplan" / "backups"


def test_opening_backs_up_only_when_the_file_changed(plan_path: Path) -> None:
    assert [b.reason for b in list_backups(plan_path)] == ["open"]  # made when the file was created
    with PlanFile.open(plan_path):
        pass
    assert len(list_backups(plan_path)) == 1  # the same bytes as the newest backup: no second copy
    with PlanFile.open(plan_path) as pf:
        rename(pf, "Stichting De Wissel")
    with PlanFile.open(plan_path):
        pass
    newest, oldest = list_backups(plan_path)
    assert newest.created > oldest.created
    assert read_plan(newest.path).organisation.name == "Stichting De Wissel"
    assert read_plan(oldest.path).organisation.name == "Stichting Buurtkamer De Wissel"
    assert newest.size == newest.path.stat().st_size


def test_the_newest_twenty_are_kept(plan_path: Path) -> None:
    made = [make_backup(plan_path, "open") for _ in range(BACKUPS_KEPT + 5)]
    kept = list_backups(plan_path)
    assert len(kept) == BACKUPS_KEPT
    assert [b.path for b in kept] == [b.path for b in reversed(made)][:BACKUPS_KEPT]


def test_a_daily_backup_while_editing(plan_path: Path) -> None:
    with PlanFile.open(plan_path) as pf:
        rename(pf, "Eerste")
        assert len(list_backups(plan_path)) == 1  # the last backup is less than a day old
        pf.last_backup = datetime.now(UTC) - timedelta(hours=25)
        rename(pf, "Tweede")
        rename(pf, "Derde")
    newest = list_backups(plan_path)[0]
    assert newest.reason == "daily"
    assert read_plan(newest.path).organisation.name == "Tweede"  # made after that commit, once
    assert len(list_backups(plan_path)) == 2


def test_plans_with_the_same_name_in_other_folders_keep_their_own_backups(tmp_path: Path,
                                                                          rich_plan: Plan) -> None:
    a, b = tmp_path / "a" / "begroting.dekkingsplan", tmp_path / "b" / "begroting.dekkingsplan"
    a.parent.mkdir()
    b.parent.mkdir()
    PlanFile.create(a, rich_plan).close()
    PlanFile.create(b, rich_plan).close()
    assert plan_backup_dir(a) != plan_backup_dir(b)
    assert len(list_backups(a)) == len(list_backups(b)) == 1


def test_restore_puts_a_backup_back_and_keeps_the_current_file(plan_path: Path) -> None:
    [first] = list_backups(plan_path)
    with PlanFile.open(plan_path) as pf:
        rename(pf, "Na de fout")
        pf.apply(AddRecord(Project(id="fout", name="Per ongeluk")))
    current = sha256(plan_path)
    restore_backup(first.path, plan_path)
    assert read_plan(plan_path).organisation.name == "Stichting Buurtkamer De Wissel"
    kept = list_backups(plan_path)[0]
    assert kept.reason == "restore"
    assert sha256(kept.path) == current
    with PlanFile.open(plan_path) as pf:  # and the restored file is a normal plan to work on
        rename(pf, "Verder")


def test_restore_to_a_plan_that_was_deleted(plan_path: Path) -> None:
    [first] = list_backups(plan_path)
    plan_path.unlink()
    restore_backup(first.path, plan_path)
    assert read_plan(plan_path).organisation.name == "Stichting Buurtkamer De Wissel"


def test_restore_of_an_old_backup_is_migrated_on_open(plan_path: Path, rich_plan: Plan) -> None:
    old = plan_path.with_name("oud.dekkingsplan")
    shutil.copyfile(FIXTURES / "plan_v1.dekkingsplan", old)
    restore_backup(old, plan_path)
    with PlanFile.open(plan_path) as pf:
        assert pf.plan == rich_plan
    assert list_backups(plan_path)[0].reason == "migration"


def test_restore_refuses_what_is_not_a_plan_and_changes_nothing(plan_path: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "kopie.dekkingsplan"
    bogus.write_text("geen plan")
    before, backups_before = sha256(plan_path), list_backups(plan_path)
    with pytest.raises(StoreError) as caught:
        restore_backup(bogus, plan_path)
    assert caught.value.kind == StoreErrorKind.NOT_SQLITE
    assert str(bogus) in caught.value.text("nl")
    assert sha256(plan_path) == before and list_backups(plan_path) == backups_before


def test_restore_refuses_a_plan_that_is_open(plan_path: Path) -> None:
    [first] = list_backups(plan_path)
    with PlanFile.open(plan_path) as pf:
        rename(pf, "Open in het venster")
        before = sha256(plan_path)
        with pytest.raises(StoreError) as caught:
            restore_backup(first.path, plan_path)
        assert caught.value.kind == StoreErrorKind.IN_USE
        assert sha256(plan_path) == before
        rename(pf, "Nog steeds te bewerken")


def test_a_backup_that_cannot_be_made_does_not_stop_the_treasurer(plan_path: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "data-is-a-file"
    not_a_folder.write_text("x")
    monkeypatch.setenv("DEKKINGSPLAN_DATA_DIR", str(not_a_folder))
    with PlanFile.open(plan_path) as pf:
        pf.last_backup = None
        rename(pf, "Toch opgeslagen")
    assert read_plan(plan_path).organisation.name == "Toch opgeslagen"


def test_half_made_backups_are_cleared_and_never_listed(plan_path: Path) -> None:
    folder = plan_backup_dir(plan_path)
    (folder / ".tmp-deadbeef").write_bytes(b"half")
    (folder / "notities.txt").write_text("van de penningmeester")
    assert len(list_backups(plan_path)) == 1
    make_backup(plan_path, "open")
    assert not (folder / ".tmp-deadbeef").exists()
    assert (folder / "notities.txt").exists()
    assert len(list_backups(plan_path)) == 2
