"""Writing a workbook's sheets with openpyxl, as every workbook of the app does: the house styles and euro format,
text that never becomes a formula, a heading with the organisation, rows tall enough for wrapped text, the A4
print set-up with repeated header row and page numbers, and the document's properties and defined names.

The funder's workbook (``workbook``) and the verantwoording (``realisation_workbook``) write their sheets on a
``SheetWriter``; the portfolio (``portfolio_sheet``) uses the formats.
"""

from __future__ import annotations

import math
from copy import copy
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

from dekkingsplan.core.model import Organisation
from dekkingsplan.export.labels import organisation_lines

EURO_FORMAT = '[$€-413] #,##0.00;[$€-413] -#,##0.00'
FORMULA_START = ("=", "+", "-", "@")
FONT = "Calibri"
# characters of 10-point text that fit in one unit of column width (a digit of the 11-point default font)
CHARS_PER_WIDTH = 1.25
ROW_HEIGHT = 13.5  # points, for 10-point text
_THIN = Side(style="thin", color="808080")
GREY = PatternFill("solid", fgColor="E7E9EC")
LIGHT = PatternFill("solid", fgColor="F3F4F6")


class Formula(str):
    """A cell formula (``=SUM(C8:C12)``); plain ``str`` values are always written as text."""


def quoted(title: str) -> str:
    """A sheet's title as a formula names it."""
    return "'" + title.replace("'", "''") + "'"


def add_style(wb: Workbook, name: str, *, number: str | None = None, bold: bool = False, italic: bool = False,
              size: float = 10, colour: str = "000000", fill: PatternFill | None = None, top: bool = False,
              bottom: bool = False, double: bool = False, align: str | None = None, wrap: bool = False) -> None:
    """A named cell style in the house font: a number format (amounts right-aligned), a fill, a rule above, a rule
    or a double rule below."""
    s = NamedStyle(name=name)
    s.font = Font(name=FONT, size=size, bold=bold, italic=italic, color=colour)
    if number:
        s.number_format = number
    if fill is not None:
        s.fill = fill
    if top or bottom or double:
        s.border = Border(top=_THIN if top else Side(),
                          bottom=Side(style="double", color="404040") if double else (_THIN if bottom else Side()))
    s.alignment = Alignment(horizontal=align or ("right" if number else None), vertical="top", wrap_text=wrap)
    wb.add_named_style(s)


def register_styles(wb: Workbook) -> None:
    """The styles every workbook of the app writes with (``dp_…``)."""
    euro = EURO_FORMAT
    add_style(wb, "dp_title", bold=True, size=14)
    add_style(wb, "dp_heading", bold=True, size=12)
    add_style(wb, "dp_small", size=10, colour="404040")
    add_style(wb, "dp_text")
    add_style(wb, "dp_amount", number=euro)
    add_style(wb, "dp_col", bold=True, fill=GREY, bottom=True)
    add_style(wb, "dp_col_right", bold=True, fill=GREY, bottom=True, align="right")
    add_style(wb, "dp_group", bold=True)
    add_style(wb, "dp_sub_text", bold=True, top=True)
    add_style(wb, "dp_sub_amount", number=euro, bold=True, top=True)
    add_style(wb, "dp_total_text", bold=True, fill=LIGHT, top=True, double=True)
    asked = PatternFill("solid", fgColor="FFF2CC")  # a pale yellow that prints as a light grey
    add_style(wb, "dp_asked", bold=True, fill=asked)
    add_style(wb, "dp_asked_amount", number=euro, bold=True, fill=asked)
    add_style(wb, "dp_asked_wrap", bold=True, fill=asked, wrap=True)
    add_style(wb, "dp_asked_total_text", bold=True, fill=asked, top=True, double=True)
    add_style(wb, "dp_asked_total_amount", number=euro, bold=True, fill=asked, top=True, double=True)
    add_style(wb, "dp_total_amount", number=euro, bold=True, fill=LIGHT, top=True, double=True)
    add_style(wb, "dp_text_wrap", wrap=True)
    add_style(wb, "dp_muted", italic=True, colour="595959")
    add_style(wb, "dp_muted_wrap", italic=True, colour="595959", wrap=True)
    add_style(wb, "dp_muted_amount", number=euro, italic=True, colour="595959")
    add_style(wb, "dp_note", wrap=True)
    add_style(wb, "dp_note_name", italic=True, wrap=True)


