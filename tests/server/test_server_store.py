"""Plans on a real PostgreSQL server (a throwaway cluster of the tests' own): the same tables with a plan column,
the same migrations, many plans in one database, and two people editing one plan."""

from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest

from dekkingsplan.core import planjson
from dekkingsplan.core.edits import ReplaceRecord, SetSettings, Settings
from dekkingsplan.store.errors import StoreError, StoreErrorKind
from dekkingsplan.store.server import (
    ServerAddress,
    ServerPlan,
    create_server_plan,
    plan_names,
    prepare_database,
    read_server_plan,
)
from tests.plans.edits import random_edit
from tests.plans.examples import demo
from tests.store.store_plans import rich_plan_text


def at(database: str, plan: str) -> str:
    return f"{database}?plan={plan}"


def test_a_plan_goes_to_the_server_and_comes_back_identical(database: str) -> None:
    rich = planjson.loads(rich_plan_text())
    create_server_plan(at(database, "anker"), rich).close()
    assert read_server_plan(at(database, "anker")) == rich
    assert planjson.dumps(read_server_plan(at(database, "anker"))) == planjson.dumps(rich)


def test_the_second_rounds_fields_on_the_server(database: str) -> None:
    data = json.loads(rich_plan_text())
    data["organisation"]["vat"] = "compensable"
    data["plan"]["reserve_target"] = "15000.00"
    data["costs"][0]["actual_notes"] = {"2026": "meer uren"}
    data["bank_rules"] = [{"match": {"description": "huur"}, "line": data["costs"][0]["id"]}]
    data["bank_transactions"] = [{"id": "ref-1", "date": "2026-03-01", "amount": "-250.00"}]
    plan = planjson.plan_from_dict(data)
    create_server_plan(at(database, "tweede"), plan).close()
    assert read_server_plan(at(database, "tweede")) == plan


def test_one_database_many_plans(database: str) -> None:
    one, two = demo(), planjson.loads(rich_plan_text())
    create_server_plan(at(database, "wissel"), one).close()
    create_server_plan(at(database, "anker"), two).close()
    assert plan_names(ServerAddress.parse(at(database, "x"))) == ["anker", "wissel"]
    assert read_server_plan(at(database, "wissel")) == one
    assert read_server_plan(at(database, "anker")) == two
    with ServerPlan.open(at(database, "anker")) as pf:  # an edit of one plan leaves the other alone
        pf.apply(SetSettings(Settings.of(pf.plan), replace(Settings.of(pf.plan), opening_reserve=1)))
    assert read_server_plan(at(database, "wissel")) == one


def test_a_plan_name_is_taken_once_unless_overwritten(database: str) -> None:
    create_server_plan(at(database, "wissel"), demo()).close()
    with pytest.raises(StoreError) as caught:
        create_server_plan(at(database, "wissel"), planjson.loads(rich_plan_text()))
    assert caught.value.kind == StoreErrorKind.EXISTS
    assert read_server_plan(at(database, "wissel")) == demo()
    create_server_plan(at(database, "wissel"), planjson.loads(rich_plan_text()), overwrite=True).close()
    assert read_server_plan(at(database, "wissel")) == planjson.loads(rich_plan_text())


def test_a_missing_plan_and_a_bad_address_are_one_sentence(database: str, cluster) -> None:
    with pytest.raises(StoreError) as caught:
        read_server_plan(at(database, "bestaat-niet"))
    assert caught.value.kind == StoreErrorKind.NOT_FOUND
    assert caught.value.text("nl").endswith("op de server staat geen plan met de naam 'bestaat-niet'")
    for address, words in [(database, "no plan named"), ("postgresql://u:geheim@h/db?plan=x", "password"),
                           ("postgresql://u@h:poort/db?plan=x", "port")]:
        with pytest.raises(StoreError) as caught:
            ServerAddress.parse(address)
        assert words in str(caught.value) and "geheim" not in str(caught.value)
    nobody = f"postgresql://postgres@127.0.0.1:{cluster.port + 1}/db?plan=x"  # nothing listens there
    with pytest.raises(StoreError) as caught:
        read_server_plan(nobody)
    assert caught.value.kind == StoreErrorKind.SERVER and "\n" not in str(caught.value)


def test_many_random_edits_keep_server_and_memory_in_step(database: str) -> None:
    rng = random.Random(17)
    plan = demo()
    with create_server_plan(at(database, "wissel"), plan) as pf:
        for _ in range(40):
            expected = pf.plan.copy()
            try:
                edit = random_edit(rng, pf.plan)
                edit.apply(expected)
            except ValueError:
                continue
            pf.apply(edit)
            assert pf.plan == expected
        assert read_server_plan(at(database, "wissel")) == pf.plan
        assert pf.version == ServerPlan.open(at(database, "wissel")).version


