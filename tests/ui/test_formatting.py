"""Amounts and dates on screen (Qt's locale data) read exactly as in the exports and the command line (Babel), in
both languages, so the window and the sheet the treasurer hands to a fund never disagree on a figure."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dekkingsplan.core.money import format_amount
from dekkingsplan.ui import i18n

AMOUNTS = [0, 1, -1, 5, -5, 99, -99, 100, -100, 101, 99_999, 100_000, -100_000, 123_456, -123_456,
           123_456_789, -123_456_789, 2**31 * 100 + 7, -(2**31 * 100 + 7), 10**17 + 12, -(10**17 + 12)]


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest) -> str:
    i18n.install_language(request.param)
    return request.param


@pytest.mark.parametrize("cents", AMOUNTS)
def test_an_amount_on_screen_reads_as_in_the_exports(language: str, cents: int) -> None:
    assert i18n.amount(cents) == format_amount(cents, language)
    assert i18n.amount(cents, symbol=False) == format_amount(cents, language, symbol=False)


def test_the_two_languages_write_an_amount_their_own_way(language: str) -> None:
    expected = {"nl": ("€\u00a0-1.234,56", "1.234,56"), "en": ("-€1,234.56", "1,234.56")}[language]
    assert (i18n.amount(-123456), i18n.amount(123456, symbol=False)) == expected


@settings(max_examples=200, deadline=None)
@given(cents=st.integers(min_value=-(10**15), max_value=10**15), lang=st.sampled_from(["nl", "en"]))
def test_any_amount_reads_as_in_the_exports(cents: int, lang: str) -> None:
    i18n.install_language(lang)
    assert i18n.amount(cents) == format_amount(cents, lang)
    assert i18n.amount(cents, symbol=False) == format_amount(cents, lang, symbol=False)


def test_a_date_on_screen_reads_as_in_the_exports(language: str) -> None:
    from babel.dates import format_date

    locale = {"nl": "nl_NL", "en": "en_GB"}[language]
    for value in [date(2026, month, day) for month in range(1, 13) for day in (1, 28)] + [date(2030, 12, 31)]:
        assert i18n.day(value) == format_date(value, "d MMM yyyy", locale=locale)
    assert i18n.day(None) == ""


def test_a_negative_amount_has_the_same_minus_everywhere_on_screen() -> None:
    """The Realisatie's differences, the bank statement's amounts and the chart's scale write a negative amount
    as every table does (i18n.amount: a hyphen-minus, which a spreadsheet also reads when it is copied)."""
    from dekkingsplan.export.chart import _euro_ticks
    from dekkingsplan.ui.screens.realisation import signed
    from dekkingsplan.ui.widgets.bank_import import _signed

    i18n.install_language("nl")
    assert i18n.amount(-1250_00, symbol=False) == "-1.250,00"
    assert signed(-1250_00) == "-1.250,00" and signed(160_00) == "+160,00" and signed(0) == "0,00"
    assert _signed(-1395_00) == "-1.395,00" and _signed(45_00, plus=True) == "+45,00"
    assert _euro_ticks("nl")(-100000, 0) == i18n.amount(-100000_00).removesuffix(",00") == "€\u00a0-100.000"
