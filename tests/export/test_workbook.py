"""The funder's workbook as a funder's officer checks it: the sums are formulas and add up, who else was asked
and who said no, in-kind apart, one page wide. Figures of Het Anker are worked out by hand beside each test."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from dekkingsplan.core.model import Basis, SourceType
from dekkingsplan.export.files import ExportError
from dekkingsplan.export.sheet_rows import DEFINED_NAMES
from dekkingsplan.export.workbook import write_workbook
from tests.plans.examples import anker

from .formulas import Evaluator

TODAY = date(2026, 2, 1)


def written(plan, tmp_path: Path, name: str = "anker.xlsx", **options) -> openpyxl.Workbook:
    path = tmp_path / name
    write_workbook(plan, path, today=TODAY, **options)
    return openpyxl.load_workbook(path)


def figures(wb: openpyxl.Workbook) -> dict[str, int]:
    """Every defined name's value in cents, by evaluating the workbook's own formulas."""
    ev = Evaluator(wb)
    return {name: int(ev.name(name) * 100) for name in DEFINED_NAMES}


def label_texts(value: str) -> list[str]:
    """A label as written: plain text, or a label formula ``=IF(X<0,"Overschot …","Tekort …")`` with both."""
    if value.startswith("=IF("):
        return re.findall(r'"([^"]*)"', value)
    return [value]


def texts(ws) -> list[str]:
    return [t for row in ws.iter_rows() for c in row if isinstance(c.value, str) for t in label_texts(c.value)]


def row_of(ws, text: str) -> int:
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and text in label_texts(c.value):
                return c.row
    raise AssertionError(f"{text!r} not in sheet {ws.title}")


def test_the_six_names_give_the_whole_plan_at_full_value(tmp_path):
    wb = written(anker(), tmp_path)
    assert figures(wb) == {
        # coordinator 12000 × 3 + rent 500 × 36 + outing 600 once; the church hall in kind does not count
        "Kosten_Totaal": 54_600_00,
        # municipality 10000 for 2026 only + the collection received (250), shown with committed
        "Dekking_Toegezegd": 10_250_00,
        # the fund's 3000 over Jul 2026 – Jun 2027, all within the plan
        "Dekking_Aangevraagd": 3_000_00,
        # gifts 1000 a year
        "Dekking_NogAanTeVragen": 3_000_00,
        "Dekking_Totaal": 16_250_00,
        "Tekort": 38_350_00,  # 54600 − 16250
        "Tekort_Na_Toezeggingen": 44_350_00,  # 54600 − 10250: what a fund checks
    }


def test_the_names_are_workbook_wide_and_point_at_one_cell(tmp_path):
    wb = written(anker(), tmp_path)
    assert sorted(wb.defined_names) == sorted(DEFINED_NAMES)
    for name in DEFINED_NAMES:
        (sheet, cell), = list(wb.defined_names[name].destinations)
        assert sheet in ("Begroting", "Dekkingsplan")
        assert ":" not in cell
    for ws in wb.worksheets:
        assert not ws.defined_names  # none scoped to a sheet


def test_every_subtotal_and_total_is_a_live_formula(tmp_path):
    wb = written(anker(), tmp_path)
    for ws in wb.worksheets:
        header = row_of(ws, "Omschrijving")
        last_col = ws.max_column
        assert ws.cell(header, last_col).value == "Totaal"
        for row in range(header + 1, ws.max_row + 1):
            label = label_texts(ws.cell(row, 1).value or "")[-1]
            if label.startswith(("Subtotaal", "Totaal", "Tekort")):
                for col in range(ws.max_column - 3, last_col + 1):  # the year columns and the total
                    cell = ws.cell(row, col)
                    assert cell.data_type == "f", f"{ws.title}!{cell.coordinate} ({label}) is not a formula"
            if ws.cell(row, last_col).value is not None:
                assert ws.cell(row, last_col).data_type == "f"
    # the gap's grand total says what it is
    assert wb["Dekkingsplan"][row_of(wb["Dekkingsplan"], "Tekort (kosten − dekking)")][-1].value == \
        "=Kosten_Totaal-Dekking_Totaal"


def test_sources_are_grouped_by_status_with_the_funder(tmp_path):
    ws = written(anker(), tmp_path)["Dekkingsplan"]
    committed, applied, planned = (row_of(ws, t) for t in ("Toegezegd", "Aangevraagd", "Nog aan te vragen"))
    assert committed < row_of(ws, "Subsidie inclusie") < row_of(ws, "Collecte") < applied
    assert applied < row_of(ws, "Bijdrage vadergroep") < planned < row_of(ws, "Giften")
    row = row_of(ws, "Bijdrage vadergroep")
    assert ws.cell(row, 2).value == "Kansfonds"
    assert ws.cell(row, 3).value == "fondsen"
    assert ws.cell(row_of(ws, "Collecte"), 3).value == "giften en donaties (ontvangen)"
    # year columns 2026..2028 start after name, funder and type; 3000 spread 1500/1500
    assert [ws.cell(row, c).value for c in (4, 5, 6)] == [1500, 1500, None]


def test_the_coverage_sheet_has_a_specification_column_only_when_a_source_has_one(tmp_path):
    ws = written(anker(), tmp_path)["Dekkingsplan"]
    assert "Specificatie" not in texts(ws)
    sources = [*anker().sources]
    plan = anker()
    plan.sources = [*sources, replace(sources[0], id="zaal", name="Verhuur zaal", amount=None,
                                      quantity=Decimal("52"), unit="dagdeel", rate=45_00)]
    ws = written(plan, tmp_path, "met.xlsx")["Dekkingsplan"]
    header = row_of(ws, "Omschrijving")
    assert [c.value for c in ws[header]][:4] == ["Omschrijving", "Financier", "Soort", "Specificatie"]
    assert ws.cell(row_of(ws, "Verhuur zaal"), 4).value == "52 dagdeel à €\u00a045,00 per jaar, t/m dec 2026"
    assert ws.cell(row_of(ws, "Subsidie inclusie"), 4).value is None


def test_rejected_applications_are_listed_apart_and_not_counted(tmp_path):
    wb = written(anker(), tmp_path)
    ws = wb["Dekkingsplan"]
    block = row_of(ws, "Afgewezen aanvragen (niet meegeteld)")
    line = row_of(ws, "Aanvraag buurtfonds")
    assert line > block > row_of(ws, "Tekort (kosten − dekking)")
    assert ws.cell(line, 2).value == "Fonds 1818"
    assert ws.cell(line, 4).value == 5000
    assert figures(wb)["Dekking_Totaal"] == 16_250_00  # without the 5000
    assert "Afgewezen aanvragen (niet meegeteld)" not in texts(written(anker(), tmp_path, "zonder.xlsx",
                                                                      include_rejected=False)["Dekkingsplan"])


def test_in_kind_lines_have_their_own_block_outside_the_totals(tmp_path):
    wb = written(anker(), tmp_path)
    for ws, line in ((wb["Begroting"], "Kerkzaal om niet"), (wb["Dekkingsplan"], "Kerkzaal")):
        block = row_of(ws, "Bijdragen in natura (buiten de totalen)")
        assert block < row_of(ws, line) < row_of(ws, "Totaal in natura")
        total_row = row_of(ws, "Totaal kosten" if ws.title == "Begroting" else "Totaal dekking")
        assert total_row < block
    ev = Evaluator(wb)
    ws = wb["Begroting"]
    in_kind_total = ws.cell(row_of(ws, "Totaal in natura"), ws.max_column).coordinate
    assert ev.cell("Begroting", in_kind_total) == 3600  # 1200 × 3, and not in Kosten_Totaal


def test_costs_by_category_with_the_specification_column(tmp_path):
    plan = anker(costs=[
        {"id": "jw", "name": "Jongerenwerker", "category": "personnel", "quantity": "416", "unit": "uur",
         "rate": "32.50", "basis": "per_year"},
        {"id": "huur", "name": "Huur", "category": "housing", "amount": "1395.00", "basis": "monthly",
         "indexation": "2.1"},
        {"id": "kok", "name": "Kok", "category": "personnel", "amount": "8160.00", "basis": "total",
         "start": "2026-09", "end": "2028-08"},
    ])
    ws = written(plan, tmp_path)["Begroting"]
    assert ws.cell(row_of(ws, "Jongerenwerker"), 2).value == "416 uur à €\u00a032,50 per jaar"
    assert ws.cell(row_of(ws, "Huur"), 2).value == "€\u00a01.395,00 per maand, indexatie 2,1% per jaar"
    assert ws.cell(row_of(ws, "Kok"), 2).value == "€\u00a08.160,00 totaal over periode, sep 2026 – aug 2028"  # the basis as core names it
    # personnel first (both lines, in plan order), then housing; no empty categories
    assert row_of(ws, "Personeel") < row_of(ws, "Jongerenwerker") < row_of(ws, "Kok") < \
        row_of(ws, "Subtotaal personeel") < row_of(ws, "Huisvesting") < row_of(ws, "Huur")
    assert "Activiteiten" not in texts(ws)
    # 416 × 32.50 = 13520 a year; rent 1395 × 12 = 16740, then × 1.021 = 17091.54 in 2027
    assert ws.cell(row_of(ws, "Jongerenwerker"), 3).value == 13520
    assert ws.cell(row_of(ws, "Huur"), 4).value == pytest.approx(17091.54, abs=0)


def test_amounts_are_exact_and_in_a_euro_format(tmp_path):
    wb = written(anker(), tmp_path)
    ws = wb["Begroting"]
    row = row_of(ws, "Coördinator")
    for col in (3, 4, 5, 6):
        assert "€" in ws.cell(row, col).number_format
        assert "#,##0.00" in ws.cell(row, col).number_format
    # the file holds the decimal text, not a binary fraction: 17091.54 is written as such
    plan = anker(costs=[{"id": "h", "name": "Huur", "category": "housing", "amount": "1395.00",
                         "basis": "monthly", "indexation": "2.1"}])
    write_workbook(plan, tmp_path / "huur.xlsx", today=TODAY)
    import zipfile

    with zipfile.ZipFile(tmp_path / "huur.xlsx") as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>17091.54</v>" in xml and "<v>17450.46</v>" in xml


def test_header_shows_the_organisation_and_the_date(tmp_path):
    ws = written(anker(), tmp_path)["Begroting"]
    assert ws["A1"].value == "Vadercentrum Het Anker"
    all_text = texts(ws)
    assert "Stichting · KvK 12345678 · IBAN NL91 ABNA 0417 1643 00 · ANBI" in all_text
    assert "Begroting 2026–2028" in all_text
    assert "Opgesteld op 1 februari 2026 · Bedragen in euro's" in all_text


def test_print_setup_a4_one_page_wide_with_repeated_header_and_page_numbers(tmp_path):
    wb = written(anker(), tmp_path)
    for ws in wb.worksheets:
        header = row_of(ws, "Omschrijving")
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.print_title_rows == f"${header}:${header}"
        assert ws.freeze_panes == f"B{header + 1}"
        assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
        assert ws.column_dimensions["A"].width >= 28
        assert ws.print_area is not None


def test_document_properties_name_the_plan_and_the_organisation(tmp_path):
    wb = written(anker(), tmp_path)
    assert wb.properties.title == "Begroting en dekkingsplan 2026–2028"
    assert wb.properties.creator == "Vadercentrum Het Anker"
    assert wb.properties.subject == "Vadercentrum Het Anker"
    wb = written(anker(), tmp_path, "p.xlsx", project="vaders")
    assert wb.properties.title == "Begroting en dekkingsplan 2026–2028 — Vadergroep"


def test_a_project_shows_only_its_own_lines(tmp_path):
    wb = written(anker(), tmp_path, project="vaders")
    assert figures(wb) == {"Kosten_Totaal": 600_00, "Dekking_Toegezegd": 0, "Dekking_Aangevraagd": 3_000_00,
                           "Dekking_NogAanTeVragen": 0, "Dekking_Totaal": 3_000_00, "Tekort": -2_400_00,
                           "Tekort_Na_Toezeggingen": 600_00}
    assert "Coördinator" not in texts(wb["Begroting"])
    assert "Project: Vadergroep" in texts(wb["Begroting"])


def test_a_year_range_shows_only_those_years_and_its_totals_cover_them(tmp_path):
    wb = written(anker(), tmp_path, years=(2027, 2028))
    ws = wb["Begroting"]
    header = row_of(ws, "Omschrijving")
    assert [c.value for c in ws[header]][2:] == ["2027", "2028", "Totaal"]
    assert figures(wb) == {
        "Kosten_Totaal": 36_600_00,  # 12000 × 2 + 6000 × 2 + 600
        "Dekking_Toegezegd": 0,  # the subsidy ended in 2026, the collection was in 2026
        "Dekking_Aangevraagd": 1_500_00,  # the fund's second half
        "Dekking_NogAanTeVragen": 2_000_00,
        "Dekking_Totaal": 3_500_00,
        "Tekort": 33_100_00,
        "Tekort_Na_Toezeggingen": 36_600_00,
    }
    # the subsidy has nothing in these years, so it is not listed
    assert "Subsidie inclusie" not in texts(wb["Dekkingsplan"])


def test_a_project_without_lines_gives_an_empty_but_whole_workbook(tmp_path):
    wb = written(anker(), tmp_path, project="leeg")
    assert set(figures(wb).values()) == {0}
    assert "– geen kosten in deze jaren –" in texts(wb["Begroting"])
    assert texts(wb["Dekkingsplan"]).count("– geen –") == 3


def test_a_plan_of_one_year(tmp_path):
    wb = written(anker(plan={"first_year": 2026, "last_year": 2026}), tmp_path)
    ws = wb["Begroting"]
    header = row_of(ws, "Omschrijving")
    assert [c.value for c in ws[header]][2:] == ["2026", "Totaal"]
    assert "Begroting 2026" in texts(ws)
    # 12000 + 6000; the outing is in 2027, outside the plan
    assert figures(wb)["Kosten_Totaal"] == 18_000_00
    assert figures(wb)["Dekking_Totaal"] == 10_000_00 + 250_00 + 1_500_00 + 1_000_00


def test_a_plan_without_sources_still_has_every_name(tmp_path):
    wb = written(anker(sources=[]), tmp_path)
    assert figures(wb) == {"Kosten_Totaal": 54_600_00, "Dekking_Toegezegd": 0, "Dekking_Aangevraagd": 0,
                           "Dekking_NogAanTeVragen": 0, "Dekking_Totaal": 0, "Tekort": 54_600_00,
                           "Tekort_Na_Toezeggingen": 54_600_00}


def test_dutch_characters_survive(tmp_path):
    plan = anker(organisation={"name": "Stichting Café Ëlla & Ïsa"},
                 costs=[{"id": "r", "name": "Reünie coördinatoren (€ 5 p.p.)", "category": "activities",
                         "amount": "100.00", "basis": "once", "start": "2026-04", "note": "Zeeën van tijd"}])
    wb = written(plan, tmp_path)
    ws = wb["Begroting"]
    assert ws["A1"].value == "Stichting Café Ëlla & Ïsa"
    assert "Reünie coördinatoren (€ 5 p.p.)" in texts(ws)
    assert "Zeeën van tijd" in texts(ws)
    # an ampersand in a header or footer is a control character there, so it is doubled
    assert "Stichting Café Ëlla && Ïsa" in ws.oddFooter.left.text


FORMULA_LIKE = ["=HYPERLINK(\"http://x.example\";\"klik\")", "+31 6 1234 5678", "-korting buurtpas",
                "@bestuur", "=1+1"]


def formula_like_plan():
    return anker(
        costs=[{"id": f"c{i}", "name": text, "category": "other", "amount": "10.00", "basis": "once",
                "start": "2026-01", "note": text} for i, text in enumerate(FORMULA_LIKE)],
        sources=[{"id": "s", "name": "=SUM(A1:A9)", "type": "fund", "funder": "-Fonds", "amount": "5.00",
                  "basis": "once", "start": "2026-01", "status": "committed"}],
    )


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path):
    wb = written(formula_like_plan(), tmp_path)
    cells = {c.value: c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None}
    for text in [*FORMULA_LIKE, "=SUM(A1:A9)", "-Fonds"]:
        assert text in cells, text
        assert cells[text].data_type == "s", f"{text!r} would be a formula"
        assert cells[text].quotePrefix
    assert figures(wb)["Kosten_Totaal"] == 50_00


def test_english_labels(tmp_path):
    wb = written(anker(), tmp_path, lang="en")
    assert wb.sheetnames == ["Budget", "Funding plan"]
    found = texts(wb["Funding plan"])
    for label in ("Committed", "Applied for", "To apply for", "Total funding", "Shortfall (costs − funding)",
                  "Rejected applications (not counted)"):
        assert label in found
    assert "Total costs" in texts(wb["Budget"])
    assert "Prepared on 1 February 2026 · Amounts in euros" in texts(wb["Budget"])
    assert figures(wb)["Tekort"] == 38_350_00


@pytest.mark.parametrize(("options", "message"), [
    ({"project": "onbekend"}, "there is no project 'onbekend' (the plan has: vaders, leeg)"),
    ({"years": (2028, 2026)}, "the years 2028-2026 run backwards; write 2026-2028"),
    ({"years": (2025, 2027)}, "the years 2025-2027 lie outside the plan (2026–2028)"),
    ({"years": (2027, 2029)}, "the years 2027-2029 lie outside the plan (2026–2028)"),
])
def test_bad_choices_are_refused_before_anything_is_written(tmp_path, options, message):
    target = tmp_path / "out.xlsx"
    with pytest.raises(ExportError) as caught:
        write_workbook(anker(), target, **options)
    assert str(caught.value) == message
    assert list(tmp_path.iterdir()) == []


def test_year_ranges_as_typed(tmp_path):
    from dekkingsplan.export.scope import parse_year_range

    plan = anker()
    assert parse_year_range("2026-2027", plan) == range(2026, 2028)
    assert parse_year_range("2027", plan) == range(2027, 2028)
    assert parse_year_range(" 2026 – 2028 ", plan) == range(2026, 2029)
    for text, message in (("2030-2026", "run backwards"), ("26-28", "is not a range of years"),
                          ("2026-2031", "lie outside the plan"), ("", "is not a range of years")):
        with pytest.raises(ExportError, match=message):
            parse_year_range(text, plan)


def test_a_long_name_wraps_and_its_row_grows_so_nothing_is_cut_off(tmp_path):
    long_name = "Coördinatie van de vrijwilligers in de buurtkamer, de maaltijden en de vadergroep samen"
    plan = anker(costs=[{"id": "c", "name": long_name, "category": "personnel", "amount": "100.00",
                         "basis": "per_year"}])
    ws = written(plan, tmp_path)["Begroting"]
    cell = ws.cell(row_of(ws, long_name), 1)
    assert cell.alignment.wrap_text
    assert ws.row_dimensions[cell.row].height >= 2 * 13
    short = ws.cell(row_of(ws, "Subtotaal personeel"), 1)
    assert not short.alignment.wrap_text


# --- the application version -------------------------------------------------------------------------------


def application_names(wb: openpyxl.Workbook) -> dict[str, int]:
    ev = Evaluator(wb)
    return {name: int(ev.name(name) * 100) for name in wb.defined_names}


def with_own_income():
    # Het Anker with participants' contributions of 50.00 a month, committed: 600.00 a year
    plan = anker()
    plan.sources = [*plan.sources, replace(plan.sources[0], id="bijdragen", name="Bijdragen deelnemers",
                                           type=SourceType.OWN_INCOME, funder=None, amount=50_00,
                                           basis=Basis.MONTHLY,
                                           end=None)]
    return plan


def test_the_application_version_asks_one_funder_and_adds_a_contingency(tmp_path):
    wb = written(with_own_income(), tmp_path, funder="Kansfonds", contingency="10")
    figures = application_names(wb)
    # costs 18000, 18600, 18000; onvoorzien 10%: 1800 + 1860 + 1800 = 5460, counted in the total costs
    assert figures["Onvoorzien"] == 5_460_00
    assert figures["Kosten_Totaal"] == 54_600_00 + 5_460_00
    # Kansfonds: the fathers' group, 3000 over Jul 2026 – Jun 2027
    assert figures["Gevraagd"] == 3_000_00
    # own income: 600 a year for three years
    assert figures["Eigen_Bijdrage"] == 1_800_00
    # committed: subsidy 10000 + collection 250 + own contributions 1800
    assert figures["Dekking_Toegezegd"] == 12_050_00
    assert figures["Tekort_Na_Toezeggingen"] == 60_060_00 - 12_050_00
    assert figures["Tekort"] == 60_060_00 - (12_050_00 + 3_000_00 + 3_000_00)


def test_the_contingency_row_rounds_each_year_to_cents_in_the_sheet(tmp_path):
    ws = written(anker(), tmp_path, contingency="7,5")["Begroting"]
    row = row_of(ws, "Onvoorzien 7,5%")
    header = row_of(ws, "Omschrijving")
    assert [c.value for c in ws[header]][2:5] == ["2026", "2027", "2028"]
    formula = ws.cell(row, 3).value
    assert formula.startswith("=ROUND((") and formula.endswith(")*7.5/100,2)")
    # the total costs add the contingency row to the category subtotals
    total = ws.cell(row_of(ws, "Totaal kosten"), 3).value
    assert total.endswith(f"+C{row}")


def test_the_header_names_the_application_the_project_its_period_and_vat(tmp_path):
    plan = anker(organisation={"vat": "included"})
    wb = written(plan, tmp_path, project="vaders", funder="kansfonds")  # the funder as typed, any case
    for ws in wb.worksheets:
        found = texts(ws)
        assert "Aanvraag bij Kansfonds · Project: Vadergroep" in found
        # the fathers' group: the fund from Jul 2026 to Jun 2027, the outing in May 2027
        assert "Periode: jul 2026 – jun 2027" in found
        assert ("Bedragen inclusief btw: de organisatie kan de btw niet terugvragen, dus de btw is een kostenpost."
                in found)
    ws = wb["Dekkingsplan"]
    asked = row_of(ws, "Gevraagd van Kansfonds")
    assert ws.cell(asked, 1).font.bold and ws.cell(asked, 1).fill.fgColor.rgb.endswith("FFF2CC")
    line = row_of(ws, "Bijdrage vadergroep")
    assert ws.cell(line, 1).fill.fgColor.rgb.endswith("FFF2CC")  # the funder's own line stands out too
    assert ws.cell(asked, 4).value == f"=D{line}"


def test_without_a_funder_there_is_no_application_part(tmp_path):
    wb = written(anker(), tmp_path)
    assert "Gevraagd" not in wb.defined_names and "Onvoorzien" not in wb.defined_names
    assert not any(t.startswith(("Aanvraag bij", "Gevraagd van", "Onvoorzien")) for t in texts(wb["Dekkingsplan"]))


@pytest.mark.parametrize(("options", "message"), [
    ({"funder": "Oranje Fonds"}, "there is no funder 'Oranje Fonds' (the plan has: Gemeente Zwolle, Kansfonds, "
                                 "Fonds 1818, Protestantse gemeente, Kerk)"),
    ({"contingency": "20"}, "20% is outside 0 to 15%"),
    ({"contingency": "tien"}, "'tien' is not a percentage like 10"),
    ({"contingency": "2.555"}, "2.555% has more than two decimals"),
])
def test_an_unknown_funder_or_a_bad_contingency_is_refused_before_anything_is_written(tmp_path, options, message):
    target = tmp_path / "aanvraag.xlsx"
    with pytest.raises(ExportError) as caught:
        write_workbook(anker(), target, **options)
    assert str(caught.value) == message
    assert not target.exists()
