"""Exporteren › Verantwoording…: which year, the whole organisation or one project, all sources or one funder's,
and Excel or PDF. Imported when the dialog opens, like the other export dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from dekkingsplan.core.model import Plan
from dekkingsplan.core.realisation import funders
from dekkingsplan.ui.views.realisation import default_year

FORMATS = (("xlsx", ".xlsx"), ("pdf", ".pdf"))


class RealisationDialog(QDialog):
    """The choices of a verantwoording; ``options()`` gives them to ``realisation_report``."""

    def __init__(self, plan: Plan, parent: QWidget | None = None, *, today: date | None = None,
                 year: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verantwoording"))
        self.setMinimumWidth(440)
        form = QFormLayout(self)
        intro = QLabel(self.tr("Begroting en werkelijke bedragen van één jaar, per regel met het verschil en de "
                               "toelichting: voor de vaststelling door de gemeente of de afrekening met een fonds."))
        intro.setWordWrap(True)
        form.addRow(intro)

        self.year = QComboBox()
        for y in plan.years:
            self.year.addItem(str(y), y)
        chosen = year if year in plan.years else default_year(plan, today or date.today())
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        form.addRow(self.tr("&Jaar:"), self.year)

        self.project = QComboBox()
        self.project.addItem(self.tr("Hele organisatie"), None)
        for project in plan.projects:
            self.project.addItem(project.name, project.id)
        self.project.setToolTip(self.tr("Alleen de regels van dit project, of alles"))
        form.addRow(self.tr("&Project:"), self.project)

        self.funder = QComboBox()
        self.funder.addItem(self.tr("Alle bronnen"), None)
        for name in funders(plan):
            self.funder.addItem(name, name)
        self.funder.setToolTip(self.tr("Alleen de bronnen van deze financier tegen de kosten, voor de afrekening "
                                       "met een fonds"))
        form.addRow(self.tr("&Financier:"), self.funder)

        self.format = QComboBox()
        self.format.addItem(self.tr("Excel-werkmap (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("PDF-document (.pdf)"), "pdf")
        form.addRow(self.tr("&Bestand:"), self.format)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan als…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> dict:
        return {"year": self.year.currentData(), "project": self.project.currentData(),
                "funder": self.funder.currentData()}

    @property
    def suffix(self) -> str:
        return dict(FORMATS)[self.format.currentData()]
