"""The funder's workbook: sheets Begroting and Dekkingsplan with live formulas, euro formats and A4 print setup.

DESIGN.md, "The funder's workbook". The rows come from ``sheet_rows``; this module only lays them out.
Amounts enter the cells as exact decimals (cents / 100) and every subtotal and total is a formula.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from dekkingsplan.core.model import Plan
from dekkingsplan.core.money import Cents, cents_to_decimal, format_amount
from dekkingsplan.export.files import workbook_bytes, write_bytes_atomically
from dekkingsplan.export.labels import long_date, word, year_span
from dekkingsplan.export.scope import check_application, check_project, check_years
from dekkingsplan.export.sheet_cells import (
    CHARS_PER_WIDTH,
    ROW_HEIGHT,
    Formula,
    SheetWriter,
    define_name,
    quoted,
    register_styles,
    set_properties,
)
from dekkingsplan.export.sheet_layout import PRINT_HEIGHT_PT, fit_columns, page_breaks
from dekkingsplan.export.sheet_rows import (
    DEKKING_TOTAAL,
    KOSTEN_TOTAAL,
    TEKORT,
    Group,
    SheetContent,
    budget_content,
    coverage_content,
)
from dekkingsplan.export.workbook_application import (
    asked_and_own_rows,
    contingency_row,
    gap_after_commitments_row,
    scope_lines,
    with_contingency,
)


def write_workbook(plan: Plan, path: str | os.PathLike[str], *, project: str | None = None,
                   years: range | tuple[int, int] | None = None, lang: str = "nl",
                   include_rejected: bool = True, today: date | None = None, funder: str | None = None,
                   contingency: Decimal | str | None = None) -> Path:
    """Write the funder's workbook to ``path`` (complete or not at all); ``ExportError`` for a bad project,
    bad years, an unknown funder, a contingency outside 0–15 % or a target that cannot be written. With
    ``funder`` it is the application version: what is asked of that funder and the organisation's own part."""
    check_project(plan, project)
    shown = check_years(plan, years)
    funder, pct = check_application(plan, funder, contingency)
    workbook = build_workbook(plan, project=project, years=shown, lang=lang,
                              include_rejected=include_rejected, today=today or date.today(), funder=funder,
                              contingency=pct)
    return write_bytes_atomically(path, workbook_bytes(workbook))


def build_workbook(plan: Plan, *, project: str | None, years: range, lang: str, include_rejected: bool,
                   today: date, funder: str | None = None, contingency: Decimal | None = None) -> Workbook:
    budget = budget_content(plan, project=project, years=years, lang=lang)
    coverage = coverage_content(plan, project=project, years=years, lang=lang,
                                include_rejected=include_rejected, funder=funder)
    wb = Workbook()
    register_styles(wb)
    span = year_span(years[0], years[-1])
    project_name = plan.project(project).name if project else None  # type: ignore[union-attr]

    ws_budget = wb.active
    ws_budget.title = word(lang, "sheet_budget")
    budget_sheet = Sheet(ws_budget, plan, lang, list(years), [word(lang, "col_spec")], budget)
    budget_sheet.application(project, funder, contingency)
    budget_sheet.header(word(lang, "title_budget", years=span), project_name, today)
    cost_total_row = budget_sheet.body(budget, [(word(lang, "total_costs"), KOSTEN_TOTAAL)],
                                       word(lang, "footnote_budget") if budget.in_kind else None,
                                       word(lang, "no_costs"))

    ws_cov = wb.create_sheet(word(lang, "sheet_coverage"))
    headers = [word(lang, "col_funder"), word(lang, "col_type")]
    if coverage.with_specification:
        headers.append(word(lang, "col_spec"))
    cov_sheet = Sheet(ws_cov, plan, lang, list(years), headers, coverage)
    cov_sheet.application(project, funder, contingency)
    # a surplus is said in words (never a negative shortfall); the amounts then need room for the word
    costs = with_contingency(budget.counted(), contingency)
    differences = [costs[y] - coverage.counted()[y] for y in years]
    differences += [costs[y] - coverage.counted(coverage.groups[:1])[y] for y in years]
    cov_sheet.signed_words = any(d < 0 for d in (*differences, sum(differences[:len(years)]),
                                                 sum(differences[len(years):])))
    cov_sheet.header(word(lang, "title_coverage", years=span), project_name, today)
    cov_sheet.coverage_body(coverage, budget_sheet, cost_total_row)

    for name, (sheet, cell) in {**budget_sheet.names, **cov_sheet.names}.items():
        define_name(wb, name, sheet.ws, cell)
    set_properties(wb, organisation=plan.organisation.name,
                   title=word(lang, "doc_title", years=span) + (f" — {project_name}" if project_name else ""),
                   lang=lang, keywords=f"{word(lang, 'doc_keywords')}; {plan.organisation.name}")
    return wb


