"""The command line with plan files: import, export, backups, restore, and plan files wherever JSON goes."""

from __future__ import annotations

import copy
import json
import os
import sqlite3
from pathlib import Path

import pytest

from dekkingsplan.cli import main
from dekkingsplan.core import planjson
from dekkingsplan.resources import demo_plan_path
from dekkingsplan.store.backups import list_backups
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.store.reader import read_plan
from tests.plans.examples import SMALL_ANKER, small_anker_json


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("DEKKINGSPLAN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def plan_json(tmp_path: Path) -> Path:
    return small_anker_json(tmp_path / "anker.json")


def test_import_then_export_gives_the_same_json(tmp_path: Path, plan_json: Path, capsys) -> None:
    target = tmp_path / "anker.dekkingsplan"
    assert main(["import", str(plan_json), str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"Plan opgeslagen in {target}"
    out = tmp_path / "terug.json"
    assert main(["export", str(target), "--json", str(out)]) == 0
    expected = planjson.dumps(planjson.loads(plan_json.read_text(encoding="utf-8")))
    assert out.read_text(encoding="utf-8") == expected


def test_the_demo_plan_goes_through_a_plan_file_unchanged(tmp_path: Path) -> None:
    target = tmp_path / "demo.dekkingsplan"
    assert main(["import", str(demo_plan_path()), str(target)]) == 0
    out = tmp_path / "demo.json"
    assert main(["export", str(target), "--json", str(out)]) == 0
    canonical = planjson.dumps(planjson.loads(demo_plan_path().read_text(encoding="utf-8")))
    assert out.read_text(encoding="utf-8") == canonical


def test_export_to_standard_output(tmp_path: Path, plan_json: Path, capsys) -> None:
    assert main(["export", str(plan_json), "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["organisation"]["name"] == "Vadercentrum Het Anker"


def test_import_refuses_to_overwrite_unless_forced(tmp_path: Path, plan_json: Path, capsys) -> None:
    target = tmp_path / "anker.dekkingsplan"
    target.write_bytes(b"mijn andere bestand")
    assert main(["import", str(plan_json), str(target)]) == 2
    err = capsys.readouterr().err
    assert err == f"dekkingsplan: {target} already exists; choose another name\n"
    assert target.read_bytes() == b"mijn andere bestand"
    assert main(["import", "--force", str(plan_json), str(target)]) == 0
    assert read_plan(target).organisation.name == "Vadercentrum Het Anker"
    [kept] = list_backups(target)[1:]  # the overwritten file was kept as a backup first
    assert kept.path.read_bytes() == b"mijn andere bestand"


def test_import_of_bad_json_names_the_file_and_place(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "fout.json"
    data = copy.deepcopy(SMALL_ANKER)
    data["costs"][0]["amount"] = "12,000.00"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert main(["import", str(bad), str(tmp_path / "x.dekkingsplan")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"dekkingsplan: {bad}: costs[0].amount: ")
    assert err.count("\n") == 1
    assert not (tmp_path / "x.dekkingsplan").exists()


def test_existing_commands_read_plan_files(tmp_path: Path, plan_json: Path, capsys) -> None:
    target = tmp_path / "anker.dekkingsplan"
    main(["import", str(plan_json), str(target)])
    capsys.readouterr()
    assert main(["projection", str(plan_json), "--json"]) == 0
    from_json = capsys.readouterr().out
    assert main(["projection", str(target), "--json"]) == 0
    assert capsys.readouterr().out == from_json
    # 2026: costs 12000.00; income 10000.00 (the subsidy ends 2026-12) + the fund's 3000.00 over 12 months from
    # July, 1500.00 in 2026, at the expected probability 0.5 of an application: 750.00. The gap is 1250.00
    assert json.loads(from_json)["years"][0]["gap"] == "1250.00"
    assert main(["deadlines", str(target)]) == 0
    assert "2027-04-01" in capsys.readouterr().out


def test_a_file_that_is_not_a_plan_is_one_line_on_stderr(tmp_path: Path, capsys) -> None:
    other = tmp_path / "foto.dekkingsplan"
    other.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert main(["export", str(other), "--json", str(tmp_path / "x.json")]) == 2
    assert capsys.readouterr().err == (f"dekkingsplan: {other} is not a Dekkingsplan file but another kind of "
                                       "file\n")
    database = tmp_path / "ander.dekkingsplan"
    sqlite3.connect(database).execute("CREATE TABLE t (x)").connection.close()
    assert main(["projection", str(database)]) == 2
    assert capsys.readouterr().err == f"dekkingsplan: {database} is a database, but not a Dekkingsplan plan\n"


def test_backups_lists_date_size_and_reason(tmp_path: Path, plan_json: Path, capsys) -> None:
    target = tmp_path / "anker.dekkingsplan"
    main(["import", str(plan_json), str(target)])
    capsys.readouterr()
    assert main(["backups", str(target)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    [backup] = list_backups(target)
    size = f"{backup.size:,}".replace(",", ".")
    assert line.startswith(backup.created.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
    assert f"{size} bytes" in line and "bij openen" in line and line.endswith(str(backup.path))


def test_backups_of_a_plan_without_any(tmp_path: Path, capsys) -> None:
    assert main(["backups", str(tmp_path / "nieuw.dekkingsplan")]) == 0
    assert capsys.readouterr().out == f"Geen reservekopieën van {tmp_path / 'nieuw.dekkingsplan'}.\n"


def test_restore_puts_a_backup_back_and_keeps_the_current_file(tmp_path: Path, plan_json: Path, capsys) -> None:
    from dataclasses import replace

    from dekkingsplan.core.edits import SetOrganisation

    target = tmp_path / "anker.dekkingsplan"
    main(["import", str(plan_json), str(target)])
    [first] = list_backups(target)
    with PlanFile.open(target) as pf:
        org = pf.plan.organisation
        pf.apply(SetOrganisation(org, replace(org, name="Het Anker, vernieuwd")))
    capsys.readouterr()
    assert main(["restore", first.path.name, str(target)]) == 0  # the bare name, as `backups` shows it
    assert "teruggezet" in capsys.readouterr().out
    assert read_plan(target).organisation.name == "Vadercentrum Het Anker"
    newest = list_backups(target)[0]
    assert newest.reason == "restore"
    assert read_plan(newest.path).organisation.name == "Het Anker, vernieuwd"


def test_restore_refuses_a_plan_that_is_open(tmp_path: Path, plan_json: Path, capsys) -> None:
    target = tmp_path / "anker.dekkingsplan"
    main(["import", str(plan_json), str(target)])
    [first] = list_backups(target)
    before = target.read_bytes()
    with PlanFile.open(target):
        assert main(["restore", str(first.path), str(target)]) == 2
    assert "already open in another window or program" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_export_to_a_missing_folder_is_one_line(tmp_path: Path, plan_json: Path, capsys) -> None:
    out = tmp_path / "nergens" / "x.json"
    assert main(["export", str(plan_json), "--json", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"dekkingsplan: {out}: ") and err.count("\n") == 1
    assert not os.path.exists(out)
