"""The application version of the funder's workbook (``sheet --funder NAME --contingency PCT``, the Excel dialog's
fund and contingency): the rows a fund looks for, written on the workbook's sheets.

DESIGN.md, "The funder's workbook": the header says to which fund and for which project and period; *Onvoorzien
PCT%* is a cost row of ``ROUND(cost subtotals × PCT/100; 2)`` counted in ``Kosten_Totaal``; the coverage sheet
ends with ``Tekort_Na_Toezeggingen`` (costs less what is committed: what a fund checks), the highlighted
*Gevraagd van NAME* (``Gevraagd``) and the own contribution (``Eigen_Bijdrage``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from dekkingsplan.core.application import contingency, project_period
from dekkingsplan.core.money import Cents
from dekkingsplan.export.labels import month_label, word
from dekkingsplan.export.sheet_rows import (
    DEKKING_TOEGEZEGD,
    EIGEN_BIJDRAGE,
    GEVRAAGD,
    KOSTEN_TOTAAL,
    ONVOORZIEN,
    TEKORT_NA_TOEZEGGINGEN,
)

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.export.workbook import Sheet


def scope_lines(sheet: Sheet, project_name: str | None) -> None:
    """Under the heading: the whole organisation or the project (to which fund), the project's period, and how the
    amounts relate to BTW."""
    lang = sheet.lang
    scope = word(lang, "project", name=project_name) if project_name else word(lang, "whole_plan")
    if sheet.funder:
        scope = f"{word(lang, 'application_to', funder=sheet.funder)} · {scope}"
    sheet.cell(1, scope, "dp_text")
    sheet.row += 1
    if sheet.project:
        start, end = project_period(sheet.plan, sheet.project, range(sheet.years[0], sheet.years[-1] + 1))
        sheet.cell(1, word(lang, "period", start=month_label(start, lang), end=month_label(end, lang)), "dp_text")
        sheet.row += 1
    vat = sheet.plan.organisation.vat
    if vat is not None:
        sheet.cell(1, word(lang, f"vat_{vat.value}"), "dp_text")
        sheet.row += 1


def with_contingency(costs: dict[int, Cents], pct: Decimal | None) -> dict[int, Cents]:
    """Each year's costs with the contingency on top, as the Onvoorzien row's formula rounds it."""
    if not pct:
        return costs
    return {year: value + contingency(value, pct) for year, value in costs.items()}


def contingency_row(sheet: Sheet, subtotal_rows: list[int]) -> int:
    """Onvoorzien: a percentage of the costs, rounded to cents in the sheet itself, counted in the total. Returns
    its row."""
    assert sheet.contingency is not None
    pct = format(sheet.contingency, "f")
    sums = list(subtotal_rows)
    label_pct = pct.replace(".", ",") if sheet.lang != "en" else pct
    row = sheet.sum_row(word(sheet.lang, "contingency", pct=label_pct),
                        lambda c: f"=ROUND(({'+'.join(f'{c}{r}' for r in sums)})*{pct}/100,2)",
                        "dp_sub_text", "dp_sub_amount", ONVOORZIEN)
    sheet.row += 1
    return row


def gap_after_commitments_row(sheet: Sheet, costs_row: int, *, committed_row: int) -> None:
    """The shortfall after commitments: the costs less the committed and received sources (the coverage's first
    group), said as a surplus when there is one."""
    sheet.difference_row("gap_committed", "surplus_committed", lambda c: f"={c}{costs_row}-{c}{committed_row}",
                         f"={KOSTEN_TOTAAL}-{DEKKING_TOEGEZEGD}", TEKORT_NA_TOEZEGGINGEN)


def asked_and_own_rows(sheet: Sheet) -> None:
    """What this fund is asked, highlighted, and what the organisation puts in itself."""
    for rows, label, style, name in (
            (sheet.asked_rows, word(sheet.lang, "asked_of", funder=sheet.funder), "dp_asked_total", GEVRAAGD),
            (sheet.own_rows, word(sheet.lang, "own_contribution"), "dp_sub", EIGEN_BIJDRAGE)):
        sheet.sum_row(label, lambda c, rows=rows: "=" + ("+".join(f"{c}{r}" for r in rows) or "0"),
                      f"{style}_text", f"{style}_amount", name)
    sheet.row += 1
