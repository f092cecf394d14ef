"""What the verantwoording shows, as plain rows and words: no openpyxl and no Qt here.

DESIGN.md, "Realisation". Core's ``realisation_report`` decides the lines, budgets, actuals and flags; this
module groups them as a municipality or a fund reads them (costs by category, income by type) and chooses the
words. ``realisation_workbook`` and ``realisation_html`` only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dekkingsplan.core.model import Category, Plan, SourceType
from dekkingsplan.core.money import Cents, format_amount
from dekkingsplan.core.realisation import FLAG_MINIMUM, FLAG_PERCENT, LineRealisation, Side, YearRealisation
from dekkingsplan.export.labels import capital, category_label, long_date, pick, type_label

# the defined names of the workbook (DESIGN.md)
BEGROOT_KOSTEN = "Begroot_Kosten"
WERKELIJK_KOSTEN = "Werkelijk_Kosten"
BEGROOT_INKOMSTEN = "Begroot_Inkomsten"
WERKELIJK_INKOMSTEN = "Werkelijk_Inkomsten"
WERKELIJK_SALDO = "Werkelijk_Saldo"
DEFINED_NAMES = (BEGROOT_KOSTEN, WERKELIJK_KOSTEN, BEGROOT_INKOMSTEN, WERKELIJK_INKOMSTEN, WERKELIJK_SALDO)

_W: dict[str, dict[str, str]] = {
    "nl": {
        "sheet": "Verantwoording {year}",
        "title": "Verantwoording {year}",
        "subtitle": "Begroting en realisatie van {year}",
        "whole_plan": "Hele organisatie, alle projecten",
        "project": "Project: {name}",
        "funder": "Financier: {name} — de bronnen van deze financier tegen de kosten",
        "made_on": "Opgesteld op {date}",
        "amounts_in": "Bedragen in euro's",
        "col_name": "Omschrijving",
        "col_budget": "Begroot",
        "col_actual": "Werkelijk",
        "col_difference": "Verschil",
        "col_percent": "%",
        "col_note": "Toelichting",
        "costs": "Kosten",
        "income": "Inkomsten",
        "income_funder": "Inkomsten van {name}",
        "subtotal": "Subtotaal {what}",
        "total_costs": "Totaal kosten",
        "total_income": "Totaal inkomsten",
        "result": "Resultaat (inkomsten − kosten)",
        "no_costs": "geen kosten in {year}",
        "no_income": "geen inkomsten in {year}",
        "no_income_funder": "geen bronnen van {name} in {year}",
        "not_recorded": "nog niet ingevuld",
        "flag": "Toelichting ontbreekt",
        "flag_short": "!",
        "flagged_one": "Eén verschil van meer dan {pct}% en meer dan {minimum} heeft geen toelichting "
                       "(gemarkeerd met !).",
        "flagged": "{n} verschillen van meer dan {pct}% en meer dan {minimum} hebben geen toelichting "
                   "(gemarkeerd met !).",
        "explained": "Elk verschil van meer dan {pct}% en meer dan {minimum} is toegelicht.",
        "footnote": ("Begroot: de begroting tegen de volle waarde, zonder scenario of kans. Werkelijk: wat in {year} "
                     "werkelijk is uitgegeven of ontvangen; een lege cel is nog niet ingevuld en telt als 0. "
                     "Verschil: werkelijk min begroot. Bijdragen in natura en afgewezen aanvragen tellen niet mee."),
        "signed": "Vastgesteld",
        "place": "Plaats",
        "date": "Datum",
        "treasurer": "Penningmeester",
        "chair": "Voorzitter",
        "signature": "Handtekening",
        "col_name_person": "Naam",
        "summary": "Samenvatting",
        "page": "Pagina &P van &N",
        "footer": "{org} — verantwoording {year} — {date}",
        "page_word": "pagina {page} van {pages}",
        "doc_title": "Verantwoording {year}",
    },
    "en": {
        "sheet": "Report {year}",
        "title": "Financial report {year}",
        "subtitle": "Budget and actual figures of {year}",
        "whole_plan": "Whole organisation, all projects",
        "project": "Project: {name}",
        "funder": "Funder: {name} — this funder's sources against the costs",
        "made_on": "Prepared on {date}",
        "amounts_in": "Amounts in euros",
        "col_name": "Description",
        "col_budget": "Budget",
        "col_actual": "Actual",
        "col_difference": "Difference",
        "col_percent": "%",
        "col_note": "Explanation",
        "costs": "Costs",
        "income": "Income",
        "income_funder": "Income from {name}",
        "subtotal": "Subtotal {what}",
        "total_costs": "Total costs",
        "total_income": "Total income",
        "result": "Result (income − costs)",
        "no_costs": "no costs in {year}",
        "no_income": "no income in {year}",
        "no_income_funder": "no sources of {name} in {year}",
        "not_recorded": "not yet recorded",
        "flag": "Explanation missing",
        "flag_short": "!",
        "flagged_one": "One difference over {pct}% and over {minimum} has no explanation (marked with !).",
        "flagged": "{n} differences over {pct}% and over {minimum} have no explanation (marked with !).",
        "explained": "Every difference over {pct}% and over {minimum} is explained.",
        "footnote": ("Budget: the budget at full value, without scenario or probability. Actual: what was really "
                     "spent or received in {year}; an empty cell is not yet recorded and counts as 0. Difference: "
                     "actual minus budget. Contributions in kind and rejected applications are not counted."),
        "signed": "Approved",
        "place": "Place",
        "date": "Date",
        "treasurer": "Treasurer",
        "chair": "Chair",
        "signature": "Signature",
        "col_name_person": "Name",
        "summary": "Summary",
        "page": "Page &P of &N",
        "footer": "{org} — financial report {year} — {date}",
        "page_word": "page {page} of {pages}",
        "doc_title": "Financial report {year}",
    },
}


def rword(lang: str, key: str, **values: object) -> str:
    return pick(_W, lang, key, **values)


@dataclass(frozen=True)
class ReportRow:
    """One line of the report: budget, actual (None: not yet recorded), its explanation and whether it is
    flagged (a large difference without one)."""

    name: str
    budget: Cents
    actual: Cents | None
    note: str | None
    flagged: bool

    @property
    def difference(self) -> Cents | None:
        return None if self.actual is None else self.actual - self.budget


@dataclass(frozen=True)
class ReportGroup:
    title: str  # the category or type, capitalised
    rows: tuple[ReportRow, ...]
    budget: Cents
    actual: Cents


@dataclass(frozen=True)
class ReportSection:
    """Costs or income: the groups, the total's label and the defined names of its two total cells."""

    title: str
    groups: tuple[ReportGroup, ...]
    total_label: str
    empty_text: str
    budget: Cents
    actual: Cents
    budget_name: str
    actual_name: str


