"""The funding overview for the board or the municipality: one Qt text document, printed to PDF or a printer.

``build_overview_document`` makes the document (the app shows it in a print preview, painted by
``a4.print_pages``); ``write_overview_pdf`` writes it into a file. The chart is SVG drawn by QSvgRenderer inside
the text layout, so it stays vector.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QRectF, QSizeF
from PySide6.QtGui import QPyTextObject, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtSvg import QSvgRenderer

from dekkingsplan.core.model import Plan
from dekkingsplan.export.a4 import a4_document, write_pdf
from dekkingsplan.export.chart import chart_svg
from dekkingsplan.export.files import ExportError
from dekkingsplan.export.overview_html import CHART_HEIGHT, CHART_MARKER, PAGE_WIDTH, overview_content

CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject.value) + 17
_SVG_PROPERTY = 0x100000 + 17  # QTextFormat.UserProperty + 17


class SvgChartObject(QPyTextObject):
    """Draws an SVG picture held in a character format, scaled to the text width, as vectors."""

    def intrinsicSize(self, document: Any, _pos: int, fmt: Any) -> QSizeF:  # noqa: N802 - Qt's name
        width = min(PAGE_WIDTH, document.pageSize().width() or PAGE_WIDTH)
        return QSizeF(width, CHART_HEIGHT * width / PAGE_WIDTH)

    def drawObject(self, painter: Any, rect: QRectF, _document: Any, _pos: int, fmt: Any) -> None:  # noqa: N802
        data = fmt.property(_SVG_PROPERTY)
        renderer = QSvgRenderer(QByteArray(bytes(data)))
        renderer.render(painter, rect)


def build_overview_document(plan: Plan, *, scenario: str = "expected", lang: str = "nl",
                            today: date | None = None) -> QTextDocument:
    """The overview as a QTextDocument laid out for A4 (the app can show it in a print preview)."""
    if scenario not in plan.scenario_ids():
        raise ExportError(f"there is no scenario '{scenario}' (choose from {', '.join(plan.scenario_ids())})",
                          f"scenario '{scenario}' bestaat niet (kies uit {', '.join(plan.scenario_ids())})")
    today = today or date.today()
    texts = overview_content(plan, scenario=scenario, lang=lang, today=today)
    document = a4_document(texts.html, title=texts.title, footer=texts.footer, page_word=texts.page_word)
    handler = SvgChartObject(document)  # parented to the document, so it lives as long as it does
    document.documentLayout().registerHandler(CHART_OBJECT, handler)
    found = document.find(CHART_MARKER)
    if not found.isNull():
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(_SVG_PROPERTY, chart_svg(texts.series, width_px=PAGE_WIDTH, height_px=CHART_HEIGHT,
                                                 lang=lang))
        found.insertText("\ufffc", fmt)
        found.movePosition(QTextCursor.MoveOperation.End)
    return document


def write_overview_pdf(plan: Plan, path: str | os.PathLike[str], *, scenario: str = "expected",
                       lang: str = "nl", today: date | None = None) -> Path:
    """Write the A4 funding overview as a PDF (complete or not at all)."""
    return write_pdf(build_overview_document(plan, scenario=scenario, lang=lang, today=today), path)
