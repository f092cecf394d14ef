"""The new-plan wizard: the organisation's name, the plan's years and opening reserve, then where to save."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.model import Organisation, Plan
from dekkingsplan.core.validation import MAX_YEARS, check_years
from dekkingsplan.ui import i18n
from dekkingsplan.ui.widgets.text_style import set_text_style

SUFFIX = ".dekkingsplan"


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    set_text_style(label, colour="#a61b1b")
    label.hide()
    return label


class _Page(QWizardPage):
    """A page of the wizard with a line under its fields that says what stops it."""

    error: QLabel

    def _show(self, message: str) -> bool:
        """The page stays, saying why."""
        self.error.setText(i18n.sentence(message))
        self.error.show()
        return False

    def _passed(self) -> bool:
        self.error.hide()
        return True


class _PlanPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Uw organisatie en de jaren van het plan"))
        self.setSubTitle(self.tr("Dit kunt u later altijd nog wijzigen."))
        this_year = date.today().year
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("bijvoorbeeld Stichting Buurtkamer De Wissel"))
        self.name.setToolTip(self.tr("De naam van de stichting of vereniging, zoals financiers hem kennen"))
        self.first_year = QSpinBox()
        self.last_year = QSpinBox()
        for box in (self.first_year, self.last_year):
            box.setRange(1900, 2200)
            box.setGroupSeparatorShown(False)
        self.first_year.setValue(this_year)
        self.last_year.setValue(this_year + 3)
        self.first_year.setToolTip(self.tr("Het eerste kalenderjaar van de begroting"))
        self.last_year.setToolTip(self.tr("Het laatste kalenderjaar (hoogstens {n} jaar in totaal)").format(n=MAX_YEARS))
        self.reserve = QLineEdit("0")
        self.reserve.setPlaceholderText("8.500,00")
        self.reserve.setToolTip(self.tr("Het geld op de bank aan het begin van het eerste jaar; typ bijvoorbeeld "
                                        "8.500 of € 8.500,00 (mag 0 of negatief zijn)"))
        self.error = _error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Naam van de organisatie:"), self.name)
        form.addRow(self.tr("&Eerste jaar:"), self.first_year)
        form.addRow(self.tr("&Laatste jaar:"), self.last_year)
        form.addRow(self.tr("&Beginreserve:"), self.reserve)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.registerField("name*", self.name)

    def validatePage(self) -> bool:
        problems = check_years(self.first_year.value(), self.last_year.value())
        if problems:
            first = problems[0]
            return self._show(self.tr("Jaren: {reason}").format(reason=i18n.message(first)))
        try:
            i18n.read_amount(self.reserve.text(), allow_negative=True)
        except DekkingsplanError as exc:
            return self._show(self.tr("Beginreserve: {reason}").format(reason=exc.text(i18n.current_language())))
        if not self.name.text().strip():
            return self._show(self.tr("Vul de naam van de organisatie in."))
        return self._passed()


class _SavePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Waar bewaart u het plan?"))
        self.setSubTitle(self.tr("Het plan is één bestand. Elke wijziging wordt meteen bewaard; u kunt het bestand "
                                 "kopiëren, mailen en overdragen aan de volgende penningmeester."))
        self.path = QLineEdit()
        self.path.setToolTip(self.tr("De map en naam van het planbestand"))
        browse = QPushButton(self.tr("&Bladeren…"))
        browse.setToolTip(self.tr("Kies een map en naam"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Bestand:"))
        label.setBuddy(self.path)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if not self.path.text():
            name = self.field("name").strip() or self.tr("Dekkingsplan")
            safe = "".join(ch for ch in name if ch not in '<>:"/\\|?*').strip() or "Dekkingsplan"
            folder = Path.home() / "Documents"
            self.path.setText(str((folder if folder.is_dir() else Path.home()) / f"{safe}{SUFFIX}"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Plan bewaren als"), self.path.text(),
                                                self.tr("Dekkingsplan (*.dekkingsplan)"))
        if chosen:
            self.path.setText(chosen)

    def chosen_path(self) -> Path:
        text = self.path.text().strip()
        path = Path(text).expanduser()
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)

    def validatePage(self) -> bool:
        if not self.path.text().strip():
            return self._show(self.tr("Kies waar het plan bewaard wordt."))
        path = self.chosen_path()
        if not path.parent.is_dir():
            return self._show(self.tr("De map {folder} bestaat niet.").format(folder=path.parent))
        if path.exists():
            return self._show(self.tr("Er staat al een bestand {name} in die map; kies een andere naam.")
                              .format(name=path.name))
        return self._passed()


class NewPlanWizard(QWizard):
    """Asks for what a new plan needs; ``plan()`` and ``path()`` give the answer after it is accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuw plan"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Vorige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Plan maken"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.plan_page = _PlanPage(self)
        self.save_page = _SavePage(self)
        self.addPage(self.plan_page)
        self.addPage(self.save_page)
        self.resize(560, 380)

    def plan(self) -> Plan:
        page = self.plan_page
        return Plan(organisation=Organisation(name=page.name.text().strip()),
                    first_year=page.first_year.value(), last_year=page.last_year.value(),
                    opening_reserve=i18n.read_amount(page.reserve.text(), allow_negative=True))

    def path(self) -> Path:
        return self.save_page.chosen_path()
