"""The Begroting on paper: the cost lines (those the screen shows) with their basis and their value in each plan
year, a total per year, and in-kind lines apart, outside the total — built as plain rows first, then as HTML for
a QTextDocument that the print preview pages like the funding overview (footer and page numbers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtGui import QTextDocument

from dekkingsplan.core.model import CostLine, Plan
from dekkingsplan.core.money import Cents, format_amount
from dekkingsplan.core.projection import full_values
from dekkingsplan.core.totals import sum_by_year
from dekkingsplan.export.a4 import a4_document
from dekkingsplan.export.labels import (
    capital,
    category_label,
    describe_line,
    long_date,
    organisation_lines,
    year_span,
)

LANDSCAPE_FROM_YEARS = 3  # more plan years than this do not fit an upright A4 with readable names

_W = {
    "nl": {"title": "Begroting {years}", "name": "Omschrijving", "category": "Categorie", "basis": "Basis",
           "total": "Totaal", "total_costs": "Totaal kosten", "in_kind": "Bijdragen in natura (buiten het totaal)",
           "in_kind_total": "Totaal in natura", "made": "Opgesteld op {date}.",
           "amounts": "Bedragen in euro's per kalenderjaar.", "filtered": "Alleen de getoonde regels: {n} van {m}.",
           "footer": "{name} · Begroting {years}", "page": "pagina {page} van {pages}", "none": "Geen kosten."},
    "en": {"title": "Budget {years}", "name": "Description", "category": "Category", "basis": "Basis",
           "total": "Total", "total_costs": "Total costs", "in_kind": "Contributions in kind (outside the total)",
           "in_kind_total": "Total in kind", "made": "Drawn up on {date}.",
           "amounts": "Amounts in euros per calendar year.", "filtered": "Only the lines shown: {n} of {m}.",
           "footer": "{name} · Budget {years}", "page": "page {page} of {pages}", "none": "No costs."},
}


@dataclass(frozen=True)
class CostRow:
    name: str
    category: str
    basis: str
    by_year: dict[int, Cents]
    total: Cents


@dataclass(frozen=True)
class CostsTable:
    years: list[int]
    cash: list[CostRow]
    cash_total: CostRow
    in_kind: list[CostRow]
    in_kind_total: CostRow | None


def costs_table(plan: Plan, lines: list[CostLine], lang: str = "nl") -> CostsTable:
    """The rows of the printed Begroting: every line at full value per plan year, the sums per year."""
    years = list(plan.years)
    w = _W[lang]

    def row(line: CostLine) -> CostRow:
        values = full_values(plan, line, plan.years)
        sums = sum_by_year([values], years)
        return CostRow(line.name, category_label(line.category, lang), describe_line(line, plan, lang),
                       sums.by_year, sums.total)

    def total(rows: list[CostRow], title: str) -> CostRow:
        sums = sum_by_year([r.by_year for r in rows], years)
        return CostRow(title, "", "", sums.by_year, sums.total)

    cash = [row(line) for line in lines if not line.in_kind]
    in_kind = [row(line) for line in lines if line.in_kind]
    return CostsTable(years, cash, total(cash, w["total_costs"]), in_kind,
                      total(in_kind, w["in_kind_total"]) if in_kind else None)


CSS = """
p { margin-top: 0px; margin-bottom: 3px; }
p.h1 { font-size: 20px; font-weight: bold; margin-bottom: 2px; }
.org { font-size: 10px; color: #444444; }
.note { font-size: 10px; color: #444444; }
table { border-collapse: collapse; }
th { font-size: 10px; font-weight: bold; background-color: #E7E9EC; padding: 2px 3px; text-align: left; }
th.n { text-align: right; }
td { font-size: 10px; padding: 2px 3px; border-bottom: 1px solid #D0D3D8; }
td.n { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; background-color: #F3F4F6; border-top: 1px solid #808080; }
td.group { font-weight: bold; padding-top: 8px; border-bottom: none; }
"""


def costs_html(plan: Plan, lines: list[CostLine], *, lang: str = "nl", today: date | None = None) -> str:
    table = costs_table(plan, lines, lang)
    w = _W[lang]
    today = today or date.today()

    def money(cents: Cents) -> str:
        return escape(format_amount(cents, lang, symbol=False))

    def tr(row: CostRow, css: str = "") -> str:
        cells = [f"<td>{escape(row.name)}</td>", f"<td>{escape(row.category)}</td>", f"<td>{escape(row.basis)}</td>"]
        cells += [f"<td class='n'>{money(row.by_year[y])}</td>" for y in table.years]
        cells.append(f"<td class='n'><b>{money(row.total)}</b></td>")
        return f"<tr class='{css}'>{''.join(cells)}</tr>" if css else f"<tr>{''.join(cells)}</tr>"

    years = year_span(plan.first_year, plan.last_year)
    parts = [f"<p class='h1'>{escape(plan.organisation.name)} — {escape(w['title'].format(years=years))}</p>"]
    org = [line for line in organisation_lines(plan.organisation, lang) if line != plan.organisation.name]
    if org:
        parts.append(f"<p class='org'>{escape(' · '.join(org))}</p>")
    note = [w["made"].format(date=long_date(today, lang)), w["amounts"]]
    if len(lines) != len(plan.costs):
        note.append(w["filtered"].format(n=len(lines), m=len(plan.costs)))
    parts.append(f"<p class='note'>{escape(' '.join(note))}</p>")
    head = [f"<th width='22%'>{w['name']}</th>", f"<th width='11%'>{w['category']}</th>",
            f"<th width='20%'>{w['basis']}</th>"]
    share = (100 - 22 - 11 - 20) // (len(table.years) + 1)  # what is left, evenly over the years and the total
    head += [f"<th class='n' width='{share}%'>{y}</th>" for y in table.years]
    head.append(f"<th class='n' width='{share}%'>{w['total']}</th>")
    body = [tr(row) for row in table.cash] or [f"<tr><td colspan='{len(head)}'>{w['none']}</td></tr>"]
    body.append(tr(table.cash_total, "total"))
    if table.in_kind and table.in_kind_total is not None:
        body.append(f"<tr><td class='group' colspan='{len(head)}'>{escape(capital(w['in_kind']))}</td></tr>")
        body += [tr(row) for row in table.in_kind]
        body.append(tr(table.in_kind_total, "total"))
    parts.append("<table width='100%' cellspacing='0'><thead><tr>" + "".join(head) + "</tr></thead><tbody>"
                 + "".join(body) + "</tbody></table>")
    return f"<html><head><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"


def landscape(plan: Plan) -> bool:
    return len(list(plan.years)) > LANDSCAPE_FROM_YEARS


def build_costs_document(plan: Plan, lines: list[CostLine], *, lang: str = "nl", today: date | None = None
                         ) -> QTextDocument:
    """The printed Begroting as a QTextDocument, paged by the printer chosen (``a4.print_pages``)."""
    w = _W[lang]
    years = year_span(plan.first_year, plan.last_year)
    return a4_document(costs_html(plan, lines, lang=lang, today=today), title=w["title"].format(years=years),
                       footer=w["footer"].format(name=plan.organisation.name, years=years), page_word=w["page"],
                       paged=False)
