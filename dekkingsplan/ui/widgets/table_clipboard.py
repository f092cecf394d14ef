"""Copy and paste between a lines table and a spreadsheet: Ctrl+C copies the selected cells as tab-separated text
with numbers as the screen shows them (Dutch: ``43.150,00``), Ctrl+V pastes a block of cells from Excel into the
table from the current cell on, as one edit that one Ctrl+Z takes back. A block with any cell that cannot be read is
refused whole, in one sentence, and nothing changes. What a block makes of the rows is ``ui.views.paste``'s (the
lines view's ``LinesView.paste`` for Begroting and Dekking, ``paste_block`` here for a table whose columns say how
typing changes a row); here are the keys, where a block goes and the words of a refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTableView

from dekkingsplan.ui import i18n
from dekkingsplan.ui.table_model import Editor, source_index
from dekkingsplan.ui.views.paste import DoesNotFit, NoBlock, Paste, Pasted, PasteField, Unreadable, paste_rows


def tr(text: str) -> str:
    # lupdate files a module-level tr("...") under the empty context, so the translation is looked up there
    return QCoreApplication.translate("", text)


def _ordered(view: QTableView, indexes: list[QModelIndex]) -> tuple[list[int], list[int]]:
    rows = sorted({i.row() for i in indexes}, key=view.verticalHeader().visualIndex)
    header = view.horizontalHeader()
    columns = sorted({i.column() for i in indexes if not view.isColumnHidden(i.column())}, key=header.visualIndex)
    return rows, columns


def cell_text(index: QModelIndex) -> str:
    """What a cell says, as a spreadsheet should receive it: a check box as ja/nee, the rest as shown."""
    model, own = source_index(index)
    column = model.column(own)
    if column.editor == Editor.CHECK and column.checked is not None:
        return tr("ja") if column.checked(model.row(own)) else tr("nee")
    text = index.data(Qt.ItemDataRole.DisplayRole)
    return "" if text is None else str(text).replace("\t", " ").replace("\n", " ")


def copy_text(view: QTableView) -> str:
    """The selected cells as rows of tab-separated text (the smallest rectangle around them)."""
    indexes = view.selectionModel().selectedIndexes()
    if not indexes:
        return ""
    rows, columns = _ordered(view, indexes)
    model = view.model()
    return "\n".join("\t".join(cell_text(model.index(r, c)) for c in columns) for r in rows) + "\n"


def paste_target(view: QTableView) -> tuple[list[Any], list[str]] | None:
    """Where a block pasted into ``view`` goes: the rows shown from the current cell down and the keys of the
    columns shown from it to the right, in the order they are shown (None: no cell is chosen)."""
    current = view.currentIndex()
    if not current.isValid():
        return None
    proxy = view.model()
    header = view.horizontalHeader()
    visible = [c for c in sorted(range(proxy.columnCount()), key=header.visualIndex) if not view.isColumnHidden(c)]
    rows, keys = [], []
    for r in range(current.row(), proxy.rowCount()):
        model, own = source_index(proxy.index(r, current.column()))
        rows.append(model.row(own))
    for c in visible[visible.index(current.column()):]:
        model, own = source_index(proxy.index(current.row(), c))
        keys.append(model.column(own).key)
    return rows, keys


def paste_refusal(paste: Paste | None, title: Callable[[str], str]) -> str | None:
    """Why a block was not pasted, in one sentence (``paste`` None: no cell was chosen), naming each column by
    ``title(key)``; None when it goes in."""
    if paste is None or isinstance(paste, NoBlock):
        return tr("Niets geplakt: kies eerst de cel waar het blok moet beginnen.")
    if isinstance(paste, DoesNotFit):
        return tr("Niets geplakt: het blok is {rows} bij {columns} cellen en past niet vanaf de gekozen cel; "
                  "er zijn daar {free_rows} regels en {free_columns} kolommen.").format(
            rows=paste.rows, columns=paste.columns, free_rows=paste.free_rows, free_columns=paste.free_columns)
    if isinstance(paste, Unreadable):
        words = [tr("{column} van ‘{name}’ kan niet worden geplakt").format(column=title(p.key), name=p.name)
                 if p.reason is None else
                 tr("{column} van ‘{name}’: {reason}").format(column=title(p.key), name=p.name,
                                                             reason=p.reason.text(i18n.current_language()))
                 for p in paste.problems]
        named = "; ".join(words)
        if paste.more:
            named += tr(" en nog {n} cellen").format(n=paste.more)
        return tr("Niets geplakt: {problems}.").format(problems=named.rstrip("."))
    return None


def paste_block(view: QTableView, text: str, apply: Callable[[list[tuple[Any, Any]], int], str | None]) -> str | None:
    """Paste ``text`` into ``view`` from its current cell, each cell through its column's ``edit``. ``apply(pairs,
    cells)`` gets the (old, new) row of every changed row and must make them one edit. Returns None when pasted,
    else the one sentence that says why nothing changed."""
    target = paste_target(view)
    if target is None:
        return paste_refusal(None, str)
    rows, keys = target
    model, _own = source_index(view.currentIndex())
    columns = [model.column(key) for key in keys]
    fields = [PasteField(c.key, c.editor, c.edit if model.editable else None, c.choices) for c in columns]
    pasted = paste_rows(text, rows, fields, key=lambda row: getattr(row, "id", id(row)),
                        name=lambda row: getattr(row, "name", None) or getattr(getattr(row, "line", None), "name", ""))
    reason = paste_refusal(pasted, lambda key: model.column(key).title)
    if reason is None and isinstance(pasted, Pasted) and pasted.pairs:
        return apply(list(pasted.pairs), pasted.cells)
    return reason


class TableClipboard(QObject):
    """Ctrl+C and Ctrl+V on a table, before the table's own one-cell copy sees them."""

    def __init__(self, view: QTableView, paste: Callable[[str], object]) -> None:
        super().__init__(view)
        self.view = view
        self.paste = paste
        view.installEventFilter(self)

    def copy(self) -> str:
        text = copy_text(self.view)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and isinstance(event, QKeyEvent):
            copy, paste = event.matches(QKeySequence.StandardKey.Copy), event.matches(QKeySequence.StandardKey.Paste)
            if event.type() == QEvent.Type.ShortcutOverride and (copy or paste):
                event.accept()  # the table's keys, not a window shortcut's
                return True
            if event.type() == QEvent.Type.KeyPress and copy:
                self.copy()
                return True
            if event.type() == QEvent.Type.KeyPress and paste:
                self.paste(QGuiApplication.clipboard().text())
                return True
        return super().eventFilter(watched, event)
