"""`dekkingsplan portfolio` as an umbrella organisation's advisor runs it over a folder of plans."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from dekkingsplan.cli import main
from dekkingsplan.core import planjson
from dekkingsplan.store.planfile import PlanFile
from tests.core.test_portfolio import short_of_money
from tests.plans.builders import cost, plan


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    plans = tmp_path / "initiatieven"
    plans.mkdir()
    (plans / "a-zwolle.json").write_text(planjson.dumps(short_of_money()), encoding="utf-8")
    PlanFile.create(plans / "b-leeg.dekkingsplan", plan(2026, 2027, reserve=5_000_00,
                                                         costs=[cost("huur", 1_000_00)])).close()
    (plans / "notities.txt").write_text("geen plan", encoding="utf-8")
    return plans


def test_json_one_object_per_plan_in_the_order_given(capsys, folder: Path) -> None:
    a, b = str(folder / "a-zwolle.json"), str(folder / "b-leeg.dekkingsplan")
    code, out, err = run(capsys, "portfolio", b, a, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert [row["file"] for row in data] == [b, a]
    assert data[1] == {
        "file": a, "organisation": "Stichting Buurtkamer De Wissel", "first_year": 2026, "last_year": 2027,
        "indicators": {"largest_funder": {"name": "Gemeente Zwolle", "share": "0.7500"},
                       "short_term_share": "0.0000", "depleted_year": 2026},
        "subsidy_share": "0.7500", "gap_years": [2026, 2027], "to_raise_total": "3500.00"}
    assert data[0]["indicators"] == {"largest_funder": None, "short_term_share": None, "depleted_year": None}
    assert data[0]["subsidy_share"] is None and data[0]["to_raise_total"] == "0.00"


def test_a_folder_stands_for_its_plans(capsys, folder: Path) -> None:
    code, out, _ = run(capsys, "portfolio", str(folder), "--json")
    assert code == 0
    assert [Path(row["file"]).name for row in json.loads(out)] == ["a-zwolle.json", "b-leeg.dekkingsplan"]


def test_the_workbook_one_row_per_plan_with_live_totals(capsys, folder: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "vergelijking.xlsx"
    code, out, err = run(capsys, "portfolio", str(folder), "--out", str(out_file))
    assert (code, err) == (0, "")
    assert out.strip() == f"Werkboek met 2 plannen geschreven naar {out_file}"
    ws = openpyxl.load_workbook(out_file).active
    header = [c.value for c in ws[4]]
    assert header[0] == "Organisatie" and header[-1] == "Nog te werven"
    assert [ws.cell(r, 2).value for r in (5, 6)] == ["a-zwolle.json", "b-leeg.dekkingsplan"]
    assert ws.cell(5, 8).value == 2026 and ws.cell(5, 9).value == "2026, 2027"
    assert float(ws.cell(5, 10).value) == 3500.0
    assert ws.auto_filter.ref == "A4:J6"
    assert ws.cell(8, 10).value == "=SUM(J5:J6)" and ws.cell(8, 8).value == "=COUNT(H5:H6)"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$4:$4"
    assert ws.row_dimensions[4].height >= 2 * 12  # room for the headings that wrap ("Aandeel grootste")


def test_bad_input_is_one_line(capsys, folder: Path, tmp_path: Path) -> None:
    broken = folder / "c-kapot.json"
    broken.write_text('{"format": "dekkingsplan/1"', encoding="utf-8")
    code, out, err = run(capsys, "portfolio", str(folder), "--json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"dekkingsplan: {broken}: ")
    broken.unlink()
    code, _, err = run(capsys, "portfolio", str(folder), "--json", "--scenario", "ravijn")
    assert code == 2 and "--scenario" in err and err.count("\n") == 1
    code, _, err = run(capsys, "portfolio", str(folder))
    assert code == 2 and "--json" in err
    empty = tmp_path / "leeg"
    empty.mkdir()
    code, _, err = run(capsys, "portfolio", str(empty), "--json")
    assert code == 2 and err.strip() == f"dekkingsplan: {empty}: no plans in this folder (.dekkingsplan or .json)"
