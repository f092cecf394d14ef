"""Agenda: every date the treasurer must act on, in date order, with overdue and coming ones highlighted, and the
reminder shown on opening a plan when an open step is late or something is due within 14 days. Which deadlines,
how each reads and what the reminder names is ``ui.views.agenda``'s; this module words and colours it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.core.deadlines import Deadline, deadlines
from dekkingsplan.core.edits import Part
from dekkingsplan.ui import i18n
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.screens.base import Screen
from dekkingsplan.ui.table_model import Column, TableModel
from dekkingsplan.ui.views import agenda as view
from dekkingsplan.ui.views.agenda import REMIND_DAYS, SOON_DAYS, Tone
from dekkingsplan.ui.widgets.tables import table_view
from dekkingsplan.ui.widgets.text_style import note_label

OVERDUE_BG, SOON_BG, URGENT_BG = QColor("#f8dcd8"), QColor("#fdf0cf"), QColor("#fbe2b4")
SETTLED = QColor("#8a8a8a")
TONES = {Tone.OVERDUE: OVERDUE_BG, Tone.URGENT: URGENT_BG, Tone.SOON: SOON_BG, Tone.SETTLED: SETTLED}


def today() -> date:
    """The date the agenda counts from (tests replace it)."""
    return date.today()


def due_soon(document: PlanDocument, days: int = REMIND_DAYS) -> list[Deadline]:
    """What the reminder names today: every open step that is late, then what is due within ``days``."""
    return view.due_soon(document.plan, today(), days)


class AgendaScreen(Screen):
    """Apply by, decision expected and report due of every source that is not rejected, in date order."""

    parts = frozenset({Part.SOURCES})

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.model = TableModel(self._columns(), row_key=lambda d: d.uid_key, parent=self)
        self.view = table_view(self.model, name="agendaTable", multi=True, parent=self)
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
        self.empty = note_label(self.tr("Er staan geen data in de agenda. Vul bij de dekkingsbronnen in wanneer u "
                                        "moet aanvragen, wanneer het besluit komt en wanneer de verantwoording moet "
                                        "worden ingeleverd."), "#555", self)

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
                   bold=lambda d: view.is_late(d, today())),
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
        tone = view.foreground(deadline)
        return None if tone is None else TONES[tone]

    def _background(self, deadline: Deadline) -> QColor | None:
        tone = view.background(deadline, today())
        return None if tone is None else TONES[tone]

    def _when(self, deadline: Deadline) -> str:
        days = view.when(deadline, today())
        return self.tr("afgehandeld") if days is None else when_text(days)

    def refresh(self) -> None:
        items = deadlines(self.document.plan)
        self.model.set_rows(items)
        now = today()
        counts = view.summary(items, now)
        parts = [self.tr("{n} data in totaal").format(n=counts.total)]
        if counts.late:
            parts.append(self.tr("{n} te laat").format(n=counts.late))
        parts.append(self.tr("{n} in de komende {days} dagen").format(n=counts.soon, days=SOON_DAYS))
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
    agenda. Not a dialog: nothing blocks. One line, whatever the plan: the first step is named (cut short when the
    window is narrow), the count of the others beside it, every step in the tip; the agenda shows them all."""

    agenda_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        self.setStyleSheet("#reminderBar { background: #fdf0cf; border: 1px solid #e8c66a; border-radius: 4px; }")
        self.items: list[Deadline] = []
        self.label = _OneLineLabel(self)
        self.label.setObjectName("reminderText")
        self.more = QLabel(self)
        self.more.setObjectName("reminderMore")
        self.button = QPushButton(self)
        self.button.clicked.connect(self.agenda_requested)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.closed)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 2, 4, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.more)
        row.addWidget(self.button)
        row.addWidget(self.close_button)
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
        said = view.reminder(self.items, today())  # the first step on the line, every step in the tip
        if said.late:
            heading = self.tr("Te laat, of binnen {n} dagen te doen:").format(n=REMIND_DAYS)
        else:
            heading = self.tr("Binnen {n} dagen moet u iets doen:").format(n=REMIND_DAYS)
        lines = [f"{i18n.day(d.date)} ({when_text(days)}): {kind_text(d)} — {d.source_name}"
                 + (f" ({d.funder})" if d.funder else "") for d, days in said.items]
        self.label.setText("" if said.empty else " ".join([heading, *lines[:said.named]]))
        self.label.setToolTip("" if said.empty else "\n".join([heading, *(f"• {line}" for line in lines)]))
        self.more.setText(self.tr("en nog {n} meer").format(n=said.more) if said.more else "")
        self.more.setVisible(said.more > 0)


class _OneLineLabel(QLabel):
    """A label of one line that asks no more width than a few words: a long text is cut short with '…' (the whole
    text stays its ``text()``)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("x" * 20), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


def attach_reminder(window: QMainWindow, show_agenda: Callable[[], object]) -> ReminderBar:
    """Give the main window a reminder bar above its screens, shown when it opens a plan with something due
    within 14 days and gone when the treasurer closes it, goes to the agenda or closes the plan."""
    toolbar = QToolBar(window)
    toolbar.setObjectName("reminderToolbar")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.toggleViewAction().setVisible(False)
    toolbar.setStyleSheet("QToolBar { border: none; padding: 2px 6px 0 6px; }")
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
