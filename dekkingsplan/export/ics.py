"""The deadlines as an iCalendar file: every date an all-day event with a reminder two weeks ahead.

UIDs are stable (the deadline's own key within the organisation), so importing the file again updates the
events in the calendar instead of adding them twice.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from dekkingsplan import __version__
from dekkingsplan.core.deadlines import Deadline, DeadlineKind, deadlines
from dekkingsplan.core.model import Plan
from dekkingsplan.core.names import label
from dekkingsplan.export.files import ExportError, write_bytes_atomically
from dekkingsplan.export.labels import capital, long_date, status_label

REMINDER_DAYS = 14
# an application takes weeks to write: a first reminder two months ahead, a second two weeks ahead
APPLY_BY_REMINDER_DAYS = (56, 14)


def reminder_days(deadline: Deadline) -> tuple[int, ...]:
    """How many days ahead the calendar reminds of a deadline."""
    return APPLY_BY_REMINDER_DAYS if deadline.kind == DeadlineKind.APPLY_BY else (REMINDER_DAYS,)

# RFC 5545, 3.3.11: TEXT holds no control characters but tab; a line break is written as the escape "\n". So
# every kind of line break (CR LF, CR, vertical tab, form feed, NEL, the Unicode line and paragraph separators)
# becomes one "\n" (which icalendar escapes) in a description and a space in a title, and any other control
# character is left out.
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")  # and lone surrogates: not text


def calendar_text(text: str, *, title: bool = False) -> str:
    """``text`` as an iCalendar TEXT value may hold it (see ``_BREAKS``); a ``title`` stays on one line."""
    text = _BREAKS.sub("\n", text)
    if title:
        text = text.replace("\n", " ")
    return _CONTROLS.sub("", text)


def organisation_key(plan: Plan) -> str:
    """What makes the UIDs of one organisation its own: the KvK number, else the name as a slug."""
    org = plan.organisation
    if org.kvk:
        return f"kvk-{org.kvk}"
    slug = re.sub(r"[^a-z0-9]+", "-", org.name.lower()).strip("-")
    return slug or "organisatie"


def event_uid(plan: Plan, deadline: Deadline) -> str:
    return f"{deadline.uid_key}@{organisation_key(plan)}.dekkingsplan"


def _summary(deadline: Deadline, lang: str) -> str:
    kind = capital(label(deadline.kind, lang))
    if deadline.suggested:
        kind += " (suggested)" if lang == "en" else " (voorgesteld)"
    funder = f" ({deadline.funder})" if deadline.funder else ""
    return f"{kind}: {deadline.source_name}{funder}"


def _description(plan: Plan, deadline: Deadline, lang: str) -> str:
    kind = label(deadline.kind, lang)
    status = status_label(deadline.status, lang)
    if lang == "en":
        why = (" A suggested date: the plan has none of its own; applying months before the start gives the "
               "funder time to decide." if deadline.suggested else "")
        return (f"{capital(kind)} {long_date(deadline.date, lang)}: {deadline.source_name}"
                f"{f' from {deadline.funder}' if deadline.funder else ''} (status: {status}).{why}\n"
                f"From the coverage plan of {plan.organisation.name}.")
    why = (" Een voorgestelde datum: het plan noemt er zelf geen; maanden voor de start aanvragen geeft de "
           "financier tijd om te beslissen." if deadline.suggested else "")
    return (f"{capital(kind)} {long_date(deadline.date, lang)}: {deadline.source_name}"
            f"{f' bij {deadline.funder}' if deadline.funder else ''} (status: {status}).{why}\n"
            f"Uit het dekkingsplan van {plan.organisation.name}.")


def no_dates_error() -> ExportError:
    """Why a plan without dates gets no calendar file: iCalendar (RFC 5545) has no empty calendar."""
    return ExportError("the plan has no dates to put in a calendar: fill in apply by, decision expected or "
                       "report due at the sources first.",
                       "het plan heeft geen data voor een agenda: vul eerst bij de dekkingsbronnen in wanneer u "
                       "moet aanvragen, wanneer het besluit komt of wanneer de verantwoording moet worden "
                       "ingeleverd.")


def calendar_bytes(plan: Plan, *, lang: str = "nl", now: datetime | None = None) -> bytes:
    """The calendar of every deadline; ExportError when the plan has none (a calendar needs an event)."""
    items = deadlines(plan)
    if not items:
        raise no_dates_error()

    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", f"-//Dekkingsplan//Dekkingsplan {__version__}//{'EN' if lang == 'en' else 'NL'}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_text(f"Dekkingsplan {plan.organisation.name}", title=True))
    for deadline in items:
        summary = calendar_text(_summary(deadline, lang), title=True)
        event = Event()
        event.add("uid", event_uid(plan, deadline))
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.date)  # a date, not a time: an all-day event
        event.add("dtend", deadline.date + timedelta(days=1))
        event.add("summary", summary)
        event.add("description", calendar_text(_description(plan, deadline, lang)))
        event.add("categories", ["Dekkingsplan"])
        event.add("transp", "TRANSPARENT")
        for days in reminder_days(deadline):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            alarm.add("trigger", timedelta(days=-days))
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def write_ics(plan: Plan, path: str | os.PathLike[str], *, lang: str = "nl", now: datetime | None = None) -> Path:
    """Write every deadline of the plan as an iCalendar file (complete or not at all); a plan without
    deadlines is refused with ExportError and no file is written."""
    data = calendar_bytes(plan, lang=lang, now=now)
    return write_bytes_atomically(path, data)
