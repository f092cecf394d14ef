"""The window's one gateway to the exports: the funder's workbook (openpyxl), the PDF overview, the application
summary and the verantwoording (Qt's PDF writer; matplotlib draws the chart, Babel writes dates and numbers), the
calendar (icalendar), printing (Qt's print support) and the Overzicht's chart (matplotlib).

Start-up laziness lives at this seam. The window imports this module before its first paint; each function below
imports what it reaches only when a treasurer first asks for it (the chart: right after the first paint), so none
of those libraries loads before the window shows a plan — ``tests/ui/test_startup_budget.py`` checks that. Nothing
else in ``ui`` imports ``dekkingsplan.export``, and the exports themselves import what they need at the top.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from decimal import Decimal

    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QMainWindow

    from dekkingsplan.core.model import Plan
    from dekkingsplan.core.projection import Projection
    from dekkingsplan.export.chart_series import CoverageSeries

__all__ = ["chart_canvas", "chart_colours", "coverage_series", "draw_coverage_chart",
           "preview_costs", "preview_overview", "print_overview", "write_calendar", "write_overview",
           "write_realisation", "write_summary", "write_workbook"]


def write_workbook(plan: Plan, target: Path, *, project: str | None, years: tuple[int, int], lang: str,
                   include_rejected: bool, funder: str | None, contingency: Decimal | None) -> Path:
    """Exporteren › Excel voor een fonds: the funder's workbook, or its application version."""
    from dekkingsplan.export.workbook import write_workbook

    return write_workbook(plan, target, project=project, years=years, lang=lang, include_rejected=include_rejected,
                          funder=funder, contingency=contingency)


def write_summary(plan: Plan, target: Path, *, project: str | None, years: tuple[int, int], lang: str,
                  funder: str | None, contingency: Decimal | None) -> Path:
    """Exporteren › Aanvraagsamenvatting…: the one page on top of an application, as PDF."""
    from dekkingsplan.export.summary import write_summary_pdf

    return write_summary_pdf(plan, target, project=project, years=years, lang=lang, funder=funder,
                             contingency=contingency)


def write_overview(plan: Plan, target: Path, *, scenario: str, lang: str) -> Path:
    """Exporteren › PDF-overzicht…: the funding overview as PDF."""
    from dekkingsplan.export.overview import write_overview_pdf

    return write_overview_pdf(plan, target, scenario=scenario, lang=lang)


def write_realisation(plan: Plan, target: Path, *, year: int, project: str | None, funder: str | None,
                      lang: str) -> Path:
    """Exporteren › Verantwoording…: the verantwoording of ``year`` as a workbook (``.xlsx``) or a PDF."""
    from dekkingsplan.core.realisation import realisation_report

    report = realisation_report(plan, year, project=project, funder=funder)
    if target.suffix.lower() == ".xlsx":
        from dekkingsplan.export.realisation_workbook import write_realisation_workbook

        return write_realisation_workbook(plan, report, target, lang=lang)
    from dekkingsplan.export.realisation_pdf import write_realisation_pdf

    return write_realisation_pdf(plan, report, target, lang=lang)


def write_calendar(plan: Plan, target: Path, *, lang: str) -> Path:
    """Exporteren › Agenda (iCalendar)…: every deadline as an .ics file."""
    from dekkingsplan.export.ics import write_ics

    return write_ics(plan, target, lang=lang)


def preview_overview(window: QMainWindow, plan: Plan, scenario: str) -> QPrinter:
    """Exporteren › Afdrukvoorbeeld…: the overview in a print preview; returns the printer to keep alive."""
    from dekkingsplan.ui import printing

    return printing.preview_overview(window, plan, scenario)


def print_overview(window: QMainWindow, plan: Plan, scenario: str) -> bool:
    """Exporteren › Afdrukken…: the overview on a printer the treasurer chooses."""
    from dekkingsplan.ui import printing

    return printing.print_overview(window, plan, scenario)


def preview_costs(window: QMainWindow) -> QPrintPreviewDialog:
    """Exporteren › Begroting afdrukken…: the Begroting's lines in a print preview."""
    from dekkingsplan.ui import printing

    return printing.preview_costs(window)


# --- the Overzicht's chart (matplotlib), made right after the first paint ---------------------------------------


def chart_canvas() -> tuple[Any, Any]:
    """A matplotlib Figure and its Qt canvas: ``(figure, canvas)``."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7, 3.2), dpi=96, facecolor="white")
    return figure, FigureCanvasQTAgg(figure)


def draw_coverage_chart(figure: Any, series: CoverageSeries, *, lang: str) -> Any:
    """The chart drawn on ``figure`` as on paper; returns its Axes."""
    from dekkingsplan.export.chart import draw_coverage_chart

    return draw_coverage_chart(figure, series, lang=lang)


def coverage_series(projection: Projection) -> CoverageSeries:
    """What the chart shows of a projection (plain series; no matplotlib)."""
    from dekkingsplan.export.chart_series import coverage_series

    return coverage_series(projection)


def chart_colours() -> dict[str, Any]:
    """The paper chart's colours, for the legend under the screen's chart: ``types`` (by source type), ``costs``,
    ``reserve`` and ``gap``."""
    from dekkingsplan.export.chart_series import COSTS_COLOUR, GAP_SHADE, RESERVE_COLOUR, TYPE_STYLE

    return {"types": {kind: style[0] for kind, style in TYPE_STYLE.items()}, "costs": COSTS_COLOUR,
            "reserve": RESERVE_COLOUR, "gap": GAP_SHADE}
