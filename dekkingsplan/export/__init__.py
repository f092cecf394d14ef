"""Exports for funders, the board and the calendar: the workbook, the PDF overview, the chart and iCalendar.

The heavy libraries (openpyxl, matplotlib, Qt) load only when an export is first used, so importing this
package costs nothing at start-up; the names below are looked up lazily.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dekkingsplan.export.files import ExportError

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.export.chart import CoverageSeries, coverage_series, draw_coverage_chart
    from dekkingsplan.export.ics import write_ics
    from dekkingsplan.export.overview import build_overview_document, write_overview_pdf
    from dekkingsplan.export.workbook import parse_year_range, write_workbook

_LAZY = {
    "write_workbook": "dekkingsplan.export.workbook",
    "parse_year_range": "dekkingsplan.export.workbook",
    "write_overview_pdf": "dekkingsplan.export.overview",
    "build_overview_document": "dekkingsplan.export.overview",
    "write_ics": "dekkingsplan.export.ics",
    "draw_coverage_chart": "dekkingsplan.export.chart",
    "coverage_series": "dekkingsplan.export.chart",
    "CoverageSeries": "dekkingsplan.export.chart",
}

__all__ = [
    "CoverageSeries",
    "ExportError",
    "build_overview_document",
    "coverage_series",
    "draw_coverage_chart",
    "parse_year_range",
    "write_ics",
    "write_overview_pdf",
    "write_workbook",
]


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name), name)
