"""The command line as an advisor's script uses it: projection and deadlines over plan JSON."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dekkingsplan.cli import main
from tests.plans.examples import SMALL_ANKER, small_anker_json


@pytest.fixture
def plan_json(tmp_path: Path) -> Path:
    return small_anker_json(tmp_path / "anker.json")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_projection_json_gives_the_figures_of_the_expected_scenario(capsys, plan_json):
    code, out, _ = run(capsys, "projection", str(plan_json), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["scenario"] == "expected"
    y2026, y2027 = data["years"]
    # 2026: costs 12000; income subsidy 10000 + fund 3000*6/12 months = 1500 at probability 0.5 = 750
    assert y2026["costs"] == "12000.00"
    assert y2026["income"] == "10750.00"
    assert y2026["income_by_type"]["fund"] == "750.00"
    assert y2026["income_by_type"]["rental"] == "0.00"
    assert y2026["result"] == "-1250.00"
    assert y2026["reserve_end"] == "-250.00"  # 1000 - 1250
    assert y2026["gap"] == "1250.00"
    assert y2026["coverage"] == "0.8958"  # 10750 / 12000 = 0.895833...
    # 2027: costs 12000 + 600; income the fund's other half 1500 * 0.5 = 750
    assert y2027["costs"] == "12600.00"
    assert y2027["costs_by_category"]["activities"] == "600.00"
    assert y2027["income"] == "750.00"
    assert y2027["reserve_end"] == "-12100.00"  # -250 + 750 - 12600
    assert data["totals"]["costs"] == "24600.00"
    assert data["totals"]["result"] == "-13100.00"  # income 10750 + 750 = 11500, costs 24600
    ind = data["indicators"]
    # Gemeente Zwolle 10000 of 11500 income = 0.869565... ; all income is short-term (≤ 12 months)
    assert ind["largest_funder"] == {"name": "Gemeente Zwolle", "share": "0.8696"}
    assert ind["short_term_share"] == "1.0000"
    assert ind["depleted_year"] == 2026


def test_projection_json_says_what_is_still_to_raise(capsys, plan_json):
    # reserve_end -250.00 in 2026 and -12100.00 in 2027: to keep the reserve at zero 250.00 must come in
    # in 2026, and 12100.00 - 250.00 = 11850.00 more in 2027
    code, out, _ = run(capsys, "projection", str(plan_json), "--json")
    assert code == 0
    data = json.loads(out)
    assert [y["to_raise"] for y in data["years"]] == ["250.00", "11850.00"]
    assert data["totals"]["to_raise"] == "12100.00"


def test_a_reserve_target_raises_what_is_still_to_raise(capsys, tmp_path):
    # the board keeps 5000.00: 2026 needs 5000 + 250 = 5250.00, 2027 5000 + 12100 = 17100.00, so 11850.00 more
    path = small_anker_json(tmp_path / "doel.json", reserve_target="5000.00")
    code, out, _ = run(capsys, "projection", str(path), "--json")
    assert code == 0
    result = json.loads(out)
    assert [y["to_raise"] for y in result["years"]] == ["5250.00", "11850.00"]
    assert result["totals"]["to_raise"] == "17100.00"


def test_the_table_says_what_is_still_to_raise_in_words(capsys, plan_json):
    code, out, _ = run(capsys, "projection", str(plan_json))
    assert code == 0
    row = next(line for line in out.splitlines() if line.startswith("Nog te werven"))
    assert row.split()[-2:] == ["250,00", "11.850,00"]
    assert ("Om de reserve boven nul te houden moet er nog €\u00a012.100 bij: €\u00a0250 in 2026 en €\u00a011.850 in 2027."
            in out)


def test_projection_of_a_project_has_no_reserve(capsys, plan_json):
    code, out, _ = run(capsys, "projection", str(plan_json), "--json", "--project", "vaders",
                       "--scenario", "maximum")
    assert code == 0
    data = json.loads(out)
    assert [y["income"] for y in data["years"]] == ["1500.00", "1500.00"]
    assert [y["costs"] for y in data["years"]] == ["0.00", "600.00"]
    assert all("reserve_end" not in y and "to_raise" not in y for y in data["years"])
    assert "to_raise" not in data["totals"]
    assert data["years"][0]["coverage"] is None  # no costs in 2026
    assert data["years"][1]["coverage"] == "2.5000"
    assert data["indicators"]["depleted_year"] is None


def test_projection_table_is_dutch_and_readable(capsys, plan_json):
    code, out, _ = run(capsys, "projection", str(plan_json), "--scenario", "secured")
    assert code == 0
    assert "Vadercentrum Het Anker — scenario Zeker" in out
    assert "12.000,00" in out and "Reserve eind jaar" in out
    assert "De reserve is op in 2026" in out


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--scenario", "ravijn"], "--scenario: no scenario 'ravijn'"),
        (["--project", "maaltijd"], "--project: no project 'maaltijd'"),
    ],
)
def test_unknown_scenario_or_project_is_bad_input(capsys, plan_json, args, fragment):
    code, out, err = run(capsys, "projection", str(plan_json), *args)
    assert code == 2
    assert out == ""
    assert fragment in err and str(plan_json) in err
    assert len(err.strip().splitlines()) == 1


def test_a_broken_plan_names_file_and_place(capsys, tmp_path):
    broken = copy.deepcopy(SMALL_ANKER)
    broken["sources"][1]["amount"] = "3000.005"
    path = tmp_path / "kapot.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    code, _, err = run(capsys, "projection", str(path))
    assert code == 2
    assert err.strip() == f"dekkingsplan: {path}: sources[1].amount: more than two decimals"


@pytest.mark.parametrize("content", [b"PK\x03\x04 a word document", b"{ not json", b""])
def test_a_file_that_is_not_a_plan_is_refused_in_one_line(capsys, tmp_path, content):
    path = tmp_path / "brief.json"
    path.write_bytes(content)
    code, _, err = run(capsys, "projection", str(path))
    assert code == 2
    assert str(path) in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_deadlines_are_listed_in_date_order(capsys, plan_json):
    code, out, _ = run(capsys, "deadlines", str(plan_json))
    assert code == 0
    lines = out.strip().splitlines()
    assert [line[:10] for line in lines] == ["2025-10-01", "2026-05-15", "2027-04-01"]
    assert "aanvragen vóór" in lines[0] and "Gemeente Zwolle" in lines[0]


def test_version_and_no_traceback_from_a_real_process(tmp_path):
    done = subprocess.run([sys.executable, "-m", "dekkingsplan", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("dekkingsplan ")
    missing = subprocess.run([sys.executable, "-m", "dekkingsplan", "projection", str(tmp_path / "weg.json")],
                             capture_output=True, text=True)
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr and "weg.json" in missing.stderr


def test_the_demo_plan_is_valid_and_tells_its_story(capsys):
    from dekkingsplan.resources import demo_plan_path

    code, out, _ = run(capsys, "projection", str(demo_plan_path()), "--json")
    assert code == 0
    years = json.loads(out)["years"]
    assert years[0]["gap"] == "0.00"  # this year is covered
    gaps = [int(y["gap"].replace(".", "")) for y in years]
    assert gaps[1] > 0 and gaps[2] > gaps[1]  # a growing gap once the one-year subsidies end
    code, out, _ = run(capsys, "projection", str(demo_plan_path()), "--json", "--scenario", "ravijn")
    ravijn = json.loads(out)
    assert ravijn["indicators"]["depleted_year"] < 2030


@pytest.mark.parametrize("argv", [["projecton", "plan.json"], ["frobnicate"]])
def test_a_mistyped_command_is_one_line_naming_it_and_never_opens_the_window(capsys, monkeypatch, argv):
    """An advisor's script with a typo must not start a window (and hang, or crash without a display)."""
    import dekkingsplan.ui.app

    def no_window(*_args, **_kwargs):
        raise AssertionError("the window was started")

    monkeypatch.setattr(dekkingsplan.ui.app, "run", no_window)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert f"'{argv[0]}'" in err and "projection" in err and "sheet" in err
