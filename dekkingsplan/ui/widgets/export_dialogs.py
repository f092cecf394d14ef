"""The export dialogs: what goes into a funder's workbook or the application summary (``WorkbookDialog``) and into
a verantwoording (``RealisationDialog``). The rows they share — the introduction, the project, the buttons — are
made once here. Imported when a dialog opens: the window's first paint needs none of their widgets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from dekkingsplan.core import realisation
from dekkingsplan.core.application import MAX_CONTINGENCY, funders, project_period
from dekkingsplan.core.model import Plan
from dekkingsplan.ui import i18n
from dekkingsplan.ui.views.realisation import default_year

FORMATS = (("xlsx", ".xlsx"), ("pdf", ".pdf"))


def _form(dialog: QDialog, intro: str) -> QFormLayout:
    """The dialog's form, opened by a wrapped line saying what the export is for."""
    form = QFormLayout(dialog)
    label = QLabel(intro)
    label.setWordWrap(True)
    form.addRow(label)
    return form


def _project_row(form: QFormLayout, plan: Plan) -> QComboBox:
    """The whole organisation or one project: the box's data is the project id, or None."""
    box = QComboBox()
    box.addItem(QCoreApplication.translate("ExportChoices", "Hele organisatie"), None)
    for project in plan.projects:
        box.addItem(project.name, project.id)
    box.setToolTip(QCoreApplication.translate("ExportChoices", "Alleen de regels van dit project, of alles"))
    form.addRow(QCoreApplication.translate("ExportChoices", "&Project:"), box)
    return box


