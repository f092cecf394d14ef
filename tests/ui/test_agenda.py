"""Agenda as widgets: every deadline in date order in words, overdue and coming ones in colour, and the reminder
on opening. Which deadline reads how, the counts and what the reminder names are the view's: test_agenda_view.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMainWindow

from dekkingsplan.core.edits import ReplaceRecord
from dekkingsplan.core.model import Status
from dekkingsplan.ui.screens import agenda
from dekkingsplan.ui.screens.agenda import (
    OVERDUE_BG,
    SETTLED,
    SOON_BG,
    URGENT_BG,
    AgendaScreen,
    attach_reminder,
)

TODAY = date(2026, 11, 28)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(agenda, "today", lambda: TODAY)


def _screen(qtbot, document) -> AgendaScreen:
    screen = AgendaScreen(document)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _cells(screen: AgendaScreen, key: str) -> list[str]:
    model = screen.model
    return [model.data(model.cell(r, key)) for r in range(model.rowCount())]


def _background(screen: AgendaScreen, row: int):
    brush = screen.model.data(screen.model.cell(row, "date"), Qt.ItemDataRole.BackgroundRole)
    return None if brush is None else brush.color()


def test_every_deadline_in_date_order_with_its_source_and_funder(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    rows = screen.model.rows
    assert [d.date for d in rows] == sorted(d.date for d in rows)
    assert len(rows) == 21
    assert _cells(screen, "date")[0] == "1 mrt 2026"
    assert _cells(screen, "kind")[0] == "aanvragen vóór"
    assert _cells(screen, "source")[0] == "Bijdrage aanschuifmaaltijden"
    assert _cells(screen, "funder")[0] == "Oranje Fonds"
    assert set(_cells(screen, "kind")) == {"aanvragen vóór", "besluit verwacht", "verantwoording inleveren",
                                           "aanvragen vóór (voorgesteld)"}  # the 2028 subsidy: 1 sep 2027


def _report_due(document, source_id: str, when: date) -> None:
    old = document.plan.source(source_id)
    assert document.apply(ReplaceRecord(old, replace(old, report_due=(when,))))


def test_overdue_and_coming_deadlines_stand_out(qtbot, demo_document):
    _report_due(demo_document, "giften-leden", date(2026, 10, 20))
    screen = _screen(qtbot, demo_document)
    by_date = {d.date: i for i, d in enumerate(screen.model.rows)}
    assert _background(screen, by_date[date(2026, 10, 20)]) == OVERDUE_BG
    assert _cells(screen, "when")[by_date[date(2026, 10, 20)]] == "39 dagen te laat"
    assert _background(screen, by_date[date(2026, 12, 8)]) == URGENT_BG
    assert _cells(screen, "when")[by_date[date(2026, 12, 8)]] == "over 10 dagen"
    assert _background(screen, by_date[date(2027, 1, 15)]) == SOON_BG
    assert _background(screen, by_date[date(2027, 10, 1)]) is None
    assert screen.summary.text().startswith("22 data in totaal · 1 te laat · 5 in de komende 90 dagen")


def test_a_past_step_the_status_shows_as_taken_is_not_late(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    row = next(i for i, d in enumerate(screen.model.rows) if d.date == date(2026, 11, 1))  # applied already
    assert _cells(screen, "when")[row] == "afgehandeld"
    assert _background(screen, row) is None
    assert screen.model.data(screen.model.cell(row, "source"), Qt.ItemDataRole.ForegroundRole).color() == SETTLED
    assert screen.summary.text().startswith("21 data in totaal · 5 in de komende 90 dagen")
    old = demo_document.plan.source("zorgverzekeraar")
    demo_document.apply(ReplaceRecord(old, replace(old, status="planned")))  # not applied after all: late
    row = next(i for i, d in enumerate(screen.model.rows) if d.date == date(2026, 11, 1))
    assert _cells(screen, "when")[row] == "27 dagen te laat"
    assert _background(screen, row) == OVERDUE_BG


def test_a_report_date_added_to_a_source_appears_and_undo_takes_it_away(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    old = demo_document.plan.source("giften-leden")
    new = replace(old, report_due=(date(2026, 12, 1),))
    assert demo_document.apply(ReplaceRecord(old, new))
    assert "Periodieke giften vrienden van De Wissel" in _cells(screen, "source")
    assert _cells(screen, "when")[_cells(screen, "source").index("Periodieke giften vrienden van De Wissel")] \
        == "over 3 dagen"
    demo_document.undo_stack.undo()
    assert "Periodieke giften vrienden van De Wissel" not in _cells(screen, "source")


def test_a_plan_without_dates_says_where_to_fill_them_in(qtbot, demo_document):
    for old in list(demo_document.plan.sources):
        # a planned fund or subsidy with a start would get a suggested date: these have none to suggest from
        start = None if old.status == Status.PLANNED else old.start
        demo_document.apply(ReplaceRecord(old, replace(old, apply_by=None, decision_expected=None, report_due=(),
                                                       start=start)))
    screen = _screen(qtbot, demo_document)
    assert screen.view.isHidden() and screen.empty.isVisible()


class _Window(QMainWindow):
    document_opened = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.document = None
        self.agenda_shown = 0


def test_opening_a_plan_with_something_due_within_14_days_shows_a_reminder(qtbot, demo_document):
    window = _Window()
    qtbot.addWidget(window)
    bar = attach_reminder(window, lambda: setattr(window, "agenda_shown", window.agenda_shown + 1))
    window.show()
    window.document = demo_document
    window.document_opened.emit(demo_document)
    assert bar.isVisible()
    # one line: the first step, how many more; every step in the tip
    assert bar.label.text() == ("Binnen 14 dagen moet u iets doen: 8 dec 2026 (over 10 dagen): besluit verwacht — "
                                "Subsidie inclusie en ontmoeting 2027 (Gemeente Den Haag)")
    assert bar.more.text() == "en nog 1 meer"
    tip = bar.label.toolTip().splitlines()
    assert tip[0] == "Binnen 14 dagen moet u iets doen:" and len(tip) == 3
    assert tip[2].startswith("• 10 dec 2026") and "Skanfonds" in tip[2]
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert window.agenda_shown == 1
    assert not bar.isVisible()


def test_no_reminder_when_nothing_is_due_soon_and_nothing_is_late(qtbot, demo_document, monkeypatch):
    monkeypatch.setattr(agenda, "today", lambda: date(2025, 12, 1))  # the first date is 1 Mar 2026
    window = _Window()
    qtbot.addWidget(window)
    bar = attach_reminder(window, lambda: None)
    window.show()
    window.document_opened.emit(demo_document)
    assert not bar.isVisible()


def test_the_reminder_on_opening_names_late_open_steps_too(qtbot, demo_document, monkeypatch):
    # on 2 Feb 2027 nothing falls within 14 days, but five open steps are late: two decisions expected in December
    # (the sources are still 'applied'), the VSBfonds application (still planned), the health insurer's decision
    # and yesterday's report to Welzijn Den Haag; steps the status shows as taken are not named
    monkeypatch.setattr(agenda, "today", lambda: date(2027, 2, 2))
    window = _Window()
    qtbot.addWidget(window)
    bar = attach_reminder(window, lambda: None)
    window.show()
    window.document = demo_document
    window.document_opened.emit(demo_document)
    assert bar.isVisible()
    assert bar.label.text() == ("Te laat, of binnen 14 dagen te doen: 8 dec 2026 (56 dagen te laat): besluit "
                                "verwacht — Subsidie inclusie en ontmoeting 2027 (Gemeente Den Haag)")
    assert bar.more.text() == "en nog 4 meer"
    assert bar.label.toolTip().splitlines()[:4] == [
        "Te laat, of binnen 14 dagen te doen:",
        "• 8 dec 2026 (56 dagen te laat): besluit verwacht — Subsidie inclusie en ontmoeting 2027 (Gemeente Den Haag)",
        "• 10 dec 2026 (54 dagen te laat): besluit verwacht — Inloop voor nieuwkomers (Skanfonds)",
        "• 15 jan 2027 (18 dagen te laat): aanvragen vóór — Bijdrage coördinatie buurtkamer (VSBfonds)",
    ]
    assert len(bar.label.toolTip().splitlines()) == 1 + 5


def test_a_suggested_apply_by_date_is_in_the_agenda_and_the_reminder_as_suggested(qtbot, demo_document,
                                                                                  monkeypatch):
    # VSBfonds without a date of its own: its start, January 2027, less four months is 1 September 2026
    old = demo_document.plan.source("vsbfonds")
    demo_document.apply(ReplaceRecord(old, replace(old, apply_by=None)))
    screen = _screen(qtbot, demo_document)
    row = next(r for r, d in enumerate(screen.model.rows) if d.source_id == "vsbfonds" and d.kind == "apply_by")
    assert screen.model.data(screen.model.cell(row, "date")) == "1 sep 2026"
    assert screen.model.data(screen.model.cell(row, "kind")) == "aanvragen vóór (voorgesteld)"
    # on 25 August 2026 it is a week away, and the reminder on opening says so, as suggested
    monkeypatch.setattr(agenda, "today", lambda: date(2026, 8, 25))
    window = _Window()
    qtbot.addWidget(window)
    bar = attach_reminder(window, lambda: None)
    window.show()
    window.document = demo_document
    window.document_opened.emit(demo_document)
    assert ("• 1 sep 2026 (over 7 dagen): aanvragen vóór (voorgesteld) — Bijdrage coördinatie buurtkamer "
            "(VSBfonds)") in bar.label.toolTip().splitlines()
