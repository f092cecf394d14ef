"""A4 pages drawn with Qt's text layout: one set-up for every paper export (the funding overview, the application
summary, the verantwoording, the printed Begroting), one painter for their footer and page numbers, one PDF writer.

Each export makes its own HTML; ``a4_document`` lays it out in the house font on an A4 text area, ``print_pages``
paints it page by page onto a printer or PDF writer, ``write_pdf`` writes it to a file complete or not at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from dekkingsplan.export.files import ExportError, write_bytes_atomically
from dekkingsplan.export.overview_html import CSS_DPI, MARGIN_MM, MM_PER_INCH, PAGE_WIDTH

FOOTER_PX = 26
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans"]
_APP: Any = None


def ensure_gui() -> None:
    """Text layout needs a Qt application; from the command line there is none, and maybe no display.
    A QApplication (not a bare QGuiApplication), so that widgets made later in the same process still work."""
    global _APP
    if QCoreApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _APP = QApplication([sys.argv[0] if sys.argv else "dekkingsplan"])


def body_size_px() -> tuple[float, float]:
    """The text area of an A4 page within the margins, less the footer, in CSS pixels."""
    width = (210 - 2 * MARGIN_MM) / MM_PER_INCH * CSS_DPI
    height = (297 - 2 * MARGIN_MM) / MM_PER_INCH * CSS_DPI
    return width, height - FOOTER_PX


def a4_document(html: str, *, title: str, footer: str, page_word: str, paged: bool = True) -> QTextDocument:
    """``html`` as a text document in the house font; ``paged``: laid out on the A4 text area now (else the
    printer's page decides, in ``print_pages``). ``page_word`` is the footer's ``{page}``/``{pages}`` text."""
    ensure_gui()
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(12)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    if paged:
        _, body_height = body_size_px()
        document.setPageSize(QSizeF(PAGE_WIDTH, body_height))
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setProperty("dekkingsplan_footer", footer)
    document.setProperty("dekkingsplan_page_word", page_word)
    return document


def print_pages(document: QTextDocument, printer: QPagedPaintDevice) -> int:
    """Paint the document onto a printer or PDF writer, page by page with the footer and page numbers.
    The app's print previews call this from ``paintRequested``. Returns the number of pages."""
    layout = printer.pageLayout()
    resolution = printer.logicalDpiX()
    paint = layout.paintRectPixels(resolution)
    scale = resolution / CSS_DPI
    width, height = paint.width() / scale, paint.height() / scale - FOOTER_PX
    if abs(document.pageSize().width() - width) > 0.5 or abs(document.pageSize().height() - height) > 0.5:
        document.setPageSize(QSizeF(width, height))  # another paper or margin chosen in the print dialog
    pages = document.pageCount()
    footer = str(document.property("dekkingsplan_footer") or "")
    page_word = str(document.property("dekkingsplan_page_word") or "{page} / {pages}")
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportError("cannot start printing", "afdrukken kan niet beginnen")
    try:
        small = QFont(document.defaultFont())
        small.setPixelSize(9)
        for page in range(pages):
            if page:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.save()
            painter.translate(0, -page * height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, page * height, width, height)
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor("#555555"))
            band = QRectF(0, height + 8, width, FOOTER_PX - 8)
            painter.drawLine(QPointF(0, height + 4), QPointF(width, height + 4))
            painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), footer)
            painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                             page_word.format(page=page + 1, pages=pages))
            painter.restore()
    finally:
        painter.end()
    return pages


def write_pdf(document: QTextDocument, path: str | os.PathLike[str]) -> Path:
    """The document as an A4 PDF at ``path`` (complete or not at all), titled as the document is."""
    def paint(writer: QPdfWriter) -> None:
        writer.setResolution(600)
        writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
        writer.setCreator("Dekkingsplan")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                         QPageLayout.Unit.Millimeter))
        print_pages(document, writer)

    return write_bytes_atomically(path, pdf_bytes(paint))


def pdf_bytes(paint: Callable[[Any], None]) -> bytes:
    """The PDF that ``paint`` draws on a fresh QPdfWriter, as bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    paint(writer)
    del writer  # finishes the PDF
    buffer.close()
    result = bytes(data.data())
    if not result:
        raise ExportError("the PDF could not be made (nothing was drawn)", "de pdf kon niet worden gemaakt "
                          "(er is niets getekend)")
    return result
