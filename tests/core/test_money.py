"""Money: what a treasurer types becomes exact cents; anything ambiguous is refused in plain Dutch."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dekkingsplan.core.errors import AmountError
from dekkingsplan.core.money import (
    cents_to_str,
    decimal_to_cents,
    format_amount,
    parse_amount,
    parse_plain_amount,
    ratio_str,
    round_half_up,
    round_ratio,
)


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("1.234,56", 1234_56),          # Dutch: point for thousands, comma for cents
        ("1234,56", 1234_56),
        ("€ 1.234,56", 1234_56),
        ("€1.234,56", 1234_56),
        ("1234.56", 1234_56),           # a point with two decimals is a decimal point
        ("1,234.56", 1234_56),          # English grouping, both separators present
        ("1234", 1234_00),
        ("43.150", 43150_00),           # a point followed by three digits is Dutch thousands
        ("1.234.567,89", 1234567_89),
        ("€ 850,-", 850_00),            # the Dutch "round euros" dash
        ("850,--", 850_00),
        ("1.234,-", 1234_00),
        ("12,5", 12_50),                # one decimal means tens of cents
        ("0,05", 5),
        ("  1234,56  ", 1234_56),
        ("1234,56 €", 1234_56),
        ("EUR 99", 99_00),
        ("€\u00a01.234,56", 1234_56),   # a non-breaking space, as copied from a spreadsheet
    ],
)
def test_treasurer_types_an_amount_and_gets_exact_cents(typed: str, cents: int) -> None:
    assert parse_amount(typed) == cents


@pytest.mark.parametrize(
    "typed",
    [
        "12,3,4",       # commas in the wrong places
        "1.2.3",        # points in the wrong places
        "12,345",       # three decimals, or a thousands comma? ambiguous
        "1234,567",
        "1.234,567",    # three decimals after a grouped number
        "1234.567",
        "12a",          # letters
        "abc",
        "12 34",
        "12,5,0",
        "",             # empty
        "   ",
        "€",
        ",50",          # must begin with a digit
        "12,",
        "1.23.456,00",  # thousands not grouped by three
        "-5",           # negative where an amount must be ≥ 0
    ],
)
def test_treasurer_types_nonsense_and_gets_a_clear_dutch_refusal(typed: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount(typed)
    dutch = caught.value.text("nl")
    assert dutch.startswith(f"'{typed}' is geen bedrag: ")
    reason = dutch.removeprefix(f"'{typed}' is geen bedrag: ")
    assert reason and reason != caught.value.en  # a Dutch sentence, not the English one
    assert str(caught.value).startswith(f"'{typed}' is not an amount: ")


def test_each_refusal_names_its_reason_in_dutch() -> None:
    reasons = {}
    for typed in ("", "12a", "12,3,4", "1.2.3", "12,345", "1.234,567", "-5"):
        with pytest.raises(AmountError) as caught:
            parse_amount(typed)
        reasons[typed] = caught.value.text("nl")
    assert reasons[""].endswith("het is leeg")
    assert "alleen cijfers" in reasons["12a"]
    assert "komma" in reasons["12,3,4"]
    assert "punten" in reasons["1.2.3"]
    assert "drie decimalen" in reasons["12,345"]
    assert "meer dan twee decimalen" in reasons["1.234,567"]
    assert "negatief" in reasons["-5"]


def test_a_negative_amount_is_read_where_it_is_allowed() -> None:
    assert parse_amount("-1.234,56", allow_negative=True) == -1234_56
    assert parse_amount("€ -850,-", allow_negative=True) == -850_00
    assert parse_amount("\u22125", allow_negative=True) == -5_00  # the typographic minus sign


@pytest.mark.parametrize(
    ("text", "cents"),
    [("1234.50", 1234_50), ("0", 0), ("0.5", 50), ("41000.00", 41000_00), ("-80", -80_00)],
)
def test_the_interchange_form_is_read_exactly(text: str, cents: int) -> None:
    assert parse_plain_amount(text, allow_negative=True) == cents


@pytest.mark.parametrize("text", ["1.234,56", "12,50", "1e3", "1234.567", ".5", "", "+5"])
def test_the_interchange_form_refuses_anything_else(text: str) -> None:
    with pytest.raises(AmountError):
        parse_plain_amount(text)


def _plain_by_definition(text: str, allow_negative: bool) -> int | None:
    """The interchange form as DESIGN.md defines it, written out slowly: an optional minus, ASCII digits, a point
    with one or two decimals, at most a billion; None where it is refused."""
    s = text.strip()
    if not re.fullmatch(r"-?[0-9]+(\.[0-9]{1,2})?", s):
        return None
    value = Decimal(s)
    if abs(value) > Decimal("1000000000.00") or (value < 0 and not allow_negative):
        return None
    return int(value * 100)


_PLAIN_LIKE = st.from_regex(r"\A\s?-?[0-9\u0663\u00b2]{0,14}(\.[0-9]{0,3})?\s?\Z")


@given(st.one_of(_PLAIN_LIKE, st.text(max_size=20)), st.booleans())
def test_the_interchange_form_is_read_as_its_definition_says(text: str, allow_negative: bool) -> None:
    """The quick reading of a plan's amounts takes exactly what the definition takes, as the same cents."""
    expected = _plain_by_definition(text, allow_negative)
    if expected is None:
        with pytest.raises(AmountError):
            parse_plain_amount(text, allow_negative=allow_negative)
    else:
        assert parse_plain_amount(text, allow_negative=allow_negative) == expected


