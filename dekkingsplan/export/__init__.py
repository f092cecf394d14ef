"""Exports for funders, the board and the calendar: plain rows and words first (``sheet_rows``, ``overview_html``,
``realisation_rows``), then drawn — the workbooks with openpyxl (``workbook``, ``realisation_workbook``,
``portfolio_sheet``), the A4 pages with Qt's text layout (``a4``, ``overview``, ``summary``, ``realisation_pdf``,
``costs_print``), the chart with matplotlib (``chart``), iCalendar (``ics``); each written complete or not at all
(``files``).

Each module imports its libraries at the top: the window reaches them only through ``ui/export_gateway.py`` and
the command line only in the command that needs them, so none loads at start-up.
"""
