"""Agenda: every date the treasurer must act on, in date order, with overdue and coming ones highlighted, and the
reminder shown on opening a plan when an open step is late or something is due within 14 days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.core.deadlines import Deadline, deadlines, due_within, is_settled, overdue
from dekkingsplan.core.edits import Part
from dekkingsplan.ui import i18n
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.screens.base import Screen
from dekkingsplan.ui.table_model import Column, TableModel

SOON_DAYS = 90  # highlighted in the agenda
REMIND_DAYS = 14  # mentioned when a plan is opened
OVERDUE_BG, SOON_BG, URGENT_BG = QColor("#f8dcd8"), QColor("#fdf0cf"), QColor("#fbe2b4")
SETTLED = QColor("#8a8a8a")


def today() -> date:
    """The date the agenda counts from (tests replace it)."""
    return date.today()


def open_deadlines(document: PlanDocument) -> list[Deadline]:
    """The deadlines whose step the source's status does not yet show as taken."""
    return [d for d in deadlines(document.plan) if not is_settled(d)]


def due_soon(document: PlanDocument, days: int = REMIND_DAYS) -> list[Deadline]:
    """What the reminder names: every open step that is late, then what is due within ``days``."""
    pending = open_deadlines(document)
    now = today()
    return overdue(pending, now) + due_within(pending, now, days)


