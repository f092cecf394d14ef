"""Tests of the exports: workbook, PDF overview, chart, calendar, checked as a funder reads them."""
