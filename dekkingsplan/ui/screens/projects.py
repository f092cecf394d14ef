"""Projecten: add, rename and remove projects, and each project's own years, coverage, gap and chart. What is
shown is computed by ``ui.views.projects``; this module only displays it and sends the edits."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.core.edits import AddRecord, Change, Part, ProjectLines, ReplaceRecord
from dekkingsplan.core.model import Project
from dekkingsplan.core.projection import Projection
from dekkingsplan.ui.delegates import CellDelegate
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.screens.base import Screen
from dekkingsplan.ui.table_model import Column, Editor, TableModel
from dekkingsplan.ui.views import projects as view
from dekkingsplan.ui.views.projects import ProjectRow
from dekkingsplan.ui.widgets.chart import CoverageChart
from dekkingsplan.ui.widgets.list_detail import ListDetail
from dekkingsplan.ui.widgets.message_bar import MessageBar
from dekkingsplan.ui.widgets.tables import Edit, figures_view, table_view
from dekkingsplan.ui.widgets.text_style import set_text_style
from dekkingsplan.ui.widgets.year_figures import ScenarioChooser, year_table_columns, year_table_rows


class RemoveProjectQuestion(QMessageBox):
    """What happens to the lines of a project that is removed: to the exploitatie, removed too, or cancel."""

    def __init__(self, parent: QWidget | None, project: Project, costs: int, sources: int) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Project verwijderen"))
        self.setText(self.tr("Bij project ‘{name}’ horen {costs} kostenregel(s) en {sources} dekkingsbron(nen). "
                             "Wat moet er met die regels gebeuren?").format(
            name=project.name, costs=costs, sources=sources))
        self.setInformativeText(self.tr("Naar de exploitatie: de regels blijven staan, zonder project. Ook "
                                        "verwijderen: de regels verdwijnen met het project. Ctrl+Z zet alles terug."))
        self.unlink = self.addButton(self.tr("Naar de exploitatie"), QMessageBox.ButtonRole.AcceptRole)
        self.delete = self.addButton(self.tr("Ook verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.unlink)

    def fate(self) -> ProjectLines | None:
        """What the treasurer chose for the lines; None: cancelled."""
        clicked = self.clickedButton()
        return (ProjectLines.UNLINK if clicked is self.unlink else ProjectLines.DELETE if clicked is self.delete
                else None)


def ask_lines_fate(parent: QWidget, project: Project, costs: int, sources: int) -> ProjectLines | None:
    """Ask what happens to the lines of a project that is removed (None: the treasurer cancelled)."""
    question = RemoveProjectQuestion(parent, project, costs, sources)
    question.exec()
    return question.fate()


class ProjectsScreen(Screen):
    """The plan's projects in a table (name and description typed in place) and the chosen one's figures."""

    parts = frozenset({Part.PROJECTS, Part.COSTS, Part.SOURCES, Part.SETTINGS, Part.SCENARIOS})
    follows_scenario = True

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.add_button = QPushButton(self.tr("&Nieuw project…"))
        self.rename_button = QPushButton(self.tr("Naam &wijzigen"))
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.add_button.clicked.connect(self.add_project)
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        self.message = MessageBar()
        self.model = TableModel(self._columns(), on_edit=self._edit, parent=self)
        self.model.editable = not document.read_only
        self.model.refused.connect(lambda _i, reason: self.message.show_message(reason))
        self.table = table_view(self.model, name="projectsTable", edit=Edit.KEYS)
        self.message.float_over(self.table)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for i, column in enumerate(self.model.columns):
            if column.width:
                self.table.setColumnWidth(i, column.width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.project_heading = QLabel()
        set_text_style(self.project_heading, point_size=13, bold=True)
        self.scenario = ScenarioChooser(document)
        figures_head = QHBoxLayout()
        figures_head.addWidget(self.project_heading, 1)
        figures_head.addWidget(self.scenario)
        self.figures_model = TableModel([], row_key=lambda r: r.key, parent=self)
        # rows of one fixed height, so that the table's fixed height shows every row, Tekort included
        self.figures = figures_view(self.figures_model, name="projectFigures", row_height=26, fit_rows=True)
        self.chart = CoverageChart()
        self.frame = ListDetail(
            self.make_heading(),
            self.tr("Een project heeft eigen kosten en eigen dekking, zoals een fonds ze wil zien. "
                    "Regels zonder project horen bij de exploitatie (de lopende kosten)."),
            [self.add_button, self.rename_button, self.delete_button], self.table,
            self.tr("Nog geen projecten. Met ‘Nieuw project…’ maakt u er een; daarna kiest u in "
                    "Begroting en Dekking bij elke regel het project."),
            sizes=(170, 630), detail_stretch=3, detail_top=6)
        self.empty, self.detail = self.frame.empty, self.frame.detail
        self.frame.detail_layout.addLayout(figures_head)
        self.frame.detail_layout.addWidget(self.figures)
        self.frame.detail_layout.addWidget(self.chart, 1)
        QVBoxLayout(self).addWidget(self.frame)
        self.refresh()
        self._stale = False

    def _columns(self) -> list[Column]:
        return [
            Column(key="name", title=self.tr("Naam"), text=lambda r: r.project.name, width=240,
                   edit=lambda r, v: replace(r, project=view.with_name(r.project, v)),
                   tip=self.tr("De naam van het project zoals een fonds hem kent")),
            Column(key="description", title=self.tr("Omschrijving"), text=lambda r: r.project.description or "",
                   edit=lambda r, v: replace(r, project=view.with_description(r.project, v)),
                   tip=self.tr("Waar het project over gaat (mag leeg blijven)")),
            Column(key="costs", title=self.tr("Kostenregels"), numeric=True, editor=Editor.NONE, width=110,
                   text=lambda r: str(r.costs)),
            Column(key="sources", title=self.tr("Dekkingsbronnen"), numeric=True, editor=Editor.NONE, width=130,
                   text=lambda r: str(r.sources)),
        ]

    # --- showing -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        plan = self.document.plan
        self.model.set_columns(self._columns(), view.project_rows(plan))
        self.frame.show_list(bool(plan.projects))
        chosen = view.chosen_project(plan, None)
        if chosen is not None and self.selected_project() is None:
            self.select_project(chosen)
        self.scenario.refresh()
        self._show_figures()
        self._update_buttons()

    def on_change(self, change: Change) -> None:
        self.message.clear()
        chosen = self.selected_project()
        self.refresh()
        if chosen is not None and self.document.plan.project(chosen.id) is not None:
            self.select_project(chosen.id)

    def selected_project(self) -> Project | None:
        row = self.frame.chosen_row()
        return None if row is None else self.model.row(row).project

    def select_project(self, project_id: str) -> None:
        self.frame.choose_row(self.model.row_of(project_id))

    def _selection_changed(self, *_args: object) -> None:
        self._show_figures()
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.document.read_only
        chosen = self.selected_project() is not None
        self.add_button.setEnabled(editable)
        self.rename_button.setEnabled(editable and chosen)
        self.delete_button.setEnabled(editable and chosen)

    def project_projection(self) -> Projection | None:
        project = self.selected_project()
        if project is None:
            return None
        return self.document.projection(self.document.scenario, project.id)

    def _show_figures(self) -> None:
        project = self.selected_project()
        self.detail.setVisible(project is not None)
        if project is None:
            return
        projection = self.project_projection()
        assert projection is not None
        self.project_heading.setText(self.tr("{name}: kosten en inkomsten per jaar").format(name=project.name))
        columns = year_table_columns(self.document.plan, self.tr("Totaal"))
        rows = year_table_rows(projection)
        self.figures_model.set_columns(columns, rows)
        header = self.figures.horizontalHeader().sizeHint().height()
        self.figures.setFixedHeight(header + self.figures.verticalHeader().defaultSectionSize() * len(rows)
                                    + 2 * self.figures.frameWidth())
        self.chart.show_projection(projection)

    # --- editing -----------------------------------------------------------------------------------------

    def _edit(self, old: ProjectRow, new: ProjectRow, column: Column) -> str | None:
        text = self.tr("project ‘{name}’ wijzigen").format(name=old.project.name)
        return self.document.try_apply(ReplaceRecord(old.project, new.project), text)

    def add_project(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Nieuw project"), self.tr("Naam van het project:"))
        project = view.new_project(self.document.plan, name) if ok else None
        if project is None:
            return
        if self.document.apply(AddRecord(project), self.tr("project ‘{name}’ toevoegen").format(name=project.name)):
            self.select_project(project.id)

    def rename_selected(self) -> None:
        project = self.selected_project()
        if project is not None:
            self.frame.edit_cell(self.model.cell(self.model.row_of(project.id), "name"))

    def delete_selected(self) -> None:
        project = self.selected_project()
        if project is None:
            return
        removal = view.removal(self.document.plan, project)
        fate: ProjectLines | None = ProjectLines.UNLINK
        if removal.asks:
            fate = ask_lines_fate(self, project, removal.costs, removal.sources)
            if fate is None:
                return
        text = self.tr("project ‘{name}’ verwijderen").format(name=project.name)
        if self.document.apply(removal.edit(self.document.plan, fate, label=text)):
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr("Project verwijderd. Ctrl+Z zet het terug."), 8000)


