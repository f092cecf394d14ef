"""Organisatie as widgets: details checked as you type, saved when right, and the plan's years and reserve. Each
field's rules and what is held while wrong are the view's: test_organisation_view.py."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dekkingsplan.core.model import VatTreatment
from dekkingsplan.ui import i18n
from dekkingsplan.ui.screens.organisation import OrganisationScreen


def _screen(qtbot, document) -> OrganisationScreen:
    screen = OrganisationScreen(document)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_shows_the_organisation_and_the_plan(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    assert screen.fields["name"].edit.text() == "Stichting Buurtkamer De Wissel"
    assert screen.fields["kvk"].edit.text() == "41287365"
    assert screen.anbi.isChecked()
    assert (screen.first_year.value(), screen.last_year.value()) == (2026, 2030)
    assert screen.reserve.edit.text() == "16.500,00"


def test_a_wrong_kvk_number_is_explained_while_typing_and_not_saved(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    field = screen.fields["kvk"]
    _retype(qtbot, field.edit, "1234")
    assert field.error.text() == "Een KvK-nummer heeft precies 8 cijfers."
    field.edit.editingFinished.emit()
    assert demo_document.plan.organisation.kvk == "41287365"
    qtbot.keyClicks(field.edit, "5678")
    assert field.error.text() == ""
    field.edit.editingFinished.emit()
    assert demo_document.plan.organisation.kvk == "12345678"


def test_legal_form_and_anbi_are_saved_and_undone(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    screen.legal_form.setCurrentIndex(screen.legal_form.findText("vereniging"))
    screen.legal_form.activated.emit(screen.legal_form.currentIndex())
    screen.anbi.click()
    assert demo_document.plan.organisation.legal_form == "vereniging"
    assert demo_document.plan.organisation.anbi is False
    demo_document.undo_stack.undo()
    demo_document.undo_stack.undo()
    assert demo_document.plan.organisation.legal_form == "stichting"
    assert screen.anbi.isChecked()
    assert screen.legal_form.currentText() == "stichting"


def test_changing_the_years_keeps_every_line_and_undo_restores_them(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    lines = len(demo_document.plan.costs) + len(demo_document.plan.sources)
    screen.last_year.setValue(2027)
    assert demo_document.plan.last_year == 2027
    assert len(demo_document.plan.costs) + len(demo_document.plan.sources) == lines
    assert [y.year for y in demo_document.projection().years] == [2026, 2027]
    demo_document.undo_stack.undo()
    assert demo_document.plan.last_year == 2030
    assert screen.last_year.value() == 2030


def test_years_in_the_wrong_order_are_refused_with_a_sentence(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    screen.first_year.setValue(2031)
    assert demo_document.plan.first_year == 2026
    assert screen.years_error.text() == "Ligt vóór het eerste jaar."
    screen.last_year.setValue(2040)
    assert (demo_document.plan.first_year, demo_document.plan.last_year) == (2031, 2040)


def test_opening_reserve_reads_dutch_amounts_and_may_be_negative(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    _retype(qtbot, screen.reserve.edit, "12,5,0")
    assert "geen bedrag" in screen.reserve.error.text()
    screen.reserve.edit.editingFinished.emit()
    assert demo_document.plan.opening_reserve == 1650000
    _retype(qtbot, screen.reserve.edit, "-1.250,50")
    screen.reserve.edit.editingFinished.emit()
    assert demo_document.plan.opening_reserve == -125050
    assert screen.reserve.edit.text() == "-1.250,50"


def test_fewer_years_shorten_begroting_and_undo_from_the_agenda_brings_them_back(qtbot, make_window, demo_file):
    from dekkingsplan.ui.screens.agenda import AgendaScreen
    from dekkingsplan.ui.screens.costs import CostsScreen

    window = make_window()
    assert window.open_path(demo_file)
    screen = window.show_screen(OrganisationScreen)
    screen.last_year.setValue(2027)
    costs = window.show_screen(CostsScreen)
    assert [c.key for c in costs.totals_model.columns][1:] == ["2026", "2027", "total"]
    window.show_screen(AgendaScreen)
    window.undo_action.trigger()
    assert window.document.plan.last_year == 2030
    costs = window.show_screen(CostsScreen)
    assert [c.key for c in costs.totals_model.columns][1:] == ["2026", "2027", "2028", "2029", "2030", "total"]
    assert window.show_screen(OrganisationScreen).last_year.value() == 2030


def test_a_plan_opened_read_only_can_be_read_here_but_not_changed(qtbot, demo_document):
    demo_document.file.read_only = True
    screen = _screen(qtbot, demo_document)
    assert screen.fields["kvk"].edit.isReadOnly()
    assert not screen.first_year.isEnabled() and not screen.anbi.isEnabled()
    assert screen.fields["name"].edit.text() == "Stichting Buurtkamer De Wissel"


def test_a_detail_being_typed_is_saved_when_the_window_closes(qtbot, make_window, demo_file):
    """The treasurer types the new city and the opening reserve, and closes the window without leaving the field."""
    window = make_window()
    assert window.open_path(demo_file)
    screen = window.show_screen(OrganisationScreen)
    _retype(qtbot, screen.fields["city"].edit, "Rijswijk")
    _retype(qtbot, screen.reserve.edit, "9.250")
    window.close()
    again = make_window()
    assert again.open_path(demo_file)
    assert again.document.plan.organisation.city == "Rijswijk"
    assert again.document.plan.opening_reserve == 925000


def test_the_reserve_target_is_typed_or_filled_with_six_months_of_monthly_costs(qtbot, demo_document):
    from dekkingsplan.core.goal_seek import six_months_of_fixed_costs

    screen = _screen(qtbot, demo_document)
    assert screen.target.edit.text() == "15.000,00"  # the demo's board keeps 15.000
    _retype(qtbot, screen.target.edit, "12.500")
    screen.target.edit.editingFinished.emit()
    assert demo_document.plan.reserve_target == 12_500_00
    # the demo's monthly costs in 2026: volunteers' allowances 450,00, rent 1.395,00 and the meals' ingredients
    # 650,00 (from September) a month: 6 × 2.495,00 = 14.970,00
    assert six_months_of_fixed_costs(demo_document.plan) == 14_970_00
    screen.six_months.click()
    assert demo_document.plan.reserve_target == 14_970_00
    assert screen.target.edit.text() == "14.970,00"
    assert screen.target.edit.text() == i18n.amount(demo_document.plan.reserve_target, symbol=False)
    demo_document.undo_stack.undo()
    assert demo_document.plan.reserve_target == 12_500_00
    _retype(qtbot, screen.target.edit, "veel")
    screen.target.edit.editingFinished.emit()
    assert screen.target.error.text() and demo_document.plan.reserve_target == 12_500_00
    assert screen.target.edit.text() == "veel"  # kept, marked, until corrected


def test_vat_is_a_choice_with_a_line_of_explanation_each(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    assert screen.vat_buttons[VatTreatment.INCLUDED].isChecked()  # the demo's amounts include BTW
    texts = [b.text() for b in screen.vat_buttons.values()]
    assert all(" — " in t for t in texts)
    assert texts[1].startswith("Inclusief btw — de organisatie kan de btw niet terugvragen")
    screen.vat_buttons[VatTreatment.COMPENSABLE].click()
    assert demo_document.plan.organisation.vat == VatTreatment.COMPENSABLE
    demo_document.undo_stack.undo()
    assert demo_document.plan.organisation.vat == VatTreatment.INCLUDED
    assert screen.vat_buttons[VatTreatment.INCLUDED].isChecked()