def _all_groups(content: SheetContent) -> list[Group]:
    return [*content.groups, *(g for g in (content.in_kind, content.rejected) if g is not None)]


def _euros(cents: Cents) -> Any:
    return cents_to_decimal(cents)


class Sheet(SheetWriter):
    """One sheet being written: a name column, some text columns, a column per year and a total column."""

    def __init__(self, ws: Worksheet, plan: Plan, lang: str, years: list[int], text_headers: list[str],
                 content: SheetContent) -> None:
        super().__init__(ws)
        self.plan, self.lang, self.years = plan, lang, years
        self.text_headers = text_headers
        self.first_year_col = 2 + len(text_headers)
        self.total_col = self.first_year_col + len(years)
        self.letter = {c: get_column_letter(c) for c in range(1, self.total_col + 1)}
        self.column = {letter: c for c, letter in self.letter.items()}
        self.names: dict[str, tuple[Sheet, str]] = {}
        rows = [r for g in _all_groups(content) for r in g.rows]
        self.line_names = [r.name for r in rows]
        # the largest figure the sheet shows is one of its totals (the grand total, in kind, rejected)
        self.largest = max(sum(v for r in g.rows for v in r.values.values()) for g in
                           [Group("", [r for g in content.groups for r in g.rows]), *_all_groups(content)])
        self.text_values = [[r.texts[i] for r in rows] for i in range(len(text_headers))]
        self.widths: dict[int, float] = {}
        self.signed_words = False  # whether a difference row may say "overschot": wider amount columns
        self.year_words = True  # whether the year columns say it too (else only the total column)
        self.orientation, self.scale = "portrait", 1.0
        self.breakable: set[int] = set()  # rows a page may start with: the start of a block
        self.first_block = 0
        self.project: str | None = None
        self.funder: str | None = None
        self.contingency: Decimal | None = None
        self.asked_rows: list[int] = []
        self.own_rows: list[int] = []

    # -- helpers ---------------------------------------------------------------------------------------------

    def _merged_text(self, text: str, style: str, *, first_col: int = 1, size: float = 10) -> None:
        """Text across the printed width, wrapped, with a row height that shows all of it."""
        width = sum(self.widths.get(c, 10) for c in range(first_col, self.total_col + 1))
        self.merged_text(text, style, first_col=first_col, last_col=self.total_col, width=width, size=size)

    def mark(self, name: str | None, col: int) -> None:
        if name:
            self.names[name] = (self, f"${self.letter[col]}${self.row}")

    # -- parts -----------------------------------------------------------------------------------------------

    def application(self, project: str | None, funder: str | None, contingency: Decimal | None) -> None:
        """Make this the application version: to ``funder``, with a contingency on the costs."""
        self.project, self.funder, self.contingency = project, funder, contingency

    def header(self, title: str, project_name: str | None, today: date) -> None:
        self._set_widths()
        self.heading(self.plan.organisation, self.lang, title)
        scope_lines(self, project_name)
        self.cell(1, f"{word(self.lang, 'made_on', date=long_date(today, self.lang))} · "
                      f"{word(self.lang, 'amounts_in')}", "dp_small")
        self.row += 2
        self.header_row = self.row
        self.first_block = self.row + 1
        self.cell(1, word(self.lang, "col_name"), "dp_col")
        for i, text in enumerate(self.text_headers):
            self.cell(2 + i, text, "dp_col")
        for col, year in zip(range(self.first_year_col, self.total_col), self.years, strict=True):
            self.cell(col, str(year), "dp_col_right")
        self.cell(self.total_col, word(self.lang, "col_total"), "dp_col_right")
        self.row += 1

    def _line(self, name: str, texts: Iterable[str], values: dict[int, Cents], *, muted: bool = False,
              placeholder: bool = False, highlight: bool = False) -> None:
        text_style = "dp_muted" if muted else "dp_asked" if highlight else "dp_text"
        amount_style = "dp_muted_amount" if muted else "dp_asked_amount" if highlight else "dp_amount"
        lines = 1
        for col, text in enumerate((name, *texts), start=1):
            if not text:
                continue
            # text wider than its column wraps, and the row grows to show all of it
            needed = math.ceil(len(text) / (self.widths[col] * CHARS_PER_WIDTH))
            lines = max(lines, needed)
            self.cell(col, text, (text_style + "_wrap") if needed > 1 else text_style)
        if lines > 1:
            self.ws.row_dimensions[self.row].height = lines * (ROW_HEIGHT - 1) + 1
        for col, year in zip(range(self.first_year_col, self.total_col), self.years, strict=True):
            value = values.get(year)
            if value is not None:  # a year without a value stays an empty cell
                self.cell(col, _euros(value), amount_style)
            elif highlight:  # empty, but the highlighted row runs through
                self.cell(col, None, amount_style)
        if not placeholder:
            first, last = self.letter[self.first_year_col], self.letter[self.total_col - 1]
            self.cell(self.total_col, Formula(f"=SUM({first}{self.row}:{last}{self.row})"), amount_style)
        self.row += 1

    def sum_row(self, label: str, column_formula: Any, style_text: str, style_amount: str,
                 defined_name: str | None = None) -> int:
        """A row whose year cells hold ``column_formula(column letter)`` and whose total sums the years."""
        self.cell(1, label, style_text)
        for col in range(2, self.first_year_col):
            self.cell(col, None, style_text)
        for col in range(self.first_year_col, self.total_col):
            self.cell(col, Formula(column_formula(self.letter[col])), style_amount)
        first, last = self.letter[self.first_year_col], self.letter[self.total_col - 1]
        self.cell(self.total_col, Formula(f"=SUM({first}{self.row}:{last}{self.row})"), style_amount)
        self.mark(defined_name, self.total_col)
        row = self.row
        self.row += 1
        return row

    def group(self, group: Group) -> int | None:
        """A titled block of lines with its subtotal row; returns the subtotal's row (None without one)."""
        if self.row > self.first_block:  # the first block stays with the sheet's heading
            self.breakable.add(self.row)
        self.cell(1, group.title, "dp_group")
        self.row += 1
        first = self.row
        muted = group.subtotal is None
        for r in group.rows:
            if r.asked and self.funder and not muted:
                self.asked_rows.append(self.row)
            if r.own and self.funder and not muted:
                self.own_rows.append(self.row)
            self._line(r.name, r.texts, r.values, muted=muted,
                       highlight=r.asked and bool(self.funder) and not muted)
        if not group.rows:
            self._line(f"– {group.empty_text} –", (), {}, muted=True, placeholder=True)
        last = self.row - 1
        subtotal = None
        if group.subtotal is not None:
            subtotal = self.sum_row(group.subtotal, lambda c: f"=SUM({c}{first}:{c}{last})",
                                     "dp_sub_text", "dp_sub_amount", group.defined_name)
        self.row += 1
        return subtotal

    def body(self, content: SheetContent, totals: list[tuple[str, str]], footnote: str | None,
             empty_text: str) -> int:
        """The budget: category groups, the grand total, then in-kind lines and notes. Returns the total row."""
        subtotal_rows = [r for g in content.groups if (r := self.group(g)) is not None]
        if not subtotal_rows:
            self._line(f"– {empty_text} –", (), {}, muted=True, placeholder=True)
            subtotal_rows = [self.row - 1]
            self.row += 1
        if self.contingency is not None:
            subtotal_rows.append(contingency_row(self, subtotal_rows))
        label, name = totals[0]
        total_row = self.sum_row(label, lambda c: "=" + "+".join(f"{c}{r}" for r in subtotal_rows),
                                  "dp_total_text", "dp_total_amount", name)
        self.row += 1
        self._tail(content, footnote)
        return total_row

    def coverage_body(self, content: SheetContent, budget: Sheet, cost_total_row: int) -> None:
        """The coverage: status groups, total coverage, total costs from the budget, the gap, then the rest."""
        subtotal_rows = [r for g in content.groups if (r := self.group(g)) is not None]
        coverage_row = self.sum_row(word(self.lang, "total_coverage"),
                                     lambda c: "=" + "+".join(f"{c}{r}" for r in subtotal_rows),
                                     "dp_sub_text", "dp_sub_amount", DEKKING_TOTAAL)
        budget_ref = quoted(budget.ws.title)
        offset = budget.first_year_col - self.first_year_col
        costs_row = self.sum_row(
            word(self.lang, "total_costs_ref"),
            lambda c: f"={budget_ref}!{budget.letter[self.column[c] + offset]}{cost_total_row}",
            "dp_text", "dp_amount")
        self.difference_row("gap", "surplus", lambda c: f"={c}{costs_row}-{c}{coverage_row}",
                             f"={KOSTEN_TOTAAL}-{DEKKING_TOTAAL}", TEKORT)
        gap_after_commitments_row(self, costs_row, committed_row=subtotal_rows[0])
        self.row += 1
        if self.funder:
            asked_and_own_rows(self)
        footnote = word(self.lang, "footnote_coverage")
        if self.signed_words and not self.year_words:
            footnote += " " + word(self.lang, "footnote_year_surplus")
        self._tail(content, footnote)

    def difference_row(self, gap_key: str, surplus_key: str, column_formula: Any, total_formula: str,
                        defined_name: str) -> None:
        """Costs less coverage, said as a shortfall, or as a surplus when the total is negative: the label is a
        formula on the total and a negative amount shows as its size with the word, never with a minus."""
        row = self.sum_row(word(self.lang, gap_key), column_formula, "dp_total_text", "dp_total_amount", None)
        total = f"${self.letter[self.total_col]}${row}"
        # the grand total is the difference of the two grand totals, exactly as its name promises
        self.ws.cell(row=row, column=self.total_col).value = total_formula
        self.names[defined_name] = (self, total)
        gap, surplus = word(self.lang, gap_key), word(self.lang, surplus_key)
        self.ws.cell(row=row, column=1).value = f'=IF({total}<0,"{surplus}","{gap}")'
        # the word instead of the euro sign keeps the column narrow; the header says the amounts are in euros
        short, over = word(self.lang, "shortfall_word"), word(self.lang, "surplus_word")
        words = f'"{short} "#,##0.00;"{over} "#,##0.00;[$€-413] #,##0.00'
        for col in range(self.first_year_col, self.total_col + 1):
            if col == self.total_col or self.year_words:
                self.ws.cell(row=row, column=col).number_format = words if self.signed_words else (
                    f'[$€-413] #,##0.00;"{over} "#,##0.00')

    def _tail(self, content: SheetContent, footnote: str | None) -> None:
        for extra in (content.in_kind, content.rejected):
            if extra is not None:
                self.group(extra)
        if content.notes:
            self.breakable.add(self.row)
            self.cell(1, word(self.lang, "notes"), "dp_group")
            self.row += 1
            for name, note in content.notes:
                self.cell(1, name, "dp_note_name")
                self._merged_text(note, "dp_note", first_col=2)
                name_lines = math.ceil(len(name) / max(10, self.widths.get(1, 30) * CHARS_PER_WIDTH))
                current = self.ws.row_dimensions[self.row].height or 0
                self.ws.row_dimensions[self.row].height = max(current, name_lines * 10 * 1.3 + 2)
                self.row += 1
            self.row += 1
        if footnote:
            self._merged_text(footnote, "dp_muted_wrap", size=10)
            self.row += 1
        self._finish()

    # -- columns and printing ----------------------------------------------------------------------------------

    def _set_widths(self) -> None:
        ws = self.ws
        self.widths[1] = min(max([28, *(len(n) + 2 for n in self.line_names)]), 44)
        caps = [52] if len(self.text_headers) == 1 else [26, 30, 52]
        for i, (header, values) in enumerate(zip(self.text_headers, self.text_values, strict=True)):
            longest = max([len(header), *(len(v) for v in values)]) + 2
            self.widths[2 + i] = max(10, min(longest, caps[i]))
        # wide enough for the largest amount the sheet can show, with the euro sign (and "overschot")
        amount_width = max(12, len(format_amount(self.largest, "nl")) + 2)
        # "overschot 1.234,56" instead of "€ 1.234,56": in every amount column if the sheet then still prints
        # legibly, else only in the total column (a year's surplus then shows with a minus, as the footnote says)
        extra = len(word(self.lang, "surplus_word")) - 1 if self.signed_words else 0
        columns = range(1, self.total_col + 1)
        floors = [22 if c == 1 else (10 if c < self.first_year_col else None) for c in columns]
        for year_extra in (extra, 0):
            for col in range(self.first_year_col, self.total_col):
                self.widths[col] = amount_width + year_extra
            self.widths[self.total_col] = amount_width + 1 + extra
            fit = fit_columns([self.widths[c] for c in columns], floors)
            self.year_words = year_extra == extra
            if fit.legible:
                break
        self.orientation, self.scale = fit.orientation, fit.scale
        for col, width in zip(columns, fit.widths, strict=True):
            self.widths[col] = width
            ws.column_dimensions[self.letter[col]].width = width

    def _finish(self) -> None:
        last_row = self.row - 1
        self.print_setup(organisation=self.plan.organisation.name, last_col=self.letter[self.total_col],
                         orientation=self.orientation, page_word=word(self.lang, "page"))
        self._page_breaks(last_row)

    def _page_breaks(self, last_row: int) -> None:
        """Pages end only between blocks, so a total stays with its lines and the footnote with the last block."""
        heights = [self.ws.row_dimensions[r].height or ROW_HEIGHT for r in range(1, last_row + 1)]
        page = PRINT_HEIGHT_PT[self.orientation] / self.scale
        for row in page_breaks(heights, self.breakable, page_height=page, repeated=heights[self.header_row - 1]):
            self.ws.row_breaks.append(Break(id=row))
