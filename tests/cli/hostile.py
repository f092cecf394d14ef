"""The hostile corpus of issue 12: broken plan JSONs made from the demo plan, each with the place its refusal must
name, and the helper that runs every command over an input and checks the refusal."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from dekkingsplan.cli import main
from dekkingsplan.resources import demo_plan_path

DEMO: dict = json.loads(demo_plan_path().read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Hostile:
    """One bad input: its name, how to make its bytes, and the words its refusal must contain."""

    name: str
    data: Callable[[], bytes]
    place: str


def _mutated(change: Callable[[dict], None]) -> Callable[[], bytes]:
    def make() -> bytes:
        plan = copy.deepcopy(DEMO)
        change(plan)
        return json.dumps(plan, ensure_ascii=True).encode("ascii")  # \ud800 stays an escape, as an attacker writes it

    return make


def _raw(old: str, new: str) -> Callable[[], bytes]:
    """The demo's JSON text with one piece replaced, for what ``json.dumps`` cannot write (huge numbers, NaN)."""
    def make() -> bytes:
        text = json.dumps(DEMO, ensure_ascii=True)
        assert old in text
        return text.replace(old, new, 1).encode("ascii")

    return make


def _set(*path_and_value: object) -> Callable[[], bytes]:
    *path, value = path_and_value

    def change(plan: dict) -> None:
        target = plan
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return _mutated(change)


MEGABYTE_NAME = "Fonds " + "x" * 1_000_000

CORPUS = [
    # item 3: bad JSON that used to end in a traceback
    Hostile("amount as the JSON number 10^26", _raw('"amount": "43150.00"', '"amount": 1' + "0" * 26),
            "costs[0].amount"),
    Hostile("amount as a 5,000-digit integer", _raw('"amount": "43150.00"', '"amount": 1' + "0" * 5000),
            "costs[0].amount"),
    Hostile("amount beyond SQLite's 64-bit integers", _set("costs", 0, "amount", "1" + "0" * 20), "costs[0].amount"),
    Hostile("opening reserve beyond a billion", _set("plan", "opening_reserve", "-1000000000.01"),
            "plan.opening_reserve"),
    Hostile("an actual beyond a billion", _set("costs", 0, "actuals", {"2026": "99999999999.00"}),
            "costs[0].actuals.2026"),
    Hostile("nesting deep enough for RecursionError", _raw('"format": "dekkingsplan/1"',
                                                           '"format": ' + "[" * 100_000 + "]" * 100_000),
            "nested"),
    Hostile("the date 9999-12-31", _set("sources", 0, "apply_by", "9999-12-31"), "sources[0].apply_by"),
    Hostile("a bell in the organisation's name", _set("organisation", "name", "De Wissel\x07"), "organisation.name"),
    Hostile("CR LF in the organisation's name", _set("organisation", "name", "De\r\nWissel"), "organisation.name"),
    Hostile("a vertical tab in a funder", _set("sources", 0, "funder", "Gemeente\x0bDen Haag"), "sources[0].funder"),
    Hostile("a form feed in a line's name", _set("costs", 1, "name", "Huur\x0c"), "costs[1].name"),
    Hostile("U+2028 in a project's name", _set("projects", 0, "name", "Maaltijd\u2028en"), "projects[0].name"),
    Hostile("NEL in a scenario's name", _set("scenarios", 0, "name", "Min\x85"), "scenarios[0].name"),
    Hostile("a lone surrogate in a line's name", _set("costs", 0, "name", "Co\ud800rdinator"), "costs[0].name"),
    Hostile("a NUL in a project description", _set("projects", 0, "description", "a\x00b"), "projects[0].description"),
    Hostile("an amount written NaN", _raw('"amount": "43150.00"', '"amount": NaN'), "costs[0].amount"),
    Hostile("an indexation written Infinity", _raw('"indexation": "2.5"', '"indexation": Infinity'),
            "costs[0].indexation"),
    # item 4: values accepted before that exhaust time or crash later
    Hostile("an indexation of 1e-999999", _set("costs", 0, "indexation", "1e-999999"), "costs[0].indexation"),
    Hostile("an indexation of 1E+999999999", _raw('"indexation": "2.5"', '"indexation": 1E+999999999'),
            "costs[0].indexation"),
    Hostile("an indexation below -50%", _set("costs", 0, "indexation", "-60"), "costs[0].indexation"),
    Hostile("a scenario factor of 1e30", _raw('"factor": "0.8"', '"factor": 1e30'), "scenarios[0].adjustments[0].factor"),
    Hostile("a factor above 10", _set("scenarios", 0, "adjustments", 0, "factor", "10.5"),
            "scenarios[0].adjustments[0].factor"),
    Hostile("a probability with six decimals", _set("sources", 0, "probability", "0.123456"),
            "sources[0].probability"),
    Hostile("a quantity of 1e30", _set("costs", 1, "quantity", "1e30"), "costs[1].quantity"),
    Hostile("a 1 MB funder name", _set("sources", 0, "funder", MEGABYTE_NAME), "sources[0].funder"),
    Hostile("a 201-character line name", _set("costs", 0, "name", "n" * 201), "costs[0].name"),
    Hostile("an id with a trailing newline", _set("costs", 0, "id", "coord\n"), "costs[0].id"),
    Hostile("a duplicate key", _raw('"format": "dekkingsplan/1"', '"format": "dekkingsplan/1", "format": "x"'),
            "format"),
    Hostile("a duplicate key in actuals", _raw('"actuals": {', '"actuals": {"2026": "1.00", "2026": "2.00", '),
            ".actuals.2026"),
    Hostile("Arabic-Indic digits in an amount", _set("costs", 0, "amount", "\u0661\u0662\u0663"), "costs[0].amount"),
    Hostile("full-width digits in a month", _set("costs", 0, "start", "\uff12\uff10\uff12\uff16-01"), "costs[0].start"),
    Hostile("full-width digits in an actuals year", _set("costs", 0, "actuals", {"\uff12\uff10\uff12\uff16": "1.00"}),
            "costs[0].actuals."),
    Hostile("Arabic-Indic digits in an indexation", _set("costs", 0, "indexation", "\u0662"), "costs[0].indexation"),
    Hostile("a year of twenty digits", _raw('"first_year": 2026', '"first_year": 99999999999999999999'),
            "plan.first_year"),
    Hostile("a from_year beyond SQLite's integers", _set("scenarios", 0, "adjustments", 0, "from_year", 2**70),
            "scenarios[0].adjustments[0].from_year"),
    Hostile("a long category with a newline", _set("costs", 0, "category", "x" * 10_000 + "\n"), "costs[0].category"),
    Hostile("an unknown key with newlines", _set("organisation", "evil\nkey\n" + "k" * 5000, 1), "organisation.evil"),
    Hostile("a string that is not UTF-8", lambda: b'{"format": "dekkingsplan/1", "x": "\xed\xa0\x80"}', "UTF-8"),
]


COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "import": lambda plan, out: ["import", str(plan), str(out / "new.dekkingsplan")],
    "export": lambda plan, out: ["export", str(plan), "--json", str(out / "out.json")],
    "projection": lambda plan, out: ["projection", str(plan), "--json"],
    "sheet": lambda plan, out: ["sheet", str(plan), "--out", str(out / "out.xlsx")],
    "overview": lambda plan, out: ["overview", str(plan), "--out", str(out / "out.pdf")],
    "deadlines": lambda plan, out: ["deadlines", str(plan), "--ics", str(out / "out.ics")],
}


def assert_refused(plan: Path, command: str, capsys: pytest.CaptureFixture[str], *, place: str | None) -> str:
    """Run ``command`` over ``plan`` in this process and check issue 12's promise: exit 2, one line on stderr naming
    the file (and ``place``), no traceback, the input byte-identical, nothing written. Returns the line."""
    before = plan.read_bytes() if plan.is_file() else None
    out = plan.parent / f"out-{command}"
    out.mkdir(exist_ok=True)
    code = main(COMMANDS[command](plan, out))  # an exception here is the traceback a user would have seen
    captured = capsys.readouterr()
    assert code == 2, (command, captured.err[:300])
    lines = captured.err.splitlines()
    assert len(lines) == 1, (command, captured.err[:500])
    line = lines[0]
    assert line.startswith("dekkingsplan: "), line
    assert str(plan) in line, line
    if place is not None:
        assert place in line, (place, line)
    assert len(line) <= 1000
    assert "Traceback" not in captured.err
    line.encode("utf-8")  # printable: no lone surrogate reached the terminal
    if before is not None:
        assert plan.read_bytes() == before, "the refused input was changed"
    assert list(out.iterdir()) == [], f"{command} wrote {list(out.iterdir())}"
    return line
