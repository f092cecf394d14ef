"""Scenario's: what-if scenarios made, renamed, duplicated and deleted; their adjustments edited in a table; and
the plan under the scenario beside its base scenario, updated with every edit. What is shown is computed by
``ui.views.scenarios``; this module only displays it and sends the edits."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.core.edits import AddRecord, Change, Part, RemoveRecord, ReplaceRecord
from dekkingsplan.core.model import BUILTIN_SCENARIOS, Scenario
from dekkingsplan.ui import i18n
from dekkingsplan.ui.delegates import CellDelegate
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.screens.base import Screen
from dekkingsplan.ui.table_model import Column, Editor, TableModel
from dekkingsplan.ui.views import scenarios as view
from dekkingsplan.ui.views.scenarios import AdjustmentRow, Side
from dekkingsplan.ui.widgets.adjustments import AdjustmentColumns, AdjustmentDelegate
from dekkingsplan.ui.widgets.list_detail import ListDetail
from dekkingsplan.ui.widgets.message_bar import MessageBar
from dekkingsplan.ui.widgets.tables import Edit, figures_view, table_view
from dekkingsplan.ui.widgets.text_style import set_text_style
from dekkingsplan.ui.widgets.year_figures import FigureRow, figure_row, year_table_columns

BASE_ROW = QColor("#6b6b6b")


class ScenariosScreen(Screen):
    """The plan's own scenarios, the adjustments of the chosen one, and its figures beside its base."""

    parts = frozenset(Part)

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.message = MessageBar()

        self.new_button = QPushButton(self.tr("&Nieuw scenario…"))
        self.rename_button = QPushButton(self.tr("Naam &wijzigen"))
        self.duplicate_button = QPushButton(self.tr("&Dupliceren"))
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.show_button = QPushButton(self.tr("Tonen in het &overzicht"))
        self.show_button.setToolTip(self.tr("Het overzicht en de projecten tonen het plan onder dit scenario"))
        buttons = ((self.new_button, self.new_scenario), (self.rename_button, self.rename_selected),
                   (self.duplicate_button, self.duplicate_selected), (self.delete_button, self.delete_selected),
                   (self.show_button, self.show_in_overview))
        for button, slot in buttons:
            button.clicked.connect(slot)

        self.model = TableModel(self._scenario_columns(), on_edit=self._edit_scenario, parent=self)
        self.model.refused.connect(lambda _i, reason: self.message.show_message(reason))
        self.table = table_view(self.model, name="scenariosTable", edit=Edit.TYPING)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

        self.adjustment_columns = AdjustmentColumns(lambda: self.document.plan)
        self.adjustments = TableModel(self.adjustment_columns.columns(), on_edit=self._edit_adjustment,
                                      row_key=lambda r: r.index, parent=self)
        self.adjustments.refused.connect(lambda _i, reason: self.message.show_message(reason))
        self.adjustment_table = table_view(self.adjustments, name="adjustmentsTable", multi=True, edit=Edit.TYPING)
        self.adjustment_table.setItemDelegate(AdjustmentDelegate(self.adjustment_columns, self.adjustment_table))
        header = self.adjustment_table.horizontalHeader()
        for i, column in enumerate(self.adjustments.columns):
            self.adjustment_table.setColumnWidth(i, column.width or 100)
        header.setSectionResizeMode(self.adjustments.column_index("line"), QHeaderView.ResizeMode.Stretch)
        self.adjustment_table.setMinimumHeight(90)
        self.add_adjustment_button = QPushButton(self.tr("Aanpassing &toevoegen"))
        self.remove_adjustment_button = QPushButton(self.tr("Aanpassing ve&rwijderen"))
        self.add_adjustment_button.clicked.connect(self.add_adjustment)
        self.remove_adjustment_button.clicked.connect(self.remove_adjustment)
        self.adjustments_heading = QLabel()
        set_text_style(self.adjustments_heading, bold=True)
        adjustment_buttons = QHBoxLayout()
        adjustment_buttons.addWidget(self.adjustments_heading, 1)
        adjustment_buttons.addWidget(self.add_adjustment_button)
        adjustment_buttons.addWidget(self.remove_adjustment_button)

        self.compare_heading = QLabel()
        set_text_style(self.compare_heading, bold=True)
        self.verdict = QLabel()
        self.verdict.setObjectName("scenarioVerdict")
        self.verdict.setWordWrap(True)
        self.compare = TableModel([], row_key=lambda r: r.key, parent=self)
        self.compare_table = figures_view(self.compare, name="comparisonTable", row_height=26)
        self.frame = ListDetail(
            self.make_heading(),
            self.tr("Een scenario neemt Zeker, Verwacht of Maximaal als basis en past bedragen aan, "
                    "zoals ‘de gemeente −20% vanaf 2027’. Het plan zelf verandert niet."),
            [button for button, _slot in buttons], self.table,
            self.tr("Nog geen eigen scenario's. Met ‘Nieuw scenario…’ maakt u er een, bijvoorbeeld "
                    "‘Gemeente −20% vanaf 2027’."),
            sizes=(195, 605))
        self.empty, self.detail = self.frame.empty, self.frame.detail
        detail_layout = self.frame.detail_layout
        detail_layout.addLayout(adjustment_buttons)
        detail_layout.addWidget(self.adjustment_table, 1)
        detail_layout.addWidget(self.compare_heading)
        detail_layout.addWidget(self.verdict)
        detail_layout.addWidget(self.compare_table)
        detail_layout.addStretch(0)
        QVBoxLayout(self).addWidget(self.frame)
        self.message.float_over(self.frame.splitter)
        self.refresh()
        self._stale = False

    def _scenario_columns(self) -> list[Column]:
        def base_label(base: str) -> str:
            return i18n.scenario_name(self.document.plan, base)

        return [
            Column(key="name", title=self.tr("Naam"), text=lambda s: s.name,
                   edit=view.with_name,
                   tip=self.tr("Zoals u het scenario in het overzicht wilt zien")),
            Column(key="base", title=self.tr("Basis"), editor=Editor.CHOICE, width=150,
                   text=lambda s: base_label(s.base), edit_text=lambda s: s.base,
                   choices=lambda: [(base_label(b), b) for b in BUILTIN_SCENARIOS],
                   edit=view.with_base,
                   tip=self.tr("Zeker, Verwacht of Maximaal: wat het scenario zonder aanpassingen telt")),
            Column(key="adjustments", title=self.tr("Aanpassingen"), numeric=True, editor=Editor.NONE, width=120,
                   text=lambda s: str(len(s.adjustments))),
        ]

    # --- showing -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.selected_scenario()
        editable = not self.document.read_only
        self.model.editable = self.adjustments.editable = editable
        self.model.set_rows(self.document.plan.scenarios)
        self.frame.show_list(bool(self.document.plan.scenarios))
        keep = view.chosen_scenario(self.document.plan, chosen.id if chosen is not None else None)
        if keep is not None:
            self.select_scenario(keep)
        self._show_selected()

    def on_change(self, change: Change) -> None:
        self.message.clear()
        self.refresh()

    def selected_scenario(self) -> Scenario | None:
        row = self.frame.chosen_row()
        return None if row is None else self.model.row(row)

    def select_scenario(self, scenario_id: str) -> None:
        self.frame.choose_row(self.model.row_of(scenario_id))

    def _show_selected(self) -> None:
        scenario = self.selected_scenario()
        editable = not self.document.read_only
        for button in (self.rename_button, self.duplicate_button, self.delete_button, self.show_button,
                       self.add_adjustment_button, self.remove_adjustment_button):
            button.setEnabled(editable and scenario is not None)
        self.new_button.setEnabled(editable)
        self.show_button.setEnabled(scenario is not None)
        self.detail.setVisible(scenario is not None)
        if scenario is None:
            return
        self.adjustments_heading.setText(self.tr("Aanpassingen van ‘{name}’").format(name=scenario.name))
        # rows updated in place: a reset would close the cell editor that made this very edit while Qt still
        # commits it ("commitData called with an editor that does not belong to this view")
        self.adjustments.set_rows(view.adjustment_rows(scenario))
        self._show_comparison(scenario)

    def comparison_rows(self, scenario: Scenario) -> list[FigureRow]:
        """For each measure the base scenario's row (grey) and this scenario's row beneath it
        (``views.scenarios.comparison``), in words."""
        base_name = i18n.scenario_name(self.document.plan, scenario.base)
        rows: list[FigureRow] = []
        for compared in view.comparison(self.document.projection(scenario.base),
                                        self.document.projection(scenario.id)):
            measure = figure_row(compared.figures).label
            label = {
                Side.SAME: self.tr("{measure} (gelijk)").format(measure=measure),
                Side.BASE: self.tr("{measure} · basis ({base})").format(measure=measure, base=base_name),
                Side.OWN: self.tr("{measure} · dit scenario").format(measure=measure),
            }[compared.side]
            rows.append(replace(figure_row(compared.figures, label), key=compared.key, bold=compared.strong))
        return rows

    def _show_comparison(self, scenario: Scenario) -> None:
        plan = self.document.plan
        base_name = i18n.scenario_name(plan, scenario.base)
        self.compare_heading.setText(self.tr("‘{name}’ naast de basis ‘{base}’").format(
            name=scenario.name, base=base_name))
        columns = year_table_columns(plan, self.tr("Totaal"), label_width=300)
        first = columns[0]
        columns[0] = replace(first, foreground=lambda r: BASE_ROW if r.key.startswith("base-") else None)
        self.compare.set_columns(columns, self.comparison_rows(scenario))
        header = self.compare_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.compare_table.setColumnWidth(0, 250)
        rows = self.compare.rowCount()
        self.compare_table.setFixedHeight(header.sizeHint().height() + 26 * rows + 4)
        self.verdict.setText(self._verdict(scenario))

    def _verdict(self, scenario: Scenario) -> str:
        verdict = view.verdict(self.document.projection(scenario.base), self.document.projection(scenario.id))
        base_name = i18n.scenario_name(self.document.plan, scenario.base)
        if verdict.depleted is None:
            return self.tr("In dit scenario blijft de reserve in alle jaren boven nul.")
        if verdict.base_depleted is None:
            return self.tr("In dit scenario raakt de reserve op in {year}; in ‘{base}’ niet.").format(
                year=verdict.depleted, base=base_name)
        return self.tr("In dit scenario raakt de reserve op in {year}; in ‘{base}’ in {base_year}.").format(
            year=verdict.depleted, base=base_name, base_year=verdict.base_depleted)

    # --- scenarios ---------------------------------------------------------------------------------------

    def _add(self, edit: AddRecord, text: str) -> None:
        if self.document.apply(edit, text):
            self.select_scenario(edit.record.id)

    def new_scenario(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Nieuw scenario"),
                                        self.tr("Naam van het scenario, bijvoorbeeld ‘Gemeente −20% vanaf 2027’:"))
        scenario = view.new_scenario(self.document.plan, name) if ok else None
        if scenario is not None:
            self._add(AddRecord(scenario), self.tr("scenario ‘{name}’ maken").format(name=scenario.name))

    def rename_selected(self) -> None:
        scenario = self.selected_scenario()
        if scenario is not None:
            self.frame.edit_cell(self.model.cell(self.model.row_of(scenario.id), "name"))

    def duplicate_selected(self) -> None:
        scenario = self.selected_scenario()
        if scenario is None:
            return
        name = self.tr("{name} (kopie)").format(name=scenario.name)
        copy = view.duplicate(self.document.plan, scenario, name)
        self._add(AddRecord(copy, after=scenario.id), self.tr("scenario ‘{name}’ dupliceren").format(name=scenario.name))

    def delete_selected(self) -> None:
        scenario = self.selected_scenario()
        if scenario is not None:
            self.document.apply(RemoveRecord(scenario),
                                self.tr("scenario ‘{name}’ verwijderen").format(name=scenario.name))

    def show_in_overview(self) -> None:
        scenario = self.selected_scenario()
        if scenario is not None:
            self.document.set_scenario(scenario.id)

    def _edit_scenario(self, old: Scenario, new: Scenario, column: Column) -> str | None:
        return self.document.try_apply(ReplaceRecord(old, new),
                                       self.tr("scenario ‘{name}’ wijzigen").format(name=old.name))

    # --- adjustments -------------------------------------------------------------------------------------

    def _replace_adjustments(self, scenario: Scenario, new: Scenario, text: str) -> str | None:
        return self.document.try_apply(ReplaceRecord(scenario, new), text.format(name=scenario.name))

    def _edit_adjustment(self, old: AdjustmentRow, new: AdjustmentRow, column: Column) -> str | None:
        scenario = self.selected_scenario()
        if scenario is None:
            return None
        return self._replace_adjustments(scenario, view.with_adjustment(scenario, new),
                                         self.tr("aanpassing in ‘{name}’ wijzigen"))

    def add_adjustment(self) -> None:
        scenario = self.selected_scenario()
        if scenario is None:
            return
        text = self.tr("aanpassing aan ‘{name}’ toevoegen")
        if self._replace_adjustments(scenario, view.with_added(scenario), text) is None:
            row = self.adjustments.rowCount() - 1
            self.adjustment_table.setCurrentIndex(self.adjustments.cell(row, "kind"))

    def remove_adjustment(self) -> None:
        scenario = self.selected_scenario()
        current = self.adjustment_table.currentIndex()
        if scenario is None or not current.isValid():
            return
        index = self.adjustments.row(current).index
        self._replace_adjustments(scenario, view.without_adjustment(scenario, index),
                                  self.tr("aanpassing uit ‘{name}’ verwijderen"))
