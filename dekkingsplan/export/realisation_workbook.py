"""The verantwoording as a workbook: per line budget, actual, difference, % and explanation, with live formulas.

DESIGN.md, "Realisation". The rows come from ``realisation_rows``; this module lays them out in the funder's
workbook's style (named styles, euro format, A4 print setup that fits the width, repeated header row, page
numbers). Every difference, percentage, subtotal, total and the result is a formula; the five defined names
point at the grand totals.
"""

from __future__ import annotations

import math
import os
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from dekkingsplan.core.model import Plan
from dekkingsplan.core.money import cents_to_decimal, format_amount
from dekkingsplan.core.realisation import YearRealisation
from dekkingsplan.export.files import workbook_bytes, write_bytes_atomically
from dekkingsplan.export.realisation_rows import (
    WERKELIJK_SALDO,
    ReportContent,
    ReportRow,
    ReportSection,
    report_content,
    rword,
)
from dekkingsplan.export.sheet_cells import (
    CHARS_PER_WIDTH,
    EURO_FORMAT,
    LIGHT,
    ROW_HEIGHT,
    Formula,
    SheetWriter,
    add_style,
    define_name,
    register_styles,
    set_properties,
)

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
    wb = Workbook()
    register_styles(wb)
    _register_report_styles(wb)
    ws = wb.active
    ws.title = rword(lang, "sheet", year=content.year)
    sheet = _ReportSheet(ws, plan, lang, content)
    sheet.write()
    for name, cell in sheet.names.items():
        define_name(wb, name, ws, cell)
    set_properties(wb, organisation=plan.organisation.name, title=f"{content.title} — {content.scope}", lang=lang,
                   description=f"{plan.organisation.name}: {content.title}")
    return wb


def _register_report_styles(wb: Workbook) -> None:
    """The verantwoording's own styles beside the house styles: percentages, and the flagged lines' fill."""
    flag = PatternFill("solid", fgColor=FLAG_FILL)
    add_style(wb, "dp_percent", number=PERCENT_FORMAT)
    add_style(wb, "dp_sub_percent", number=PERCENT_FORMAT, bold=True, top=True)
    add_style(wb, "dp_total_percent", number=PERCENT_FORMAT, bold=True, fill=LIGHT, top=True, double=True)
    add_style(wb, "dp_flag_text", fill=flag, bold=True, wrap=True)
    add_style(wb, "dp_flag_amount", number=EURO_FORMAT, fill=flag, bold=True)
    add_style(wb, "dp_flag_percent", number=PERCENT_FORMAT, fill=flag, bold=True)
    add_style(wb, "dp_flag_note", fill=flag, bold=True, italic=True, colour="8B1A1A", wrap=True)
    add_style(wb, "dp_note_cell", wrap=True)
    add_style(wb, "dp_section", bold=True, colour="000000")


