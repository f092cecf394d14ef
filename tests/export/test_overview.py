"""The funding overview for the board: what it says in plain Dutch, and that it prints as a vector A4 PDF."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date

import pytest

from dekkingsplan.export.a4 import print_pages
from dekkingsplan.export.files import ExportError
from dekkingsplan.export.overview import build_overview_document, write_overview_pdf
from tests.plans.examples import anker

TODAY = date(2026, 2, 1)
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _app(qapp):
    """A QApplication for the text layout (pytest-qt's, shared with the UI tests)."""
    return qapp


def with_deadlines():
    plan = anker()
    plan.sources = [
        replace(s, decision_expected=date(2026, 5, 15)) if s.id == "fonds"
        else replace(s, report_due=(date(2027, 4, 1),)) if s.id == "gemeente"
        else replace(s, apply_by=date(2026, 3, 1)) if s.id == "afgewezen"  # rejected: nothing left to do
        else replace(s, apply_by=date(2026, 1, 15)) if s.id == "giften"  # already past on 1 February
        else replace(s, apply_by=date(2026, 3, 1)) if s.id == "collecte"  # received: applied for long ago
        else s
        for s in plan.sources
    ]
    return plan


def text_of(plan, **options) -> str:
    document = build_overview_document(plan, today=TODAY, **{"scenario": "expected", "lang": "nl", **options})
    return document.toPlainText().replace(NBSP, " ")


def test_the_header_names_the_organisation_the_years_and_the_scenarios():
    text = text_of(anker())
    assert text.startswith("Vadercentrum Het Anker\nStichting · KvK 12345678 · IBAN NL91 ABNA 0417 1643 00 · ANBI")
    assert "Financieel overzicht 2026–2028" in text
    assert "Scenario Verwacht naast Zeker · opgesteld op 1 februari 2026" in text


def test_the_year_table_shows_the_chosen_scenario_beside_the_secured_one():
    text = text_of(anker())
    # 2026 expected: costs 18000, income 11250, balance −6750, reserve 1000 − 6750, coverage 11250/18000, and
    # 5750 to raise to bring the reserve back to zero
    # 2026 secured: its own costs 18000, income 10000 + 250 received, balance −7750, reserve −6750
    assert re.search(r"2026\s+18\.000\s+11\.250\s+-6\.750\s+-5\.750\s+62,5%\s+5\.750"
                     r"\s+18\.000\s+10\.250\s+-7\.750\s+-6\.750\s+2027", text)
    # the reserve both start from
    assert re.search(r"Begin 2026\s+1\.000\s+1\.000\s+2026", text)
    # to raise: cum 5750, 23350, 41100 → 41100 in all
    assert re.search(r"Totaal\s+54\.600\s+12\.500\s+-42\.100\s+41\.100\s+54\.600\s+10\.250\s+-44\.350", text)
    assert "Bedragen in hele euro's, afgerond" in text


def test_the_indicators_are_told_in_plain_dutch():
    text = text_of(anker())
    assert "Tekort (scenario Verwacht) in 2026 (€ 6.750), 2027 (€ 17.600) en 2028 (€ 17.750)." in text
    # Gemeente Zwolle 10000 of 12500 expected income
    assert "De grootste financier is Gemeente Zwolle: 80,0% van de inkomsten in dit scenario." in text
    # municipality (12 months), fund (Jul–Jun), collection (once): 10000 + 1500 + 250 of 12500
    assert "94,0% van de inkomsten komt uit bronnen die hoogstens twaalf maanden lopen" in text
    assert "De reserve is op in 2026: eind 2028 staat hij op € -41.100." in text
    assert "Met alleen de zekere bronnen is de reserve op in 2026." in text
    assert ("Om de reserve boven nul te houden moet er nog € 41.100 bij: € 5.750 in 2026, € 17.600 in 2027 en "
            "€ 17.750 in 2028." in text)


def test_each_block_adds_up_on_paper_when_a_scenario_changes_the_costs():
    # a scenario that cuts the rent by half: Verwacht's own costs, and Zeker's unchanged ones beside it
    plan = anker(scenarios=[{"id": "zuinig", "name": "Halve huur", "base": "expected",
                             "adjustments": [{"target": "costs", "match": {"id": "huur"}, "factor": "0.5"}]}])
    text = text_of(plan, scenario="zuinig")
    # 2026 Halve huur: costs 12000 + 3000 = 15000, income 11250, balance −3750, reserve −2750
    # 2026 Zeker: costs 18000, income 10250, balance −7750 = 10250 − 18000, reserve −6750
    assert re.search(r"2026\s+15\.000\s+11\.250\s+-3\.750\s+-2\.750\s+75,0%\s+2\.750"
                     r"\s+18\.000\s+10\.250\s+-7\.750\s+-6\.750\s+2027", text)


def test_a_covered_plan_says_so():
    plan = anker(sources=[{"id": "g", "name": "Gemeente", "type": "subsidy", "funder": "Gemeente Zwolle",
                           "amount": "20000.00", "basis": "per_year", "status": "committed"}])
    text = text_of(plan)
    assert "In alle jaren zijn de kosten gedekt (scenario Verwacht)." in text
    # 1000 + (20000 − 18000) + (20000 − 18600) + (20000 − 18000)
    assert "De reserve blijft in alle jaren positief: eind 2028 € 6.400." in text
    assert "Ook met alleen de zekere bronnen blijft de reserve positief." in text


def test_sources_are_listed_by_status_at_full_value():
    text = text_of(anker())
    order = [text.index(t) for t in ("Toegezegd en ontvangen", "Subsidie inclusie", "Collecte",
                                     "Aangevraagd\n", "Bijdrage vadergroep", "Nog aan te vragen", "Giften",
                                     "In natura (telt niet mee in de inkomsten)", "Kerkzaal",
                                     "Afgewezen (telt niet mee)", "Aanvraag buurtfonds")]
    assert order == sorted(order)
    assert re.search(r"Bijdrage vadergroep\s+Kansfonds\s+fondsen\s+3\.000\n", text)
    # the church hall brings no money: its own group, not under the committed money
    assert re.search(r"Kerkzaal\s+Kerk\s+overig \(toegezegd\)\s+3\.600\n", text)
    # each group sums: subsidy 10000 + collection 250
    assert re.search(r"Collecte\s+Protestantse gemeente\s+giften en donaties\s+250\s+Subtotaal\s+10\.250\n", text)
    assert re.search(r"Kerkzaal\s+Kerk\s+overig \(toegezegd\)\s+3\.600\s+Subtotaal\s+3\.600\n", text)
    assert re.search(r"Aanvraag buurtfonds\s+Fonds 1818\s+fondsen\s+5\.000\n", text)


def test_the_next_deadlines_from_today():
    text = text_of(with_deadlines())
    deadlines = text[text.index("Eerstvolgende deadlines"):]
    # 1 Feb to 15 May 2026: 27 + 31 + 30 + 15 days
    assert re.search(r"15 mei 2026\s+Besluit verwacht\s+Bijdrage vadergroep\s+Kansfonds\s+103 dagen", deadlines)
    assert re.search(r"1 apr 2027\s+Verantwoording inleveren\s+Subsidie inclusie\s+Gemeente Zwolle\s+424 dagen",
                     deadlines)
    assert "Aanvraag buurtfonds" not in deadlines  # rejected
    # the gifts should have been applied for on 15 January and still are not: late, and listed first
    assert re.search(r"Over\s+15 jan 2026\s+Aanvragen vóór\s+Giften\s+17 dagen te laat\s+15 mei 2026", deadlines)
    assert "Collecte" not in deadlines  # the money was received, so applying is a step already taken


def test_no_deadlines_and_no_sources_are_said_plainly():
    text = text_of(anker(sources=[]))
    assert "Het plan heeft nog geen bronnen." in text
    assert "Er zijn in dit scenario geen inkomsten." in text
    assert "Geen deadlines na 1 februari 2026." in text


def test_the_secured_scenario_stands_alone_and_a_user_scenario_is_named():
    text = text_of(anker(), scenario="secured")
    assert "Scenario Zeker · opgesteld op 1 februari 2026" in text
    assert "Met alleen de zekere bronnen" not in text
    plan = anker(scenarios=[{"id": "ravijn", "name": "Gemeente −20% vanaf 2027", "base": "expected",
                             "adjustments": [{"target": "sources", "match": {"type": "subsidy"},
                                              "from_year": 2027, "factor": "0.8"}]}])
    assert "Scenario Gemeente −20% vanaf 2027 naast Zeker" in text_of(plan, scenario="ravijn")


def test_english():
    text = text_of(anker(), lang="en")
    assert "Funding overview 2026–2028" in text
    assert "The largest funder is Gemeente Zwolle: 80.0% of the income in this scenario." in text
    assert "Sources by status" in text


def test_an_unknown_scenario_is_refused(tmp_path):
    with pytest.raises(ExportError, match="there is no scenario 'ravijn' \\(choose from secured, expected, maximum\\)"):
        write_overview_pdf(anker(), tmp_path / "o.pdf", scenario="ravijn")
    assert list(tmp_path.iterdir()) == []


def test_dutch_characters_and_a_one_year_plan():
    plan = anker(organisation={"name": "Stichting Reünie & Coöperatie ë ï €"},
                 plan={"first_year": 2026, "last_year": 2026})
    text = text_of(plan)
    assert text.startswith("Stichting Reünie & Coöperatie ë ï €")
    assert "Financieel overzicht 2026\n" in text


def test_the_chart_sits_in_the_document_as_a_vector_object():
    from dekkingsplan.export.overview import CHART_OBJECT

    document = build_overview_document(anker(), scenario="expected", lang="nl", today=TODAY)
    assert document.toPlainText().count("\ufffc") == 1
    assert document.documentLayout().handlerForObject(CHART_OBJECT) is not None


def test_the_pdf_is_a4_vector_and_has_two_pages(tmp_path):
    target = tmp_path / "overzicht.pdf"
    assert write_overview_pdf(with_deadlines(), target, today=TODAY) == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/Subtype /Image" not in data  # the chart and the hatching are vector, no pictures
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 2  # the summary, then sources and deadlines
    # A4 in points
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert {(round(float(w)), round(float(h))) for w, h in boxes} == {(595, 842)}
    assert [p.name for p in tmp_path.iterdir()] == ["overzicht.pdf"]  # no temporary file left


def test_printing_on_other_paper_lays_the_document_out_again(tmp_path):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    document = build_overview_document(anker(), scenario="expected", lang="nl", today=TODAY)
    a4_width = document.pageSize().width()
    writer = QPdfWriter(str(tmp_path / "a5.pdf"))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A5), QPageLayout.Orientation.Portrait,
                                     QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    pages = print_pages(document, writer)
    del writer
    assert document.pageSize().width() < a4_width
    assert pages >= 3  # A5 holds less than A4's two pages
    assert (tmp_path / "a5.pdf").stat().st_size > 0