def define_name(wb: Workbook, name: str, ws: Worksheet, cell: str) -> None:
    """A workbook-level defined name pointing at ``cell`` (``$C$12``) of ``ws``."""
    wb.defined_names[name] = DefinedName(name, attr_text=f"{quoted(ws.title)}!{cell}")


def set_properties(wb: Workbook, *, organisation: str, title: str, lang: str, keywords: str | None = None,
                   description: str | None = None) -> None:
    """The document's properties: its title, the organisation as subject and creator, the language."""
    props = wb.properties
    props.title = title
    props.subject = organisation
    props.creator = organisation
    if keywords is not None:
        props.keywords = keywords
    props.description = description or f"{organisation}: {title}"
    props.language = "en-GB" if lang == "en" else "nl-NL"
    props.lastModifiedBy = "Dekkingsplan"


class SheetWriter:
    """One sheet being written row by row (``row`` is the row being written) with the house styles."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.row = 1
        self.header_row = 0
        self.style_arrays: dict[str, Any] = {}

    def style(self, cell: Any, name: str) -> None:
        # Looking a named style up for every cell is most of the time of a large workbook; the style's
        # array is looked up once and copied, as openpyxl itself does when it copies a worksheet.
        array = self.style_arrays.get(name)
        if array is None:
            probe = Cell(self.ws)
            probe.style = name
            array = self.style_arrays[name] = probe._style
        cell._style = copy(array)

    def cell(self, col: int, value: Any = None, style: str = "dp_text") -> Any:
        """Write ``value`` in ``col`` of the current row: a ``Formula`` as a formula, any other text as text."""
        cell = self.ws.cell(row=self.row, column=col)
        if isinstance(value, str) and not isinstance(value, Formula):
            cell.value = value
            self.style(cell, style)
            if value.startswith(FORMULA_START):  # text, never a formula
                cell.data_type = "s"
                cell.quotePrefix = True
        else:
            if value is not None:
                cell.value = str(value) if isinstance(value, Formula) else value
            self.style(cell, style)
        return cell

    def merged_text(self, text: str, style: str, *, first_col: int, last_col: int, width: float,
                    size: float = 10) -> None:
        """Text across columns ``first_col``..``last_col`` (``width`` units together), wrapped, with a row height
        that shows all of it."""
        self.cell(first_col, text, style)
        if last_col > first_col:
            # the range alone: ws.merge_cells() would also restyle every covered cell, which costs most of
            # the time of a large workbook, and the covered cells are empty here anyway
            self.ws.merged_cells.add(CellRange(min_col=first_col, min_row=self.row, max_col=last_col,
                                               max_row=self.row))
        chars_per_line = max(20, int(width * CHARS_PER_WIDTH))
        lines = sum(max(1, math.ceil(len(part) / chars_per_line)) for part in text.split("\n"))
        self.ws.row_dimensions[self.row].height = max(1, lines) * (size * 1.3) + 2

    def heading(self, organisation: Organisation, lang: str, title: str) -> None:
        """The organisation's name and details, then the sheet's title."""
        self.cell(1, organisation.name, "dp_title")
        self.ws.row_dimensions[self.row].height = 20
        self.row += 1
        for line in organisation_lines(organisation, lang):
            self.cell(1, line, "dp_small")
            self.row += 1
        self.row += 1
        self.cell(1, title, "dp_heading")
        self.ws.row_dimensions[self.row].height = 17
        self.row += 1

    def print_setup(self, *, organisation: str, last_col: str, orientation: str, page_word: str) -> None:
        """A4 fitted to the width, the header row repeated and frozen, the organisation and page numbers in the
        footer, no grid, rows sized for 10-point text (more lines on a page than the default font's 15 points)."""
        ws = self.ws
        ws.freeze_panes = f"B{self.header_row + 1}"
        ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        ws.print_area = f"A1:{last_col}{self.row - 1}"
        setup = ws.page_setup
        setup.paperSize = ws.PAPERSIZE_A4
        setup.orientation = orientation
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = 0.6
        ws.page_margins.bottom = 0.75
        ws.page_margins.header = ws.page_margins.footer = 0.3
        ws.print_options.gridLines = False
        org = organisation.replace("&", "&&")
        ws.oddFooter.left.text = f"{org} — {ws.title.replace('&', '&&')}"
        ws.oddFooter.left.size = 8
        ws.oddFooter.right.text = page_word
        ws.oddFooter.right.size = 8
        ws.sheet_view.showGridLines = False
        ws.sheet_format.defaultRowHeight = ROW_HEIGHT
        ws.sheet_format.customHeight = True