class _ReportSheet(SheetWriter):
    """The one sheet: a header, the costs and the income by group, the result, the flag sentence, a footnote."""

    def __init__(self, ws: Worksheet, plan: Plan, lang: str, content: ReportContent) -> None:
        super().__init__(ws)
        self.plan, self.lang, self.content = plan, lang, content
        self.names: dict[str, str] = {}
        rows = [r for s in (content.costs, content.income) for g in s.groups for r in g.rows]
        largest = max([abs(content.costs.budget), abs(content.costs.actual), abs(content.income.budget),
                       abs(content.income.actual), *(abs(r.budget) for r in rows)])
        amount_width = max(13, len(format_amount(largest, "nl")) + 3)
        name_width = min(max([30, *(len(r.name) + 2 for r in rows)]), 44)
        note_width = 46 if any(r.note for r in rows) else 30
        self.widths = {NAME: name_width, BUDGET: amount_width, ACTUAL: amount_width, DIFFERENCE: amount_width,
                       PERCENT: 9, NOTE: note_width}

    def _merged_text(self, text: str, style: str) -> None:
        self.merged_text(text, style, first_col=NAME, last_col=NOTE, width=sum(self.widths.values()))

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
        self.heading(self.plan.organisation, self.lang, self.content.title)
        self.cell(NAME, self.content.scope, "dp_text")
        self.row += 1
        self.cell(NAME, self.content.made_on, "dp_small")
        self.row += 2
        self.header_row = self.row
        lang = self.lang
        self.cell(NAME, rword(lang, "col_name"), "dp_col")
        for col, key in ((BUDGET, "col_budget"), (ACTUAL, "col_actual"), (DIFFERENCE, "col_difference"),
                         (PERCENT, "col_percent")):
            self.cell(col, rword(lang, key), "dp_col_right")
        self.cell(NOTE, rword(lang, "col_note"), "dp_col")
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
        self.cell(NAME, r.name, "dp_text_wrap" if long_name and not flagged else text_style)
        self.cell(BUDGET, cents_to_decimal(r.budget), amount_style)
        self.cell(ACTUAL, None if r.actual is None else cents_to_decimal(r.actual), amount_style)
        self.cell(DIFFERENCE, Formula(f"=IF(ISNUMBER(C{n}),C{n}-B{n},\"\")"), amount_style)
        self.cell(PERCENT, Formula(f"=IF(AND(ISNUMBER(C{n}),B{n}<>0),D{n}/B{n},\"\")"),
                   "dp_flag_percent" if flagged else "dp_percent")
        self.cell(NOTE, note, note_style)
        lines = max(math.ceil(len(r.name) / (self.widths[NAME] * CHARS_PER_WIDTH)),
                    math.ceil(len(note or "") / (self.widths[NOTE] * CHARS_PER_WIDTH)), 1)
        if lines > 1:
            self.ws.row_dimensions[n].height = lines * (ROW_HEIGHT - 1) + 1
        self.row += 1

    def _sums(self, label: str, budget: str, actual: str, kind: str, *, actual_name: str | None = None,
              budget_name: str | None = None, percent: bool = True) -> int:
        """A row of formulas: budget and actual given, difference and % derived. ``kind`` is sub or total."""
        n = self.row
        self.cell(NAME, label, f"dp_{kind}_text")
        self.cell(BUDGET, Formula(budget), f"dp_{kind}_amount")
        self.cell(ACTUAL, Formula(actual), f"dp_{kind}_amount")
        self.cell(DIFFERENCE, Formula(f"=C{n}-B{n}"), f"dp_{kind}_amount")
        self.cell(PERCENT, Formula(f"=IF(B{n}<>0,D{n}/B{n},\"\")") if percent else None, f"dp_{kind}_percent")
        self.cell(NOTE, None, f"dp_{kind}_text")
        if budget_name:
            self.names[budget_name] = f"$B${n}"
        if actual_name:
            self.names[actual_name] = f"$C${n}"
        self.row += 1
        return n

    def _section(self, section: ReportSection) -> int:
        """A section's title, its groups with subtotals and its total; returns the total's row."""
        self.cell(NAME, section.title, "dp_heading")
        self.ws.row_dimensions[self.row].height = 17
        self.row += 1
        subtotals = []
        for group in section.groups:
            self.cell(NAME, group.title, "dp_group")
            self.row += 1
            first = self.row
            for r in group.rows:
                self._line(r)
            last = self.row - 1
            subtotals.append(self._sums(rword(self.lang, "subtotal", what=group.title.lower()),
                                        f"=SUM(B{first}:B{last})", f"=SUM(C{first}:C{last})", "sub"))
            self.row += 1
        if not subtotals:
            self.cell(NAME, f"– {section.empty_text} –", "dp_muted")
            subtotals = [self.row]
            self.row += 1
        return self._sums(section.total_label, "=" + "+".join(f"B{r}" for r in subtotals),
                          "=" + "+".join(f"C{r}" for r in subtotals), "total",
                          budget_name=section.budget_name, actual_name=section.actual_name)

    def _result(self, cost_total: int, income_total: int) -> None:
        self._sums(rword(self.lang, "result"), f"=B{income_total}-B{cost_total}", f"=C{income_total}-C{cost_total}",
                   "total", actual_name=WERKELIJK_SALDO, percent=False)  # % of a negative balance misleads

    def _finish(self) -> None:
        self.print_setup(organisation=self.plan.organisation.name, last_col=LETTER[NOTE],
                         orientation="landscape" if sum(self.widths.values()) > 110 else "portrait",
                         page_word=rword(self.lang, "page"))
