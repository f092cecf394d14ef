"""Exporteren › Begroting afdrukken…: the Begroting's lines (as filtered and sorted on screen) in a print preview,
from which the treasurer prints; A4, on its side when the plan has more years than fit upright."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMainWindow

from dekkingsplan.export.a4 import print_pages
from dekkingsplan.export.costs_print import build_costs_document, landscape
from dekkingsplan.ui import i18n


def costs_printer(portrait: bool) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    orientation = QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(15, 15, 15, 15),
                                      QPageLayout.Unit.Millimeter))
    printer.setDocName(QCoreApplication.translate("CostsPrint", "Begroting"))
    return printer


def preview_costs(window: QMainWindow, *, show: bool = True) -> QPrintPreviewDialog:
    """Open the preview of the printed Begroting (modal) and return it; the printer and the document stay alive
    with the dialog, so that the preview never paints on something Python has freed."""
    from dekkingsplan.ui.screens.costs import CostsScreen

    document = window.document  # type: ignore[attr-defined]
    screen = window.screen(CostsScreen)  # type: ignore[attr-defined]
    screen.commit_pending()
    lines = screen.proxy.visible_rows()
    text = build_costs_document(document.plan, lines, lang=i18n.current_language())
    printer = costs_printer(portrait=not landscape(document.plan))
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
