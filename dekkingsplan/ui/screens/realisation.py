"""Realisatie: per line what was really spent or received in a year, typed beside the budget with the
explanation of a difference, and budget and actual figures of the years with actuals side by side. What is shown
is computed by ``ui.views.realisation``; this module only displays it and sends the edits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.core.edits import Batch, Change, Part, ReplaceRecord
from dekkingsplan.core.model import CostLine
from dekkingsplan.core.realisation import FLAG_MINIMUM, FLAG_PERCENT, LineRealisation, YearRealisation
from dekkingsplan.ui import i18n
from dekkingsplan.ui.delegates import CellDelegate
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.screens import agenda
from dekkingsplan.ui.screens.base import Screen
from dekkingsplan.ui.table_model import Column, Editor, TableModel
from dekkingsplan.ui.views.realisation import (
    RealisationView,
    Tone,
    YearTotals,
    default_year,
    difference_tone,
    with_actual,
    with_note,
)
from dekkingsplan.ui.widgets.bank_import import open_bank_statement
from dekkingsplan.ui.widgets.message_bar import MessageBar
from dekkingsplan.ui.widgets.table_clipboard import TableClipboard, paste_block
from dekkingsplan.ui.widgets.tables import Edit, Select, figures_view, table_view
from dekkingsplan.ui.widgets.text_style import note_label, set_text_style

WORSE, BETTER, MUTED = QColor("#a61b1b"), QColor("#2e6b30"), QColor("#8a8a8a")
ENTER = QColor("#fffbea")  # the cells to type in
FLAG = QColor("#fbe3d6")  # a large difference still to explain
TONES = {Tone.WORSE: WORSE, Tone.BETTER: BETTER, Tone.MUTED: MUTED}
MAX_NAMED = 3  # lines named in the warning


def signed(cents: int | None) -> str:
    """A difference with its sign: ``+160,00``, ``-1.250,00`` (the minus every amount on screen has),
    ``0,00``."""
    if cents is None:
        return ""
    text = i18n.amount(cents, symbol=False)
    return "+" + text if cents > 0 else text


def _minimum() -> str:
    """The threshold in whole euros: ``€ 500``."""
    return i18n.amount(FLAG_MINIMUM).replace(",00", "").replace(".00", "")


class RealisationScreen(Screen):
    """One year at a time: every cash line with its budget, the actual amount typed beside it, the difference."""

    parts = frozenset({Part.COSTS, Part.SOURCES, Part.SETTINGS})

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._year: int | None = None
        heading = self.make_heading()
        intro = note_label(self.tr("Wat is er werkelijk uitgegeven en ontvangen? Typ per regel het werkelijke "
                                   "bedrag van het jaar in de gele kolom; de begroting staat ernaast. Licht een "
                                   "groot verschil toe in de kolom Toelichting. De begroting zelf verandert niet."),
                           "#444")
        self.year_box = QComboBox()
        self.year_box.setObjectName("realisationYear")
        self.year_box.activated.connect(lambda i: self.show_year(int(self.year_box.itemData(i))))
        year_label = QLabel(self.tr("&Jaar:"))
        year_label.setBuddy(self.year_box)
        self.bank_button = QPushButton(self.tr("Bankafschrift &inlezen…"))
        self.bank_button.setObjectName("readBankStatement")
        self.bank_button.setToolTip(self.tr("Lees de werkelijke bedragen uit een bankafschrift: CAMT.053, MT940 of "
                                            "de CSV van uw bank"))
        self.bank_button.clicked.connect(lambda: self.read_bank_statement())
        self.bank_dialog = None
        self.message = MessageBar()
        # The warning has its room beside the year, two lines high whether shown or not: appearing when an
        # amount is typed, it moves no row of the tables below (the next click must land where it was aimed).
        self.warning = QLabel()
        self.warning.setObjectName("realisationWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fbe3d6; color: #6b1414; padding: 2px 6px; border-radius: 3px;")
        self.warning.setFixedHeight(2 * self.warning.fontMetrics().lineSpacing() + 8)
        keep = self.warning.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.warning.setSizePolicy(keep)
        self.warning.hide()
        chooser = QHBoxLayout()
        chooser.addWidget(year_label)
        chooser.addWidget(self.year_box)
        chooser.addSpacing(12)
        chooser.addWidget(self.warning, 1)
        chooser.addSpacing(12)
        chooser.addWidget(self.bank_button)

        self.cost_model = TableModel(self._columns(costs=True), on_edit=self._edit, row_key=lambda r: r.line.id,
                                     parent=self)
        self.source_model = TableModel(self._columns(costs=False), on_edit=self._edit,
                                       row_key=lambda r: r.line.id, parent=self)
        self.cost_table, self.source_table = self._table(self.cost_model), self._table(self.source_model)
        self.cost_title, self.source_title = QLabel(), QLabel()
        self.summary = TableModel([], row_key=lambda r: r.year, parent=self)
        self.summary_table = figures_view(self.summary, name="realisationSummary")
        self.summary_title = QLabel(self.tr("Begroot en werkelijk per jaar (de jaren met ingevulde bedragen)"))

        panes = QSplitter(Qt.Orientation.Vertical)
        for title, table in ((self.cost_title, self.cost_table), (self.source_title, self.source_table),
                             (self.summary_title, self.summary_table)):
            set_text_style(title, bold=True)
            pane = QWidget()
            pane_layout = QVBoxLayout(pane)
            pane_layout.setContentsMargins(0, 4, 0, 0)
            pane_layout.addWidget(title)
            pane_layout.addWidget(table, 1)
            panes.addWidget(pane)
        panes.setChildrenCollapsible(False)
        panes.setSizes([300, 300, 110])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(chooser)
        layout.addWidget(panes, 1)
        self.message.float_over(panes)
        self.refresh()
        self._stale = False

    def _table(self, model: TableModel) -> QTableView:
        # several cells at once: a range to copy to a spreadsheet
        table = table_view(model, select=Select.CELLS, multi=True, edit=Edit.TYPING)
        table.setItemDelegate(CellDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the explanation takes the room that is left
        for i, column in enumerate(model.columns):
            if column.width:
                table.setColumnWidth(i, column.width)
        model.refused.connect(lambda _i, reason: self.message.show_message(
            self.tr("{reason} — de vorige waarde is bewaard.").format(reason=reason)))
        TableClipboard(table, lambda text: self.paste(table, text))  # Ctrl+C / Ctrl+V with a spreadsheet
        return table

    def _columns(self, *, costs: bool) -> list[Column]:
        def kind(r: LineRealisation) -> str:
            line = r.line
            if isinstance(line, CostLine):
                return i18n.label(line.category)
            return i18n.label(line.type)

        def tone(r: LineRealisation) -> QColor | None:
            found = difference_tone(r)
            return TONES[found] if found else None

        flag_tip = self.tr("Een verschil van meer dan {pct}% en meer dan {minimum} vraagt om een toelichting").format(
            pct=FLAG_PERCENT, minimum=_minimum())
        return [
            Column(key="name", title=self.tr("Kostenregel") if costs else self.tr("Dekkingsbron"),
                   text=lambda r: r.line.name, editor=Editor.NONE, width=260),
            Column(key="kind", title=self.tr("Categorie") if costs else self.tr("Soort"), text=kind, width=150),
            Column(key="budget", title=self.tr("Begroot"), numeric=True, width=110,
                   text=lambda r: i18n.amount(r.budget, symbol=False), sort=lambda r: r.budget),
            Column(key="actual", title=self.tr("Werkelijk"), numeric=True, editor=Editor.AMOUNT, width=110,
                   text=lambda r: "" if r.actual is None else i18n.amount(r.actual, symbol=False),
                   sort=lambda r: r.actual, background=lambda r: ENTER,
                   edit=lambda r, v: replace(r, line=with_actual(r.line, self._year or 0, v,
                                                                  i18n.current_language())),
                   tip=self.tr("Wat er in dit jaar werkelijk is uitgegeven of ontvangen; leeg is nog niet bekend")),
            Column(key="difference", title=self.tr("Verschil"), numeric=True, width=110,
                   text=lambda r: signed(r.difference), sort=lambda r: r.difference,
                   foreground=tone, background=lambda r: FLAG if r.flagged else None,
                   cell_tip=lambda r: flag_tip if r.flagged else None,
                   tip=self.tr("Werkelijk min begroot")),
            Column(key="note", title=self.tr("Toelichting"),
                   text=lambda r: r.note or (self.tr("toelichting ontbreekt") if r.flagged else ""),
                   edit_text=lambda r: r.note or "",
                   edit=lambda r, v: replace(r, line=with_note(r.line, self._year or 0, v)),
                   background=lambda r: FLAG if r.flagged else ENTER,
                   foreground=lambda r: WORSE if r.flagged else None,
                   cell_tip=lambda r: flag_tip if r.flagged else r.note,
                   tip=self.tr("Waarom het werkelijke bedrag afwijkt van de begroting, voor de verantwoording")),
        ]

    # --- showing -----------------------------------------------------------------------------------------

    def default_year(self) -> int | None:
        """The latest plan year that has begun: the year a treasurer is most likely accounting for."""
        return default_year(self.document.plan, agenda.today())

    def refresh(self) -> None:
        years = list(self.document.plan.years)
        if self._year not in years:
            self._year = self.default_year()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(self._year)))
        self.year_box.blockSignals(False)
        editable = not self.document.read_only
        self.bank_button.setEnabled(editable)
        self.cost_model.editable = self.source_model.editable = editable
        self._fill()

    def on_change(self, change: Change) -> None:
        self.message.clear()
        self.refresh()

    def show_year(self, year: int) -> None:
        self._year = year
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(year)))
        self._fill()

    @property
    def year(self) -> int | None:
        return self._year

    def view(self) -> RealisationView:
        return RealisationView(self.document.plan, self._year)

    def realisation(self) -> YearRealisation | None:
        return self.view().figures

    def _fill(self) -> None:
        view = self.view()
        figures = view.figures
        if figures is None:
            return
        self.cost_model.set_rows(figures.costs.lines)
        self.source_model.set_rows(figures.income.lines)
        for title, side, noun in ((self.cost_title, figures.costs, self.tr("Kosten")),
                                  (self.source_title, figures.income, self.tr("Inkomsten"))):
            title.setText(self.tr("{noun} {year}: begroot {budget}, werkelijk {actual}, verschil {difference} "
                                  "({entered} van {lines} regels ingevuld)").format(
                noun=noun, year=figures.year, budget=i18n.amount(side.budget), actual=i18n.amount(side.actual),
                difference=signed(side.difference), entered=side.entered, lines=len(side.lines)))
        flagged = view.flagged
        if flagged:
            names = ", ".join(f"‘{r.line.name}’" for r in flagged[:MAX_NAMED])
            if len(flagged) > MAX_NAMED:  # the two lines kept for the warning hold three names; the table marks all
                names += " " + self.tr("en nog {n}").format(n=len(flagged) - MAX_NAMED)
            text = (self.tr("Eén verschil van meer dan {pct}% en meer dan {minimum} in {year} heeft nog geen "
                            "toelichting: {names}. De verantwoording markeert het.") if len(flagged) == 1 else
                    self.tr("{n} verschillen van meer dan {pct}% en meer dan {minimum} in {year} hebben nog geen "
                            "toelichting: {names}. De verantwoording markeert ze."))
            self.warning.setText(text.format(n=len(flagged), pct=FLAG_PERCENT, minimum=_minimum(),
                                             year=figures.year, names=names))
        self.warning.setToolTip(", ".join(r.line.name for r in flagged))
        self.warning.setVisible(bool(flagged))
        self._fill_summary(view.summary())

    def _fill_summary(self, rows: list[YearTotals]) -> None:
        self.summary_title.setVisible(bool(rows))
        self.summary_table.setVisible(bool(rows))
        money = i18n.amount

        def amount(value: int) -> str:
            return money(value, symbol=False)

        def budget_actual_difference(key: str, budget: str, actual: str,
                                     tone: Callable[[YearTotals], Tone | None]) -> list[Column]:
            """The costs' or the income's three columns: budgeted, actual (bold) and the difference."""
            return [
                Column(key=f"{key}_budget", title=budget, numeric=True,
                       text=lambda r: amount(getattr(r.figures, key).budget)),
                Column(key=f"{key}_actual", title=actual, numeric=True, bold=lambda r: True,
                       text=lambda r: amount(getattr(r.figures, key).actual)),
                Column(key=f"{key}_difference", title=self.tr("Verschil"), numeric=True,
                       text=lambda r: signed(getattr(r.figures, key).difference),
                       foreground=lambda r: TONES.get(tone(r))),
            ]

        columns = [
            Column(key="year", title=self.tr("Jaar"), text=lambda r: str(r.year)),
            *budget_actual_difference("costs", self.tr("Kosten\nbegroot"), self.tr("Kosten\nwerkelijk"),
                                      YearTotals.costs_tone),
            *budget_actual_difference("income", self.tr("Inkomsten\nbegroot"), self.tr("Inkomsten\nwerkelijk"),
                                      YearTotals.income_tone),
            Column(key="result_budget", title=self.tr("Resultaat\nbegroot"), numeric=True,
                   text=lambda r: amount(r.figures.budget_result)),
            Column(key="result_actual", title=self.tr("Resultaat\nwerkelijk"), numeric=True, bold=lambda r: True,
                   text=lambda r: amount(r.figures.actual_result) if r.complete else self.tr("nog onvolledig"),
                   foreground=lambda r: TONES.get(r.result_tone()) if r.result_tone() else None,
                   cell_tip=lambda r: None if r.complete else self.tr(
                       "Het resultaat volgt als alle regels van het jaar zijn ingevuld")),
            Column(key="entered", title=self.tr("Ingevuld"), numeric=True,
                   text=lambda r: self.tr("{n} van {m}").format(n=r.entered, m=r.lines),
                   foreground=lambda r: None if r.complete else MUTED),
            Column(key="unexplained", title=self.tr("Zonder\ntoelichting"), numeric=True,
                   text=lambda r: str(r.flagged) if r.flagged else "–",
                   background=lambda r: FLAG if r.flagged else None,
                   cell_tip=lambda r: self.tr("Grote verschillen zonder toelichting") if r.flagged else None),
        ]
        self.summary.set_columns(columns, rows)
        header = self.summary_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    # --- editing -----------------------------------------------------------------------------------------

    def read_bank_statement(self, path: str | None = None):
        """Realisatie › Bankafschrift inlezen…: the statement's transactions into the actual figures."""
        self.message.clear()
        if self.bank_dialog is not None and not self.bank_dialog.isVisible():  # the last one, done with
            self.bank_dialog.deleteLater()
            self.bank_dialog = None
        if self.bank_dialog is not None:
            self.bank_dialog.raise_()
            return self.bank_dialog
        self.bank_dialog = open_bank_statement(self, self.document, path)
        if self.bank_dialog is not None:  # afterwards, the year most of it went to
            dialog = self.bank_dialog
            dialog.accepted.connect(lambda: dialog.applied_year and self.show_year(dialog.applied_year))
        return self.bank_dialog

    def paste(self, table: QTableView, text: str) -> bool:
        """A block of actual amounts (and explanations) from a spreadsheet, from the current cell on, as one
        undoable edit; a block with a cell that cannot be read changes nothing and says why."""
        if self.document.read_only:
            self.message.show_message(self.tr("Dit plan is alleen-lezen geopend; er kan niets worden geplakt."))
            return False

        def apply(pairs: list[tuple[LineRealisation, LineRealisation]], cells: int) -> str | None:
            edits = tuple(ReplaceRecord(old.line, new.line) for old, new in pairs)
            reason = self.document.try_apply(Batch(edits), self.tr("{n} cellen plakken").format(n=cells))
            return None if reason is None else self.tr("Niets geplakt: {reason}").format(reason=i18n.sentence(reason))

        reason = paste_block(table, text, apply)
        if reason is not None:
            self.message.show_message(reason)
            return False
        return True

    def _edit(self, old: LineRealisation, new: LineRealisation, column: Column) -> str | None:
        if column.key == "note":
            text = self.tr("toelichting {year} van ‘{name}’").format(year=self._year, name=old.line.name)
        else:
            text = self.tr("werkelijk bedrag {year} van ‘{name}’").format(year=self._year, name=old.line.name)
        return self.document.try_apply(ReplaceRecord(old.line, new.line), text)

