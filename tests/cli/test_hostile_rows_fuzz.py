"""Issue 12: the demo's plan file with one of its rows changed at random, as another tool could (text in an amount
column, a negative or huge number, a bad month, a control character, an empty value). Every command either does
its work or refuses with exit 2 and one line naming the file; never a traceback, and the file byte-identical."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dekkingsplan.cli import main
from dekkingsplan.resources import demo_plan_path
from tests.cli.hostile import COMMANDS

HOSTILE = st.sampled_from([
    None, 0, -1, -100, 2**62, -(2**63), 10**11 + 1, 1.5, "", " ", "x" * 300, "tekst", "\n", "a\x00b", "a\x07b",
    "\ud800".encode("utf-8", "surrogatepass"), b"\xff\xfe", "1e-999999", "NaN", "9999-12-31", "2026-13", "2026-1",
    "\u0662\u0660\u0662\u0666-01", "-5.00", "1.234", "once", "monthly", "total", "rejected", "stichting", "maaltijd",
    "coord", "{}", "[", '{"id": 1}', "2026-01-01",
]) | st.integers() | st.text(max_size=10)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.dekkingsplan"
    assert main(["import", str(demo_plan_path()), str(path)]) == 0
    return path


@pytest.fixture(scope="module")
def cells(demo_file: Path) -> list[tuple[str, str, int]]:
    """Every (table, column, rowid) of the demo's file, found from the file itself."""
    raw = sqlite3.connect(demo_file)
    try:
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%'")]
        found = []
        for table in tables:
            columns = [r[1] for r in raw.execute(f'PRAGMA table_info("{table}")')]
            for (rowid,) in raw.execute(f'SELECT rowid FROM "{table}"'):
                found += [(table, column, rowid) for column in columns]
        return found
    finally:
        raw.close()


def mutate(path: Path, table: str, column: str, rowid: int, value: object) -> bool:
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (value, rowid))
        return True
    except (sqlite3.Error, OverflowError):  # the schema or SQLite refused it: no file to test
        return False
    finally:
        raw.close()


def check(path: Path, commands: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    data = path.read_bytes()
    for command in commands:
        out = path.parent / f"out-{command}"
        out.mkdir()
        code = main(COMMANDS[command](path, out))  # a traceback here fails the example
        captured = capsys.readouterr()
        assert path.read_bytes() == data, command
        if code == 0:
            continue
        assert code == 2, (command, code, captured.err[:300])
        line, = captured.err.splitlines()
        assert line.startswith(f"dekkingsplan: {path}") and len(line) <= 1000, line
        line.encode("utf-8")
        assert list(out.iterdir()) == [], (command, line)


SETTINGS = dict(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@settings(max_examples=40, **SETTINGS)
@given(choice=st.data())
def test_a_plan_file_with_a_changed_row_ends_in_work_or_one_line(choice: st.DataObject, demo_file: Path,
                                                                 cells: list, capsys) -> None:
    table, column, rowid = choice.draw(st.sampled_from(cells))
    value = choice.draw(HOSTILE)
    with tempfile.TemporaryDirectory(prefix="dekkingsplan-rows-") as folder:
        path = Path(folder) / "plan.dekkingsplan"
        shutil.copyfile(demo_file, path)
        if mutate(path, table, column, rowid, value):
            check(path, ["projection", "export", "sheet", "deadlines"], capsys)
