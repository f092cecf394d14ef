"""Organisatie: the organisation's details, checked as you type, and the plan's years and opening reserve. What a
value means, what is wrong with it and what is kept while it is wrong is ``ui.views.organisation``'s; this
module lays out the fields, words them and sends the edits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.core.edits import Part, SetOrganisation, SetSettings, Settings
from dekkingsplan.core.goal_seek import six_months_of_fixed_costs
from dekkingsplan.core.model import Organisation, VatTreatment
from dekkingsplan.core.validation import MAX_YEARS
from dekkingsplan.ui import i18n
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.screens.base import Screen
from dekkingsplan.ui.views.organisation import TEXT_FIELDS, OrganisationView, legal_forms
from dekkingsplan.ui.widgets.text_style import note_label, set_text_style

SHORT_FIELDS = {"kvk": 140, "rsin": 140, "iban": 260, "postcode": 110}
LABEL_WIDTH = 130
ERROR = "#b3261e"  # what is wrong with a field, in words and around it
ERROR_STYLE = "QLineEdit[invalid=\"true\"] { border: 1px solid #b3261e; background: #fdf1f0; }"


class _Field(QWidget):
    """A line edit with the sentence that says what is wrong with it underneath, in a line kept for it: a
    sentence appearing pushed every field below it down, under the pointer of a treasurer about to click one."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.error = QLabel(self)
        set_text_style(self.error, colour=ERROR)
        # one line, always there: a longer sentence is cut at the edge and read whole in its tooltip
        self.error.setFixedHeight(self.error.fontMetrics().height() + 2)
        self.error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy = self.error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(policy)
        self.error.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.error)

    def show_error(self, text: str | None) -> None:
        self.edit.setProperty("invalid", bool(text))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        self.error.setText(i18n.sentence(text or ""))
        self.error.setToolTip(self.error.text())
        self.error.setVisible(bool(text))

    def set_text(self, text: str) -> None:
        if self.edit.text() != text:
            self.edit.blockSignals(True)
            self.edit.setText(text)
            self.edit.blockSignals(False)


def _form(group: QGroupBox) -> QFormLayout:
    form = QFormLayout(group)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setVerticalSpacing(8)
    return form


