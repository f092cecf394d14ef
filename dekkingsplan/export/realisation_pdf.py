"""The verantwoording as an A4 PDF for the board or the municipality, in the funding overview's look.

``build_realisation_document`` makes the Qt text document (the app can show it in a print preview); the A4
set-up, the footer with page numbers and the PDF writer are ``a4``'s, as for every paper export.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtGui import QTextDocument

from dekkingsplan.core.model import Plan
from dekkingsplan.core.realisation import YearRealisation
from dekkingsplan.export.a4 import a4_document, write_pdf
from dekkingsplan.export.realisation_html import realisation_document


def build_realisation_document(plan: Plan, report: YearRealisation, *, lang: str = "nl",
                               today: date | None = None) -> QTextDocument:
    """The verantwoording as a QTextDocument laid out for A4."""
    texts = realisation_document(plan, report, lang=lang, today=today)
    return a4_document(texts.html, title=texts.title, footer=texts.footer, page_word=texts.page_word)


def write_realisation_pdf(plan: Plan, report: YearRealisation, path: str | os.PathLike[str], *,
                          lang: str = "nl", today: date | None = None) -> Path:
    """Write the verantwoording of ``report`` as an A4 PDF (complete or not at all)."""
    return write_pdf(build_realisation_document(plan, report, lang=lang, today=today), path)
