"""`dekkingsplan realisation` as a treasurer's or an advisor's script runs it: the JSON of DESIGN.md, the
workbook and the PDF, and one line with exit 2 for every bad choice. The plan is tests/plans/realisatie.json."""

from __future__ import annotations

import json
import os

import openpyxl
import pytest

from dekkingsplan.cli import main
from tests.plans.examples import REALISATIE_PATH

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PLAN = REALISATIE_PATH


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json(capsys):
    code, out, err = run(capsys, "realisation", str(PLAN), "--year", "2026", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert [r["id"] for r in data["costs"]] == ["coord", "huur", "activiteiten", "drukwerk"]
    assert data["costs"][1] == {
        "id": "huur", "name": "Huur ruimte", "budget": "6000.00", "actual": "6800.00", "difference": "800.00",
        "note": "Huurverhoging van de kerk per 1 juli; één maand dubbele huur bij de verhuizing"}
    assert data["totals"]["actual_result"] == "-7650.00"
    assert "één maand" in out  # Dutch characters as they are, not escaped


def test_json_of_one_project_and_of_one_funder(capsys):
    _, out, _ = run(capsys, "realisation", str(PLAN), "--year", "2026", "--json", "--project", "vaders")
    data = json.loads(out)
    assert ([r["id"] for r in data["costs"]], [r["id"] for r in data["sources"]]) == (["activiteiten"], ["fonds"])
    _, out, _ = run(capsys, "realisation", str(PLAN), "--year", "2026", "--json", "--funder", "Kansfonds")
    data = json.loads(out)
    assert [r["id"] for r in data["sources"]] == ["fonds"] and len(data["costs"]) == 4
    assert data["totals"]["budget_income"] == "1500.00"


def test_workbook_and_pdf(capsys, tmp_path):
    xlsx, pdf = tmp_path / "v.xlsx", tmp_path / "v.pdf"
    code, out, err = run(capsys, "realisation", str(PLAN), "--year", "2026", "--out", str(xlsx))
    assert (code, err, out.strip()) == (0, "", f"Verantwoording geschreven naar {xlsx}")
    assert set(openpyxl.load_workbook(xlsx).defined_names) >= {"Begroot_Kosten", "Werkelijk_Saldo"}
    code, out, err = run(capsys, "realisation", str(PLAN), "--year", "2026", "--out", str(pdf), "--funder",
                         "Kansfonds")
    assert (code, err) == (0, "") and pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("args", "message"), [
    (["--year", "2030", "--json"], "{plan}: --year: the year 2030 lies outside the plan (2026–2028)"),
    (["--year", "2026", "--json", "--project", "x"],
     "{plan}: --project: there is no project 'x' (the plan has: vaders, leeg)"),
    (["--year", "2026", "--json", "--funder", "Oranje Fonds"],
     "{plan}: --funder: no source has the funder 'Oranje Fonds' (funders: Gemeente Zwolle, Kansfonds, "
     "Fonds 1818, Kerk)"),
    (["--year", "2026"], "{plan}: choose either --out OUT.xlsx, --out OUT.pdf or --json"),
    (["--year", "2026", "--json", "--out", "x.xlsx"], "{plan}: choose either --out OUT.xlsx, --out OUT.pdf or --json"),
    (["--year", "2026", "--out", "x.docx"], "x.docx: --out: write a workbook (.xlsx) or a PDF (.pdf), not '.docx'"),
])
def test_bad_choices_are_one_line_and_exit_2(capsys, tmp_path, args, message):
    code, out, err = run(capsys, "realisation", str(PLAN), *args)
    assert (code, out) == (2, "")
    assert err == f"dekkingsplan: {message.format(plan=PLAN)}\n"
    assert list(tmp_path.iterdir()) == []


def test_a_year_that_is_no_year(capsys):
    with pytest.raises(SystemExit) as caught:  # argparse's own refusal, in one line
        main(["realisation", str(PLAN), "--year", "volgend jaar", "--json"])
    out, err = capsys.readouterr()
    assert caught.value.code == 2 and out == ""
    assert err == "dekkingsplan realisation: argument --year: 'volgend jaar' is not a year like 2026\n"
