"""The verantwoording workbook as the municipality's officer checks it: per line budget, actual, difference and
explanation, the sums as formulas that add up, the flagged lines marked, one page wide. The plan is
tests/plans/realisatie.json; its 2026 figures are worked out by hand in tests/core/test_realisation_report.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from dekkingsplan.core.realisation import realisation_report
from dekkingsplan.export.files import ExportError
from dekkingsplan.export.realisation_rows import DEFINED_NAMES
from dekkingsplan.export.realisation_workbook import FLAG_FILL, write_realisation_workbook
from tests.plans.examples import realisatie as plan

from .formulas import Evaluator

TODAY = date(2027, 3, 15)


def written(tmp_path: Path, p=None, *, year: int = 2026, name: str = "verantwoording.xlsx", **options):
    p = p or plan()
    path = tmp_path / name
    write_realisation_workbook(p, realisation_report(p, year, **options), path, today=TODAY)
    return openpyxl.load_workbook(path)


def figures(wb) -> dict[str, int]:
    ev = Evaluator(wb)
    return {name: int(ev.name(name) * 100) for name in DEFINED_NAMES}


def row_of(ws, text: str) -> int:
    for row in ws.iter_rows():
        for c in row:
            if c.value == text:
                return c.row
    raise AssertionError(f"{text!r} not in sheet {ws.title}")


def test_the_five_names_are_the_totals_of_the_year(tmp_path):
    wb = written(tmp_path)
    assert figures(wb) == {"Begroot_Kosten": 21400_00, "Werkelijk_Kosten": 21500_00,
                           "Begroot_Inkomsten": 12500_00, "Werkelijk_Inkomsten": 13850_00,
                           "Werkelijk_Saldo": 13850_00 - 21500_00}
    ws = wb.active
    assert ws.title == "Verantwoording 2026"
    for name in DEFINED_NAMES:  # every total is a formula, never a typed figure
        (_sheet, cell), = list(wb.defined_names[name].destinations)
        assert ws[cell.replace("$", "")].data_type == "f"


def test_each_line_has_budget_actual_a_difference_formula_and_its_explanation(tmp_path):
    ws = written(tmp_path).active
    n = row_of(ws, "Huur ruimte")
    assert [ws.cell(n, c).value for c in range(2, 4)] == [6000, 6800]
    assert ws.cell(n, 4).value == f'=IF(ISNUMBER(C{n}),C{n}-B{n},"")'
    assert ws.cell(n, 5).value == f'=IF(AND(ISNUMBER(C{n}),B{n}<>0),D{n}/B{n},"")'
    assert ws.cell(n, 6).value == "Huurverhoging van de kerk per 1 juli; één maand dubbele huur bij de verhuizing"
    drukwerk = row_of(ws, "Drukwerk flyers")  # no actual yet: an empty cell, said in words
    assert ws.cell(drukwerk, 3).value is None and ws.cell(drukwerk, 6).value == "nog niet ingevuld"
    assert ws.cell(row_of(ws, "Coördinator"), 3).value == 12900


def test_costs_by_category_and_income_by_type_with_subtotals(tmp_path):
    ws = written(tmp_path).active
    column_a = [c.value for c in ws["A"] if c.value]
    start = column_a.index("Kosten")
    assert column_a[start:start + 5] == ["Kosten", "Personeel", "Coördinator", "Subtotaal personeel", "Huisvesting"]
    assert "Subtotaal fondsen" in column_a and "Subtotaal giften en donaties" in column_a
    assert "Kerkzaal om niet" not in column_a and "Aanvraag buurtfonds" not in column_a  # in kind, rejected
    sub = row_of(ws, "Subtotaal huisvesting")
    assert ws.cell(sub, 2).value == f"=SUM(B{sub - 1}:B{sub - 1})"
    assert ws.cell(sub, 4).value == f"=C{sub}-B{sub}"


def test_flagged_lines_are_marked_in_colour_and_in_words(tmp_path):
    ws = written(tmp_path).active
    for name in ("Activiteiten vadergroep", "Giften"):
        n = row_of(ws, name)
        assert ws.cell(n, 6).value == "! Toelichting ontbreekt"
        assert all(ws.cell(n, c).fill.fgColor.rgb.endswith(FLAG_FILL) for c in range(1, 7))
    for name in ("Huur ruimte", "Coördinator"):  # explained, and under the threshold
        assert not ws.cell(row_of(ws, name), 1).fill.fgColor.rgb.endswith(FLAG_FILL)
    texts = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert ("2 verschillen van meer dan 10% en meer dan €\u00a0500 hebben geen toelichting (gemarkeerd met !)."
            in texts)


def test_the_header_names_the_organisation_the_year_and_the_scope(tmp_path):
    ws = written(tmp_path, project="vaders").active
    column_a = [c.value for c in ws["A"] if c.value]
    assert column_a[0] == "Vadercentrum Het Anker"
    assert "Verantwoording 2026" in column_a and "Project: Vadergroep" in column_a
    assert "Opgesteld op 15 maart 2027 · Bedragen in euro's" in column_a


def test_a_funder_report_has_its_sources_against_all_costs(tmp_path):
    wb = written(tmp_path, funder="Kansfonds")
    assert figures(wb) == {"Begroot_Kosten": 21400_00, "Werkelijk_Kosten": 21500_00,
                           "Begroot_Inkomsten": 1500_00, "Werkelijk_Inkomsten": 1500_00,
                           "Werkelijk_Saldo": 1500_00 - 21500_00}
    column_a = [c.value for c in wb.active["A"] if c.value]
    assert "Inkomsten van Kansfonds" in column_a


def test_a_project_without_lines_and_a_funder_without_sources_still_add_up(tmp_path):
    wb = written(tmp_path, project="leeg", funder="Fonds 1818")
    assert set(figures(wb).values()) == {0}
    column_a = [c.value for c in wb.active["A"] if c.value]
    assert "– geen kosten in 2026 –" in column_a and "– geen bronnen van Fonds 1818 in 2026 –" in column_a


def test_a_year_without_any_actual_shows_the_budget_and_nothing_spent(tmp_path):
    wb = written(tmp_path, year=2027)
    # 2027: coord 12.000, huur 6.000, activiteiten 3.000, uitje 600, drukwerk 400 = 22.000; fonds 1.500 + giften
    assert figures(wb) == {"Begroot_Kosten": 22000_00, "Werkelijk_Kosten": 0, "Begroot_Inkomsten": 2500_00,
                           "Werkelijk_Inkomsten": 0, "Werkelijk_Saldo": 0}


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    p = plan()
    from dataclasses import replace

    p.costs[0] = replace(p.costs[0], name="=SOM(A1)", actual_notes={2026: "-meer uren"})
    ws = written(tmp_path, p).active
    n = row_of(ws, "=SOM(A1)")
    assert ws.cell(n, 1).data_type == "s" and ws.cell(n, 6).value == "-meer uren"
    assert ws.cell(n, 6).data_type == "s"


def test_print_setup_a4_one_page_wide_with_the_header_repeated(tmp_path):
    ws = written(tmp_path).active
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    header = row_of(ws, "Omschrijving")
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.oddFooter.right.text == "Pagina &P van &N"


def test_an_unwritable_target_is_one_sentence_and_no_file(tmp_path):
    p = plan()
    with pytest.raises(ExportError) as caught:
        write_realisation_workbook(p, realisation_report(p, 2026), tmp_path / "nope" / "x.xlsx")
    assert "bestaat niet" in caught.value.text("nl")
    assert not (tmp_path / "nope").exists()
