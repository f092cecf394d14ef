"""Help › Handleiding: a short guide and a glossary of the treasurer's words, shipped as HTML in resources/manual."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from dekkingsplan.resources import resource_path
from dekkingsplan.ui import i18n


def manual_path(lang: str | None = None) -> Path:
    """The guide in the window's language (Dutch when there is none in that language)."""
    lang = lang or i18n.current_language()
    path = resource_path("manual", f"handleiding_{lang}.html")
    return path if path.exists() else resource_path("manual", "handleiding_nl.html")


class ManualDialog(QDialog):
    """The guide in a browser that follows its own links; not modal, so it can stay open beside the plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding – Dekkingsplan"))
        self.resize(720, 680)
        self.browser = QTextBrowser()
        self.browser.setObjectName("manual")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(manual_path().read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.browser.setFocus()

    def show_glossary(self) -> None:
        self.browser.scrollToAnchor("woorden")
