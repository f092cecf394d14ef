"""The verantwoording as an A4 report for the board or the municipality: what it says, in Dutch amounts, the
flagged lines, the block to sign, and that it prints as A4. The plan is tests/plans/realisatie.json."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dekkingsplan.core.realisation import realisation_report
from dekkingsplan.export.realisation_html import percent, signed
from dekkingsplan.export.realisation_pdf import build_realisation_document, write_realisation_pdf
from tests.plans.examples import realisatie as plan

TODAY = date(2027, 3, 15)
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def text_of(p=None, year: int = 2026, lang: str = "nl", **options) -> str:
    p = p or plan()
    document = build_realisation_document(p, realisation_report(p, year, **options), lang=lang, today=TODAY)
    return document.toPlainText().replace(NBSP, " ")


def test_the_header_and_the_summary():
    text = text_of()
    assert text.startswith("Vadercentrum Het Anker\nStichting · KvK 12345678 · IBAN NL91 ABNA 0417 1643 00 · ANBI")
    assert "Verantwoording 2026\nHele organisatie, alle projecten\nOpgesteld op 15 maart 2027" in text
    summary = text[text.index("Samenvatting"):text.index("Kosten\n")]
    assert "Totaal kosten\n21.400,00\n21.500,00\n+100,00\n+0,5%" in summary
    assert "Totaal inkomsten\n12.500,00\n13.850,00\n+1.350,00\n+10,8%" in summary
    assert "Resultaat (inkomsten − kosten)\n-8.900,00\n-7.650,00\n+1.250,00" in summary
    assert "2 verschillen van meer dan 10% en meer dan € 500 hebben geen toelichting (gemarkeerd met !)." in text


def test_each_line_with_its_difference_and_explanation():
    text = text_of()
    assert ("Huur ruimte\n6.000,00\n6.800,00\n+800,00\n+13,3%\nHuurverhoging van de kerk per 1 juli; één maand "
            "dubbele huur bij de verhuizing") in text
    assert "! Activiteiten vadergroep\n3.000,00\n1.800,00\n−1.200,00\n−40,0%\n! Toelichting ontbreekt" in text
    assert "Drukwerk flyers\n400,00\n–\n\n\nnog niet ingevuld" in text
    assert "Kerkzaal" not in text and "Aanvraag buurtfonds" not in text


def test_the_block_to_sign():
    text = text_of()
    tail = text[text.index("Vastgesteld"):]
    for words in ("Plaats:", "Datum:", "Penningmeester", "Voorzitter", "Naam:", "Handtekening:"):
        assert words in tail


def test_a_funder_and_an_empty_project():
    text = text_of(funder="Kansfonds")
    assert "Financier: Kansfonds" in text and "Inkomsten van Kansfonds" in text
    assert "Giften" not in text
    empty = text_of(project="leeg", funder="Fonds 1818")
    assert "– geen kosten in 2026 –" in empty and "– geen bronnen van Fonds 1818 in 2026 –" in empty


def test_english():
    text = text_of(lang="en")
    assert "Financial report 2026" in text and "Explanation missing" in text and "Treasurer" in text
    assert "Total costs\n21,400.00\n21,500.00\n+100.00\n+0.5%" in text


def test_signs_and_percentages():
    assert (signed(90000, "nl"), signed(-120000, "nl"), signed(0, "nl"), signed(None, "nl")) == (
        "+900,00", "−1.200,00", "0,00", "")
    assert percent(-120000, 300000, "nl") == "−40,0%"
    assert percent(80000, 600000, "nl") == "+13,3%"  # 13,33… rounded to one decimal
    assert percent(100, 0, "nl") == "" and percent(None, 100, "nl") == ""


def test_the_pdf_is_a4(tmp_path):
    p = plan()
    target = tmp_path / "verantwoording.pdf"
    assert write_realisation_pdf(p, realisation_report(p, 2026), target, today=TODAY) == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert {(round(float(w)), round(float(h))) for w, h in boxes} == {(595, 842)}
    assert [f.name for f in tmp_path.iterdir()] == ["verantwoording.pdf"]
