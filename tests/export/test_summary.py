"""The application summary: one A4 page a fund officer reads first, with Het Anker's figures worked by hand."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dekkingsplan.cli import main
from dekkingsplan.export.files import ExportError
from dekkingsplan.export.summary import build_summary_document, write_summary_pdf
from tests.plans.examples import anker, demo, small_anker_json

TODAY = date(2026, 2, 1)
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def text_of(plan, **options) -> str:
    document = build_summary_document(plan, today=TODAY, **options)
    return document.toPlainText().replace(NBSP, " ")


def pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def test_the_page_says_who_asks_whom_for_what():
    text = text_of(anker(organisation={"vat": "included"}), funder="Kansfonds", contingency="10")
    assert text.startswith("Vadercentrum Het Anker\nStichting · KvK 12345678 · IBAN NL91 ABNA 0417 1643 00 · ANBI")
    assert "Aanvraag bij Kansfonds" in text
    assert re.search(r"Project\s+Hele organisatie\s+Periode\s+jan 2026 – dec 2028\s+Jaren\s+2026–2028", text)
    assert "Bedragen inclusief btw" in text
    # costs 54600 and a contingency of 10%: 1800 + 1860 + 1800 = 5460
    assert re.search(r"Totale kosten\s+€ 60\.060,00\s+waarvan onvoorzien 10%\s+€ 5\.460,00", text)
    # Kansfonds: 3000 of 60060 = 4.995% -> 5,0%
    assert re.search(r"Gevraagd van Kansfonds \(5,0% van de kosten\)\s+€ 3\.000,00", text)
    assert re.search(r"Eigen bijdrage \(eigen inkomsten\)\s+€ 0,00", text)
    # committed: the municipality's 10000 and the collection's 250 received
    assert re.search(r"Toegezegd \(alle financiers en eigen inkomsten\)\s+€ 10\.250,00", text)
    assert re.search(r"Tekort na toezeggingen \(kosten − toegezegd\)\s+€ 49\.810,00", text)
    # the Kansfonds application is still open: 49810 - 3000
    assert re.search(r"Nog niet gedekt na toezeggingen en deze aanvraag\s+€ 46\.810,00", text)


def test_the_other_funders_by_status_and_what_is_still_to_raise():
    text = text_of(anker(), funder="Kansfonds")
    others = text[text.index("Andere financiers"):text.index("Nog te werven")]
    assert re.search(r"Gemeente Zwolle\s+toegezegd\s+€ 10\.000,00\s+Protestantse gemeente\s+toegezegd\s+€ 250,00"
                     r"\s+Fonds 1818\s+afgewezen\s+€ 5\.000,00", others)
    assert "Kansfonds" not in others and "Kerk" not in others  # the fund asked, and the hall in kind
    assert ("Om de reserve boven nul te houden moet er nog € 41.100 bij: € 5.750 in 2026, € 17.600 in 2027 en "
            "€ 17.750 in 2028." in text)


def test_a_project_over_some_years_and_its_period():
    text = text_of(anker(), project="vaders", years=(2027, 2028), funder="Kansfonds")
    # the fund runs Jul 2026 – Jun 2027, the outing is May 2027: within 2027-2028 that is Jan – Jun 2027
    assert re.search(r"Project\s+Vadergroep\s+Periode\s+jan 2027 – jun 2027\s+Jaren\s+2027–2028", text)
    assert re.search(r"Totale kosten\s+€ 600,00", text)
    assert re.search(r"Gevraagd van Kansfonds \(250,0% van de kosten\)\s+€ 1\.500,00", text)


@pytest.mark.parametrize("plan", [anker, demo])
def test_exactly_one_a4_page(tmp_path, plan):
    target = tmp_path / "samenvatting.pdf"
    funder = "Kansfonds"
    write_summary_pdf(plan(), target, funder=funder, contingency="10", today=TODAY)
    assert pages(target) == 1
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", target.read_bytes())
    assert {(round(float(w)), round(float(h))) for w, h in boxes} == {(595, 842)}


def test_many_funders_still_fit_one_page(tmp_path):
    from dataclasses import replace

    plan = demo()
    extra = [replace(plan.sources[0], id=f"f{i}", funder=f"Fonds nummer {i}") for i in range(40)]
    plan.sources = [*plan.sources, *extra]
    target = tmp_path / "veel.pdf"
    write_summary_pdf(plan, target, funder="Kansfonds", today=TODAY)
    assert pages(target) == 1
    assert "andere financiers" in text_of(plan, funder="Kansfonds")


def test_bad_choices_are_refused():
    with pytest.raises(ExportError, match="there is no funder 'Oranje Fonds'"):
        build_summary_document(anker(), funder="Oranje Fonds")


def test_the_command(capsys, tmp_path):
    plan = small_anker_json(tmp_path / "anker.json")
    target = tmp_path / "samenvatting.pdf"
    assert main(["summary", str(plan), "--out", str(target), "--funder", "Kansfonds", "--project", "vaders"]) == 0
    assert capsys.readouterr().out.strip() == f"Aanvraagsamenvatting geschreven naar {target}"
    assert pages(target) == 1
    assert main(["summary", str(plan), "--out", str(tmp_path / "x.pdf"), "--funder", "Niemand"]) == 2
    err = capsys.readouterr().err
    assert err == (f"dekkingsplan: {plan}: --funder: there is no funder 'Niemand' (the plan has: Gemeente Zwolle, "
                   "Kansfonds)\n")
    assert not (tmp_path / "x.pdf").exists()
