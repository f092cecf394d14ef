"""The verantwoording as a workbook: per line budget, actual, difference, % and explanation, with live formulas.

DESIGN.md, "Realisation". The rows come from ``realisation_rows``; this module lays them out in the funder's
workbook's style (named styles, euro format, A4 print setup that fits the width, repeated header row, page
numbers). Every difference, percentage, subtotal, total and the result is a formula; the five defined names
point at the grand totals.
"""

from __future__ import annotations

import math
import os
from copy import copy
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dekkingsplan.core.model import Plan
from dekkingsplan.core.money import cents_to_decimal, format_amount
from dekkingsplan.core.realisation import YearRealisation
from dekkingsplan.export.files import workbook_bytes, write_bytes_atomically
from dekkingsplan.export.labels import organisation_lines
from dekkingsplan.export.realisation_rows import (
    WERKELIJK_SALDO,
    ReportContent,
    ReportRow,
    ReportSection,
    report_content,
    rword,
)
from dekkingsplan.export.workbook import (
    CHARS_PER_WIDTH,
    EURO_FORMAT,
    FORMULA_START,
    ROW_HEIGHT,
    Formula,
    _quoted,
    _register_styles,
)

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl import Workbook

PERCENT_FORMAT = "0.0%;-0.0%"
FLAG_FILL = "FBE3D6"  # light enough to print grey in black and white; the '!' text says it too
NAME, BUDGET, ACTUAL, DIFFERENCE, PERCENT, NOTE = range(1, 7)
LETTER = {NAME: "A", BUDGET: "B", ACTUAL: "C", DIFFERENCE: "D", PERCENT: "E", NOTE: "F"}


def write_realisation_workbook(plan: Plan, report: YearRealisation, path: str | os.PathLike[str], *,
                               lang: str = "nl", today: date | None = None) -> Path:
    """Write the verantwoording of ``report`` (core's ``realisation_report``) to ``path``, complete or not at
    all; ``ExportError`` for a target that cannot be written."""
    content = report_content(plan, report, lang=lang, today=today)
    workbook = build_realisation_workbook(plan, content, lang=lang)
    return write_bytes_atomically(path, workbook_bytes(workbook))


def build_realisation_workbook(plan: Plan, content: ReportContent, *, lang: str) -> Workbook:
    from openpyxl import Workbook
    from openpyxl.workbook.defined_name import DefinedName

    wb = Workbook()
    _register_styles(wb)
    _register_report_styles(wb)
    ws = wb.active
    ws.title = rword(lang, "sheet", year=content.year)
    sheet = _ReportSheet(ws, plan, lang, content)
    sheet.write()
    for name, cell in sheet.names.items():
        wb.defined_names[name] = DefinedName(name, attr_text=f"{_quoted(ws.title)}!{cell}")
    props = wb.properties
    props.title = f"{content.title} — {content.scope}"
    props.subject = plan.organisation.name
    props.creator = plan.organisation.name
    props.description = f"{plan.organisation.name}: {content.title}"
    props.language = "en-GB" if lang == "en" else "nl-NL"
    props.lastModifiedBy = "Dekkingsplan"
    return wb


def _register_report_styles(wb: Workbook) -> None:
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="808080")
    light = PatternFill("solid", fgColor="F3F4F6")
    flag = PatternFill("solid", fgColor=FLAG_FILL)

    def style(name: str, *, number: str | None = None, bold: bool = False, italic: bool = False,
              colour: str = "000000", fill: PatternFill | None = None, top: bool = False, double: bool = False,
              wrap: bool = False, align: str | None = None) -> None:
        s = NamedStyle(name=name)
        s.font = Font(name="Calibri", size=10, bold=bold, italic=italic, color=colour)
        if number:
            s.number_format = number
        if fill is not None:
            s.fill = fill
        if top or double:
            s.border = Border(top=thin if top else Side(),
                              bottom=Side(style="double", color="404040") if double else Side())
        s.alignment = Alignment(horizontal=align or ("right" if number else None), vertical="top", wrap_text=wrap)
        wb.add_named_style(s)

    style("dp_percent", number=PERCENT_FORMAT)
    style("dp_sub_percent", number=PERCENT_FORMAT, bold=True, top=True)
    style("dp_total_percent", number=PERCENT_FORMAT, bold=True, fill=light, top=True, double=True)
    style("dp_flag_text", fill=flag, bold=True, wrap=True)
    style("dp_flag_amount", number=EURO_FORMAT, fill=flag, bold=True)
    style("dp_flag_percent", number=PERCENT_FORMAT, fill=flag, bold=True)
    style("dp_flag_note", fill=flag, bold=True, italic=True, colour="8B1A1A", wrap=True)
    style("dp_note_cell", wrap=True)
    style("dp_section", bold=True, colour="000000")


