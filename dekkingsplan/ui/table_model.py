"""One generic table model over plain objects: a screen's table only lists its columns.

A ``Column`` says how to show a cell, how to sort it and — when editable — how to make the changed row from what
was typed. The model never changes a row itself: it hands ``(old, new, column)`` to the screen, which sends the
edit through the document; the document's ``changed`` signal brings the new rows back with ``set_rows``.
A typed value that cannot be read, or an edit the plan's rules refuse, is announced with ``refused`` and the
old value stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.ui import i18n
from dekkingsplan.ui.views.cells import Editor

Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole

__all__ = ["Column", "Editor", "FilterProxy", "TableModel", "source_index"]


@dataclass(frozen=True, kw_only=True)
class Column:
    """One column: its title, what a cell shows, and (when editable) how typing changes the row."""

    key: str
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # the value sorting uses (default: the text)
    edit: Callable[[Any, Any], Any] | None = None  # (row, typed value) -> changed row; raises DekkingsplanError
    edit_text: Callable[[Any], Any] | None = None  # what an editor starts with (default: the text)
    editor: Editor = Editor.TEXT
    choices: Callable[[], list[tuple[str, Any]]] | None = None  # (label, value) for Editor.CHOICE
    checked: Callable[[Any], bool] | None = None  # for Editor.CHECK
    numeric: bool = False  # right-aligned, like amounts
    tip: str = ""  # the header's tooltip: what goes here and how to type it
    cell_tip: Callable[[Any], str | None] | None = None
    background: Callable[[Any], QColor | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    derived: Callable[[Any], bool] | None = None  # shown in italics: a value that follows from others
    bold: Callable[[Any], bool] | None = None
    width: int | None = None


EditHandler = Callable[[Any, Any, Column], str | None]


class TableModel(QAbstractTableModel):
    """Rows of plain objects, columns from ``Column`` specs."""

    refused = Signal(QModelIndex, str)  # the cell, and why the typed value was not accepted

    def __init__(self, columns: Sequence[Column], rows: Sequence[Any] = (), *,
                 on_edit: EditHandler | None = None, row_key: Callable[[Any], Any] | None = None,
                 row_foreground: Callable[[Any], QColor | None] | None = None,
                 parent: QObject | None = None) -> None:
        """``row_foreground`` greys out whole rows (a rejected source) where a column sets no colour itself."""
        super().__init__(parent)
        self._row_foreground = row_foreground
        self._columns = list(columns)
        self._rows = list(rows)
        self._on_edit = on_edit
        self._key = row_key or (lambda row: getattr(row, "id", id(row)))
        self.editable = on_edit is not None

    # --- contents ----------------------------------------------------------------------------------------

    @property
    def columns(self) -> list[Column]:
        return self._columns

    @property
    def rows(self) -> list[Any]:
        return self._rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show new rows. The same rows in the same order are updated in place (selection and scroll stay);
        anything else resets the table."""
        rows = list(rows)
        if [self._key(r) for r in rows] != [self._key(r) for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        old, self._rows = self._rows, rows
        for i, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before is not after and before != after:
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self._columns) - 1))

    def set_columns(self, columns: Sequence[Column], rows: Sequence[Any] | None = None) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        if rows is not None:
            self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int | Index) -> Any:
        return self._rows[index if isinstance(index, int) else index.row()]

    def row_of(self, key: Any) -> int:
        """The row number of the row with this key (its id), or -1."""
        return next((i for i, r in enumerate(self._rows) if self._key(r) == key), -1)

    def column(self, key_or_index: str | int | Index) -> Column:
        if isinstance(key_or_index, str):
            return next(c for c in self._columns if c.key == key_or_index)
        return self._columns[key_or_index if isinstance(key_or_index, int) else key_or_index.column()]

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    def cell(self, row: int, key: str) -> QModelIndex:
        return self.index(row, self.column_index(key))

    def sort_value(self, index: Index) -> tuple:
        """What sorting compares: empty cells first, then by the column's sort value."""
        column, row = self.column(index), self.row(index)
        value = column.sort(row) if column.sort else column.text(row).casefold()
        return (value is not None and value != "", value if value is not None else 0)

    # --- QAbstractTableModel -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = _ROLE.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, row = self._columns[index.column()], self._rows[index.row()]
        if role == _ROLE.DisplayRole:
            return "" if column.editor == Editor.CHECK else column.text(row)
        if role == _ROLE.EditRole:
            return column.edit_text(row) if column.edit_text else column.text(row)
        if role == _ROLE.CheckStateRole and column.editor == Editor.CHECK and column.checked:
            return Qt.CheckState.Checked if column.checked(row) else Qt.CheckState.Unchecked
        if role == _ROLE.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == _ROLE.ToolTipRole:
            return column.cell_tip(row) if column.cell_tip else None
        if role == _ROLE.BackgroundRole and column.background:
            colour = column.background(row)
            return QBrush(colour) if colour is not None else None
        if role == _ROLE.ForegroundRole:
            colour = column.foreground(row) if column.foreground else None
            if colour is None and self._row_foreground is not None:
                colour = self._row_foreground(row)
            return QBrush(colour) if colour is not None else None
        if role == _ROLE.FontRole and (column.derived or column.bold):
            font = QFont()
            font.setItalic(bool(column.derived and column.derived(row)))
            font.setBold(bool(column.bold and column.bold(row)))
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == _ROLE.DisplayRole:
            return column.title
        if role == _ROLE.ToolTipRole:
            return column.tip or None
        if role == _ROLE.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self._columns[index.column()]
        if self.editable and column.edit is not None:
            if column.editor == Editor.CHECK:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = _ROLE.EditRole) -> bool:
        """Make the changed row from what was typed and hand it on; refused values leave the row as it was."""
        if not index.isValid() or not self.editable or self._on_edit is None:
            return False
        column, old = self._columns[index.column()], self._rows[index.row()]
        if column.edit is None:
            return False
        if role == _ROLE.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != _ROLE.EditRole:
            return False
        try:
            new = column.edit(old, value)
        except DekkingsplanError as exc:
            self.refused.emit(QModelIndex(index), f"{column.title}: {exc.text(i18n.current_language())}")
            return False
        if new == old:
            return True
        reason = self._on_edit(old, new, column)
        if reason is not None:
            self.refused.emit(QModelIndex(index), reason)
            return False
        return True


class FilterProxy(QSortFilterProxyModel):
    """Sorting by each column's sort value, and filters that keep the rows every predicate accepts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filters: dict[str, Callable[[Any], bool]] = {}

    def set_filter(self, name: str, predicate: Callable[[Any], bool] | None) -> None:
        """Add, replace or (with None) drop one named filter."""
        begin = getattr(self, "beginFilterChange", None)  # Qt 6.9+; invalidateFilter() before that
        if begin is not None:
            begin()
        if predicate is None:
            self._filters.pop(name, None)
        else:
            self._filters[name] = predicate
        if begin is not None:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, TableModel) or not self._filters:
            return True
        row = model.row(source_row)
        return all(accept(row) for accept in self._filters.values())

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, TableModel):
            return super().lessThan(left, right)
        a, b = model.sort_value(left), model.sort_value(right)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def visible_rows(self) -> list[Any]:
        model = self.sourceModel()
        assert isinstance(model, TableModel)
        return [model.row(self.mapToSource(self.index(r, 0))) for r in range(self.rowCount())]


def source_index(index: Index) -> tuple[TableModel, QModelIndex]:
    """The generic model and its own index behind a (possibly proxied) view index."""
    model = index.model()
    while isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    assert isinstance(model, TableModel)
    return model, QModelIndex(index)
