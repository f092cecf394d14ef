"""The funder's workbook: sheets Begroting and Dekkingsplan with live formulas, euro formats and A4 print setup.

DESIGN.md, "The funder's workbook". The rows come from ``sheet_rows``; this module only lays them out.
Amounts enter the cells as exact decimals (cents / 100) and every subtotal and total is a formula.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable
from copy import copy
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dekkingsplan.core.model import Plan
from dekkingsplan.core.money import Cents, cents_to_decimal, format_amount
from dekkingsplan.export.files import ExportError, workbook_bytes, write_bytes_atomically
from dekkingsplan.export.labels import long_date, month_label, organisation_lines, word, year_span
from dekkingsplan.export.sheet_layout import PRINT_HEIGHT_PT, fit_columns, page_breaks
from dekkingsplan.export.sheet_rows import (
    DEKKING_TOEGEZEGD,
    DEKKING_TOTAAL,
    EIGEN_BIJDRAGE,
    GEVRAAGD,
    KOSTEN_TOTAAL,
    ONVOORZIEN,
    TEKORT,
    TEKORT_NA_TOEZEGGINGEN,
    Group,
    SheetContent,
    budget_content,
    coverage_content,
)

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

EURO_FORMAT = '[$€-413] #,##0.00;[$€-413] -#,##0.00'
FORMULA_START = ("=", "+", "-", "@")
_FONT = "Calibri"
# characters of 10-point text that fit in one unit of column width (a digit of the 11-point default font)
CHARS_PER_WIDTH = 1.25
ROW_HEIGHT = 13.5  # points, for 10-point text


def parse_year_range(text: str, plan: Plan) -> range:
    """``2026-2029`` (or a single ``2027``) as the years to show; they must lie within the plan, in order."""
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*", text)
    if not m:
        raise ExportError(f"'{text}' is not a range of years like {plan.first_year}-{plan.last_year}",
                          f"'{text}' is geen reeks jaren zoals {plan.first_year}-{plan.last_year}")
    first = int(m.group(1))
    last = int(m.group(2) or first)
    return check_years(plan, range(first, last + 1) if first <= last else (first, last))


def check_years(plan: Plan, years: range | tuple[int, int] | None) -> range:
    """The years to show: all of the plan's, or a run of them within the plan."""
    if years is None:
        return plan.years
    if isinstance(years, range):
        if years.step != 1 or len(years) == 0:
            raise ExportError("the years must run from the first to the last, one by one",
                              "de jaren moeten van het eerste naar het laatste lopen, één voor één")
        first, last = years[0], years[-1]
    else:
        first, last = years
    if first > last:
        raise ExportError(f"the years {first}-{last} run backwards; write {last}-{first}",
                          f"de jaren {first}-{last} lopen achteruit; schrijf {last}-{first}")
    if first < plan.first_year or last > plan.last_year:
        span = year_span(plan.first_year, plan.last_year)
        raise ExportError(f"the years {first}-{last} lie outside the plan ({span})",
                          f"de jaren {first}-{last} vallen buiten het plan ({span})")
    return range(first, last + 1)


def check_project(plan: Plan, project: str | None) -> None:
    if project is None or plan.project(project) is not None:
        return
    known = ", ".join(p.id for p in plan.projects)
    if known:
        raise ExportError(f"there is no project '{project}' (the plan has: {known})",
                          f"project '{project}' bestaat niet (het plan heeft: {known})")
    raise ExportError(f"there is no project '{project}' (the plan has no projects)",
                      f"project '{project}' bestaat niet (het plan heeft geen projecten)")


