"""The one way the app makes a table view: rows without numbers, no word wrap, headers that light up only for a
chosen column; ``figures_view`` is the same table made for reading figures (nothing to choose, every column as
wide as the others)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

_Trigger = QAbstractItemView.EditTrigger
_Behaviour = QAbstractItemView.SelectionBehavior
_Mode = QAbstractItemView.SelectionMode


class Select(Enum):
    """What a click chooses."""

    ROWS = _Behaviour.SelectRows
    CELLS = _Behaviour.SelectItems
    COLUMNS = _Behaviour.SelectColumns  # a year, say: its heading lights up with it
    NOTHING = None  # figures to read


class Edit(Enum):
    """What opens a cell's editor (on a model whose cell is editable)."""

    NONE = _Trigger.NoEditTriggers
    KEYS = _Trigger.DoubleClicked | _Trigger.EditKeyPressed  # typing a letter goes to the row that starts with it
    TYPING = _Trigger.DoubleClicked | _Trigger.EditKeyPressed | _Trigger.AnyKeyPressed


def table_view(model: QAbstractItemModel | None = None, *, name: str = "", select: Select = Select.ROWS,
               multi: bool = False, edit: Edit = Edit.NONE, parent: QWidget | None = None) -> QTableView:
    """A table over ``model``; ``multi``: several rows (or cells, or columns) can be chosen at once, else one."""
    table = QTableView(parent)
    if name:
        table.setObjectName(name)
    if model is not None:
        table.setModel(model)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(select is Select.COLUMNS)
    if select is Select.NOTHING:
        table.setSelectionMode(_Mode.NoSelection)
    else:
        table.setSelectionBehavior(select.value)
        table.setSelectionMode(_Mode.ExtendedSelection if multi else _Mode.SingleSelection)
    table.setEditTriggers(edit.value)
    return table


def figures_view(model: QAbstractItemModel | None = None, *, name: str = "", row_height: int | None = None,
                 fit_rows: bool = False, parent: QWidget | None = None) -> QTableView:
    """A table of figures to read: nothing to choose or focus, the columns share the width. ``row_height``: rows
    of that many pixels; ``fit_rows``: rows that keep that height and no scroll bar, for a table whose fixed height
    shows every row."""
    table = table_view(model, name=name, select=Select.NOTHING, parent=parent)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    if row_height is not None:
        table.verticalHeader().setDefaultSectionSize(row_height)
    if fit_rows:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table
