"""Names: every kind of thing the treasurer sees has one Dutch and one English name, looked up in one table."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from dekkingsplan.core.deadlines import DeadlineKind
from dekkingsplan.core.model import Base, Basis, Category, LegalForm, SourceType, Status, VatTreatment
from dekkingsplan.core.money import round_div
from dekkingsplan.core.names import label, labels, scenario_name
from tests.plans.builders import plan, scenario


def test_every_member_of_every_named_kind_has_a_dutch_and_an_english_name():
    for kind in (Basis, Category, SourceType, Status, LegalForm, DeadlineKind, Base, VatTreatment):
        for member in kind:
            assert label(member, "nl").strip() and label(member, "en").strip()


def test_members_spelled_alike_keep_their_own_names():
    # Category.OTHER, SourceType.OTHER and LegalForm.OTHER are all the string "other"
    assert label(Category.OTHER) == "overig"
    assert label(SourceType.OTHER) == "overig"
    assert label(LegalForm.OTHER) == "anders"
    assert label(Status.APPLIED, "en") == "applied"


def test_labels_list_a_kind_in_its_own_order():
    assert list(labels(Basis).values()) == ["eenmalig", "per maand", "per jaar", "totaal over periode"]


def test_a_scenario_is_named_by_its_built_in_name_or_by_the_treasurer():
    p = plan(scenarios=[scenario("ravijn", "expected", name="Gemeente -20%")])
    assert scenario_name(p, "secured") == "Zeker"
    assert scenario_name(p, "maximum", "en") == "Maximum"
    assert scenario_name(p, "ravijn", "en") == "Gemeente -20%"
    assert p.scenarios[0].base is Base.EXPECTED  # the base given as text is the enum


@given(st.integers(-10**12, 10**12), st.integers(1, 10**6))
def test_round_div_rounds_halves_away_from_zero(top, bottom):
    exact = Decimal(top) / Decimal(bottom)
    assert round_div(top, bottom) == int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