def test_the_interchange_form_is_written_with_two_decimals_and_a_point() -> None:
    assert cents_to_str(1234_50) == "1234.50"
    assert cents_to_str(-1234_50) == "-1234.50"
    assert cents_to_str(5) == "0.05"
    assert cents_to_str(-5) == "-0.05"
    assert cents_to_str(0) == "0.00"
    assert cents_to_str(1234567_89) == "1234567.89"  # no grouping


def test_a_decimal_becomes_cents_only_when_nothing_is_lost() -> None:
    assert decimal_to_cents(Decimal("41000.1")) == 41000_10
    with pytest.raises(AmountError):
        decimal_to_cents(Decimal("0.005"))
    with pytest.raises(AmountError):
        decimal_to_cents(Decimal("-1"))
    with pytest.raises(AmountError):
        decimal_to_cents(Decimal("NaN"))


def test_amounts_are_shown_the_dutch_and_the_english_way() -> None:
    assert format_amount(1234_56, "nl") == "€\u00a01.234,56"
    assert format_amount(1234_56, "en") == "€1,234.56"
    assert format_amount(5, "nl") == "€\u00a00,05"
    assert format_amount(1234567_00, "nl") == "€\u00a01.234.567,00"
    assert format_amount(1234_56, "nl", symbol=False) == "1.234,56"
    assert format_amount(1234_56, "en", symbol=False) == "1,234.56"


@pytest.mark.parametrize(
    ("value", "rounded"),
    [
        (Fraction(5, 2), 3),        # 2.5 -> 3
        (Fraction(-5, 2), -3),      # -2.5 -> -3: halves away from zero, as Decimal's ROUND_HALF_UP
        (Fraction(1, 2), 1),
        (Fraction(-1, 2), -1),
        (Fraction(7, 2), 4),
        (Fraction(-7, 2), -4),
        (Fraction(249, 100), 2),    # 2.49 -> 2
        (Fraction(-249, 100), -2),
        (Fraction(251, 100), 3),
        (Fraction(-251, 100), -3),
        (Fraction(4307562_5, 10), 4307563),  # 43075.625 euro -> 43075.63
        (Fraction(0), 0),
        (7, 7),
    ],
)
def test_round_half_up_on_positive_and_negative_halves(value: Fraction | int, rounded: int) -> None:
    assert round_half_up(value) == rounded
    # the same rule as Decimal's ROUND_HALF_UP, which a bookkeeper's spreadsheet also uses
    exact = Decimal(value.numerator) / Decimal(value.denominator) if isinstance(value, Fraction) else Decimal(value)
    assert int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)) == rounded


def test_a_ratio_has_exactly_four_decimals_rounded_half_up() -> None:
    assert ratio_str(round_ratio(Fraction(12345, 100000))) == "0.1235"   # 0.12345 -> 0.1235
    assert ratio_str(round_ratio(Fraction(12344_9, 1000000))) == "0.1234"  # 0.123449 -> 0.1234
    assert ratio_str(round_ratio(Fraction(2, 3))) == "0.6667"
    assert ratio_str(round_ratio(Fraction(1))) == "1.0000"
    assert ratio_str(round_ratio(Fraction(0))) == "0.0000"
    assert ratio_str(round_ratio(Fraction(3, 2))) == "1.5000"
    assert ratio_str(None) is None


@pytest.mark.parametrize("typed, cents_reading, whole_reading", [
    ("1.39", "1,39", "139"), ("1.5", "1,50", "15"), ("1234.56", "1234,56", "123456"), ("€ 12.5", "12,50", "125")])
def test_a_point_with_one_or_two_digits_is_asked_about_in_dutch(typed, cents_reading, whole_reading):
    with pytest.raises(AmountError) as asked:
        parse_amount(typed, point_decimals=False)
    assert asked.value.text("nl") == (f"'{typed}' kan twee bedragen zijn: bedoelt u €\u00a0{cents_reading} of "
                                      f"€\u00a0{whole_reading}? Schrijf {cents_reading} of {whole_reading}")


@pytest.mark.parametrize("typed, cents", [("1.395", 1395_00), ("1.234,56", 1234_56), ("1,39", 1_39), ("139", 139_00)])
def test_the_dutch_reading_keeps_what_is_clear(typed, cents):
    assert parse_amount(typed, point_decimals=False) == cents