def _save_buttons(form: QFormLayout, dialog: QDialog) -> None:
    """Opslaan als… (asks where next) and Annuleren."""
    ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
    buttons = QDialogButtonBox(ok | cancel)
    buttons.button(ok).setText(QCoreApplication.translate("ExportChoices", "Opslaan als…"))
    buttons.button(cancel).setText(QCoreApplication.translate("ExportChoices", "Annuleren"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


class WorkbookDialog(QDialog):
    """What goes into a funder's workbook (or the application summary): the whole organisation or one project,
    the years, the fund applied to, a contingency on the costs, the language."""

    def __init__(self, plan: Plan, parent: QWidget | None = None, *, summary: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aanvraagsamenvatting") if summary else self.tr("Excel voor een fonds"))
        form = _form(self, self.tr("Eén A4-pagina bovenop een aanvraag: wie vraagt wat van wie, wat het kost, wie "
                                   "nog meer betaalt en wat er nog te werven is.") if summary else
                     self.tr("Een begroting en dekkingsplan om ongewijzigd bij een aanvraag te voegen. "
                             "Alle bronnen tellen volledig mee, gegroepeerd naar status."))
        self.project = _project_row(form, plan)

        self.first = QSpinBox()
        self.last = QSpinBox()
        for spin, value in ((self.first, plan.first_year), (self.last, plan.last_year)):
            spin.setRange(plan.first_year, plan.last_year)
            spin.setValue(value)
            spin.setGroupSeparatorShown(False)
        self.first.valueChanged.connect(lambda v: self.last.setValue(max(v, self.last.value())))
        self.last.valueChanged.connect(lambda v: self.first.setValue(min(v, self.first.value())))
        years = QHBoxLayout()
        years.addWidget(self.first)
        years.addWidget(QLabel(self.tr("t/m")))
        years.addWidget(self.last)
        years.addStretch(1)
        years_label = QLabel(self.tr("&Jaren:"))
        years_label.setBuddy(self.first)  # a row of two boxes has no buddy of its own: Alt+J goes to the first
        form.addRow(years_label, years)

        self.plan = plan
        self.funder = QComboBox()
        self.funder.addItem(self.tr("(geen: het gewone werkboek)") if not summary else self.tr("(geen)"), None)
        self._list_funders()
        # a project chosen: the years it runs, the funds its sources are asked of
        self.project.currentIndexChanged.connect(lambda _i: self._project_chosen())
        self.funder.setToolTip(self.tr("Het fonds waarbij u aanvraagt: wat dat fonds wordt gevraagd staat "
                                       "gemarkeerd, met de eigen bijdrage ernaast"))
        form.addRow(self.tr("Aanvraag &bij:"), self.funder)

        self.contingency = QDoubleSpinBox()
        self.contingency.setRange(0, float(MAX_CONTINGENCY))
        self.contingency.setDecimals(1)
        self.contingency.setSingleStep(0.5)
        self.contingency.setSuffix(" %")
        self.contingency.setToolTip(self.tr("Onvoorzien: een percentage van de kosten (fondsen aanvaarden meestal "
                                            "10 tot 15 %), meegeteld in de totale kosten; 0 is zonder"))
        form.addRow(self.tr("&Onvoorzien:"), self.contingency)

        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if i18n.current_language() == "nl" else 1)
        form.addRow(self.tr("&Taal van de pagina:") if summary else self.tr("&Taal van het werkblad:"), self.language)

        self.rejected = QCheckBox(self.tr("Afgewezen aanvragen apart vermelden (tellen nooit mee)"))
        self.rejected.setChecked(True)
        if not summary:
            form.addRow("", self.rejected)
        _save_buttons(form, self)

    def _list_funders(self) -> None:
        """The funders of the chosen project's sources (of all, for the whole organisation); the one chosen stays
        chosen while it is one of them."""
        chosen = self.funder.currentData()
        while self.funder.count() > 1:
            self.funder.removeItem(1)
        for name in funders(self.plan, self.project.currentData()):
            self.funder.addItem(name, name)
        self.funder.setCurrentIndex(max(0, self.funder.findData(chosen)))

    def _project_chosen(self) -> None:
        first, last = project_period(self.plan, self.project.currentData())
        self.first.setValue(first.year)  # first, then last: each box keeps the other on its side
        self.last.setValue(last.year)
        self._list_funders()

    def options(self) -> dict:
        pct = Decimal(str(round(self.contingency.value(), 1)))
        return {"project": self.project.currentData(), "years": (self.first.value(), self.last.value()),
                "lang": self.language.currentData(), "include_rejected": self.rejected.isChecked(),
                "funder": self.funder.currentData(), "contingency": pct if pct else None}


class RealisationDialog(QDialog):
    """Exporteren › Verantwoording…: which year, the whole organisation or one project, all sources or one
    funder's, and Excel or PDF; ``options()`` gives them to ``realisation_report``."""

    def __init__(self, plan: Plan, parent: QWidget | None = None, *, today: date | None = None,
                 year: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verantwoording"))
        self.setMinimumWidth(440)
        form = _form(self, self.tr("Begroting en werkelijke bedragen van één jaar, per regel met het verschil en de "
                                   "toelichting: voor de vaststelling door de gemeente of de afrekening met een "
                                   "fonds."))
        self.year = QComboBox()
        for y in plan.years:
            self.year.addItem(str(y), y)
        chosen = year if year in plan.years else default_year(plan, today or date.today())
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        form.addRow(self.tr("&Jaar:"), self.year)

        self.project = _project_row(form, plan)

        self.funder = QComboBox()
        self.funder.addItem(self.tr("Alle bronnen"), None)
        for name in realisation.funders(plan):
            self.funder.addItem(name, name)
        self.funder.setToolTip(self.tr("Alleen de bronnen van deze financier tegen de kosten, voor de afrekening "
                                       "met een fonds"))
        form.addRow(self.tr("&Financier:"), self.funder)

        self.format = QComboBox()
        self.format.addItem(self.tr("Excel-werkmap (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("PDF-document (.pdf)"), "pdf")
        form.addRow(self.tr("&Bestand:"), self.format)
        _save_buttons(form, self)

    def options(self) -> dict:
        return {"year": self.year.currentData(), "project": self.project.currentData(),
                "funder": self.funder.currentData()}

    @property
    def suffix(self) -> str:
        return dict(FORMATS)[self.format.currentData()]
