"""The one way a screen makes a table view: rows without numbers, no word wrap, headers that do not light up."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

_EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                  | QAbstractItemView.EditTrigger.AnyKeyPressed)


def table_view(model: QAbstractItemModel | None = None, *, name: str = "", rows: bool = True,
               multi: bool = False, editable: bool = False, parent: QWidget | None = None) -> QTableView:
    """A table over ``model``; ``rows``: a click selects the whole row (else one cell), ``multi``: several rows
    (else one), ``editable``: typing or a double click edits the cell."""
    table = QTableView(parent)
    if name:
        table.setObjectName(name)
    if model is not None:
        table.setModel(model)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows if rows
                               else QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    if editable:
        table.setEditTriggers(_EDIT_TRIGGERS)
    return table
