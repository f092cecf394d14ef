"""Proof that the workbook works where funders open it: LibreOffice recalculates it headless, and every defined
name then equals the figure core computes. One soffice run converts all the workbooks at once."""

from __future__ import annotations

import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from dekkingsplan.core.application import application_figures
from dekkingsplan.core.application import contingency as contingency_of
from dekkingsplan.core.model import Status
from dekkingsplan.core.projection import full_values, project_plan
from dekkingsplan.export.sheet_rows import DEFINED_NAMES
from dekkingsplan.export.workbook import write_workbook
from tests.plans.examples import anker, demo

from .formulas import cents
from .test_workbook import FORMULA_LIKE, formula_like_plan

pytestmark = pytest.mark.slow

CASES = {
    "demo": (demo, {}),
    "demo_project": (demo, {"project": "maaltijd"}),
    "demo_years": (demo, {"years": (2027, 2028)}),
    "demo_en": (demo, {"lang": "en", "project": "vaders", "years": (2026, 2029)}),
    "no_sources": (lambda: anker(sources=[]), {}),
    "formula_like": (formula_like_plan, {}),
    # the application version: one fund asked, a contingency whose cents the sheet itself rounds
    "application": (demo, {"project": "vaders", "funder": "Kansfonds", "contingency": "10", "years": (2026, 2029)}),
    "application_whole": (demo, {"funder": "Gemeente Den Haag", "contingency": "12.5"}),
}


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("LibreOffice (soffice) is not installed, but CI must prove the workbook in it: "
                    "install libreoffice-calc-nogui (.ci/setup does)")
    pytest.skip("LibreOffice (soffice) is not installed here; CI runs this test")


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    program = soffice()
    base = tmp_path_factory.mktemp("libreoffice")
    written, out, profile = base / "written", base / "recalculated", base / "profile"
    written.mkdir()
    for name, (make, options) in CASES.items():
        write_workbook(make(), written / f"{name}.xlsx", **options)
    result = subprocess.run(
        [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--calc",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
         *(str(written / f"{name}.xlsx") for name in CASES)],
        capture_output=True, text=True, timeout=240)
    made = {name: out / f"{name}.xlsx" for name in CASES}
    missing = [name for name, path in made.items() if not path.exists()]
    assert not missing, f"LibreOffice did not convert {missing}: {result.stdout} {result.stderr}"
    return made


def core_figures(plan, project: str | None = None, years: tuple[int, int] | None = None, funder: str | None = None,
                 contingency: str | None = None, **_options) -> dict[str, int]:
    """What the names must say, from core: the maximum scenario counts every source that is not rejected at
    full value, the secured one committed and received; applied and planned straight from full_values; the
    contingency per year rounded half up to cents."""
    shown = range(years[0], years[1] + 1) if years else plan.years

    def over_years(projection, attr: str) -> int:
        return sum(getattr(y, attr) for y in projection.years if y.year in shown)

    maximum = project_plan(plan, "maximum", project)
    secured = project_plan(plan, "secured", project)

    def by_status(status: Status) -> int:
        return sum(sum(full_values(plan, s, shown).values()) for s in plan.sources
                   if s.status == status and not s.in_kind and (project is None or s.project == project))

    pct = Decimal(contingency) if contingency else None
    extra = sum(contingency_of(y.costs, pct) for y in maximum.years if y.year in shown) if pct else 0
    figures = {
        "Kosten_Totaal": over_years(maximum, "costs") + extra,
        "Dekking_Toegezegd": over_years(secured, "income"),
        "Dekking_Aangevraagd": by_status(Status.APPLIED),
        "Dekking_NogAanTeVragen": by_status(Status.PLANNED),
        "Dekking_Totaal": over_years(maximum, "income"),
    }
    assert figures["Dekking_Totaal"] == (figures["Dekking_Toegezegd"] + figures["Dekking_Aangevraagd"]
                                         + figures["Dekking_NogAanTeVragen"])
    figures["Tekort"] = figures["Kosten_Totaal"] - figures["Dekking_Totaal"]
    if pct is not None:
        figures["Onvoorzien"] = extra
    if funder is not None:
        application = application_figures(plan, project=project, years=shown, funder=funder, contingency_pct=pct)
        figures["Gevraagd"] = application.asked
        figures["Eigen_Bijdrage"] = application.own_contribution
        assert application.costs == figures["Kosten_Totaal"]
    figures["Tekort_Na_Toezeggingen"] = figures["Kosten_Totaal"] - figures["Dekking_Toegezegd"]
    return figures


def names_after_recalculation(path: Path) -> dict[str, int]:
    wb = openpyxl.load_workbook(path, data_only=True)
    found = {}
    for name in wb.defined_names:
        (sheet, cell), = list(wb.defined_names[name].destinations)
        found[name] = cents(wb[sheet][cell.replace("$", "")].value)
    return found


@pytest.mark.parametrize("case", [c for c in CASES if c != "formula_like"])
def test_every_defined_name_equals_what_core_computes(recalculated, case):
    make, options = CASES[case]
    expected = core_figures(make(), **options)
    assert names_after_recalculation(recalculated[case]) == expected
    assert set(DEFINED_NAMES) <= set(expected)
    assert expected["Kosten_Totaal"] > 0


def test_no_cell_shows_an_error_after_recalculation(recalculated):
    for path in recalculated.values():
        wb = openpyxl.load_workbook(path, data_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    assert not (isinstance(c.value, str) and c.value.startswith(("#", "Err:"))), \
                        f"{path.name} {ws.title}!{c.coordinate} shows {c.value}"


def test_formula_like_text_stays_text_in_libreoffice(recalculated):
    wb = openpyxl.load_workbook(recalculated["formula_like"], data_only=True)
    values = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    for text in [*FORMULA_LIKE, "=SUM(A1:A9)", "-Fonds"]:
        assert text in values
    assert names_after_recalculation(recalculated["formula_like"])["Kosten_Totaal"] == 50_00
