"""The funding overview for the board or the municipality: one Qt text document, printed to PDF or a printer.

``build_overview_document`` makes the document (the app shows it in a print preview); ``print_overview``
paints it page by page with a footer onto any QPagedPaintDevice (QPdfWriter, QPrinter); ``write_overview_pdf``
does both into a file. The chart is SVG drawn by QSvgRenderer inside the text layout, so it stays vector.
"""

from __future__ import annotations

import functools
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dekkingsplan.core.model import Plan
from dekkingsplan.export.files import ExportError, pdf_bytes, write_bytes_atomically
from dekkingsplan.export.overview_html import (
    CHART_HEIGHT,
    CHART_MARKER,
    CSS_DPI,
    MARGIN_MM,
    MM_PER_INCH,
    PAGE_WIDTH,
    overview_content,
)

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtGui import QPagedPaintDevice, QTextDocument

FOOTER_PX = 26
_APP: Any = None


def _ensure_gui() -> None:
    """Text layout needs a Qt application; from the command line there is none, and maybe no display.
    A QApplication (not a bare QGuiApplication), so that widgets made later in the same process still work."""
    global _APP
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _APP = QApplication([sys.argv[0] if sys.argv else "dekkingsplan"])


def _chart_object_type() -> int:
    from PySide6.QtGui import QTextFormat

    return int(QTextFormat.ObjectTypes.UserObject.value) + 17


_SVG_PROPERTY = 0x100000 + 17  # QTextFormat.UserProperty + 17


@functools.cache
def _svg_handler_class() -> type:
    from PySide6.QtCore import QByteArray, QRectF, QSizeF
    from PySide6.QtGui import QPyTextObject
    from PySide6.QtSvg import QSvgRenderer

    class SvgChartObject(QPyTextObject):
        """Draws an SVG picture held in a character format, scaled to the text width, as vectors."""

        def intrinsicSize(self, document: Any, _pos: int, fmt: Any) -> QSizeF:  # noqa: N802 - Qt's name
            width = min(PAGE_WIDTH, document.pageSize().width() or PAGE_WIDTH)
            return QSizeF(width, CHART_HEIGHT * width / PAGE_WIDTH)

        def drawObject(self, painter: Any, rect: QRectF, _document: Any, _pos: int, fmt: Any) -> None:  # noqa: N802
            data = fmt.property(_SVG_PROPERTY)
            renderer = QSvgRenderer(QByteArray(bytes(data)))
            renderer.render(painter, rect)

    return SvgChartObject


def build_overview_document(plan: Plan, *, scenario: str = "expected", lang: str = "nl",
                            today: date | None = None) -> QTextDocument:
    """The overview as a QTextDocument laid out for A4 (the app can show it in a print preview)."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

    if scenario not in plan.scenario_ids():
        raise ExportError(f"there is no scenario '{scenario}' (choose from {', '.join(plan.scenario_ids())})",
                          f"scenario '{scenario}' bestaat niet (kies uit {', '.join(plan.scenario_ids())})")
    _ensure_gui()
    today = today or date.today()
    texts = overview_content(plan, scenario=scenario, lang=lang, today=today)
    document = QTextDocument()
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans"])
    font.setPixelSize(12)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    _, body_height = _body_size_px()
    document.setPageSize(QSizeF(PAGE_WIDTH, body_height))
    document.setHtml(texts.html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, texts.title)
    document.setProperty("dekkingsplan_footer", texts.footer)
    document.setProperty("dekkingsplan_page_word", texts.page_word)

    handler = _svg_handler_class()(document)  # parented to the document, so it lives as long as it does
    document.documentLayout().registerHandler(_chart_object_type(), handler)
    found = document.find(CHART_MARKER)
    if not found.isNull():
        from dekkingsplan.export.chart import chart_svg

        fmt = QTextCharFormat()
        fmt.setObjectType(_chart_object_type())
        fmt.setProperty(_SVG_PROPERTY, chart_svg(texts.series, width_px=PAGE_WIDTH, height_px=CHART_HEIGHT,
                                                 lang=lang))
        found.insertText("\ufffc", fmt)
        found.movePosition(QTextCursor.MoveOperation.End)
    return document


def _body_size_px() -> tuple[float, float]:
    """The text area of an A4 page within the margins, less the footer, in CSS pixels."""
    width = (210 - 2 * MARGIN_MM) / MM_PER_INCH * CSS_DPI
    height = (297 - 2 * MARGIN_MM) / MM_PER_INCH * CSS_DPI
    return width, height - FOOTER_PX


def print_overview(document: QTextDocument, printer: QPagedPaintDevice) -> int:
    """Paint the document onto a printer or PDF writer, page by page with the footer and page numbers.
    The app's print preview calls this from ``paintRequested``. Returns the number of pages."""
    from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter

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


def write_overview_pdf(plan: Plan, path: str | os.PathLike[str], *, scenario: str = "expected",
                       lang: str = "nl", today: date | None = None) -> Path:
    """Write the A4 funding overview as a PDF (complete or not at all)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    document = build_overview_document(plan, scenario=scenario, lang=lang, today=today)

    def paint(writer: QPdfWriter) -> None:
        writer.setResolution(600)
        writer.setTitle(document.metaInformation(document.MetaInformation.DocumentTitle))
        writer.setCreator("Dekkingsplan")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                         QPageLayout.Unit.Millimeter))
        print_overview(document, writer)

    return write_bytes_atomically(path, pdf_bytes(paint))