@dataclass(frozen=True)
class ReportContent:
    year: int
    title: str
    scope: str
    made_on: str
    costs: ReportSection
    income: ReportSection
    budget_result: Cents
    actual_result: Cents
    flagged: int
    flag_sentence: str
    footnote: str


def _row(r: LineRealisation) -> ReportRow:
    return ReportRow(r.line.name, r.budget, r.actual, r.note, r.flagged)


def _section(side: Side, order: list, label, *, title: str, total_label: str, empty_text: str,
             names: tuple[str, str]) -> ReportSection:
    groups = tuple(ReportGroup(label(g.key), tuple(_row(r) for r in g.lines), g.budget, g.actual)
                   for g in side.groups(order))
    return ReportSection(title, groups, total_label, empty_text, side.budget, side.actual, *names)


def report_content(plan: Plan, report: YearRealisation, *, lang: str = "nl",
                   today: date | None = None) -> ReportContent:
    lang = "en" if lang == "en" else "nl"
    year = report.year
    scope = rword(lang, "whole_plan")
    if report.project is not None:
        project = plan.project(report.project)
        scope = rword(lang, "project", name=project.name if project else report.project)
    if report.funder is not None:
        scope += " · " + rword(lang, "funder", name=report.funder)
    costs = _section(report.costs, list(Category), lambda c: category_label(c, lang),
                     title=rword(lang, "costs"), total_label=rword(lang, "total_costs"),
                     empty_text=rword(lang, "no_costs", year=year), names=(BEGROOT_KOSTEN, WERKELIJK_KOSTEN))
    if report.funder is not None:
        income_title = rword(lang, "income_funder", name=report.funder)
        empty_income = rword(lang, "no_income_funder", name=report.funder, year=year)
    else:
        income_title, empty_income = rword(lang, "income"), rword(lang, "no_income", year=year)
    income = _section(report.income, list(SourceType), lambda t: capital(type_label(t, lang)),
                      title=income_title, total_label=rword(lang, "total_income"), empty_text=empty_income,
                      names=(BEGROOT_INKOMSTEN, WERKELIJK_INKOMSTEN))
    minimum = format_amount(FLAG_MINIMUM, lang).replace(",00", "").replace(".00", "")
    flag_sentence = (rword(lang, "flagged_one" if report.flagged == 1 else "flagged", n=report.flagged, pct=FLAG_PERCENT, minimum=minimum) if report.flagged
                     else rword(lang, "explained", pct=FLAG_PERCENT, minimum=minimum))
    return ReportContent(
        year=year, title=rword(lang, "title", year=year), scope=scope,
        made_on=f"{rword(lang, 'made_on', date=long_date(today or date.today(), lang))} · "
                f"{rword(lang, 'amounts_in')}",
        costs=costs, income=income, budget_result=report.budget_result, actual_result=report.actual_result,
        flagged=report.flagged, flag_sentence=flag_sentence, footnote=rword(lang, "footnote", year=year))
