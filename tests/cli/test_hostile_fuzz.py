"""Issue 12: the demo plan's JSON mutated at random (a value replaced by a hostile one, a key dropped or added, a
character put into the text). Whatever the mutation, every command either does its work or refuses with exit 2 and
one line naming the file; never a traceback, and the input is left byte-identical."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dekkingsplan.cli import main
from tests.cli.hostile import COMMANDS, DEMO

HOSTILE = st.sampled_from([
    None, True, False, 0, -1, 2**63, 10**30, 1.5, -0.0, "", " ", "x" * 300, "\n", "\x00", "\ud800", "\u2028",
    "1e-999999", "1E+999999999", "NaN", "Infinity", "-0", "-5.00", "1.234", "9999-12-31", "0001-01-01", "2026-13",
    "2026-02-30", "\u0662\u0660\u0662\u0666", "\uff11\uff12", "1_000", " 12 ", [], {}, [[[[]]]], {"a": 1},
    ["2026-01-01", None], {"2026": "1.00"}, {"type": "subsidy"}, "coord", "maaltijd", "expected",
]) | st.text(max_size=12) | st.integers() | st.decimals(allow_nan=False, allow_infinity=False).map(str)


@st.composite
def paths(draw: st.DrawFn, data: Any) -> list:
    """A path into ``data``: keys and indexes, stopping at some depth."""
    path: list = []
    node = data
    while isinstance(node, dict | list) and node and (not path or draw(st.integers(0, 3)) > 0):
        key = draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
        path.append(key)
        node = node[key]
    return path


@st.composite
def mutated_demo(draw: st.DrawFn) -> bytes:
    plan = copy.deepcopy(DEMO)
    kind = draw(st.sampled_from(["replace", "drop", "add", "character"]))
    if kind == "character":
        text = json.dumps(plan, ensure_ascii=False)
        at = draw(st.integers(0, len(text)))
        char = draw(st.characters(codec="utf-8") | st.sampled_from(list('{}[]":,\\')))
        return (text[:at] + char + text[at:]).encode("utf-8")
    path = draw(paths(plan))
    if not path:
        return json.dumps(draw(HOSTILE)).encode("utf-8")
    parent = plan
    for key in path[:-1]:
        parent = parent[key]
    if kind == "replace":
        parent[path[-1]] = draw(HOSTILE)
    elif kind == "drop":
        del parent[path[-1]]
    else:
        target = parent[path[-1]] if isinstance(parent[path[-1]], dict) else parent
        if isinstance(target, dict):
            target[draw(st.text(max_size=8))] = draw(HOSTILE)
        else:
            target.append(draw(HOSTILE))
    return json.dumps(plan, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


def check(data: bytes, commands: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="dekkingsplan-fuzz-") as folder:
        plan = Path(folder) / "plan.json"
        plan.write_bytes(data)
        for command in commands:
            out = Path(folder) / f"out-{command}"
            out.mkdir()
            code = main(COMMANDS[command](plan, out))  # a traceback here fails the example
            captured = capsys.readouterr()
            assert plan.read_bytes() == data, command
            if code == 0:
                assert captured.err == "", (command, captured.err[:300])
                continue
            assert code == 2, (command, code, captured.err[:300])
            line, = captured.err.splitlines()
            assert line.startswith(f"dekkingsplan: {plan}") and len(line) <= 1000, line
            line.encode("utf-8")
            assert list(out.iterdir()) == [], (command, line)


SETTINGS = dict(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@settings(max_examples=80, **SETTINGS)
@given(data=mutated_demo())
def test_reading_a_mutated_demo_plan_ends_in_work_or_one_line(data: bytes, capsys) -> None:
    check(data, ["projection", "import", "export"], capsys)


@settings(max_examples=25, **SETTINGS)
@given(data=mutated_demo())
def test_every_command_over_a_mutated_demo_plan_ends_in_work_or_one_line(data: bytes, capsys) -> None:
    check(data, list(COMMANDS), capsys)
