"""What the verantwoording PDF says, as HTML for a Qt text document: no Qt here, only words and figures.

The same content as the workbook (``realisation_rows``), laid out as an A4 report for the board or the
municipality in the funding overview's look, ending in a block to sign (plaats, datum, penningmeester, voorzitter).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from html import escape

from dekkingsplan.core.model import Plan
from dekkingsplan.core.money import Cents, format_amount, round_ratio
from dekkingsplan.core.realisation import YearRealisation
from dekkingsplan.export.labels import organisation_lines, short_date
from dekkingsplan.export.overview_html import CSS as OVERVIEW_CSS
from dekkingsplan.export.realisation_rows import (
    ReportContent,
    ReportRow,
    ReportSection,
    report_content,
    rword,
)

CSS = OVERVIEW_CSS + """
tr.sub td { font-weight: bold; border-top: 1px solid #808080; }
tr.flag td { background-color: #FBE3D6; font-weight: bold; }
td.flagnote { color: #8B1A1A; font-style: italic; font-weight: bold; }
td.group { font-weight: bold; padding-top: 6px; }
td.note { font-size: 9px; }
td.sign { font-size: 11px; padding-top: 16px; }
p.flag { font-size: 12px; font-weight: bold; margin-top: 8px; }
p.ok { font-size: 12px; margin-top: 8px; }
"""


@dataclass(frozen=True)
class ReportDocument:
    title: str
    footer: str
    page_word: str
    html: str


def signed(cents: Cents | None, lang: str) -> str:
    """A difference with its sign: ``+900,00``, ``−1.200,00``, ``0,00``; empty where there is none."""
    if cents is None:
        return ""
    text = format_amount(abs(cents), lang, symbol=False)
    return text if cents == 0 else ("+" if cents > 0 else "\u2212") + text


def percent(difference: Cents | None, budget: Cents, lang: str) -> str:
    """The difference as a share of the budget, one decimal: ``−40,0%``; empty without a budget or actual."""
    if difference is None or budget == 0:
        return ""
    value = round_ratio(Fraction(difference * 100, budget), 1)
    text = f"{abs(value)}%"
    text = text.replace(".", ",") if lang != "en" else text
    return text if value == 0 else ("+" if value > 0 else "\u2212") + text


def realisation_document(plan: Plan, report: YearRealisation, *, lang: str = "nl",
                         today: date | None = None) -> ReportDocument:
    lang = "en" if lang == "en" else "nl"
    today = today or date.today()
    content = report_content(plan, report, lang=lang, today=today)
    org = plan.organisation
    parts = [f"<p class='h1'>{escape(org.name)}</p>"]
    parts += [f"<p class='org'>{escape(line)}</p>" for line in organisation_lines(org, lang)]
    parts.append(f"<p class='title'>{escape(content.title)}</p>")
    parts.append(f"<p class='sub'>{escape(content.scope)}<br/>{escape(content.made_on)}</p>")
    parts.append(f"<p class='h2'>{rword(lang, 'summary')}</p>")
    parts.append(_summary(content, lang))
    parts.append(f"<p class='{'flag' if content.flagged else 'ok'}'>{escape(content.flag_sentence)}</p>")
    for section in (content.costs, content.income):
        parts.append(f"<p class='h2'>{escape(section.title)}</p>")
        parts.append(_section(section, lang))
    parts.append(f"<p class='note' style='margin-top: 10px;'>{escape(content.footnote)}</p>")
    parts.append(_sign_off(lang))
    html = f"<html><head><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"
    footer = rword(lang, "footer", org=org.name, year=content.year, date=short_date(today, lang))
    return ReportDocument(title=f"{org.name} — {content.title}", footer=footer,
                          page_word=rword(lang, "page_word"), html=html)


WIDTHS = (28, 12, 12, 12, 8, 28)  # percent of the text width: the same columns in every table


def _head(lang: str, first: str, note: str = "") -> str:
    keys = ("col_budget", "col_actual", "col_difference", "col_percent")
    cells = [f"<th align='left' width='{WIDTHS[0]}%'>{escape(first)}</th>"]
    cells += [f"<th class='n' width='{w}%'>{rword(lang, k)}</th>" for k, w in zip(keys, WIDTHS[1:5], strict=True)]
    cells.append(f"<th align='left' width='{WIDTHS[5]}%'>{escape(note)}</th>")
    return "<thead><tr>" + "".join(cells) + "</tr></thead>"


def _figures(budget: Cents, actual: Cents | None, lang: str) -> str:
    diff = None if actual is None else actual - budget
    money = format_amount(actual, lang, symbol=False) if actual is not None else "–"
    return (f"<td class='n'>{format_amount(budget, lang, symbol=False)}</td><td class='n'>{money}</td>"
            f"<td class='n'>{signed(diff, lang)}</td><td class='n'>{percent(diff, budget, lang)}</td>")


def _summary(content: ReportContent, lang: str) -> str:
    rows = ["<table width='100%' cellspacing='0' cellpadding='0'>", _head(lang, "")]
    for section in (content.costs, content.income):
        rows.append(f"<tr><td>{escape(section.total_label)}</td>"
                    f"{_figures(section.budget, section.actual, lang)}<td></td></tr>")
    diff = content.actual_result - content.budget_result
    rows.append(f"<tr class='total'><td>{rword(lang, 'result')}</td>"
                f"<td class='n'>{format_amount(content.budget_result, lang, symbol=False)}</td>"
                f"<td class='n'>{format_amount(content.actual_result, lang, symbol=False)}</td>"
                f"<td class='n'>{signed(diff, lang)}</td><td></td><td></td></tr></table>")
    return "".join(rows)


def _line(r: ReportRow, lang: str) -> str:
    if r.note:
        note = f"<td class='note{' flagnote' if r.flagged else ''}'>{escape(r.note)}</td>"
    elif r.flagged:
        note = f"<td class='flagnote'>{rword(lang, 'flag_short')} {rword(lang, 'flag')}</td>"
    elif r.actual is None:
        note = f"<td class='muted'>{rword(lang, 'not_recorded')}</td>"
    else:
        note = "<td></td>"
    mark = f"{rword(lang, 'flag_short')} " if r.flagged else ""
    css = " class='flag'" if r.flagged else ""
    return f"<tr{css}><td>{mark}{escape(r.name)}</td>{_figures(r.budget, r.actual, lang)}{note}</tr>"


def _section(section: ReportSection, lang: str) -> str:
    rows = ["<table width='100%' cellspacing='0' cellpadding='0'>",
            _head(lang, rword(lang, "col_name"), rword(lang, "col_note"))]
    if not section.groups:
        rows.append(f"<tr><td colspan='6' class='muted'>– {escape(section.empty_text)} –</td></tr>")
    for group in section.groups:
        rows.append(f"<tr><td colspan='6' class='group'>{escape(group.title)}</td></tr>")
        rows += [_line(r, lang) for r in group.rows]
        if len(group.rows) > 1:
            rows.append(f"<tr class='sub'><td>{escape(rword(lang, 'subtotal', what=group.title.lower()))}</td>"
                        f"{_figures(group.budget, group.actual, lang)}<td></td></tr>")
    rows.append(f"<tr class='total'><td>{escape(section.total_label)}</td>"
                f"{_figures(section.budget, section.actual, lang)}<td></td></tr></table>")
    return "".join(rows)


def _sign_off(lang: str) -> str:
    line = "." * 44
    rows = [f"<p class='h2' style='margin-top: 18px;'>{rword(lang, 'signed')}</p>",
            "<table width='100%' cellspacing='0' cellpadding='0'>",
            f"<tr><td class='sign'>{rword(lang, 'place')}: {line}</td>"
            f"<td class='sign'>{rword(lang, 'date')}: {line}</td></tr>",
            f"<tr><td class='sign'><b>{rword(lang, 'treasurer')}</b></td>"
            f"<td class='sign'><b>{rword(lang, 'chair')}</b></td></tr>"]
    for key in ("col_name", "signature"):
        label = rword(lang, "col_name_person") if key == "col_name" else rword(lang, key)
        rows.append(f"<tr><td class='sign'>{label}: {line}</td><td class='sign'>{label}: {line}</td></tr>")
    rows.append("</table>")
    return "".join(rows)
