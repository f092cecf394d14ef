"""What the funding overview says, as HTML for a Qt text document: no Qt here, only words and figures.

Everything is taken from core (projections of the chosen scenario and of ``secured``, the indicators, the
deadlines, each source at full value); this module chooses the words and lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from dekkingsplan.core import names
from dekkingsplan.core.deadlines import deadlines, is_settled
from dekkingsplan.core.goal_seek import StillToRaise, still_to_raise, to_raise_sentence
from dekkingsplan.core.model import Plan, Status
from dekkingsplan.core.money import Cents, format_ratio
from dekkingsplan.core.projection import Projection, full_values, line_total, project_plan
from dekkingsplan.export.chart_series import CoverageSeries, coverage_series
from dekkingsplan.export.labels import (
    capital,
    long_date,
    organisation_lines,
    short_date,
    status_label,
    type_label,
    whole_euros,
    year_span,
)

MM_PER_INCH = 25.4
CSS_DPI = 96
MARGIN_MM = 15
PAGE_WIDTH = (210 - 2 * MARGIN_MM) / MM_PER_INCH * CSS_DPI  # the A4 text width in CSS pixels
CHART_HEIGHT = 300
CHART_MARKER = "@@GRAFIEK@@"
NEXT_DEADLINES = 8

# the page's words in Dutch and in English: the two tables mirror each other key by key on purpose (a
# translation, which `duplicates` sees as a repeat)
_W = {
    "nl": {
        "title": "Financieel overzicht {years}",
        "subtitle": "Scenario {name} naast Zeker · opgesteld op {date}",
        "subtitle_secured": "Scenario Zeker · opgesteld op {date}",
        "table": "Meerjarenoverzicht",
        "amounts": "Bedragen in hele euro's, afgerond; de totalen zijn berekend vóór het afronden.",
        "year": "Jaar", "costs": "Kosten", "income": "Inkomsten", "result": "Resultaat", "reserve": "Reserve eind",
        "coverage": "Dekking", "total": "Totaal", "to_raise": "Nog te werven",
        "opening": "Begin {year}", "subtotal": "Subtotaal",
        "chart": "Dekking in beeld",
        "chart_caption": "Inkomsten per soort (scenario {name}) tegen de kosten en de reserve; "
                         "jaren met een tekort zijn gekleurd.",
        "facts": "Wat valt op",
        "covered_all": "In alle jaren zijn de kosten gedekt (scenario {name}).",
        "gaps": "Tekort (scenario {name}) in {list}.",
        "largest": "De grootste financier is {name}: {share} van de inkomsten in dit scenario.",
        "short": "{share} van de inkomsten komt uit bronnen die hoogstens twaalf maanden lopen; "
                 "die moeten telkens opnieuw worden aangevraagd.",
        "depleted": "De reserve is op in {year}: eind {last} staat hij op €&nbsp;{amount}.",
        "reserve_ok": "De reserve blijft in alle jaren positief: eind {last} €&nbsp;{amount}.",
        "secured_depleted": "Met alleen de zekere bronnen is de reserve op in {year}.",
        "secured_ok": "Ook met alleen de zekere bronnen blijft de reserve positief.",
        "no_income": "Er zijn in dit scenario geen inkomsten.",
        "sources": "Bronnen naar status",
        "sources_note": "Elke bron tegen het volle bedrag in {years}.",
        "source": "Bron", "funder": "Financier", "type": "Soort", "amount": "Bedrag",
        "in_kind": "in natura",
        "no_sources": "Het plan heeft nog geen bronnen.",
        "g_committed": "Toegezegd en ontvangen", "g_applied": "Aangevraagd", "g_planned": "Nog aan te vragen",
        "g_in_kind": "In natura (telt niet mee in de inkomsten)",
        "g_rejected": "Afgewezen (telt niet mee)",
        "deadlines": "Eerstvolgende deadlines",
        "date": "Datum", "what": "Wat", "days": "Over",
        "in_days": "{n} dagen", "today": "vandaag", "tomorrow": "morgen",
        "late": "{n} dagen te laat", "late_one": "1 dag te laat", "suggested": "voorgesteld",
        "no_deadlines": "Geen deadlines na {date}.",
        "footer": "{org} — financieel overzicht {years} — {date}",
        "page": "pagina {page} van {pages}",
        "and": "en", "lang": "nl",
        "secured": "Zeker",
    },
    "en": {
        "title": "Funding overview {years}",
        "subtitle": "Scenario {name} beside Secured · prepared on {date}",
        "subtitle_secured": "Scenario Secured · prepared on {date}",
        "table": "Year by year",
        "amounts": "Amounts in whole euros, rounded; the totals are computed before rounding.",
        "year": "Year", "costs": "Costs", "income": "Income", "result": "Result", "reserve": "Reserve at end",
        "coverage": "Coverage", "total": "Total", "to_raise": "Still to raise",
        "opening": "Start {year}", "subtotal": "Subtotal",
        "chart": "Coverage at a glance",
        "chart_caption": "Income by type (scenario {name}) against costs and the reserve; "
                         "years with a shortfall are shaded.",
        "facts": "What stands out",
        "covered_all": "The costs are covered in every year (scenario {name}).",
        "gaps": "Shortfall (scenario {name}) in {list}.",
        "largest": "The largest funder is {name}: {share} of the income in this scenario.",
        "short": "{share} of the income comes from sources that run twelve months or less; "
                 "they must be applied for again and again.",
        "depleted": "The reserve runs out in {year}: at the end of {last} it stands at €{amount}.",
        "reserve_ok": "The reserve stays positive in every year: €{amount} at the end of {last}.",
        "secured_depleted": "With only the secured sources the reserve runs out in {year}.",
        "secured_ok": "With only the secured sources, too, the reserve stays positive.",
        "no_income": "There is no income in this scenario.",
        "sources": "Sources by status",
        "sources_note": "Every source at its full amount in {years}.",
        "source": "Source", "funder": "Funder", "type": "Type", "amount": "Amount",
        "in_kind": "in kind",
        "no_sources": "The plan has no sources yet.",
        "g_committed": "Committed and received", "g_applied": "Applied for", "g_planned": "To apply for",
        "g_in_kind": "In kind (not counted as income)",
        "g_rejected": "Rejected (not counted)",
        "deadlines": "Next deadlines",
        "date": "Date", "what": "What", "days": "In",
        "in_days": "{n} days", "today": "today", "tomorrow": "tomorrow",
        "late": "{n} days late", "late_one": "1 day late", "suggested": "suggested",
        "no_deadlines": "No deadlines after {date}.",
        "footer": "{org} — funding overview {years} — {date}",
        "page": "page {page} of {pages}",
        "and": "and", "lang": "en",
        "secured": "Secured",
    },
}

_CASH_GROUPS = (("g_committed", (Status.COMMITTED, Status.RECEIVED)), ("g_applied", (Status.APPLIED,)),
                ("g_planned", (Status.PLANNED,)))

CSS = """
p { margin-top: 0px; margin-bottom: 3px; }
p.h1 { font-size: 22px; font-weight: bold; margin-bottom: 2px; }
p.title { font-size: 17px; font-weight: bold; margin-top: 12px; margin-bottom: 0px; }
p.h2 { font-size: 14px; font-weight: bold; margin-top: 14px; margin-bottom: 5px; }
.org { font-size: 10px; color: #444444; }
.sub { font-size: 12px; color: #222222; margin-top: 8px; }
.note { font-size: 10px; color: #444444; }
table { border-collapse: collapse; }
th { font-size: 10px; font-weight: bold; background-color: #E7E9EC; padding: 2px 3px; }
td { font-size: 10px; padding: 2px 3px; }
td.n { text-align: right; white-space: nowrap; }
td.y { white-space: nowrap; }
th.y { white-space: nowrap; }
th.n { text-align: right; white-space: nowrap; }
th.group { text-align: center; border-bottom: 1px solid #808080; }
tr.total td { font-weight: bold; background-color: #F3F4F6; border-top: 1px solid #808080; }
tr.sub td { font-weight: bold; border-top: 1px solid #808080; }
td.late { font-weight: bold; }
td.status { font-weight: bold; background-color: #F3F4F6; padding-top: 4px; }
td.muted { color: #595959; font-style: italic; }
ul { margin-top: 0px; margin-bottom: 0px; -qt-list-indent: 1; }
li { font-size: 12px; margin-bottom: 4px; }
"""


@dataclass(frozen=True)
class OverviewContent:
    title: str
    footer: str
    page_word: str  # "pagina {page} van {pages}"
    series: CoverageSeries
    html: str



def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {_W[lang]['and']} " + items[-1]


def overview_content(plan: Plan, *, scenario: str, lang: str, today: date) -> OverviewContent:
    lang = "en" if lang == "en" else "nl"
    w = _W[lang]
    chosen = project_plan(plan, scenario)
    secured = chosen if scenario == "secured" else project_plan(plan, "secured")
    to_raise = still_to_raise(chosen, plan.reserve_target)
    name = names.scenario_name(plan, scenario, lang)
    years = year_span(plan.first_year, plan.last_year)
    org = plan.organisation

    def money(cents: Cents) -> str:
        return whole_euros(cents, lang)

    parts = [f"<p class='h1'>{escape(org.name)}</p>"]
    parts += [f"<p class='org'>{escape(line)}</p>" for line in organisation_lines(org, lang)]
    title = w["title"].format(years=years)
    subtitle = (w["subtitle_secured"] if scenario == "secured" else w["subtitle"]).format(
        name=escape(name), date=long_date(today, lang))
    parts.append(f"<p class='title'>{escape(title)}</p>")
    parts.append(f"<p class='sub'>{subtitle}</p>")

    parts.append(f"<p class='h2'>{w['table']}</p>")
    parts.append(_year_table(plan, chosen, None if scenario == "secured" else secured, to_raise, name, w, money))
    parts.append(f"<p class='note'>{w['amounts']}</p>")

    parts.append(f"<p class='h2'>{w['chart']}</p>")
    parts.append(f"<p align='center'>{CHART_MARKER}</p>")
    parts.append(f"<p class='note'>{w['chart_caption'].format(name=escape(name))}</p>")

    parts.append(f"<p class='h2'>{w['facts']}</p><ul>")
    parts += [f"<li>{fact}</li>" for fact in _facts(chosen, secured, scenario, name, w, money, lang)]
    parts.append(f"<li>{escape(to_raise_sentence(to_raise, lang))}</li>")
    parts.append("</ul>")

    # the details start on a page of their own: page 1 is the summary a board reads
    parts.append(f"<p class='h2' style='page-break-before: always; margin-top: 0px;'>{w['sources']}</p>")
    parts.append(_sources_table(plan, w, money, lang))
    parts.append(f"<p class='h2'>{w['deadlines']}</p>")
    parts.append(_deadlines_table(plan, today, w, lang))

    html = f"<html><head><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"
    footer = w["footer"].format(org=org.name, years=years, date=short_date(today, lang))
    return OverviewContent(title=f"{org.name} — {title}", footer=footer, page_word=w["page"],
                           series=coverage_series(chosen), html=html)


def _year_table(plan: Plan, chosen: Projection, secured: Projection | None, to_raise: StillToRaise, name: str,
                w: dict, money) -> str:
    """The years of the chosen scenario beside the secured one. Each block prints its own costs: a scenario may
    change them, and a balance on paper must be the difference of the figures beside it."""
    blocks = [chosen] if secured is None else [chosen, secured]
    chosen_keys = ("costs", "income", "result", "reserve", "coverage", "to_raise")
    secured_keys = ("costs", "income", "result", "reserve")
    rows = ["<table width='100%' cellspacing='0' cellpadding='0'>"]
    if secured is not None:
        rows.append(f"<tr><th></th><th colspan='{len(chosen_keys)}' class='group'>{escape(name)}</th>"
                    f"<th colspan='{len(secured_keys)}' class='group'>{w['secured']}</th></tr>")
    head = [f"<th align='left' class='y'>{w['year']}</th>"]
    for block in blocks:
        keys = chosen_keys if block is chosen else secured_keys
        # two-word headings on two lines, so that eleven columns fit the page width
        head += [f"<th class='n'>{w[k].replace(' ', '<br/>', 1) if k in ('reserve', 'to_raise') else w[k]}</th>"
                 for k in keys]
    rows.append("<thead><tr>" + "".join(head) + "</tr></thead>")

    def result(cents: Cents) -> str:
        text = money(cents)
        return f"<b>{text}</b>" if cents < 0 else text

    # the reserve the first year starts from, so that the first year's reserve can be checked on paper
    cells = [f"<td class='y'>{w['opening'].format(year=plan.first_year)}</td>"]
    for block in blocks:
        keys = chosen_keys if block is chosen else secured_keys
        cells += [f"<td class='n'>{result(plan.opening_reserve)}</td>" if k == "reserve" else "<td></td>"
                  for k in keys]
    rows.append("<tr>" + "".join(cells) + "</tr>")
    for index, figures in enumerate(chosen.years):
        cells = [f"<td class='y'>{figures.year}</td>"]
        for block in blocks:
            y = block.years[index]
            reserve = result(y.reserve_end) if y.reserve_end is not None else "–"
            cells += [f"<td class='n'>{money(y.costs)}</td>", f"<td class='n'>{money(y.income)}</td>",
                      f"<td class='n'>{result(y.result)}</td>", f"<td class='n'>{reserve}</td>"]
            if block is chosen:
                cells += [f"<td class='n'>{format_ratio(y.coverage, w['lang'])}</td>",
                          f"<td class='n'>{money(to_raise.by_year[y.year])}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    cells = [f"<td class='y'>{w['total']}</td>"]
    for block in blocks:
        cells += [f"<td class='n'>{money(block.totals.costs)}</td>", f"<td class='n'>{money(block.totals.income)}</td>",
                  f"<td class='n'>{result(block.totals.result)}</td>", "<td></td>"]
        if block is chosen:
            cells += ["<td></td>", f"<td class='n'>{money(to_raise.total)}</td>"]
    rows.append("<tr class='total'>" + "".join(cells) + "</tr></table>")
    return "".join(rows)


def _facts(chosen: Projection, secured: Projection, scenario: str, name: str, w: dict, money,
           lang: str) -> list[str]:
    facts = []
    gaps = [f"{y.year} (€&nbsp;{money(y.gap)})" if lang != "en" else f"{y.year} (€{money(y.gap)})"
            for y in chosen.years if y.gap > 0]
    facts.append(w["gaps"].format(name=escape(name), list=_join(gaps, lang)) if gaps
                 else w["covered_all"].format(name=escape(name)))
    ind = chosen.indicators
    if ind.largest_funder is not None:
        facts.append(w["largest"].format(name=escape(ind.largest_funder.name),
                                         share=format_ratio(ind.largest_funder.share, lang)))
    else:
        facts.append(w["no_income"])
    if ind.short_term_share is not None:
        facts.append(w["short"].format(share=format_ratio(ind.short_term_share, lang)))
    last = chosen.years[-1]
    if ind.depleted_year is not None:
        facts.append(w["depleted"].format(year=ind.depleted_year, last=last.year, amount=money(last.reserve_end)))
    else:
        facts.append(w["reserve_ok"].format(last=last.year, amount=money(last.reserve_end)))
    if scenario != "secured":
        depleted = secured.indicators.depleted_year
        facts.append(w["secured_depleted"].format(year=depleted) if depleted is not None else w["secured_ok"])
    return facts


def _sources_table(plan: Plan, w: dict, money, lang: str) -> str:
    """Every source at full value by status, in-kind ones apart (they bring no money), each group with its sum."""
    if not plan.sources:
        return f"<p>{w['no_sources']}</p>"
    years = year_span(plan.first_year, plan.last_year)
    rows = ["<table width='100%' cellspacing='0' cellpadding='0'><thead><tr>",
            f"<th align='left'>{w['source']}</th><th align='left'>{w['funder']}</th>",
            f"<th align='left'>{w['type']}</th><th class='n'>{w['amount']} {years}</th></tr></thead>"]
    groups = [(key, [s for s in plan.sources if s.status in statuses and not s.in_kind])
              for key, statuses in _CASH_GROUPS]
    groups.append(("g_in_kind", [s for s in plan.sources if s.in_kind and s.status != Status.REJECTED]))
    groups.append(("g_rejected", [s for s in plan.sources if s.status == Status.REJECTED]))
    for key, members in groups:
        if not members:
            continue
        rows.append(f"<tr><td colspan='4' class='status'>{w[key]}</td></tr>")
        muted = " class='muted'" if key == "g_rejected" else ""
        subtotal = 0
        for source in members:
            kind = type_label(source.type, lang)
            if key == "g_in_kind":
                kind += f" ({status_label(source.status, lang)})"
            value = line_total(full_values(plan, source))
            subtotal += value
            rows.append(f"<tr><td{muted}>{escape(source.name)}</td><td{muted}>{escape(source.funder or '')}</td>"
                        f"<td{muted}>{escape(kind)}</td><td class='n'>{money(value)}</td></tr>")
        rows.append(f"<tr class='sub'><td colspan='3'>{w['subtotal']}</td><td class='n'>{money(subtotal)}</td></tr>")
    rows.append("</table>")
    rows.append(f"<p class='note'>{w['sources_note'].format(years=years)}</p>")
    return "".join(rows)


def _deadlines_table(plan: Plan, today: date, w: dict, lang: str) -> str:
    # only steps still to take: an apply-by date of a fund already applied for is history, not a next step;
    # a step that is late and still open comes first, because it is the most urgent
    open_steps = [d for d in deadlines(plan) if not is_settled(d)]
    late = [d for d in open_steps if d.date < today]
    upcoming = [d for d in open_steps if d.date >= today][:NEXT_DEADLINES]
    if not late and not upcoming:
        return f"<p>{w['no_deadlines'].format(date=long_date(today, lang))}</p>"
    rows = ["<table width='100%' cellspacing='0' cellpadding='0'><thead><tr>",
            f"<th align='left'>{w['date']}</th><th align='left'>{w['what']}</th>",
            f"<th align='left'>{w['source']}</th><th align='left'>{w['funder']}</th>",
            f"<th class='n'>{w['days']}</th></tr></thead>"]
    for d in [*late, *upcoming]:
        days = d.days_from(today)
        if days < 0:
            when = w["late_one"] if days == -1 else w["late"].format(n=-days)
        else:
            when = w["today"] if days == 0 else w["tomorrow"] if days == 1 else w["in_days"].format(n=days)
        what = capital(names.label(d.kind, lang))
        if d.suggested:
            what += f" ({w['suggested']})"
        style = " class='late'" if days < 0 else ""
        rows.append(f"<tr><td{style}>{short_date(d.date, lang)}</td><td{style}>{escape(what)}</td>"
                    f"<td>{escape(d.source_name)}</td><td>{escape(d.funder or '')}</td>"
                    f"<td class='n{' late' if days < 0 else ''}'>{when}</td></tr>")
    rows.append("</table>")
    return "".join(rows)
