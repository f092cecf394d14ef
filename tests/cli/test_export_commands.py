"""The export commands as an advisor's script runs them: sheet, overview and deadlines --ics over plan JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

import openpyxl
import pytest

from dekkingsplan.cli import main
from tests.plans.examples import small_anker_json

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")



@pytest.fixture
def plan_json(tmp_path: Path) -> Path:
    return small_anker_json(tmp_path / "anker.json", last_year=2028)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def defined(path: Path, name: str) -> str:
    wb = openpyxl.load_workbook(path)
    (sheet, cell), = list(wb.defined_names[name].destinations)
    return f"{sheet}!{cell}"


def test_sheet_writes_the_workbook(capsys, plan_json, tmp_path):
    out_file = tmp_path / "begroting.xlsx"
    code, out, err = run(capsys, "sheet", str(plan_json), "--out", str(out_file))
    assert (code, err) == (0, "")
    assert out.strip() == f"Werkboek geschreven naar {out_file}"
    wb = openpyxl.load_workbook(out_file)
    assert wb.sheetnames == ["Begroting", "Dekkingsplan"]
    assert defined(out_file, "Tekort").startswith("Dekkingsplan!")


def test_sheet_for_a_project_over_some_years_in_english(capsys, plan_json, tmp_path):
    out_file = tmp_path / "vaders.xlsx"
    code, _, err = run(capsys, "sheet", str(plan_json), "--out", str(out_file), "--project", "vaders",
                       "--years", "2027-2028", "--lang", "en")
    assert (code, err) == (0, "")
    wb = openpyxl.load_workbook(out_file)
    assert wb.sheetnames == ["Budget", "Funding plan"]
    texts = [c.value for row in wb["Budget"].iter_rows() for c in row if isinstance(c.value, str)]
    assert "Project: Vadergroep" in texts and "Coördinator" not in texts
    assert [c.value for c in wb["Budget"][_header(wb["Budget"])]][2:] == ["2027", "2028", "Total"]


def test_sheet_as_an_application_to_one_fund_with_a_contingency(capsys, plan_json, tmp_path):
    out_file = tmp_path / "aanvraag.xlsx"
    code, _, err = run(capsys, "sheet", str(plan_json), "--out", str(out_file), "--project", "vaders",
                       "--funder", "Kansfonds", "--contingency", "10")
    assert (code, err) == (0, "")
    assert defined(out_file, "Gevraagd").startswith("Dekkingsplan!")
    assert defined(out_file, "Eigen_Bijdrage").startswith("Dekkingsplan!")
    assert defined(out_file, "Onvoorzien").startswith("Begroting!")


def _header(ws) -> int:
    return next(c.row for row in ws.iter_rows() for c in row if c.value == "Description")


@pytest.mark.parametrize(("args", "message"), [
    (["--project", "moeders"], "--project: there is no project 'moeders' (the plan has: vaders)"),
    (["--years", "2030-2026"], "--years: the years 2030-2026 run backwards; write 2026-2030"),
    (["--years", "2025-2027"], "--years: the years 2025-2027 lie outside the plan (2026–2028)"),
    (["--years", "volgend jaar"], "--years: 'volgend jaar' is not a range of years like 2026-2028"),
    (["--funder", "Oranje Fonds"], "--funder: there is no funder 'Oranje Fonds' (the plan has: Gemeente Zwolle, "
                                   "Kansfonds)"),
    (["--contingency", "16"], "--contingency: 16% is outside 0 to 15%"),
])
def test_sheet_refuses_bad_choices_in_one_line_naming_the_file(capsys, plan_json, tmp_path, args, message):
    out_file = tmp_path / "out.xlsx"
    code, out, err = run(capsys, "sheet", str(plan_json), "--out", str(out_file), *args)
    assert code == 2
    assert err == f"dekkingsplan: {plan_json}: {message}\n"
    assert not out_file.exists()


def test_an_unwritable_target_is_one_clear_line_and_no_file(capsys, plan_json, tmp_path):
    missing = tmp_path / "bestaat-niet" / "out.xlsx"
    code, _, err = run(capsys, "sheet", str(plan_json), "--out", str(missing))
    assert code == 2
    assert err == f"dekkingsplan: {missing}: the folder {missing.parent} does not exist\n"
    code, _, err = run(capsys, "overview", str(plan_json), "--out", str(tmp_path))
    assert code == 2
    assert err == f"dekkingsplan: {tmp_path}: is a folder, not a file\n"


def test_a_missing_out_option_is_bad_input(capsys, plan_json):
    with pytest.raises(SystemExit) as caught:
        main(["sheet", str(plan_json)])
    assert caught.value.code == 2
    assert "--out" in capsys.readouterr().err


def test_overview_writes_a_pdf(capsys, qapp, plan_json, tmp_path):
    out_file = tmp_path / "overzicht.pdf"
    code, out, err = run(capsys, "overview", str(plan_json), "--out", str(out_file), "--scenario", "secured")
    assert (code, err) == (0, "")
    assert out.strip() == f"Overzicht geschreven naar {out_file}"
    assert out_file.read_bytes().startswith(b"%PDF")


def test_overview_refuses_an_unknown_scenario(capsys, plan_json, tmp_path):
    code, _, err = run(capsys, "overview", str(plan_json), "--out", str(tmp_path / "o.pdf"), "--scenario", "ravijn")
    assert code == 2
    assert err == (f"dekkingsplan: {plan_json}: --scenario: no scenario 'ravijn' "
                   "(choose from secured, expected, maximum)\n")
    assert not (tmp_path / "o.pdf").exists()


def test_deadlines_ics(capsys, plan_json, tmp_path):
    out_file = tmp_path / "deadlines.ics"
    code, out, err = run(capsys, "deadlines", str(plan_json), "--ics", str(out_file))
    assert (code, err) == (0, "")
    text = out_file.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 3  # apply by 2025-10-01, decision 2026-05-15, report 2027-04-01
    assert "UID:fonds/decision_expected@kvk-12345678.dekkingsplan" in text


def test_deadlines_ics_of_a_plan_without_dates_is_refused_and_writes_no_file(capsys, tmp_path):
    plan = json.loads(small_anker_json(tmp_path / "anker.json").read_text(encoding="utf-8"))
    for source in plan["sources"]:
        source.pop("report_due", None)
        source.pop("decision_expected", None)
        source.pop("apply_by", None)
    path = tmp_path / "zonder-data.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    out_file = tmp_path / "leeg.ics"
    code, out, err = run(capsys, "deadlines", str(path), "--ics", str(out_file))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"dekkingsplan: {path}: the plan has no dates")
    assert not out_file.exists()
