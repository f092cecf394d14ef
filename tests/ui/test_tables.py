"""Every table in the window is made by the one factory (ui/widgets/tables.py), so every table looks the same:
no row numbers, no wrapped cells, a heading lit only over a chosen column."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

from dekkingsplan.ui.screens.registry import all_screens
from dekkingsplan.ui.widgets.portfolio_dialog import PortfolioDialog
from dekkingsplan.ui.widgets.tables import Edit, Select, figures_view, table_view


def test_every_table_of_every_screen_and_the_portfolio_looks_as_the_factory_makes_it(qtbot, demo_document):
    widgets = [screen(demo_document) for screen in all_screens()] + [PortfolioDialog()]
    tables = []
    for widget in widgets:
        qtbot.addWidget(widget)
        tables += widget.findChildren(QTableView)
    assert len(tables) >= 12
    for table in tables:
        name = f"{table.window().__class__.__name__} {table.objectName()}"
        assert table.verticalHeader().isHidden(), name
        assert not table.wordWrap(), name
        columns = table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectColumns
        assert table.horizontalHeader().highlightSections() == columns, name


def test_what_a_click_chooses_and_what_opens_an_editor(qtbot):
    names = table_view(name="projectsTable", edit=Edit.KEYS)
    qtbot.addWidget(names)
    assert names.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert names.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert not names.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed  # a letter finds a row
    lines = table_view(select=Select.CELLS, multi=True, edit=Edit.TYPING)
    qtbot.addWidget(lines)
    assert lines.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert lines.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed  # typing starts an edit
    figures = figures_view(row_height=26, fit_rows=True)
    qtbot.addWidget(figures)
    assert figures.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
    assert figures.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert figures.verticalHeader().defaultSectionSize() == 26