def check_application(plan: Plan, funder: str | None, contingency: Decimal | str | None
                      ) -> tuple[str | None, Decimal | None]:
    """The funder as the plan spells it and the contingency percentage; ``ExportError`` for either one wrong."""
    from dekkingsplan.core.application import ApplicationError, check_contingency, check_funder

    try:
        return check_funder(plan, funder), check_contingency(contingency)
    except ApplicationError as exc:
        raise ExportError(exc.en, exc.nl) from None


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
    from openpyxl import Workbook
    from openpyxl.workbook.defined_name import DefinedName

    from dekkingsplan.core.application import contingency as contingency_of

    budget = budget_content(plan, project=project, years=years, lang=lang)
    coverage = coverage_content(plan, project=project, years=years, lang=lang,
                                include_rejected=include_rejected, funder=funder)
    wb = Workbook()
    _register_styles(wb)
    span = year_span(years[0], years[-1])
    project_name = plan.project(project).name if project else None  # type: ignore[union-attr]

    ws_budget = wb.active
    ws_budget.title = word(lang, "sheet_budget")
    budget_sheet = _Sheet(ws_budget, plan, lang, list(years), [word(lang, "col_spec")], budget)
    budget_sheet.application(project, funder, contingency)
    budget_sheet.header(word(lang, "title_budget", years=span), project_name, today)
    cost_total_row = budget_sheet.body(budget, [(word(lang, "total_costs"), KOSTEN_TOTAAL)],
                                       word(lang, "footnote_budget") if budget.in_kind else None,
                                       word(lang, "no_costs"))

    ws_cov = wb.create_sheet(word(lang, "sheet_coverage"))
    headers = [word(lang, "col_funder"), word(lang, "col_type")]
    if coverage.with_specification:
        headers.append(word(lang, "col_spec"))
    cov_sheet = _Sheet(ws_cov, plan, lang, list(years), headers, coverage)
    cov_sheet.application(project, funder, contingency)
    # a surplus is said in words (never a negative shortfall); the amounts then need room for the word
    costs = budget.counted()
    if contingency:
        costs = {y: v + contingency_of(v, contingency) for y, v in costs.items()}
    differences = [costs[y] - coverage.counted()[y] for y in years]
    differences += [costs[y] - coverage.counted(coverage.groups[:1])[y] for y in years]
    cov_sheet.signed_words = any(d < 0 for d in (*differences, sum(differences[:len(years)]),
                                                 sum(differences[len(years):])))
    cov_sheet.header(word(lang, "title_coverage", years=span), project_name, today)
    cov_sheet.coverage_body(coverage, budget_sheet, cost_total_row)

    for name, (sheet, cell) in {**budget_sheet.names, **cov_sheet.names}.items():
        wb.defined_names[name] = DefinedName(name, attr_text=f"{_quoted(sheet.ws.title)}!{cell}")

    props = wb.properties
    props.title = word(lang, "doc_title", years=span) + (f" — {project_name}" if project_name else "")
    props.subject = plan.organisation.name
    props.creator = plan.organisation.name
    props.keywords = f"{word(lang, 'doc_keywords')}; {plan.organisation.name}"
    props.description = f"{plan.organisation.name}: {props.title}"
    props.language = "en-GB" if lang == "en" else "nl-NL"
    props.lastModifiedBy = "Dekkingsplan"
    return wb


def _all_groups(content: SheetContent) -> list[Group]:
    return [*content.groups, *(g for g in (content.in_kind, content.rejected) if g is not None)]


def _quoted(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _register_styles(wb: Workbook) -> None:
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="808080")
    grey = PatternFill("solid", fgColor="E7E9EC")
    light = PatternFill("solid", fgColor="F3F4F6")

    def style(name: str, *, amount: bool = False, bold: bool = False, italic: bool = False, size: float = 10,
              colour: str = "000000", fill: PatternFill | None = None, top: bool = False, bottom: bool = False,
              double: bool = False, align: str | None = None, wrap: bool = False) -> None:
        s = NamedStyle(name=name)
        s.font = Font(name=_FONT, size=size, bold=bold, italic=italic, color=colour)
        if amount:
            s.number_format = EURO_FORMAT
        if fill is not None:
            s.fill = fill
        if top or bottom or double:
            s.border = Border(top=thin if top else Side(),
                              bottom=Side(style="double", color="404040") if double else (thin if bottom else Side()))
        s.alignment = Alignment(horizontal=align or ("right" if amount else None), vertical="top", wrap_text=wrap)
        wb.add_named_style(s)

    style("dp_title", bold=True, size=14)
    style("dp_heading", bold=True, size=12)
    style("dp_small", size=10, colour="404040")
    style("dp_text")
    style("dp_amount", amount=True)
    style("dp_col", bold=True, fill=grey, bottom=True)
    style("dp_col_right", bold=True, fill=grey, bottom=True, align="right")
    style("dp_group", bold=True)
    style("dp_sub_text", bold=True, top=True)
    style("dp_sub_amount", amount=True, bold=True, top=True)
    style("dp_total_text", bold=True, fill=light, top=True, double=True)
    asked = PatternFill("solid", fgColor="FFF2CC")  # a pale yellow that prints as a light grey
    style("dp_asked", bold=True, fill=asked)
    style("dp_asked_amount", amount=True, bold=True, fill=asked)
    style("dp_asked_wrap", bold=True, fill=asked, wrap=True)
    style("dp_asked_total_text", bold=True, fill=asked, top=True, double=True)
    style("dp_asked_total_amount", amount=True, bold=True, fill=asked, top=True, double=True)
    style("dp_total_amount", amount=True, bold=True, fill=light, top=True, double=True)
    style("dp_text_wrap", wrap=True)
    style("dp_muted", italic=True, colour="595959")
    style("dp_muted_wrap", italic=True, colour="595959", wrap=True)
    style("dp_muted_amount", amount=True, italic=True, colour="595959")
    style("dp_note", wrap=True)
    style("dp_note_name", italic=True, wrap=True)