def test_a_read_only_folder_gives_a_clear_message_and_no_file(tmp_path, read_only_folder):
    target = read_only_folder / "overzicht.pdf"
    with pytest.raises(ExportError) as caught:
        write_overview_pdf(anker(), target, today=TODAY)
    assert str(caught.value).startswith(f"{target}: ")
    assert "no permission to write in the folder" in str(caught.value)
    assert os.listdir(read_only_folder) == []


def test_the_summary_rounds_to_whole_euros_half_up():
    from dekkingsplan.export.labels import whole_euros

    assert [whole_euros(c, "nl") for c in (123_449, 123_450, -123_450, 0, 123_456_789_00)] == \
        ["1.234", "1.235", "-1.235", "0", "123.456.789"]
    assert whole_euros(123_450, "en") == "1,235"


def test_the_chart_takes_its_own_full_width_block_below_the_table():
    """The chart is laid out as a block of its own, as wide as the page and as high as it should be; it
    must never float over the year table (a regression once seen on paper)."""
    from dekkingsplan.core.planjson import loads
    from dekkingsplan.export.overview_html import CHART_HEIGHT, PAGE_WIDTH
    from dekkingsplan.resources import demo_plan_path

    plan = loads(demo_plan_path().read_text(encoding="utf-8"))
    document = build_overview_document(plan, scenario="expected", lang="nl")
    found = document.find("\ufffc")
    assert not found.isNull()
    block = found.block()
    rect = document.documentLayout().blockBoundingRect(block)
    assert rect.height() >= CHART_HEIGHT * 0.9
    assert rect.width() >= PAGE_WIDTH * 0.9
    table_cursor = document.find("Meerjarenoverzicht")
    heading_rect = document.documentLayout().blockBoundingRect(table_cursor.block())
    assert rect.top() > heading_rect.bottom() + 100  # the year table lies between the heading and the chart


def test_a_suggested_apply_by_date_is_among_the_next_deadlines_as_suggested():
    from dekkingsplan.core.model import SourceType
    from dekkingsplan.core.months import Month

    plan = anker()
    plan.sources = [replace(s, type=SourceType.FUND, funder="VSBfonds", start=Month(2026, 9)) if s.id == "giften" else s
                    for s in plan.sources]
    deadlines = text_of(plan)[text_of(plan).index("Eerstvolgende deadlines"):]
    # September 2026 less four months: 1 May 2026, 89 days after 1 February
    assert re.search(r"1 mei 2026\s+Aanvragen vóór \(voorgesteld\)\s+Giften\s+VSBfonds\s+89 dagen", deadlines)
