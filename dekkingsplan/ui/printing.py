"""Printing the paper exports (Qt's print support): the funding overview in a print preview or to a printer, and
Exporteren › Begroting afdrukken… — the Begroting's lines (as filtered and sorted on screen) in a print preview,
from which the treasurer prints; A4, on its side when the plan has more years than fit upright.

Reached through ``export_gateway``, when a treasurer first prints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMainWindow

from dekkingsplan.core.model import Plan
from dekkingsplan.export.a4 import print_pages
from dekkingsplan.export.costs_print import build_costs_document, landscape
from dekkingsplan.export.overview import build_overview_document
from dekkingsplan.ui import i18n
from dekkingsplan.ui.screens.costs import CostsScreen


def a4_printer(name: str, *, portrait: bool = True) -> QPrinter:
    """A printer set to A4 with the exports' 15 mm margins, upright or on its side."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    orientation = QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(15, 15, 15, 15),
                                      QPageLayout.Unit.Millimeter))
    printer.setDocName(name)
    return printer


def _overview_printer() -> QPrinter:
    return a4_printer(QCoreApplication.translate("ExportActions", "Financieringsoverzicht"))


def preview_overview(window: QMainWindow, plan: Plan, scenario: str) -> QPrinter:
    """Exporteren › Afdrukvoorbeeld…: the overview in a print preview (modal). Returns its printer, which the
    caller keeps: the dialog only borrows it, and it must outlive the dialog, or Qt paints on freed memory."""
    text_document = build_overview_document(plan, scenario=scenario, lang=i18n.current_language())
    printer = _overview_printer()
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(QCoreApplication.translate("ExportActions", "Afdrukvoorbeeld – financieringsoverzicht"))
    dialog.paintRequested.connect(lambda target: print_pages(text_document, target))
    free = dialog.screen().availableGeometry()  # a laptop's 768 pixels: the whole dialog on screen
    dialog.resize(min(900, free.width()), min(1000, free.height() - 40))
    dialog.exec()
    return printer


def print_overview(window: QMainWindow, plan: Plan, scenario: str) -> bool:
    """Exporteren › Afdrukken…: the printer dialog, then the overview on the printer chosen."""
    printer = _overview_printer()
    dialog = QPrintDialog(printer, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_pages(build_overview_document(plan, scenario=scenario, lang=i18n.current_language()), printer)
    return True


def preview_costs(window: QMainWindow, *, show: bool = True) -> QPrintPreviewDialog:
    """Open the preview of the printed Begroting (modal) and return it; the printer and the document stay alive
    with the dialog, so that the preview never paints on something Python has freed."""
    document = window.document  # type: ignore[attr-defined]
    screen = window.screen(CostsScreen)  # type: ignore[attr-defined]
    screen.commit_pending()
    lines = screen.proxy.visible_rows()
    text = build_costs_document(document.plan, lines, lang=i18n.current_language())
    printer = a4_printer(QCoreApplication.translate("CostsPrint", "Begroting"), portrait=not landscape(document.plan))
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(QCoreApplication.translate("CostsPrint", "Afdrukvoorbeeld – begroting"))
    dialog.costs_printer = printer  # type: ignore[attr-defined]
    dialog.costs_document = text  # type: ignore[attr-defined]
    dialog.paintRequested.connect(lambda target: print_pages(text, target))
    dialog.resize(1000, 800)
    if show:
        dialog.exec()
        dialog.deleteLater()  # gone before its printer is: the wrapper returned holds the printer until then
    return dialog