def test_two_editors_the_second_on_an_old_copy_is_refused_and_reloads(database: str) -> None:
    create_server_plan(at(database, "wissel"), demo()).close()
    ann = ServerPlan.open(at(database, "wissel"))
    bert = ServerPlan.open(at(database, "wissel"))
    first = ann.plan.costs[0]
    ann.apply(ReplaceRecord(first, replace(first, amount=50_000_00)))
    assert bert.server_version() == ann.version == bert.version + 1  # bert can see he is behind
    theirs = bert.plan.costs[0]
    before = bert.plan.copy()
    with pytest.raises(StoreError) as caught:
        bert.apply(ReplaceRecord(theirs, replace(theirs, amount=1_00)))
    assert caught.value.kind == StoreErrorKind.OUT_OF_DATE
    assert "iemand anders heeft dit plan intussen gewijzigd" in caught.value.text("nl")
    assert bert.plan == before  # nothing of bert's edit stuck in memory
    assert read_server_plan(at(database, "wissel")).costs[0].amount == 50_000_00  # nor on the server
    bert.reload()
    assert bert.plan.costs[0].amount == 50_000_00
    again = bert.plan.costs[0]
    bert.apply(ReplaceRecord(again, replace(again, amount=1_00)))  # on the fresh copy it goes through
    assert read_server_plan(at(database, "wissel")).costs[0].amount == 1_00


def test_a_failing_write_leaves_no_half_plan(database: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from dekkingsplan.store import server

    create_server_plan(at(database, "wissel"), demo()).close()
    pf = ServerPlan.open(at(database, "wissel"))
    real_write = server._write

    def write_then_fail(conn, address, plan):
        real_write(conn, address, plan)  # every row already deleted and written anew ...
        raise RuntimeError("stroomstoring")  # ... when the connection breaks

    monkeypatch.setattr(server, "_write", write_then_fail)
    cost = pf.plan.costs[0]
    with pytest.raises(RuntimeError):
        pf.apply(ReplaceRecord(cost, replace(cost, amount=1)))
    monkeypatch.setattr(server, "_write", real_write)
    assert read_server_plan(at(database, "wissel")) == demo()  # the transaction took all of it back
    assert pf.plan == demo() and pf.version == ServerPlan.open(at(database, "wissel")).version


def test_the_migrations_make_the_same_tables_with_a_plan_column(database: str) -> None:
    import sqlalchemy as sa

    from dekkingsplan.store.schema import metadata

    address = ServerAddress.parse(at(database, "x"))
    prepare_database(address)
    prepare_database(address)  # a second time: nothing to do
    engine = sa.create_engine(address.engine_url())
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        for table in metadata.sorted_tables:
            columns = [c["name"] for c in inspector.get_columns(table.name)]
            assert columns[0] == "plan" and sorted(columns[1:]) == sorted(c.name for c in table.columns), table.name
            assert inspector.get_pk_constraint(table.name)["constrained_columns"][0] == "plan"
            for fk in inspector.get_foreign_keys(table.name):
                assert fk["constrained_columns"][0] == "plan" and fk["referred_columns"][0] == "plan"
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0003"
    engine.dispose()


def test_every_command_takes_a_server_address(database: str, tmp_path, capsys) -> None:
    from dekkingsplan.cli import main
    from tests.plans.examples import small_anker_json

    source = small_anker_json(tmp_path / "anker.json")
    address = at(database, "het-anker")
    assert main(["import", str(source), address]) == 0
    assert capsys.readouterr().out.strip() == f"Plan opgeslagen op {address}"
    assert main(["import", str(source), address]) == 2  # the name is taken
    assert "already holds a plan named 'het-anker'" in capsys.readouterr().err
    assert main(["export", address, "--json", "-"]) == 0
    assert planjson.loads(capsys.readouterr().out) == planjson.loads(source.read_text(encoding="utf-8"))
    assert main(["projection", address, "--json"]) == 0
    from_server = json.loads(capsys.readouterr().out)
    assert main(["projection", str(source), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == from_server
    assert main(["portfolio", address, str(source), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["file"] == address and rows[0]["to_raise_total"] == rows[1]["to_raise_total"]
    assert main(["sheet", address, "--out", str(tmp_path / "werkboek.xlsx")]) == 0
    assert (tmp_path / "werkboek.xlsx").exists()
    capsys.readouterr()
    assert main(["projection", at(database, "weg")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no plan named 'weg'" in err
    assert main(["backups", address]) == 2
    assert "a server keeps its own" in capsys.readouterr().err