def _label(text: str, buddy: QWidget) -> QLabel:
    """A field's label with its letter: Alt and the letter go to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setMinimumWidth(LABEL_WIDTH)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


def _hint(text: str, parent: QWidget) -> QLabel:
    return note_label(text, "#555", parent)


class OrganisationScreen(Screen):
    """The organisation's details and the plan's settings. Every field is saved when you leave it, if it is right."""

    parts = frozenset({Part.ORGANISATION, Part.SETTINGS})

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setStyleSheet(ERROR_STYLE)
        self.fields: dict[str, _Field] = {}
        # what was typed but is wrong, so not saved, is held by the view: it stays in its field, marked, until
        # it is corrected
        self.view = OrganisationView(lambda: self.document.plan, i18n.current_language)
        self._labels: dict[str, str] = {}

        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        body.setMaximumWidth(780)
        holder = QWidget()
        holder_row = QHBoxLayout(holder)
        holder_row.setContentsMargins(0, 0, 0, 0)
        holder_row.addWidget(body, 1)
        holder_row.addStretch(0)
        scroll.setWidget(holder)
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 8, 8, 8)

        heading = self.make_heading(body)
        column.addWidget(heading)

        column.addWidget(self._organisation_group(body))
        column.addWidget(self._plan_group(body))
        column.addStretch(1)

        self.refresh()

    # --- building ------------------------------------------------------------------------------------------

    def _organisation_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Gegevens van de organisatie"), parent)
        form = _form(group)
        # every label a letter of its own on this screen, none a menu's (Alt+B is Bestand): Alt+P goes to Plaats
        labels = {
            "name": self.tr("&Naam"), "kvk": self.tr("&KvK-nummer"), "rsin": self.tr("R&SIN"),
            "iban": self.tr("&IBAN"), "address": self.tr("A&dres"), "postcode": self.tr("P&ostcode"),
            "city": self.tr("&Plaats"), "email": self.tr("E-&mail"), "website": self.tr("W&ebsite"),
            "contact": self.tr("&Contactpersoon"),
        }
        placeholders = {
            "name": self.tr("Stichting Buurtkamer De Wissel"), "kvk": self.tr("8 cijfers"),
            "rsin": self.tr("9 cijfers"), "iban": self.tr("NL91 ABNA 0417 1643 00"), "postcode": self.tr("2511 AB"),
        }
        self._labels = {**{key: text.replace("&", "") for key, text in labels.items()},
                        "opening_reserve": self.tr("Beginreserve"), "reserve_target": self.tr("Gewenste reserve")}
        self.legal_form = QComboBox(group)
        for form_value in legal_forms():
            self.legal_form.addItem(self.tr("(niet opgegeven)") if form_value is None else i18n.label(form_value),
                                    form_value)
        self.legal_form.activated.connect(self._legal_form_chosen)
        self.anbi = QCheckBox(self.tr("De organisatie heeft de ANBI-status"), group)
        self.anbi.toggled.connect(self._anbi_toggled)

        for key in TEXT_FIELDS:
            field = _Field(placeholders.get(key, ""), group)
            field.edit.setObjectName(f"field_{key}")
            if key in SHORT_FIELDS:
                field.edit.setMaximumWidth(SHORT_FIELDS[key])
            field.edit.textEdited.connect(lambda _text, k=key: self._check_field(k))
            field.edit.editingFinished.connect(lambda k=key: self._commit_field(k))
            self.fields[key] = field
            form.addRow(_label(labels[key], field.edit), field)
            if key == "name":
                form.addRow(_label(self.tr("&Rechtsvorm"), self.legal_form), self.legal_form)
            if key == "iban":
                form.addRow(_label(self.tr("&ANBI"), self.anbi), self.anbi)
        return group

    def _plan_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Plan"), parent)
        form = _form(group)
        years = QWidget(group)
        row = QHBoxLayout(years)
        row.setContentsMargins(0, 0, 0, 0)
        self.first_year = QSpinBox(years)
        self.last_year = QSpinBox(years)
        for box in (self.first_year, self.last_year):
            box.setRange(1900, 2200)
            box.setGroupSeparatorShown(False)
            box.setKeyboardTracking(False)
            box.valueChanged.connect(self._years_changed)
        row.addWidget(self.first_year)
        row.addWidget(QLabel(self.tr("tot en met"), years))
        row.addWidget(self.last_year)
        row.addStretch(1)
        self.years_error = QLabel(group)
        set_text_style(self.years_error, colour=ERROR)
        self.years_error.hide()
        hint = _hint(self.tr("Een plan beslaat 1 tot {n} jaar. Regels buiten deze jaren blijven bewaard; "
                             "ze worden alleen niet getoond.").replace("{n}", str(MAX_YEARS)), group)
        years_cell = QWidget(group)
        cell = QVBoxLayout(years_cell)
        cell.setContentsMargins(0, 0, 0, 0)
        cell.setSpacing(2)
        for widget in (years, self.years_error, hint):
            cell.addWidget(widget)
        form.addRow(_label(self.tr("&Jaren"), self.first_year), years_cell)
        self.reserve = self._amount_field("opening_reserve", self.tr("bijvoorbeeld 8.500,00"), group,
                                          self._commit_reserve)
        self.reserve.layout().addWidget(
            _hint(self.tr("Het geld in kas aan het begin van het eerste jaar (mag negatief zijn)."), group))
        form.addRow(_label(self.tr("Be&ginreserve"), self.reserve.edit), self.reserve)

        self.target = self._amount_field("reserve_target", self.tr("bijvoorbeeld 15.000,00"), group,
                                         self._commit_target)
        self.six_months = QPushButton(self.tr("&Zes maanden vaste lasten"), group)
        self.six_months.setToolTip(self.tr("Vult zes keer de maandelijkse kosten van de Begroting in"))
        self.six_months.clicked.connect(self._fill_six_months)
        self.target.layout().addWidget(self.six_months)
        self.target.layout().addWidget(_hint(self.tr(
            "De reserve die het bestuur wil aanhouden, bijvoorbeeld zes maanden vaste lasten. Het Overzicht zegt "
            "hoeveel er nog bij moet om die te houden."), group))
        form.addRow(_label(self.tr("Gewenste reser&ve"), self.target.edit), self.target)

        vat_box = QWidget(group)
        vat_column = QVBoxLayout(vat_box)
        vat_column.setContentsMargins(0, 0, 0, 0)
        vat_column.setSpacing(2)
        self.vat_buttons: dict[VatTreatment | None, QRadioButton] = {}
        explanations = {
            None: self.tr("Niet opgegeven — fondsen vragen het; kies een van de drie hieronder"),
            VatTreatment.INCLUDED: self.tr("Inclusief btw — de organisatie kan de btw niet terugvragen: btw is een "
                                           "kostenpost (de meeste stichtingen)"),
            VatTreatment.EXCLUDED: self.tr("Exclusief btw — de organisatie is btw-plichtig en trekt de btw af als "
                                           "voorbelasting"),
            VatTreatment.COMPENSABLE: self.tr("Exclusief btw, compensabel — de btw wordt gecompenseerd en is geen "
                                              "kostenpost"),
        }
        for value, text in explanations.items():
            button = QRadioButton(text, vat_box)
            button.setObjectName(f"vat_{value.value if value else 'none'}")
            button.toggled.connect(lambda checked, v=value: checked and self._vat_chosen(v))
            vat_column.addWidget(button)
            self.vat_buttons[value] = button
        vat_column.addWidget(_hint(self.tr("Staat op elke werkmap en samenvatting voor een fonds."), group))
        form.addRow(_label(self.tr("B&tw"), self.vat_buttons[None]), vat_box)
        return group

    def _commit_target(self) -> None:
        self._commit_amount("reserve_target", self.target, self._set_target)

    def _set_target(self, new: Settings) -> None:
        if not self._set_settings(new, self.tr("gewenste reserve wijzigen")):
            self.target.set_text(i18n.amount(new.reserve_target, symbol=False))

    def _fill_six_months(self) -> None:
        self.view.release("reserve_target")
        self._set_target(self.view.with_target(six_months_of_fixed_costs(self.document.plan)))

    def _vat_chosen(self, value: VatTreatment | None) -> None:
        self._set_organisation(replace(self.document.plan.organisation, vat=value))

    # --- showing the plan ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        plan = self.document.plan
        org = plan.organisation
        for key, field in self.fields.items():
            field.set_text(self.view.text(key))  # IBAN in groups of four, postcode 2511 AB
            if key in self.view.held:  # another field's edit must not wipe what is still being corrected here
                self._check_field(key)
            else:
                field.show_error(None)
        self.legal_form.setCurrentIndex(max(0, self.legal_form.findData(org.legal_form)))
        self.anbi.blockSignals(True)
        self.anbi.setChecked(bool(org.anbi))
        self.anbi.blockSignals(False)
        for box, value in ((self.first_year, plan.first_year), (self.last_year, plan.last_year)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.years_error.hide()
        for key, field in (("opening_reserve", self.reserve), ("reserve_target", self.target)):
            if key in self.view.held:
                field.set_text(self.view.held[key])
                field.show_error(self.view.read(key, self.view.held[key])[1])
            else:
                field.set_text(i18n.amount(self.view.saved_amount(key), symbol=False))
                field.show_error(None)
        button = self.vat_buttons[org.vat]
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)
        read_only = self.document.read_only  # a plan open in another window can be read here, not changed
        for edit in [f.edit for f in self.fields.values()] + [self.reserve.edit, self.target.edit]:
            edit.setReadOnly(read_only)
        for widget in (self.legal_form, self.anbi, self.first_year, self.last_year, self.six_months,
                       *self.vat_buttons.values()):
            widget.setEnabled(not read_only)

    def commit_pending(self) -> None:
        """A field still being typed in is saved (when right) before the window closes or another plan opens:
        its editingFinished comes only when the focus leaves it, which is after the plan has been closed."""
        if self.document.read_only:
            return
        plan = self.document.plan
        typed = {key: field.edit.text() for key, field in self.fields.items()}
        reserve = self.reserve.edit.text()
        # each commit refreshes the screen with the saved values, so put back what was typed before each one
        for key, text in typed.items():
            if self.view.differs(key, text):
                self.fields[key].set_text(text)
                self._commit_field(key)
        target = self.target.edit.text()
        if reserve != i18n.amount(plan.opening_reserve, symbol=False):
            self.reserve.set_text(reserve)
            self._commit_reserve()
        if target != i18n.amount(self.document.plan.reserve_target, symbol=False):
            self.target.set_text(target)
            self._commit_target()

    # --- organisation ---------------------------------------------------------------------------------------

    def _check_field(self, key: str) -> bool:
        """Show what is wrong with the field as it stands; True when it may be saved."""
        problem = self.view.problem(key, self.fields[key].edit.text())
        self.fields[key].show_error(problem)
        return problem is None

    def unsaved(self) -> list[str]:
        return [self.tr("{field} ‘{typed}’: {why}").format(field=self._labels.get(key, key), typed=typed.strip(),
                                                            why=i18n.sentence(why))
                for key, typed, why in self.view.unsaved()]

    def _commit_field(self, key: str) -> None:
        candidate = self.view.commit(key, self.fields[key].edit.text())
        if candidate is None:
            self._check_field(key)
            return
        self._set_organisation(candidate)

    def _legal_form_chosen(self, index: int) -> None:
        self._set_organisation(replace(self.document.plan.organisation, legal_form=self.legal_form.itemData(index)))

    def _anbi_toggled(self, checked: bool) -> None:
        self._set_organisation(replace(self.document.plan.organisation, anbi=checked))

    def _set_organisation(self, new: Organisation) -> None:
        old = self.document.plan.organisation
        if new != old:
            self.document.apply(SetOrganisation(old, new, label=self.tr("organisatiegegevens wijzigen")))

    # --- plan settings --------------------------------------------------------------------------------------

    def _years_changed(self) -> None:
        first, last = self.first_year.value(), self.last_year.value()
        problem = self.view.years_problem(first, last)
        self.years_error.setText(i18n.sentence(problem or ""))
        self.years_error.setVisible(problem is not None)
        new = self.view.with_years(first, last)
        if new is not None:
            self._set_settings(new, self.tr("planjaren wijzigen"))

    def _commit_reserve(self) -> None:
        self._commit_amount("opening_reserve", self.reserve, self._set_reserve)

    def _set_reserve(self, new: Settings) -> None:
        if not self._set_settings(new, self.tr("beginreserve wijzigen")):
            self.reserve.set_text(i18n.amount(new.opening_reserve, symbol=False))

    # the opening reserve and the reserve target: an amount field each, read as it is typed, saved when left

    def _amount_field(self, key: str, example: str, group: QWidget, commit: Callable[[], None]) -> _Field:
        field = _Field(example, group)
        field.edit.setObjectName(f"field_{key}")
        field.edit.setMaximumWidth(160)
        field.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        field.edit.textEdited.connect(lambda _t: self._read_amount(key, field))
        field.edit.editingFinished.connect(commit)
        return field

    def _read_amount(self, key: str, field: _Field) -> int | None:
        cents, why = self.view.read(key, field.edit.text())
        field.show_error(why)
        return cents

    def _commit_amount(self, key: str, field: _Field, put: Callable[[Settings], None]) -> None:
        new = self.view.commit_amount(key, field.edit.text())
        if new is None:
            self._read_amount(key, field)
        else:
            put(new)

    def _set_settings(self, new: Settings, label: str) -> bool:
        """Save ``new`` as one edit named ``label``; False when it is what the plan holds already."""
        old = Settings.of(self.document.plan)
        if new == old:
            return False
        self.document.apply(SetSettings(old, new, label=label))
        return True
