"""Overzicht: under a chosen scenario, the plan year by year, the chart, three indicators in plain words, and
the lines behind a year's figures."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.core.goal_seek import still_to_raise, to_raise_sentence
from dekkingsplan.core.model import Plan, SourceType
from dekkingsplan.core.money import Cents
from dekkingsplan.core.projection import Projection
from dekkingsplan.ui import i18n
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.screens.base import Screen
from dekkingsplan.ui.table_model import Column, TableModel
from dekkingsplan.ui.views import overview as view
from dekkingsplan.ui.views import realisation as realisation_view
from dekkingsplan.ui.views.overview import Measure, Note, Tone
from dekkingsplan.ui.widgets.chart import CoverageChart
from dekkingsplan.ui.widgets.tables import Select, table_view
from dekkingsplan.ui.widgets.text_style import set_selection_colours, set_text_style

NEGATIVE = QColor("#a61b1b")
GAP_BACKGROUND = QColor("#f6e3e0")


CHART_MIN = 130  # pixels: below this the chart says little; above it the table comes first
ROW_HEIGHT = 20  # compact rows, so that the whole year table fits on a 768-pixel laptop screen


class OverviewScreen(Screen):
    """The plan at a glance; follows every edit and the chosen scenario."""

    follows_scenario = True

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._year: int | None = None
        self._table_height = 0

        heading = self.make_heading()  # fonts, not style sheets: a quicker first paint
        self.scenario_box = QComboBox()
        self.scenario_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scenario_box.setToolTip(self.tr(
            "Zeker: alleen toegezegd en ontvangen geld. Verwacht: elke bron maal zijn kans. Maximaal: alles wat "
            "niet is afgewezen, voluit. Daarnaast de eigen scenario's van het plan."))
        self.scenario_box.activated.connect(self._scenario_chosen)
        scenario_label = QLabel(self.tr("&Scenario:"))
        scenario_label.setBuddy(self.scenario_box)
        self.to_raise = QLabel()
        self.to_raise.setObjectName("toRaise")
        self.to_raise.setWordWrap(True)
        self.to_raise.setTextFormat(Qt.TextFormat.PlainText)
        self.to_raise.setToolTip(self.tr("Wat er in elk jaar nog bij moet om de gewenste reserve (Organisatie) te "
                                         "houden, zo laat mogelijk geworven"))
        top = QHBoxLayout()
        top.addWidget(heading)
        # what must still come in to keep the reserve, beside the heading: the year table keeps its room
        top.addSpacing(16)
        top.addWidget(self.to_raise, 1)
        top.addWidget(scenario_label)
        top.addWidget(self.scenario_box)

        self.indicators = [QLabel() for _ in range(3)]
        cards = QHBoxLayout()
        for label in self.indicators:
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            frame = QFrame()
            frame.setObjectName("indicator")
            frame.setStyleSheet("#indicator { background: #f4f6f8; border: 1px solid #d8dde3; border-radius: 6px; }")
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(12, 6, 12, 6)
            set_text_style(label, point_size=11)
            inner.addWidget(label)
            cards.addWidget(frame, 1)

        self.model = TableModel([], row_key=lambda m: m.key, parent=self)
        self.table = table_view(self.model, select=Select.COLUMNS)
        set_selection_colours(self.table, "#dce8f6", "black")
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().sectionClicked.connect(self._column_chosen)
        self.table.setToolTip(self.tr("Klik op een jaar om de regels achter de cijfers te zien"))
        self.table.setAccessibleName(self.tr("Cijfers per jaar"))
        self.table.selectionModel().currentColumnChanged.connect(lambda current, _old: self._column_chosen(
            current.column()))
        self.table.clicked.connect(lambda index: self._column_chosen(index.column()))

        self.chart = CoverageChart()

        self.detail_title = QLabel()
        set_text_style(self.detail_title, bold=True)
        self.detail_title.setWordWrap(True)
        self.detail = QTreeWidget()
        self.detail.setColumnCount(2)
        self.detail.setHeaderLabels([self.tr("Regel"), self.tr("Bedrag")])
        self.detail.setRootIsDecorated(True)
        self.detail.setAlternatingRowColors(True)
        self.detail.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.detail.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.detail.header().setStretchLastSection(False)
        self.detail.setAccessibleName(self.tr("Regels achter het gekozen jaar"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail_title)
        side_layout.addWidget(self.detail, 1)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self.chart)
        left.setStretchFactor(0, 0)
        left.setStretchFactor(1, 1)
        left.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 380])
        side.setMinimumWidth(230)  # the year table keeps its amounts whole on a 1024-pixel screen
        self._left = left

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.scenario_box, self.table)
        QWidget.setTabOrder(self.table, self.detail)

    # --- showing -----------------------------------------------------------------------------------------

    def projection(self) -> Projection:
        return self.document.projection()

    def refresh(self) -> None:
        plan = self.document.plan
        self._fill_scenarios(plan)
        projection = self.projection()
        self._fill_table(plan, projection)
        self._fill_indicators(plan, projection)
        self._year = view.first_year(plan, projection, self._year)
        self._fill_detail(projection)
        self.chart.show_projection(projection)

    def _fill_scenarios(self, plan: Plan) -> None:
        box = self.scenario_box
        box.blockSignals(True)
        box.clear()
        for scenario_id in plan.scenario_ids():
            box.addItem(i18n.scenario_name(plan, scenario_id), scenario_id)
        box.setCurrentIndex(max(0, box.findData(self.document.scenario)))
        box.blockSignals(False)

    def _scenario_chosen(self, index: int) -> None:
        self.document.set_scenario(self.scenario_box.itemData(index))

    def measures(self, projection: Projection) -> list[Measure]:
        """The rows of the year table (``views.overview.measures``)."""
        return view.measures(self.document.plan, projection, realisation_view.today())

    def row_label(self, measure: Measure) -> str:
        """The words of a row of the year table."""
        if measure.key.startswith("income:") and measure.key != "income:actual":
            return "   " + i18n.label(SourceType(measure.key.split(":", 1)[1])).capitalize()
        return {
            "costs": self.tr("Kosten"), "costs:actual": self.tr("   werkelijk uitgegeven"),
            "income": self.tr("Inkomsten"), "income:actual": self.tr("   werkelijk ontvangen"),
            "result": self.tr("Resultaat"), "reserve": self.tr("Reserve eind jaar"),
            "to_raise": self.tr("Nog te werven"), "gap": self.tr("Tekort"),
            "coverage": self.tr("Dekking"),
        }[measure.key]

    def _cell(self, measure: Measure, value: object, year: int | None = None) -> str:
        if value is None:
            # an actual of a year shown but with nothing recorded yet: a dash, never 0,00
            return "–" if measure.key.endswith(":actual") and year in measure.values else ""
        if measure.key == "coverage":
            return i18n.ratio(value)  # type: ignore[arg-type]
        if measure.key in ("gap", "to_raise") and value == 0:
            return "–"
        return i18n.amount(value, symbol=False)  # type: ignore[arg-type]

    def _fill_table(self, plan: Plan, projection: Projection) -> None:
        def colour(m: Measure, value: object) -> QColor | None:
            return NEGATIVE if view.tone(m, value) is not None else None

        columns = [Column(key="label", title="", text=self.row_label, bold=lambda m: m.strong)]
        for year in plan.years:
            columns.append(Column(
                key=str(year), title=str(year), numeric=True,
                text=lambda m, y=year: self._cell(m, m.values.get(y), y),
                foreground=lambda m, y=year: colour(m, m.values.get(y)),
                background=lambda m, y=year: GAP_BACKGROUND if view.tone(m, m.values.get(y)) == Tone.GAP else None,
                bold=lambda m: m.strong,
                cell_tip=lambda m, y=year: self._tip(m, y)))
        columns.append(Column(key="total", title=self.tr("Totaal"), numeric=True,
                              text=lambda m: self._cell(m, m.total), bold=lambda m: True,
                              foreground=lambda m: colour(m, m.total)))
        rows = self.measures(projection)
        if [c.key for c in columns] != [c.key for c in self.model.columns]:
            self.model.set_columns(columns, rows)
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        else:
            self.model.set_rows(rows)
        height = self.table.horizontalHeader().height() + ROW_HEIGHT * len(rows) + 2 * self.table.frameWidth() + 2
        self.table.setMinimumHeight(min(height, 160))
        self.table.setMaximumHeight(height)
        self._table_height = height
        self._fit_table()  # rows come and go with edits: the splitter must follow, not only a resize

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_table()

    def _fit_table(self) -> None:
        # the whole table where there is room (the gap and coverage rows answer the treasurer's question),
        # the chart below it takes the rest and never less than CHART_MIN pixels
        room = self._left.height()
        if room > 0:
            table = max(self.table.minimumHeight(), min(self._table_height, room - CHART_MIN))
            self._left.setSizes([table, room - table])

    def _tip(self, measure: Measure, year: int) -> str | None:
        said = view.cell_note(self.document.plan, measure, year)
        if said is None:
            return None
        if said.note is Note.GAP:
            return self.tr("In {year} zijn de kosten hoger dan de inkomsten in dit scenario").format(year=year)
        if said.note is Note.RESERVE_BELOW_ZERO:
            return self.tr("De reserve staat eind {year} onder nul").format(year=year)
        if said.note is Note.NOTHING_ENTERED:
            return self.tr("Nog niets ingevuld bij Realisatie voor {year}").format(year=year)
        return self.tr("Ingevuld bij Realisatie: {n} van {m} regels van {year}").format(
            n=said.entered, m=said.lines, year=year)

    def _fill_indicators(self, plan: Plan, projection: Projection) -> None:
        ind = projection.indicators
        funder, short, depleted = self.indicators
        if ind.largest_funder is None:
            funder.setText(self.tr("Nog geen inkomsten in dit scenario."))
        else:
            funder.setText(self.tr("{name} levert {share} van de inkomsten.").format(
                name=ind.largest_funder.name, share=i18n.ratio(ind.largest_funder.share)))
        funder.setToolTip(self.tr("De grootste financier over alle jaren van het plan, in dit scenario"))
        if ind.short_term_share is None:
            short.setText(self.tr("Er zijn nog geen inkomsten om te beoordelen."))
        else:
            short.setText(self.tr("{share} van de inkomsten is kortlopend: voor een jaar of korter toegezegd.")
                          .format(share=i18n.ratio(ind.short_term_share)))
        short.setToolTip(self.tr("Eenmalige bedragen en bronnen met een looptijd van hoogstens 12 maanden"))
        if ind.depleted_year is not None:
            depleted.setText(self.tr("De reserve is op in {year}.").format(year=ind.depleted_year))
            set_text_style(depleted, point_size=11, bold=True, colour=NEGATIVE)
        else:
            last = projection.years[-1].reserve_end if projection.years else plan.opening_reserve
            depleted.setText(self.tr("De reserve blijft positief tot en met {year} ({amount}).").format(
                year=plan.last_year, amount=i18n.amount(last or 0)))
            set_text_style(depleted, point_size=11)
        depleted.setToolTip(self.tr("Het eerste jaar waarin de reserve aan het eind van het jaar onder nul staat"))
        # what must still come in to keep the reserve the board wants (Organisatie): the goal seek in a sentence
        result = still_to_raise(projection, plan.reserve_target)
        self.to_raise.setText(to_raise_sentence(result, i18n.current_language()))
        self.to_raise.setVisible(projection.project is None)
        set_text_style(self.to_raise, point_size=10, bold=bool(result.total),
                       colour=NEGATIVE if result.total else None)

    # --- the lines behind a year ----------------------------------------------------------------------------

    def _column_chosen(self, column: int) -> None:
        if not 0 <= column < len(self.model.columns):
            return
        key = self.model.column(column).key
        if key.isdigit():
            self.show_year(int(key))

    def show_year(self, year: int) -> None:
        """List the lines behind the figures of ``year`` beside the table."""
        self._year = year
        self._fill_detail(self.projection())

    @property
    def year(self) -> int | None:
        return self._year

    def lines_behind(self, projection: Projection, year: int) -> tuple[list[tuple[str, Cents]], list[tuple[str, Cents]]]:
        """(costs, income) behind ``year`` (``views.overview.lines_behind``)."""
        return view.lines_behind(self.document.plan, projection, year)

    def _fill_detail(self, projection: Projection) -> None:
        self.detail.clear()
        year = self._year
        if year is None or year not in self.document.plan.years:
            self.detail_title.setText(self.tr("Klik op een jaar om de regels achter de cijfers te zien."))
            return
        figures = projection.year(year)
        self.detail_title.setText(self.tr("De regels achter {year} ({scenario})").format(
            year=year, scenario=i18n.scenario_name(self.document.plan, projection.scenario)))
        costs, income = self.lines_behind(projection, year)
        for label, total, lines in ((self.tr("Kosten"), figures.costs, costs),
                                    (self.tr("Inkomsten"), figures.income, income)):
            group = QTreeWidgetItem([label, i18n.amount(total)])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFont(1, font)
            group.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            group_lines = view.listed(lines)  # the largest, and the rest in one row
            shown = group_lines.shown
            if group_lines.rest:
                shown.append((self.tr("en nog {count} regels").format(count=group_lines.rest), group_lines.rest_total))
            for name, value in shown:
                item = QTreeWidgetItem([name, i18n.amount(value)])
                item.setToolTip(0, name)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                group.addChild(item)
            self.detail.addTopLevelItem(group)
            group.setExpanded(True)
        if figures.gap:
            gap = QTreeWidgetItem([self.tr("Tekort"), i18n.amount(figures.gap)])
            gap.setForeground(0, NEGATIVE)
            gap.setForeground(1, NEGATIVE)
            gap.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.detail.addTopLevelItem(gap)
        column = next((i for i, c in enumerate(self.model.columns) if c.key == str(year)), -1)
        if column >= 0 and self.table.currentIndex().column() != column:
            self.table.blockSignals(True)
            self.table.selectColumn(column)
            self.table.blockSignals(False)

    def selected_index(self) -> QModelIndex:
        return self.table.currentIndex()
