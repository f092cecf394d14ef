"""The verantwoording as an A4 PDF for the board or the municipality, in the funding overview's look.

``build_realisation_document`` makes the Qt text document (the app can show it in a print preview); printing
and the footer with page numbers are the overview's own ``print_overview``.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dekkingsplan.core.model import Plan
from dekkingsplan.core.realisation import YearRealisation
from dekkingsplan.export.files import pdf_bytes, write_bytes_atomically
from dekkingsplan.export.overview import _body_size_px, _ensure_gui, print_overview
from dekkingsplan.export.overview_html import MARGIN_MM, PAGE_WIDTH
from dekkingsplan.export.realisation_html import realisation_document

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtGui import QTextDocument


def build_realisation_document(plan: Plan, report: YearRealisation, *, lang: str = "nl",
                               today: date | None = None) -> QTextDocument:
    """The verantwoording as a QTextDocument laid out for A4."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QTextDocument

    _ensure_gui()
    texts = realisation_document(plan, report, lang=lang, today=today)
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
    return document


def write_realisation_pdf(plan: Plan, report: YearRealisation, path: str | os.PathLike[str], *,
                          lang: str = "nl", today: date | None = None) -> Path:
    """Write the verantwoording of ``report`` as an A4 PDF (complete or not at all)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    document = build_realisation_document(plan, report, lang=lang, today=today)

    def paint(writer: QPdfWriter) -> None:
        writer.setResolution(600)
        writer.setTitle(document.metaInformation(document.MetaInformation.DocumentTitle))
        writer.setCreator("Dekkingsplan")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                         QPageLayout.Unit.Millimeter))
        print_overview(document, writer)

    return write_bytes_atomically(path, pdf_bytes(paint))
