"""The portfolio workbook where an advisor opens it: LibreOffice recalculates the totals to core's figures."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from dekkingsplan.core.portfolio import portfolio_row
from dekkingsplan.export.portfolio_sheet import write_portfolio
from tests.core.test_portfolio import short_of_money
from tests.plans.builders import cost, plan
from tests.plans.examples import demo

from .test_libreoffice import soffice

pytestmark = pytest.mark.slow


def test_libreoffice_recalculates_the_totals(tmp_path: Path) -> None:
    program = soffice()
    formula_like = replace(plan(2026, 2027, costs=[cost("x", 100_00)]),
                           organisation=replace(demo().organisation, name="=SUM(1;2)"))
    rows = [portfolio_row(short_of_money(), "zwolle.json"), portfolio_row(demo(), "wissel.dekkingsplan"),
            portfolio_row(formula_like, "raar.json")]
    written = write_portfolio(rows, tmp_path / "vergelijking.xlsx", scenario_name="Verwacht",
                              today=date(2026, 11, 30))
    out, profile = tmp_path / "recalculated", tmp_path / "profile"
    subprocess.run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--calc",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(written)],
                   capture_output=True, text=True, timeout=240, check=True)
    wb = openpyxl.load_workbook(out / "vergelijking.xlsx", data_only=True)
    ws = wb.active

    def named(name: str):
        (sheet, cell), = list(wb.defined_names[name].destinations)
        return wb[sheet][cell.replace("$", "")].value

    expected_total = sum(r.to_raise_total for r in rows)
    assert round(float(named("Nog_Te_Werven_Totaal")) * 100) == expected_total
    assert named("Plannen_Reserve_Op") == sum(1 for r in rows if r.indicators.depleted_year is not None)
    assert ws.cell(7, 1).value == "=SUM(1;2)"  # a name that looks like a formula stays text
