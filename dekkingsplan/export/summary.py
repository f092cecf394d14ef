"""The application summary: one A4 page on top of an application — who asks, for what and when, what it costs,
what is asked of this fund, who else pays or said no, the own contribution, the gap and what is still to raise.

The figures come from core (``application_figures``, the goal seek); the page is HTML drawn with the overview's
Qt text layout and footer, so it looks like the overview. It must fit one page: long lists are cut short.
"""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from fractions import Fraction
from html import escape
from pathlib import Path

from PySide6.QtGui import QTextDocument

from dekkingsplan.core.application import application_figures, project_period
from dekkingsplan.core.goal_seek import still_to_raise, to_raise_sentence
from dekkingsplan.core.model import Plan, Status
from dekkingsplan.core.money import Cents, format_amount, format_ratio, round_ratio
from dekkingsplan.core.projection import project_plan
from dekkingsplan.export.a4 import a4_document, write_pdf
from dekkingsplan.export.files import ExportError
from dekkingsplan.export.labels import long_date, month_label, organisation_lines, short_date, word, year_span
from dekkingsplan.export.overview_html import CSS
from dekkingsplan.export.scope import check_application, check_project, check_years

MAX_FUNDERS = 12  # other funders listed; the rest are summed, so the page stays one page

# the page's words in Dutch and in English: the two tables mirror each other key by key on purpose (a
# translation, which `duplicates` sees as a repeat)
_W = {
    "nl": {
        "title": "Aanvraag bij {funder}", "title_plain": "Samenvatting begroting en dekkingsplan",
        "org": "Organisatie", "contact": "Contact", "project": "Project", "whole": "Hele organisatie",
        "period": "Periode", "years": "Jaren",
        "figures": "De aanvraag in cijfers", "costs": "Totale kosten", "contingency": "waarvan onvoorzien",
        "asked": "Gevraagd van {funder}", "share": "{pct} van de kosten",
        "own": "Eigen bijdrage (eigen inkomsten)", "committed_total": "Toegezegd (alle financiers en eigen inkomsten)",
        "gap": "Tekort na toezeggingen (kosten − toegezegd)", "surplus": "Overschot na toezeggingen",
        "open": "Nog niet gedekt na toezeggingen en deze aanvraag",
        "others": "Andere financiers", "funder": "Financier", "status": "Status", "amount": "Bedrag",
        "more": "{n} andere financiers", "none": "Geen andere financiers.",
        "raise": "Nog te werven (hele organisatie, scenario Verwacht)",
        "note": "Alle bronnen tegen hun volle bedrag in {years}; bijdragen in natura en nog aan te vragen "
                "bronnen staan niet in deze lijst. De begroting en het dekkingsplan staan in de bijgevoegde "
                "Excel-werkmap.",
        "footer": "{org} — aanvraagsamenvatting — {date}", "page": "pagina {page} van {pages}",
        "made_on": "Opgesteld op {date}",
        Status.COMMITTED: "toegezegd", Status.APPLIED: "aangevraagd", Status.REJECTED: "afgewezen",
    },
    "en": {
        "title": "Application to {funder}", "title_plain": "Summary of budget and funding plan",
        "org": "Organisation", "contact": "Contact", "project": "Project", "whole": "Whole organisation",
        "period": "Period", "years": "Years",
        "figures": "The application in figures", "costs": "Total costs", "contingency": "of which contingency",
        "asked": "Asked of {funder}", "share": "{pct} of the costs",
        "own": "Own contribution (own income)", "committed_total": "Committed (every funder and own income)",
        "gap": "Shortfall after commitments (costs − committed)", "surplus": "Surplus after commitments",
        "open": "Not yet covered after commitments and this application",
        "others": "Other funders", "funder": "Funder", "status": "Status", "amount": "Amount",
        "more": "{n} other funders", "none": "No other funders.",
        "raise": "Still to raise (whole organisation, scenario Expected)",
        "note": "Every source at its full amount in {years}; contributions in kind and sources still to apply for "
                "are not in this list. The budget and funding plan are in the attached Excel workbook.",
        "footer": "{org} — application summary — {date}", "page": "page {page} of {pages}",
        "made_on": "Prepared on {date}",
        Status.COMMITTED: "committed", Status.APPLIED: "applied for", Status.REJECTED: "rejected",
    },
}


