"""Issue 12, item 7: text in the calendar file is cleaned as RFC 5545 requires, whatever the plan's names hold
(the checks refuse such names in a plan; the calendar does not rely on that)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from icalendar import Calendar

from dekkingsplan.export.ics import calendar_bytes, calendar_text

from .test_overview import with_deadlines

NOW = datetime(2026, 2, 1, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(("raw", "clean"), [
    ("De\r\nWissel", "De\nWissel"),  # CR LF: one line break
    ("De\rWissel", "De\nWissel"),
    ("De\nWissel", "De\nWissel"),
    ("De\x0bWissel", "De\nWissel"),  # vertical tab
    ("De\x0cWissel", "De\nWissel"),  # form feed
    ("De\x85Wissel", "De\nWissel"),  # NEL
    ("De\u2028Wissel\u2029", "De\nWissel\n"),  # line and paragraph separators
    ("De\x00\x07\x1b\x7fWissel", "DeWissel"),  # other controls: left out
    ("De\tWissel", "De\tWissel"),  # tab is allowed in TEXT
    ("Co\ud800rdinator", "Cordinator"),  # a lone surrogate is no text
])
def test_calendar_text_keeps_only_what_rfc_5545_allows(raw: str, clean: str) -> None:
    assert calendar_text(raw) == clean
    assert calendar_text(raw, title=True) == clean.replace("\n", " ")  # a title stays on one line


def test_a_name_full_of_line_breaks_gives_a_calendar_that_reads_back() -> None:
    """An organisation name with CR LF used to end in an AssertionError; VT, FF, U+2028 and NEL went in raw."""
    plan = with_deadlines()
    plan.organisation = replace(plan.organisation, name="Het\r\nAnker\x0b\x0c\x85\u2028")
    plan.sources = [replace(s, name=s.name + "\r\x07", funder=(s.funder or "") + "\u2029") for s in plan.sources]
    data = calendar_bytes(plan, now=NOW)
    for line in data.split(b"\r\n"):  # content lines end in CR LF and hold no other control character but tab
        text = line.decode("utf-8")
        assert not any(ch < " " and ch != "\t" or "\x7f" <= ch <= "\x9f" or ch in "\u2028\u2029" for ch in text), \
            repr(text)
    calendar = Calendar.from_ical(data)
    assert str(calendar["x-wr-calname"]) == "Dekkingsplan Het Anker    "
    first = calendar.walk("VEVENT")[0]
    assert str(first["summary"]) == "Aanvragen vóór: Giften  ( )"
    assert str(first["description"]).endswith("Uit het dekkingsplan van Het\nAnker\n\n\n\n.")
