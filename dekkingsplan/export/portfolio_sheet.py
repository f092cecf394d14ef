"""The portfolio workbook: one row per plan, sortable (autofilter), live totals, A4 landscape print setup.

The rows come from ``core.portfolio``; this module only lays them out.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName

from dekkingsplan.core.money import cents_to_decimal
from dekkingsplan.export.files import write_atomically
from dekkingsplan.export.labels import long_date
from dekkingsplan.export.sheet_cells import EURO_FORMAT, FORMULA_START

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.core.portfolio import PortfolioRow

COLUMNS_NL = ("Organisatie", "Bestand", "Jaren", "Grootste financier", "Aandeel grootste", "Aandeel subsidie",
              "Aandeel kortlopend", "Reserve op in", "Jaren met tekort", "Nog te werven")
COLUMNS_EN = ("Organisation", "File", "Years", "Largest funder", "Share of largest", "Subsidy share",
              "Short-term share", "Reserve runs out in", "Years with a gap", "Still to raise")
WIDTHS = (30, 26, 11, 24, 10, 10, 10, 12, 18, 15)
PERCENT = "0.0%"
HEADER_ROW = 4


def write_portfolio(rows: list[PortfolioRow], path: str | os.PathLike[str], *, scenario_name: str,
                    lang: str = "nl", today: date | None = None) -> Path:
    """Write the workbook to ``path`` (complete or not at all)."""
    workbook = build_portfolio(rows, scenario_name=scenario_name, lang=lang, today=today or date.today())
    return write_atomically(path, lambda tmp: workbook.save(tmp))


def build_portfolio(rows: list[PortfolioRow], *, scenario_name: str, lang: str, today: date) -> Workbook:
    en = lang == "en"
    wb = Workbook()
    ws = wb.active
    ws.title = "Portfolio" if en else "Plannen"
    bold = Font(name="Calibri", size=10, bold=True)
    plain = Font(name="Calibri", size=10)
    ws["A1"] = "Plans side by side" if en else "Plannen naast elkaar"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = (f"Scenario: {scenario_name} · {len(rows)} plans · {long_date(today, lang)}" if en
                else f"Scenario: {scenario_name} · {len(rows)} plannen · {long_date(today, lang)}")
    ws["A2"].font = Font(name="Calibri", size=9, color="404040")

    grey = PatternFill("solid", fgColor="E7E9EC")
    thin = Side(style="thin", color="808080")
    for col, (title, width) in enumerate(zip(COLUMNS_EN if en else COLUMNS_NL, WIDTHS, strict=True), start=1):
        cell = ws.cell(HEADER_ROW, col, title)
        cell.font, cell.fill, cell.border = bold, grey, Border(bottom=thin)
        cell.alignment = Alignment(horizontal="left" if col <= 4 or col == 9 else "right", wrap_text=True,
                                   vertical="top")
        ws.column_dimensions[get_column_letter(col)].width = width

    ws.row_dimensions[HEADER_ROW].height = 27  # two lines: the wrapped headings never run into the first plan
    first = HEADER_ROW + 1
    for r, row in enumerate(rows, start=first):
        largest = row.indicators.largest_funder
        values = [
            row.organisation,
            Path(row.file).name if "://" not in row.file else row.file,
            f"{row.first_year}–{row.last_year}",
            largest.name if largest else None,
            largest.share if largest else None,
            row.subsidy_share,
            row.indicators.short_term_share,
            row.indicators.depleted_year,
            ", ".join(str(y) for y in row.gap_years) or None,
            cents_to_decimal(row.to_raise_total),
        ]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(r, col, value)
            if isinstance(value, str) and value.startswith(FORMULA_START):  # text, never a formula
                cell.data_type = "s"
                cell.quotePrefix = True
            cell.font = plain
            cell.alignment = Alignment(vertical="top", wrap_text=col in (1, 2, 4, 9))
            if col in (5, 6, 7):
                cell.number_format = PERCENT
            elif col == 10:
                cell.number_format = EURO_FORMAT
    last = first + len(rows) - 1
    total_row = last + 2
    # the totals stand apart from the table, so sorting the rows through the autofilter leaves them in place
    ws.cell(total_row, 1, "Total" if en else "Totaal").font = bold
    count = ws.cell(total_row, 2, f"=COUNTA(A{first}:A{last})" if rows else 0)
    count.font = bold
    ws.cell(total_row, 3, "plans" if en else "plannen").font = plain
    ws.cell(total_row, 7, "runs out:" if en else "reserve op:").font = plain
    runs_out = ws.cell(total_row, 8, f"=COUNT(H{first}:H{last})" if rows else 0)
    runs_out.font = bold
    total = ws.cell(total_row, 10, f"=SUM(J{first}:J{last})" if rows else 0)
    total.font, total.number_format = bold, EURO_FORMAT
    for col in range(1, len(WIDTHS) + 1):
        ws.cell(total_row, col).border = Border(top=thin, bottom=Side(style="double", color="404040"))
    wb.defined_names["Nog_Te_Werven_Totaal"] = DefinedName("Nog_Te_Werven_Totaal",
                                                          attr_text=f"'{ws.title}'!$J${total_row}")
    wb.defined_names["Plannen_Reserve_Op"] = DefinedName("Plannen_Reserve_Op",
                                                        attr_text=f"'{ws.title}'!$H${total_row}")

    if rows:
        ws.auto_filter.ref = f"A{HEADER_ROW}:J{last}"
    ws.freeze_panes = ws.cell(first, 2)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.oddFooter.center.text = ("Page &P of &N" if en else "Pagina &P van &N")
    ws.oddFooter.center.size = 8
    wb.properties.title = "Plans side by side" if en else "Plannen naast elkaar"
    wb.properties.creator = "Dekkingsplan"
    return wb