class _ReportSheet:
    """The one sheet: a header, the costs and the income by group, the result, the flag sentence, a footnote."""

    def __init__(self, ws: Any, plan: Plan, lang: str, content: ReportContent) -> None:
        self.ws, self.plan, self.lang, self.content = ws, plan, lang, content
        self.row = 1
        self.header_row = 0
        self.names: dict[str, str] = {}
        self.style_arrays: dict[str, Any] = {}
        rows = [r for s in (content.costs, content.income) for g in s.groups for r in g.rows]
        largest = max([abs(content.costs.budget), abs(content.costs.actual), abs(content.income.budget),
                       abs(content.income.actual), *(abs(r.budget) for r in rows)])
        amount_width = max(13, len(format_amount(largest, "nl")) + 3)
        name_width = min(max([30, *(len(r.name) + 2 for r in rows)]), 44)
        note_width = 46 if any(r.note for r in rows) else 30
        self.widths = {NAME: name_width, BUDGET: amount_width, ACTUAL: amount_width, DIFFERENCE: amount_width,
                       PERCENT: 9, NOTE: note_width}

    # -- cells -----------------------------------------------------------------------------------------------

    def _style(self, cell: Any, name: str) -> None:
        # the named style's array looked up once and copied, as workbook.py does: most of a large sheet's time
        array = self.style_arrays.get(name)
        if array is None:
            from openpyxl.cell import Cell

            probe = Cell(self.ws)
            probe.style = name
            array = self.style_arrays[name] = probe._style
        cell._style = copy(array)

    def _cell(self, col: int, value: Any = None, style: str = "dp_text") -> Any:
        cell = self.ws.cell(row=self.row, column=col)
        if isinstance(value, str) and not isinstance(value, Formula):
            cell.value = value
            if value.startswith(FORMULA_START):  # text, never a formula
                cell.data_type = "s"
                cell.quotePrefix = True
        elif value is not None:
            cell.value = str(value) if isinstance(value, Formula) else value
        self._style(cell, style)
        return cell

    def _merged_text(self, text: str, style: str) -> None:
        from openpyxl.worksheet.cell_range import CellRange

        self._cell(NAME, text, style)
        self.ws.merged_cells.add(CellRange(min_col=NAME, min_row=self.row, max_col=NOTE, max_row=self.row))
        chars_per_line = max(20, int(sum(self.widths.values()) * CHARS_PER_WIDTH))
        lines = sum(max(1, math.ceil(len(part) / chars_per_line)) for part in text.split("\n"))
        self.ws.row_dimensions[self.row].height = lines * 13 + 2

    # -- parts -----------------------------------------------------------------------------------------------

    def write(self) -> None:
        for col, width in self.widths.items():
            self.ws.column_dimensions[LETTER[col]].width = width
        self._header()
        cost_total = self._section(self.content.costs)
        self.row += 1
        income_total = self._section(self.content.income)
        self.row += 1
        self._result(cost_total, income_total)
        self.row += 1
        self._merged_text(self.content.flag_sentence, "dp_group" if self.content.flagged else "dp_text")
        self.row += 1
        self._merged_text(self.content.footnote, "dp_muted_wrap")
        self.row += 1
        self._finish()

    def _header(self) -> None:
        org = self.plan.organisation
        self._cell(NAME, org.name, "dp_title")
        self.ws.row_dimensions[self.row].height = 20
        self.row += 1
        for line in organisation_lines(org, self.lang):
            self._cell(NAME, line, "dp_small")
            self.row += 1
        self.row += 1
        self._cell(NAME, self.content.title, "dp_heading")
        self.ws.row_dimensions[self.row].height = 17
        self.row += 1
        self._cell(NAME, self.content.scope, "dp_text")
        self.row += 1
        self._cell(NAME, self.content.made_on, "dp_small")
        self.row += 2
        self.header_row = self.row
        lang = self.lang
        self._cell(NAME, rword(lang, "col_name"), "dp_col")
        for col, key in ((BUDGET, "col_budget"), (ACTUAL, "col_actual"), (DIFFERENCE, "col_difference"),
                         (PERCENT, "col_percent")):
            self._cell(col, rword(lang, key), "dp_col_right")
        self._cell(NOTE, rword(lang, "col_note"), "dp_col")
        self.row += 1

    def _line(self, r: ReportRow) -> None:
        n = self.row
        flagged = r.flagged
        text_style = "dp_flag_text" if flagged else "dp_text"
        amount_style = "dp_flag_amount" if flagged else "dp_amount"
        if r.note:
            note, note_style = r.note, ("dp_flag_note" if flagged else "dp_note_cell")
        elif flagged:
            note, note_style = f"{rword(self.lang, 'flag_short')} {rword(self.lang, 'flag')}", "dp_flag_note"
        elif r.actual is None:
            note, note_style = rword(self.lang, "not_recorded"), "dp_muted"
        else:
            note, note_style = None, "dp_text"
        long_name = len(r.name) > self.widths[NAME] * CHARS_PER_WIDTH
        self._cell(NAME, r.name, "dp_text_wrap" if long_name and not flagged else text_style)
        self._cell(BUDGET, cents_to_decimal(r.budget), amount_style)
        self._cell(ACTUAL, None if r.actual is None else cents_to_decimal(r.actual), amount_style)
        self._cell(DIFFERENCE, Formula(f"=IF(ISNUMBER(C{n}),C{n}-B{n},\"\")"), amount_style)
        self._cell(PERCENT, Formula(f"=IF(AND(ISNUMBER(C{n}),B{n}<>0),D{n}/B{n},\"\")"),
                   "dp_flag_percent" if flagged else "dp_percent")
        self._cell(NOTE, note, note_style)
        lines = max(math.ceil(len(r.name) / (self.widths[NAME] * CHARS_PER_WIDTH)),
                    math.ceil(len(note or "") / (self.widths[NOTE] * CHARS_PER_WIDTH)), 1)
        if lines > 1:
            self.ws.row_dimensions[n].height = lines * (ROW_HEIGHT - 1) + 1
        self.row += 1

    def _sums(self, label: str, budget: str, actual: str, kind: str, *, actual_name: str | None = None,
              budget_name: str | None = None, percent: bool = True) -> int:
        """A row of formulas: budget and actual given, difference and % derived. ``kind`` is sub or total."""
        n = self.row
        self._cell(NAME, label, f"dp_{kind}_text")
        self._cell(BUDGET, Formula(budget), f"dp_{kind}_amount")
        self._cell(ACTUAL, Formula(actual), f"dp_{kind}_amount")
        self._cell(DIFFERENCE, Formula(f"=C{n}-B{n}"), f"dp_{kind}_amount")
        self._cell(PERCENT, Formula(f"=IF(B{n}<>0,D{n}/B{n},\"\")") if percent else None, f"dp_{kind}_percent")
        self._cell(NOTE, None, f"dp_{kind}_text")
        if budget_name:
            self.names[budget_name] = f"$B${n}"
        if actual_name:
            self.names[actual_name] = f"$C${n}"
        self.row += 1
        return n

    def _section(self, section: ReportSection) -> int:
        """A section's title, its groups with subtotals and its total; returns the total's row."""
        self._cell(NAME, section.title, "dp_heading")
        self.ws.row_dimensions[self.row].height = 17
        self.row += 1
        subtotals = []
        for group in section.groups:
            self._cell(NAME, group.title, "dp_group")
            self.row += 1
            first = self.row
            for r in group.rows:
                self._line(r)
            last = self.row - 1
            subtotals.append(self._sums(rword(self.lang, "subtotal", what=group.title.lower()),
                                        f"=SUM(B{first}:B{last})", f"=SUM(C{first}:C{last})", "sub"))
            self.row += 1
        if not subtotals:
            self._cell(NAME, f"– {section.empty_text} –", "dp_muted")
            subtotals = [self.row]
            self.row += 1
        return self._sums(section.total_label, "=" + "+".join(f"B{r}" for r in subtotals),
                          "=" + "+".join(f"C{r}" for r in subtotals), "total",
                          budget_name=section.budget_name, actual_name=section.actual_name)

    def _result(self, cost_total: int, income_total: int) -> None:
        self._sums(rword(self.lang, "result"), f"=B{income_total}-B{cost_total}", f"=C{income_total}-C{cost_total}",
                   "total", actual_name=WERKELIJK_SALDO, percent=False)  # % of a negative balance misleads

    def _finish(self) -> None:
        ws = self.ws
        ws.freeze_panes = f"B{self.header_row + 1}"
        ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        ws.print_area = f"A1:F{self.row - 1}"
        setup = ws.page_setup
        setup.paperSize = ws.PAPERSIZE_A4
        setup.orientation = "landscape" if sum(self.widths.values()) > 110 else "portrait"
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = 0.6
        ws.page_margins.bottom = 0.75
        ws.page_margins.header = ws.page_margins.footer = 0.3
        ws.print_options.gridLines = False
        org = self.plan.organisation.name.replace("&", "&&")
        ws.oddFooter.left.text = f"{org} — {ws.title.replace('&', '&&')}"
        ws.oddFooter.left.size = 8
        ws.oddFooter.right.text = rword(self.lang, "page")
        ws.oddFooter.right.size = 8
        ws.sheet_view.showGridLines = False
        ws.sheet_format.defaultRowHeight = ROW_HEIGHT
        ws.sheet_format.customHeight = True
