"""Months and dates as the plan writes them and as people type them."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.months import (
    Month,
    months_between,
    parse_date,
    parse_month,
    parse_strict_date,
    parse_strict_month,
)


@pytest.mark.parametrize("typed", ["2026-09", "2026-9", "9-2026", "09/2026", "2026/09", " 2026-09 ", "sep 2026",
                                   "september 2026", "Sept. 2026", "SEP 2026", "Sep 2026", "September 2026"])
def test_a_month_typed_in_any_usual_way_is_september_2026(typed: str) -> None:
    assert parse_month(typed) == Month(2026, 9)


@pytest.mark.parametrize("typed", ["2026-13", "2026-00", "13-2026", "sopt 2026", "2026", "26-09", "", "2026-09-01",
                                   "1899-12"])
def test_a_month_that_does_not_exist_is_refused_in_dutch(typed: str) -> None:
    with pytest.raises(DekkingsplanError) as caught:
        parse_month(typed)
    assert caught.value.text("nl").startswith(f"'{typed}'")
    assert caught.value.text("nl") != caught.value.text("en")


def test_the_interchange_form_of_a_month_is_exactly_yyyy_mm() -> None:
    assert parse_strict_month("2026-09") == Month(2026, 9)
    assert str(Month(2026, 9)) == "2026-09"
    for loose in ("2026-9", "09-2026", "09/2026", " 2026-09"):
        with pytest.raises(DekkingsplanError):
            parse_strict_month(loose)


def test_months_count_both_ends_and_cross_years() -> None:
    assert months_between(Month(2026, 9), Month(2026, 9)) == 1
    assert months_between(Month(2026, 9), Month(2028, 8)) == 24   # Sep 2026 .. Aug 2028
    assert months_between(Month(2026, 1), Month(2026, 12)) == 12
    assert Month(2026, 11).plus(3) == Month(2027, 2)
    assert Month(2026, 1).plus(-1) == Month(2025, 12)
    assert Month(2025, 12) < Month(2026, 1) < Month(2026, 2)


def test_dates_typed_the_dutch_way_or_iso() -> None:
    assert parse_date("2026-03-01") == date(2026, 3, 1)
    assert parse_date("1-3-2026") == date(2026, 3, 1)       # day first, as in the Netherlands
    assert parse_date("01-03-2026") == date(2026, 3, 1)
    assert parse_date("1.3.2026") == date(2026, 3, 1)
    assert parse_strict_date("2026-03-01") == date(2026, 3, 1)


@pytest.mark.parametrize("typed", ["2026-02-30", "31-4-2026", "2026-3-1", "maart 2026", ""])
def test_a_date_that_does_not_exist_is_refused(typed: str) -> None:
    with pytest.raises(DekkingsplanError) as caught:
        parse_date(typed)
    assert "datum" in caught.value.text("nl")


def test_the_interchange_form_of_a_date_is_exactly_yyyy_mm_dd() -> None:
    with pytest.raises(DekkingsplanError):
        parse_strict_date("1-3-2026")


@pytest.mark.parametrize("typed", ["1 okt 2026", "01 okt 2026", "1 oktober 2026", "1 Oct 2026", "1 okt. 2026",
                                   "1-10-2026", "2026-10-01"])
def test_a_date_typed_as_a_dutch_treasurer_writes_it(typed: str) -> None:
    assert parse_date(typed) == date(2026, 10, 1)


@pytest.mark.parametrize("typed", ["31 sep 2026", "1 okk 2026", "okt 2026"])
def test_a_date_that_is_no_date_is_refused(typed: str) -> None:
    with pytest.raises(DekkingsplanError):
        parse_date(typed)


@given(st.one_of(st.from_regex(r"\A[0-9\u0663]{4}-[0-9]{2}\Z"), st.text(max_size=9)))
def test_the_interchange_form_of_a_month_is_read_as_its_definition_says(text: str) -> None:
    """The quick reading of a plan's months takes exactly YYYY-MM in ASCII digits, a month 1-12, a year
    1900-2200."""
    fits = re.fullmatch(r"[0-9]{4}-[0-9]{2}", text)
    if fits and 1 <= int(text[5:]) <= 12 and 1900 <= int(text[:4]) <= 2200:
        assert parse_strict_month(text) == Month(int(text[:4]), int(text[5:]))
    else:
        with pytest.raises(DekkingsplanError):
            parse_strict_month(text)


@given(st.one_of(st.from_regex(r"\A[0-9\u0663]{4}-[0-9]{2}-[0-9]{2}\Z"), st.text(max_size=11)))
def test_the_interchange_form_of_a_date_is_read_as_its_definition_says(text: str) -> None:
    """The quick reading of a plan's dates takes exactly YYYY-MM-DD in ASCII digits, a day that exists, a year
    1900-2200."""
    expected = None
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text) and 1900 <= int(text[:4]) <= 2200:
        try:
            expected = date(int(text[:4]), int(text[5:7]), int(text[8:]))
        except ValueError:
            expected = None
    if expected is None:
        with pytest.raises(DekkingsplanError):
            parse_strict_date(text)
    else:
        assert parse_strict_date(text) == expected
