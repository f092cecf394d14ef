"""The Dekking screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.screens.base import Screen


class SourcesScreen(Screen):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        QVBoxLayout(self).addWidget(QLabel(self.title))

    @property
    def title(self) -> str:
        return self.tr("Dekking")
