"""Issue 12: every hostile plan JSON is refused by every command with one line naming the file and the place."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.hostile import COMMANDS, CORPUS, Hostile, assert_refused


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("DEKKINGSPLAN_DATA_DIR", str(folder))
    return folder


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_every_command_refuses_the_hostile_input(case: Hostile, tmp_path: Path, capsys) -> None:
    plan = tmp_path / "hostile.json"
    plan.write_bytes(case.data())
    for command in COMMANDS:
        assert_refused(plan, command, capsys, place=case.place)


def test_a_long_bad_value_is_cut_and_its_newline_escaped(tmp_path: Path, capsys) -> None:
    case = next(c for c in CORPUS if c.name == "a long category with a newline")
    plan = tmp_path / "hostile.json"
    plan.write_bytes(case.data())
    line = assert_refused(plan, "projection", capsys, place="costs[0].category")
    assert "x" * 39 + "…" in line and "x" * 41 not in line


def test_a_one_megabyte_name_is_refused_by_its_length(tmp_path: Path, capsys) -> None:
    case = next(c for c in CORPUS if c.name == "a 1 MB funder name")
    plan = tmp_path / "hostile.json"
    plan.write_bytes(case.data())
    line = assert_refused(plan, "overview", capsys, place="sources[0].funder")
    assert "at most 200 characters (this has 1,000,006)" in line


def test_the_same_limit_holds_for_every_command(tmp_path: Path, capsys) -> None:
    """Issue 12: a value too large for SQLite crashed `import` while `projection` and `sheet` took it; now one rule."""
    case = next(c for c in CORPUS if c.name == "amount beyond SQLite's 64-bit integers")
    plan = tmp_path / "hostile.json"
    plan.write_bytes(case.data())
    lines = {command: assert_refused(plan, command, capsys, place="costs[0].amount") for command in COMMANDS}
    assert {line.split("costs[0].amount: ")[1] for line in lines.values()} == {
        "an amount is at most 1000000000.00 (€ 1 billion)"}


@pytest.mark.parametrize("name", ["a lone surrogate in a line's name", "CR LF in the organisation's name",
                                  "nesting deep enough for RecursionError"])
def test_a_real_process_prints_one_line_and_no_traceback(name: str, tmp_path: Path) -> None:
    """The same through a real process, its stderr encoded as the system's (a lone surrogate cannot be printed)."""
    case = next(c for c in CORPUS if c.name == name)
    plan = tmp_path / "hostile.json"
    plan.write_bytes(case.data())
    result = subprocess.run([sys.executable, "-m", "dekkingsplan", "sheet", str(plan), "--out",
                             str(tmp_path / "out.xlsx")], capture_output=True, timeout=120,
                            cwd=Path(__file__).resolve().parents[2])
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert case.place in err
    assert not (tmp_path / "out.xlsx").exists()