class Formula(str):
    """A cell formula (``=SUM(C8:C12)``); plain ``str`` values are always written as text."""


def _euros(cents: Cents) -> Any:
    return cents_to_decimal(cents)


class _Sheet:
    """One sheet being written: a name column, some text columns, a column per year and a total column."""

    def __init__(self, ws: Worksheet, plan: Plan, lang: str, years: list[int], text_headers: list[str],
                 content: SheetContent) -> None:
        from openpyxl.utils import get_column_letter

        self.ws, self.plan, self.lang, self.years = ws, plan, lang, years
        self.text_headers = text_headers
        self.first_year_col = 2 + len(text_headers)
        self.total_col = self.first_year_col + len(years)
        self.letter = {c: get_column_letter(c) for c in range(1, self.total_col + 1)}
        self.column = {letter: c for c, letter in self.letter.items()}
        self.row = 1
        self.header_row = 0
        self.names: dict[str, tuple[_Sheet, str]] = {}
        rows = [r for g in _all_groups(content) for r in g.rows]
        self.line_names = [r.name for r in rows]
        # the largest figure the sheet shows is one of its totals (the grand total, in kind, rejected)
        self.largest = max(sum(v for r in g.rows for v in r.values.values()) for g in
                           [Group("", [r for g in content.groups for r in g.rows]), *_all_groups(content)])
        self.text_values = [[r.texts[i] for r in rows] for i in range(len(text_headers))]
        self.widths: dict[int, float] = {}
        self.style_arrays: dict[str, Any] = {}
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

    def _style(self, cell: Any, name: str) -> None:
        # Looking a named style up for every cell is most of the time of a large workbook; the style's
        # array is looked up once and copied, as openpyxl itself does when it copies a worksheet.
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
            self._style(cell, style)
            if value.startswith(FORMULA_START):  # text, never a formula
                cell.data_type = "s"
                cell.quotePrefix = True
        else:
            if value is not None:
                cell.value = str(value) if isinstance(value, Formula) else value
            self._style(cell, style)
        return cell

    def _merged_text(self, text: str, style: str, *, first_col: int = 1, size: float = 10) -> None:
        """Text across the printed width, wrapped, with a row height that shows all of it."""
        from openpyxl.worksheet.cell_range import CellRange

        self._cell(first_col, text, style)
        if self.total_col > first_col:
            # the range alone: ws.merge_cells() would also restyle every covered cell, which costs most of
            # the time of a large workbook, and the covered cells are empty here anyway
            self.ws.merged_cells.add(CellRange(min_col=first_col, min_row=self.row, max_col=self.total_col,
                                               max_row=self.row))
        width = sum(self.widths.get(c, 10) for c in range(first_col, self.total_col + 1))
        chars_per_line = max(20, int(width * CHARS_PER_WIDTH))
        lines = sum(max(1, math.ceil(len(part) / chars_per_line)) for part in text.split("\n"))
        self.ws.row_dimensions[self.row].height = max(1, lines) * (size * 1.3) + 2

    def _mark(self, name: str | None, col: int) -> None:
        if name:
            self.names[name] = (self, f"${self.letter[col]}${self.row}")

    # -- parts -----------------------------------------------------------------------------------------------

    def application(self, project: str | None, funder: str | None, contingency: Decimal | None) -> None:
        """Make this the application version: to ``funder``, with a contingency on the costs."""
        self.project, self.funder, self.contingency = project, funder, contingency

    def header(self, title: str, project_name: str | None, today: date) -> None:
        self._set_widths()
        org = self.plan.organisation
        self._cell(1, org.name, "dp_title")
        self.ws.row_dimensions[self.row].height = 20
        self.row += 1
        for line in organisation_lines(org, self.lang):
            self._cell(1, line, "dp_small")
            self.row += 1
        self.row += 1
        self._cell(1, title, "dp_heading")
        self.ws.row_dimensions[self.row].height = 17
        self.row += 1
        scope = word(self.lang, "project", name=project_name) if project_name else word(self.lang, "whole_plan")
        if self.funder:
            scope = f"{word(self.lang, 'application_to', funder=self.funder)} · {scope}"
        self._cell(1, scope, "dp_text")
        self.row += 1
        if self.project:
            from dekkingsplan.core.application import project_period

            start, end = project_period(self.plan, self.project, range(self.years[0], self.years[-1] + 1))
            self._cell(1, word(self.lang, "period", start=month_label(start, self.lang),
                               end=month_label(end, self.lang)), "dp_text")
            self.row += 1
        vat = self.plan.organisation.vat
        if vat is not None:
            self._cell(1, word(self.lang, f"vat_{vat.value}"), "dp_text")
            self.row += 1
        self._cell(1, f"{word(self.lang, 'made_on', date=long_date(today, self.lang))} · "
                      f"{word(self.lang, 'amounts_in')}", "dp_small")
        self.row += 2
        self.header_row = self.row
        self.first_block = self.row + 1
        self._cell(1, word(self.lang, "col_name"), "dp_col")
        for i, text in enumerate(self.text_headers):
            self._cell(2 + i, text, "dp_col")
        for col, year in zip(range(self.first_year_col, self.total_col), self.years, strict=True):
            self._cell(col, str(year), "dp_col_right")
        self._cell(self.total_col, word(self.lang, "col_total"), "dp_col_right")
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
            self._cell(col, text, (text_style + "_wrap") if needed > 1 else text_style)
        if lines > 1:
            self.ws.row_dimensions[self.row].height = lines * (ROW_HEIGHT - 1) + 1
        for col, year in zip(range(self.first_year_col, self.total_col), self.years, strict=True):
            value = values.get(year)
            if value is not None:  # a year without a value stays an empty cell
                self._cell(col, _euros(value), amount_style)
            elif highlight:  # empty, but the highlighted row runs through
                self._cell(col, None, amount_style)
        if not placeholder:
            first, last = self.letter[self.first_year_col], self.letter[self.total_col - 1]
            self._cell(self.total_col, Formula(f"=SUM({first}{self.row}:{last}{self.row})"), amount_style)
        self.row += 1

    def _sum_row(self, label: str, column_formula: Any, style_text: str, style_amount: str,
                 defined_name: str | None = None) -> int:
        """A row whose year cells hold ``column_formula(column letter)`` and whose total sums the years."""
        self._cell(1, label, style_text)
        for col in range(2, self.first_year_col):
            self._cell(col, None, style_text)
        for col in range(self.first_year_col, self.total_col):
            self._cell(col, Formula(column_formula(self.letter[col])), style_amount)
        first, last = self.letter[self.first_year_col], self.letter[self.total_col - 1]
        self._cell(self.total_col, Formula(f"=SUM({first}{self.row}:{last}{self.row})"), style_amount)
        self._mark(defined_name, self.total_col)
        row = self.row
        self.row += 1
        return row

    def group(self, group: Group) -> int | None:
        """A titled block of lines with its subtotal row; returns the subtotal's row (None without one)."""
        if self.row > self.first_block:  # the first block stays with the sheet's heading
            self.breakable.add(self.row)
        self._cell(1, group.title, "dp_group")
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
            subtotal = self._sum_row(group.subtotal, lambda c: f"=SUM({c}{first}:{c}{last})",
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
            # onvoorzien: a percentage of the costs, rounded to cents in the sheet itself, counted in the total
            pct = format(self.contingency, "f")
            sums = list(subtotal_rows)
            label_pct = pct.replace(".", ",") if self.lang != "en" else pct
            subtotal_rows.append(self._sum_row(
                word(self.lang, "contingency", pct=label_pct),
                lambda c: f"=ROUND(({'+'.join(f'{c}{r}' for r in sums)})*{pct}/100,2)",
                "dp_sub_text", "dp_sub_amount", ONVOORZIEN))
            self.row += 1
        label, name = totals[0]
        total_row = self._sum_row(label, lambda c: "=" + "+".join(f"{c}{r}" for r in subtotal_rows),
                                  "dp_total_text", "dp_total_amount", name)
        self.row += 1
        self._tail(content, footnote)
        return total_row

    def coverage_body(self, content: SheetContent, budget: _Sheet, cost_total_row: int) -> None:
        """The coverage: status groups, total coverage, total costs from the budget, the gap, then the rest."""
        subtotal_rows = [r for g in content.groups if (r := self.group(g)) is not None]
        coverage_row = self._sum_row(word(self.lang, "total_coverage"),
                                     lambda c: "=" + "+".join(f"{c}{r}" for r in subtotal_rows),
                                     "dp_sub_text", "dp_sub_amount", DEKKING_TOTAAL)
        budget_ref = _quoted(budget.ws.title)
        offset = budget.first_year_col - self.first_year_col
        costs_row = self._sum_row(
            word(self.lang, "total_costs_ref"),
            lambda c: f"={budget_ref}!{budget.letter[self.column[c] + offset]}{cost_total_row}",
            "dp_text", "dp_amount")
        self._difference_row("gap", "surplus", lambda c: f"={c}{costs_row}-{c}{coverage_row}",
                             f"={KOSTEN_TOTAAL}-{DEKKING_TOTAAL}", TEKORT)
        committed_row = subtotal_rows[0]  # the first group is the committed and received sources
        self._difference_row("gap_committed", "surplus_committed",
                             lambda c: f"={c}{costs_row}-{c}{committed_row}",
                             f"={KOSTEN_TOTAAL}-{DEKKING_TOEGEZEGD}", TEKORT_NA_TOEZEGGINGEN)
        self.row += 1
        if self.funder:
            # what this fund is asked, highlighted, and what the organisation puts in itself
            for rows, label, style, name in (
                    (self.asked_rows, word(self.lang, "asked_of", funder=self.funder), "dp_asked_total", GEVRAAGD),
                    (self.own_rows, word(self.lang, "own_contribution"), "dp_sub", EIGEN_BIJDRAGE)):
                self._sum_row(label, lambda c, rows=rows: "=" + ("+".join(f"{c}{r}" for r in rows) or "0"),
                              f"{style}_text", f"{style}_amount", name)
            self.row += 1
        footnote = word(self.lang, "footnote_coverage")
        if self.signed_words and not self.year_words:
            footnote += " " + word(self.lang, "footnote_year_surplus")
        self._tail(content, footnote)

    def _difference_row(self, gap_key: str, surplus_key: str, column_formula: Any, total_formula: str,
                        defined_name: str) -> None:
        """Costs less coverage, said as a shortfall, or as a surplus when the total is negative: the label is a
        formula on the total and a negative amount shows as its size with the word, never with a minus."""
        row = self._sum_row(word(self.lang, gap_key), column_formula, "dp_total_text", "dp_total_amount", None)
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
            self._cell(1, word(self.lang, "notes"), "dp_group")
            self.row += 1
            for name, note in content.notes:
                self._cell(1, name, "dp_note_name")
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
        ws = self.ws
        last_row = self.row - 1
        ws.freeze_panes = f"B{self.header_row + 1}"
        ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        ws.print_area = f"A1:{self.letter[self.total_col]}{last_row}"
        setup = ws.page_setup
        setup.paperSize = ws.PAPERSIZE_A4
        setup.orientation = self.orientation
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
        ws.oddFooter.right.text = word(self.lang, "page")
        ws.oddFooter.right.size = 8
        ws.sheet_view.showGridLines = False
        # rows sized for 10-point text rather than the default font's 15 points: more lines on a page
        ws.sheet_format.defaultRowHeight = ROW_HEIGHT
        ws.sheet_format.customHeight = True
        self._page_breaks(last_row)

    def _page_breaks(self, last_row: int) -> None:
        """Pages end only between blocks, so a total stays with its lines and the footnote with the last block."""
        from openpyxl.worksheet.pagebreak import Break

        heights = [self.ws.row_dimensions[r].height or ROW_HEIGHT for r in range(1, last_row + 1)]
        page = PRINT_HEIGHT_PT[self.orientation] / self.scale
        for row in page_breaks(heights, self.breakable, page_height=page, repeated=heights[self.header_row - 1]):
            self.ws.row_breaks.append(Break(id=row))
