"""Organisatie's view model, read without a window: the fields as a treasurer reads them, what is wrong with a
value as it is typed, a wrong value kept (not saved) until corrected, the reserve amounts and the plan's years."""

from __future__ import annotations

from dataclasses import replace

from dekkingsplan.core.edits import Settings
from dekkingsplan.core.model import LegalForm, Plan
from dekkingsplan.ui.views.organisation import TEXT_FIELDS, OrganisationView, legal_forms
from tests.plans.examples import demo


class Holder:
    """The plan as a document holds it: each saved edit replaces it."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    def save_organisation(self, organisation) -> None:
        self.plan = replace(self.plan, organisation=organisation)


def view_of(lang: str = "nl") -> tuple[OrganisationView, Holder]:
    held = Holder(demo())
    return OrganisationView(lambda: held.plan, lambda: lang), held


def test_the_fields_as_a_treasurer_reads_them():
    view, _ = view_of()
    assert view.saved_text("name") == "Stichting Buurtkamer De Wissel"
    assert view.saved_text("iban") == "NL91 ABNA 0417 1643 00"  # kept compact, shown in groups of four
    assert view.saved_text("postcode") == "2563 KD"
    assert TEXT_FIELDS[:4] == ("name", "kvk", "rsin", "iban")
    assert legal_forms() == [None, LegalForm.STICHTING, LegalForm.VERENIGING, LegalForm.OTHER]


def test_what_is_wrong_is_said_while_typing_in_core_words_in_the_windows_language():
    view, _ = view_of()
    assert view.problem("kvk", "1234") == "een KvK-nummer heeft precies 8 cijfers"
    assert view.problem("kvk", "12345678") is None
    assert view.problem("rsin", "856321413") == "dit RSIN doorstaat de elfproef niet"
    assert view.problem("iban", "NL91ABNA0417164301") == "geen geldig IBAN (controleer de cijfers)"
    assert view.problem("postcode", "2563 K") == "geen Nederlandse postcode zoals 2511 AB"
    assert view.problem("name", "  ") == "de organisatie heeft een naam nodig"
    assert view.problem("website", "") is None  # optional
    english, _ = view_of("en")
    assert english.problem("kvk", "1234") == "a KvK number has exactly 8 digits"


def test_a_wrong_value_is_held_until_corrected_and_another_fields_edit_does_not_wipe_it():
    view, holder = view_of()
    assert view.commit("kvk", "1234") is None
    assert view.text("kvk") == "1234" and holder.plan.organisation.kvk == "41287365"
    holder.save_organisation(view.commit("city", "Rijswijk"))  # another field saved meanwhile
    assert view.text("kvk") == "1234"
    assert view.unsaved() == [("kvk", "1234", "een KvK-nummer heeft precies 8 cijfers")]
    corrected = view.commit("kvk", "12345678")
    assert corrected is not None and corrected.kvk == "12345678" and corrected.city == "Rijswijk"
    holder.save_organisation(corrected)
    assert view.held == {} and view.text("kvk") == "12345678"


def test_an_iban_and_a_postcode_are_kept_as_core_keeps_them_whatever_was_typed():
    view, _ = view_of()
    assert view.commit("iban", "nl91 abna 0417 1643 00").iban == "NL91ABNA0417164300"
    assert view.commit("postcode", "1012ab").postcode == "1012 AB"
    assert not view.differs("iban", "NL91 ABNA 0417 1643 00")  # the saved value, only spaced
    assert view.differs("city", "Rijswijk")


def test_an_emptied_optional_field_is_absent_but_the_name_stays_text():
    view, _ = view_of()
    assert view.commit("website", "  ").website is None
    assert view.candidate("name", " ").name == ""
    assert view.commit("name", " ") is None


def test_the_reserves_are_read_as_amounts_and_only_the_opening_reserve_may_be_negative():
    view, holder = view_of()
    assert view.read("opening_reserve", "-1.250,50") == (-1250_50, None)
    cents, why = view.read("opening_reserve", "12,5,0")
    assert cents is None and "geen bedrag" in why
    assert view.read("reserve_target", "") == (0, None)  # the board wants none
    assert view.read("reserve_target", "-5")[0] is None
    assert view_of("en")[0].read("reserve_target", "1.39") == (139, None)  # in English a decimal point
    assert view.commit_amount("reserve_target", "veel") is None
    assert view.held == {"reserve_target": "veel"}
    assert view.unsaved()[0][:2] == ("reserve_target", "veel")
    new = view.commit_amount("reserve_target", "12.500")
    assert new == replace(Settings.of(holder.plan), reserve_target=12_500_00) and view.held == {}
    assert view.saved_amount("opening_reserve") == 16_500_00


def test_the_years_are_checked_before_they_become_the_plans():
    view, holder = view_of()
    assert view.years_problem(2031, 2030) == "ligt vóór het eerste jaar"
    assert view.with_years(2031, 2030) is None
    assert view.with_years(2026, 2027) == replace(Settings.of(holder.plan), last_year=2027)
