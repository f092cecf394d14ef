"""The deadlines in the phone's calendar: all-day events, a reminder two weeks ahead, and importing the file
again updates the events instead of doubling them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from dekkingsplan.core.model import SourceType
from dekkingsplan.core.months import Month
from dekkingsplan.export.files import ExportError
from dekkingsplan.export.ics import write_ics
from tests.plans.examples import anker

from .test_overview import with_deadlines

NOW = datetime(2026, 2, 1, 9, 30, tzinfo=UTC)


def events(path) -> list:
    calendar = Calendar.from_ical(path.read_bytes())
    return [c for c in calendar.walk("VEVENT")]


def test_every_deadline_is_an_all_day_event_with_a_reminder_two_weeks_ahead(tmp_path):
    path = write_ics(with_deadlines(), tmp_path / "deadlines.ics", now=NOW)
    found = events(path)
    # every deadline, also the step already taken for the collection; the rejected one is left out
    assert [(e.decoded("dtstart"), str(e["summary"])) for e in found] == [
        (date(2026, 1, 15), "Aanvragen vóór: Giften"),
        (date(2026, 3, 1), "Aanvragen vóór: Collecte (Protestantse gemeente)"),
        (date(2026, 5, 15), "Besluit verwacht: Bijdrage vadergroep (Kansfonds)"),
        (date(2027, 4, 1), "Verantwoording inleveren: Subsidie inclusie (Gemeente Zwolle)"),
    ]
    for event in found:
        start = event.decoded("dtstart")
        assert type(start) is date  # a date, not a date-time: all day
        assert event.decoded("dtend") == start + timedelta(days=1)
        alarms = event.walk("VALARM")
        assert all(str(alarm["action"]) == "DISPLAY" for alarm in alarms)
        # an application takes weeks: eight weeks and two weeks ahead; other dates two weeks ahead
        expected = [-56, -14] if str(event["summary"]).startswith("Aanvragen vóór") else [-14]
        assert [alarm.decoded("trigger") for alarm in alarms] == [timedelta(days=d) for d in expected]
    assert "Besluit verwacht 15 mei 2026: Bijdrage vadergroep bij Kansfonds (status: aangevraagd)." in \
        str(found[2]["description"])


def test_a_suggested_apply_by_date_is_in_the_calendar_marked_as_suggested(tmp_path):
    plan = anker()
    # the gifts become a fund application starting September 2026, without a date of its own: 1 May 2026
    plan.sources = [replace(s, type=SourceType.FUND, funder="VSBfonds", start=Month(2026, 9)) if s.id == "giften" else s
                    for s in plan.sources]
    found = events(write_ics(plan, tmp_path / "voorstel.ics", now=NOW))
    event, = [e for e in found if "Giften" in str(e["summary"])]
    assert event.decoded("dtstart") == date(2026, 5, 1)
    assert str(event["summary"]) == "Aanvragen vóór (voorgesteld): Giften (VSBfonds)"
    assert "Een voorgestelde datum" in str(event["description"])
    assert [a.decoded("trigger") for a in event.walk("VALARM")] == [timedelta(days=-56), timedelta(days=-14)]


def test_uids_are_stable_and_unique_so_a_second_import_updates(tmp_path):
    first = events(write_ics(with_deadlines(), tmp_path / "a.ics", now=NOW))
    again = events(write_ics(with_deadlines(), tmp_path / "b.ics", now=NOW + timedelta(days=30)))
    uids = [str(e["uid"]) for e in first]
    assert uids == [str(e["uid"]) for e in again]
    assert len(set(uids)) == len(uids)
    assert uids[2] == "fonds/decision_expected@kvk-12345678.dekkingsplan"
    # without a KvK number the organisation's name keeps the UIDs apart from another organisation's
    plan = with_deadlines()
    plan.organisation = replace(plan.organisation, kvk=None, name="Vadercentrum Het Anker")
    assert str(events(write_ics(plan, tmp_path / "c.ics", now=NOW))[0]["uid"]).endswith(
        "@vadercentrum-het-anker.dekkingsplan")


def test_a_moved_decision_date_updates_the_same_event(tmp_path):
    plan = with_deadlines()
    before = {str(e["uid"]): e for e in events(write_ics(plan, tmp_path / "voor.ics", now=NOW))}
    plan.sources = [replace(s, decision_expected=s.decision_expected + timedelta(days=21))
                    if s.decision_expected else s for s in plan.sources]
    after = {str(e["uid"]): e for e in events(write_ics(plan, tmp_path / "na.ics", now=NOW))}
    assert set(after) == set(before)  # same events, so the calendar moves them instead of adding new ones
    uid = "fonds/decision_expected@kvk-12345678.dekkingsplan"
    assert after[uid]["dtstart"].dt - before[uid]["dtstart"].dt == timedelta(days=21)


def test_a_plan_without_deadlines_gets_no_calendar_file(tmp_path):
    # RFC 5545 has no empty calendar (a VCALENDAR holds at least one component): refuse, and write nothing
    with pytest.raises(ExportError) as refused:
        write_ics(anker(), tmp_path / "leeg.ics", now=NOW)
    assert "geen data voor een agenda" in refused.value.text("nl")
    assert refused.value.text("nl").endswith(".")
    assert not (tmp_path / "leeg.ics").exists()
    assert list(tmp_path.iterdir()) == []


def test_dutch_characters_in_the_calendar(tmp_path):
    plan = with_deadlines()
    plan.sources = [replace(s, name="Reünie coördinatoren €") if s.id == "fonds" else s for s in plan.sources]
    found = events(write_ics(plan, tmp_path / "d.ics", now=NOW))
    assert str(found[2]["summary"]) == "Besluit verwacht: Reünie coördinatoren € (Kansfonds)"