def summary_html(plan: Plan, *, project: str | None, years: range, funder: str | None, contingency: Decimal | None,
                 lang: str, today: date) -> tuple[str, str, str]:
    """The page as HTML, with its title and footer."""
    lang = "en" if lang == "en" else "nl"
    w = _W[lang]
    org = plan.organisation
    figures = application_figures(plan, project=project, years=years, funder=funder, contingency_pct=contingency)

    def money(cents: Cents) -> str:
        return format_amount(cents, lang).replace(" ", "&nbsp;")

    title = w["title"].format(funder=funder) if funder else w["title_plain"]
    parts = [f"<p class='h1'>{escape(org.name)}</p>"]
    parts += [f"<p class='org'>{escape(line)}</p>" for line in organisation_lines(org, lang)]
    parts.append(f"<p class='title'>{escape(title)}</p>")
    parts.append(f"<p class='sub'>{w['made_on'].format(date=long_date(today, lang))}</p>")

    start, end = project_period(plan, project, years)
    facts = [(w["project"], escape(plan.project(project).name) if project else w["whole"]),  # type: ignore[union-attr]
             (w["period"], f"{month_label(start, lang)} – {month_label(end, lang)}"),
             (w["years"], year_span(years[0], years[-1]))]
    if org.vat is not None:
        facts.append(("btw" if lang != "en" else "VAT", escape(word(lang, f"vat_{org.vat.value}"))))
    parts.append("<table cellspacing='0' cellpadding='0'>" + "".join(
        f"<tr><td><b>{label}</b></td><td>{value}</td></tr>" for label, value in facts) + "</table>")

    parts.append(f"<p class='h2'>{w['figures']}</p>")
    rows = [(w["costs"], money(figures.costs), "total")]
    if figures.contingency:
        rows.append((f"&nbsp;&nbsp;{w['contingency']} {_pct(contingency, lang)}%", money(figures.contingency), ""))
    if funder:
        share = ""
        if figures.costs:
            share = " (" + w["share"].format(pct=format_ratio(round_ratio(Fraction(figures.asked, figures.costs)),
                                                              lang)) + ")"
        rows.append((escape(w["asked"].format(funder=funder)) + share, money(figures.asked), "asked"))
    rows.append((w["own"], money(figures.own_contribution), ""))
    rows.append((w["committed_total"], money(figures.committed), ""))
    gap = figures.gap_after_commitments
    rows.append((w["gap"] if gap >= 0 else w["surplus"], money(abs(gap)), "total"))
    if funder:
        rows.append((w["open"], money(max(0, gap - figures.asked_pending)), ""))
    parts.append("<table width='100%' cellspacing='0' cellpadding='0'>" + "".join(
        f"<tr class='{kind}'><td>{label}</td><td class='n'>{amount}</td></tr>" for label, amount, kind in rows)
        + "</table>")

    parts.append(f"<p class='h2'>{w['others']}</p>")
    if figures.others:
        shown, rest = figures.others[:MAX_FUNDERS], figures.others[MAX_FUNDERS:]
        lines = [f"<tr><td>{escape(f.funder)}</td><td>{w[f.status]}</td><td class='n'>{money(f.amount)}</td></tr>"
                 for f in shown]
        if rest:
            lines.append(f"<tr><td class='muted'>{w['more'].format(n=len(rest))}</td><td></td>"
                         f"<td class='n'>{money(sum(f.amount for f in rest))}</td></tr>")
        parts.append("<table width='100%' cellspacing='0' cellpadding='0'><thead><tr>"
                     f"<th align='left'>{w['funder']}</th><th align='left'>{w['status']}</th>"
                     f"<th class='n'>{w['amount']}</th></tr></thead>" + "".join(lines) + "</table>")
    else:
        parts.append(f"<p>{w['none']}</p>")

    parts.append(f"<p class='h2'>{w['raise']}</p>")
    whole = still_to_raise(project_plan(plan, "expected"), plan.reserve_target)
    parts.append(f"<p>{escape(to_raise_sentence(whole, lang))}</p>")
    parts.append(f"<p class='note'>{w['note'].format(years=year_span(years[0], years[-1]))}</p>")

    css = CSS + "tr.asked td { font-weight: bold; background-color: #FFF2CC; border-top: 1px solid #808080; " \
                "border-bottom: 1px solid #808080; }\n td { font-size: 12px; padding: 3px 4px; }"
    html = f"<html><head><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    footer = w["footer"].format(org=org.name, date=short_date(today, lang))
    return html, f"{org.name} — {title}", footer


def _pct(value: Decimal | None, lang: str) -> str:
    text = format(value or Decimal(0), "f")
    return text.replace(".", ",") if lang != "en" else text


def build_summary_document(plan: Plan, *, project: str | None = None, years: range | tuple[int, int] | None = None,
                           funder: str | None = None, contingency: Decimal | str | None = None, lang: str = "nl",
                           today: date | None = None) -> QTextDocument:
    """The page as a QTextDocument laid out for A4; ``ExportError`` for a bad project, years, funder or contingency."""
    check_project(plan, project)
    shown = check_years(plan, years)
    funder, pct = check_application(plan, funder, contingency)
    html, title, footer = summary_html(plan, project=project, years=shown, funder=funder, contingency=pct, lang=lang,
                                       today=today or date.today())
    document = a4_document(html, title=title, footer=footer, page_word=_W["en" if lang == "en" else "nl"]["page"])
    if document.pageCount() > 1:  # pragma: no cover - the lists are cut short so that this cannot happen
        raise ExportError("the summary does not fit one page", "de samenvatting past niet op één pagina")
    return document


def write_summary_pdf(plan: Plan, path: str | os.PathLike[str], *, project: str | None = None,
                      years: range | tuple[int, int] | None = None, funder: str | None = None,
                      contingency: Decimal | str | None = None, lang: str = "nl", today: date | None = None) -> Path:
    """Write the one-page application summary as a PDF (complete or not at all)."""
    return write_pdf(build_summary_document(plan, project=project, years=years, funder=funder,
                                            contingency=contingency, lang=lang, today=today), path)