class AgendaScreen(Screen):
    """Apply by, decision expected and report due of every source that is not rejected, in date order."""

    TITLE = QT_TRANSLATE_NOOP("AgendaScreen", "Agenda")

    parts = frozenset({Part.SOURCES})

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.model = TableModel(self._columns(), row_key=lambda d: d.uid_key, parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setObjectName("agendaTable")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(False)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            if column.width:
                self.view.setColumnWidth(i, column.width)
        header.setSectionResizeMode(self.model.column_index("source"), QHeaderView.ResizeMode.Stretch)

        heading = self.make_heading(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("agendaSummary")
        self.summary.setWordWrap(True)
        legend = QHBoxLayout()
        for colour, text in ((OVERDUE_BG, self.tr("te laat")),
                             (URGENT_BG, self.tr("binnen {n} dagen").format(n=REMIND_DAYS)),
                             (SOON_BG, self.tr("binnen {n} dagen").format(n=SOON_DAYS))):
            chip = QLabel(text, self)
            chip.setStyleSheet(f"background: {colour.name()}; border-radius: 3px; padding: 2px 8px;")
            legend.addWidget(chip)
        settled = QLabel(self.tr("grijs: de status van de bron laat zien dat het al gedaan is"), self)
        settled.setStyleSheet(f"color: {SETTLED.name()}; padding: 2px 8px;")
        legend.addWidget(settled)
        legend.addStretch(1)
        self.empty = QLabel(self.tr("Er staan geen data in de agenda. Vul bij de dekkingsbronnen in wanneer u moet "
                                    "aanvragen, wanneer het besluit komt en wanneer de verantwoording moet "
                                    "worden ingeleverd."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addLayout(legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column(key="date", title=self.tr("Datum"), text=lambda d: i18n.day(d.date), sort=lambda d: d.date,
                   width=110, background=self._background, foreground=self._foreground),
            Column(key="when", title=self.tr("Wanneer"), text=self._when, sort=lambda d: d.date, width=130,
                   background=self._background, foreground=self._foreground,
                   bold=lambda d: d.days_from(today()) < 0 and not is_settled(d)),
            Column(key="kind", title=self.tr("Wat"), text=kind_text, width=190,
                   derived=lambda d: d.suggested,
                   background=self._background, foreground=self._foreground),
            Column(key="source", title=self.tr("Dekkingsbron"), text=lambda d: d.source_name, width=320,
                   background=self._background, foreground=self._foreground),
            Column(key="funder", title=self.tr("Financier"), text=lambda d: d.funder or "", width=200,
                   background=self._background, foreground=self._foreground),
            Column(key="status", title=self.tr("Status"), text=lambda d: i18n.label(d.status),
                   width=140, background=self._background, foreground=self._foreground),
        ]

    def _foreground(self, deadline: Deadline) -> QColor | None:
        return SETTLED if is_settled(deadline) else None

    def _background(self, deadline: Deadline) -> QColor | None:
        if is_settled(deadline):
            return None
        days = deadline.days_from(today())
        if days < 0:
            return OVERDUE_BG
        if days <= REMIND_DAYS:
            return URGENT_BG
        if days <= SOON_DAYS:
            return SOON_BG
        return None

    def _when(self, deadline: Deadline) -> str:
        days = deadline.days_from(today())
        if is_settled(deadline) and days < 0:
            return self.tr("afgehandeld")
        return when_text(days)

    def refresh(self) -> None:
        items = deadlines(self.document.plan)
        self.model.set_rows(items)
        now = today()
        pending = [d for d in items if not is_settled(d)]
        late, soon = overdue(pending, now), due_within(pending, now, SOON_DAYS)
        parts = [self.tr("{n} data in totaal").format(n=len(items))]
        if late:
            parts.append(self.tr("{n} te laat").format(n=len(late)))
        parts.append(self.tr("{n} in de komende {days} dagen").format(n=len(soon), days=SOON_DAYS))
        self.summary.setText(" · ".join(parts) + " — " + self.tr("vandaag is het {day}").format(day=i18n.day(now)))
        self.view.setVisible(bool(items))
        self.empty.setVisible(not items)


def kind_text(deadline: Deadline) -> str:
    """``aanvragen vóór``, or ``aanvragen vóór (voorgesteld)`` for a date the plan proposes."""
    text = i18n.label(deadline.kind)
    if deadline.suggested:
        text += " " + QCoreApplication.translate("Agenda", "(voorgesteld)")
    return text


def when_text(days: int) -> str:
    """``vandaag``, ``morgen``, ``over 12 dagen``, ``3 dagen te laat`` (no plural forms needed)."""
    if days == 0:
        return QCoreApplication.translate("Agenda", "vandaag")
    if days == 1:
        return QCoreApplication.translate("Agenda", "morgen")
    if days == -1:
        return QCoreApplication.translate("Agenda", "gisteren")
    if days > 0:
        return QCoreApplication.translate("Agenda", "over {n} dagen").format(n=days)
    return QCoreApplication.translate("Agenda", "{n} dagen te laat").format(n=-days)


class ReminderBar(QFrame):
    """On opening a plan: the open steps that are late and what is due within 14 days, with a button to the
    agenda. Not a dialog: nothing blocks."""

    agenda_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        self.setStyleSheet("#reminderBar { background: #fdf0cf; border: 1px solid #e8c66a; border-radius: 4px; }")
        self.items: list[Deadline] = []
        self.label = QLabel(self)
        self.label.setObjectName("reminderText")
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.agenda_requested)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.closed)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def language_changed(self, _lang: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Naar de agenda"))
        self.close_button.setToolTip(self.tr("Herinnering sluiten"))
        self.close_button.setAccessibleName(self.tr("Herinnering sluiten"))
        self.show_due(self.items)

    def show_due(self, items: list[Deadline]) -> None:
        self.items = list(items)
        now = today()
        late = sum(1 for d in items if d.days_from(now) < 0)
        if late:
            lines = [self.tr("Te laat, of binnen {n} dagen te doen:").format(n=REMIND_DAYS)]
        else:
            lines = [self.tr("Binnen {n} dagen moet u iets doen:").format(n=REMIND_DAYS)]
        for d in items[:3]:
            funder = f" ({d.funder})" if d.funder else ""
            lines.append(f"• {i18n.day(d.date)} ({when_text(d.days_from(now))}): "
                         f"{kind_text(d)} — {d.source_name}{funder}")
        if len(items) > 3:
            lines.append(self.tr("en nog {n} meer").format(n=len(items) - 3))
        self.label.setText("\n".join(lines) if items else "")


def attach_reminder(window: QMainWindow, show_agenda: Callable[[], object]) -> ReminderBar:
    """Give the main window a reminder bar above its screens, shown when it opens a plan with something due
    within 14 days and gone when the treasurer closes it, goes to the agenda or closes the plan."""
    toolbar = QToolBar(window)
    toolbar.setObjectName("reminderToolbar")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.toggleViewAction().setVisible(False)
    toolbar.setStyleSheet("QToolBar { border: none; padding: 4px 6px 0 6px; }")
    bar = ReminderBar(toolbar)
    toolbar.addWidget(bar)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)  # a row of its own, under any other toolbar
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    toolbar.hide()
    bar.agenda_requested.connect(lambda: (show_agenda(), toolbar.hide()))
    bar.closed.connect(toolbar.hide)
    # the bar itself receives it: the connection goes with the bar when its window is closed
    i18n.notifier().language_changed.connect(bar.language_changed)

    def opened(document: PlanDocument) -> None:
        items = due_soon(document)
        bar.show_due(items)
        toolbar.setVisible(bool(items))
        document.destroyed.connect(lambda: _hide_without_plan(window, toolbar))

    window.document_opened.connect(opened)  # type: ignore[attr-defined]
    return bar


def _hide_without_plan(window: QMainWindow, toolbar: QToolBar) -> None:
    """A closed plan takes its reminder along (a plan opened instead keeps its own)."""
    if shiboken6.isValid(toolbar) and getattr(window, "document", None) is None:
        toolbar.hide()
