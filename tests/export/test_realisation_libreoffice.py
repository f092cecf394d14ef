"""Proof that the verantwoording workbook works where the municipality opens it: LibreOffice recalculates it
headless, and the five defined names then equal core's totals; no cell shows an error. One soffice run."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from dekkingsplan.core.realisation import realisation_report
from dekkingsplan.export.realisation_rows import DEFINED_NAMES
from dekkingsplan.export.realisation_workbook import write_realisation_workbook
from tests.plans.examples import demo
from tests.plans.examples import realisatie as plan

from .formulas import cents
from .test_libreoffice import soffice

pytestmark = pytest.mark.slow


def formula_like():
    p = plan()
    p.costs[0] = replace(p.costs[0], name="=SUM(A1:A9)", actual_notes={2026: "+meer uren, ná overleg"})
    return p


CASES = {
    "whole": (plan, 2026, {}),
    "project": (plan, 2026, {"project": "vaders"}),
    "funder": (plan, 2026, {"funder": "Kansfonds"}),
    "empty": (plan, 2026, {"project": "leeg", "funder": "Fonds 1818"}),
    "no_actuals": (plan, 2027, {}),
    "formula_like": (formula_like, 2026, {}),
    "demo": (demo, 2026, {}),
}


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    program = soffice()
    base = tmp_path_factory.mktemp("realisation-libreoffice")
    written, out, profile = base / "written", base / "recalculated", base / "profile"
    written.mkdir()
    for name, (make, year, options) in CASES.items():
        p = make()
        write_realisation_workbook(p, realisation_report(p, year, **options), written / f"{name}.xlsx")
    result = subprocess.run(
        [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--calc",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
         *(str(written / f"{name}.xlsx") for name in CASES)],
        capture_output=True, text=True, timeout=240)
    made = {name: out / f"{name}.xlsx" for name in CASES}
    missing = [name for name, path in made.items() if not path.exists()]
    assert not missing, f"LibreOffice did not convert {missing}: {result.stdout} {result.stderr}"
    return made


def names_after_recalculation(path: Path) -> dict[str, int]:
    wb = openpyxl.load_workbook(path, data_only=True)
    found = {}
    for name in DEFINED_NAMES:
        (sheet, cell), = list(wb.defined_names[name].destinations)
        found[name] = cents(wb[sheet][cell.replace("$", "")].value)
    return found


@pytest.mark.parametrize("case", list(CASES))
def test_the_five_names_equal_what_core_computes(recalculated, case):
    make, year, options = CASES[case]
    report = realisation_report(make(), year, **options)
    assert names_after_recalculation(recalculated[case]) == {
        "Begroot_Kosten": report.costs.budget, "Werkelijk_Kosten": report.costs.actual,
        "Begroot_Inkomsten": report.income.budget, "Werkelijk_Inkomsten": report.income.actual,
        "Werkelijk_Saldo": report.actual_result}


def test_the_hand_worked_figures_after_recalculation(recalculated):
    assert names_after_recalculation(recalculated["whole"]) == {
        "Begroot_Kosten": 21400_00, "Werkelijk_Kosten": 21500_00, "Begroot_Inkomsten": 12500_00,
        "Werkelijk_Inkomsten": 13850_00, "Werkelijk_Saldo": -7650_00}


def test_differences_and_percentages_recalculate_and_an_unrecorded_line_shows_none(recalculated):
    ws = openpyxl.load_workbook(recalculated["whole"], data_only=True).active
    rows = {row[0].value: [c.value for c in row[1:6]] for row in ws.iter_rows() if row[0].value}
    assert rows["Activiteiten vadergroep"][:4] == [3000, 1800, -1200, -0.4]
    assert rows["Giften"][2] == 1350
    assert rows["Drukwerk flyers"][1] in (None, "") and rows["Drukwerk flyers"][2] in (None, "")
    assert rows["Totaal kosten"][2] == 100  # 21.500 − 21.400, the missing print counted as 0


def test_no_cell_shows_an_error_and_formula_like_text_stays_text(recalculated):
    for path in recalculated.values():
        ws = openpyxl.load_workbook(path, data_only=True).active
        for row in ws.iter_rows():
            for c in row:
                assert not (isinstance(c.value, str) and c.value.startswith(("#", "Err:"))), \
                    f"{path.name} {ws.title}!{c.coordinate} shows {c.value}"
    values = [c.value for row in openpyxl.load_workbook(recalculated["formula_like"]).active.iter_rows()
              for c in row]
    assert "=SUM(A1:A9)" in values and "+meer uren, ná overleg" in values
