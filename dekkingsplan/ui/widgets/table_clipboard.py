"""Copy and paste between a lines table and a spreadsheet: Ctrl+C copies the selected cells as tab-separated text
with numbers as the screen shows them (Dutch: ``43.150,00``), Ctrl+V pastes a block of cells from Excel into the
table from the current cell on, as one edit that one Ctrl+Z takes back. A block with any cell that cannot be read is
refused whole, in one sentence, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTableView

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.ui import i18n
from dekkingsplan.ui.table_model import Column, Editor, TableModel, source_index

MAX_NAMED = 3  # bad cells named in the refusal; the rest are counted


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


def read_block(text: str) -> list[list[str]]:
    """Tab-separated rows as a spreadsheet puts them on the clipboard (the last line break is not a row)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def _typed(column: Column, text: str) -> Any:
    """A pasted text as the column's editor would hand it to the model."""
    if column.editor == Editor.CHOICE:
        wanted = text.strip().casefold()
        for label, value in (column.choices() if column.choices else []):
            if wanted in (str(label).casefold(), str(value).casefold()):
                return value
        raise DekkingsplanError(f"'{text.strip()}' is not one of the choices",
                                f"'{text.strip()}' is geen van de keuzes")
    if column.editor == Editor.CHECK:
        wanted = text.strip().casefold()
        if wanted in ("ja", "yes", "x", "1", "waar", "true"):
            return True
        if wanted in ("nee", "no", "", "0", "onwaar", "false"):
            return False
        raise DekkingsplanError(f"'{text.strip()}' is not ja or nee", f"'{text.strip()}' is geen ja of nee")
    return text


def paste_block(view: QTableView, text: str, apply: Callable[[list[tuple[Any, Any]], int], str | None]) -> str | None:
    """Paste ``text`` into ``view`` from its current cell: every row of the block into a line below it, every
    cell into a column to the right. ``apply(pairs, cells)`` gets the (old, new) line of every changed line and
    must make them one edit. Returns None when pasted, else the one sentence that says why nothing changed."""
    block = read_block(text)
    current = view.currentIndex()
    if not block or not current.isValid():
        return tr("Niets geplakt: kies eerst de cel waar het blok moet beginnen.")
    proxy = view.model()
    header = view.horizontalHeader()
    visible = [c for c in sorted(range(proxy.columnCount()), key=header.visualIndex) if not view.isColumnHidden(c)]
    start_row, start_column = current.row(), visible.index(current.column())
    width = max(len(cells) for cells in block)
    if start_row + len(block) > proxy.rowCount() or start_column + width > len(visible):
        return tr("Niets geplakt: het blok is {rows} bij {columns} cellen en past niet vanaf de gekozen cel; "
                  "er zijn daar {free_rows} regels en {free_columns} kolommen.").format(
            rows=len(block), columns=width, free_rows=proxy.rowCount() - start_row,
            free_columns=len(visible) - start_column)
    model: TableModel | None = None
    changed: dict[Any, tuple[Any, Any]] = {}  # line id -> (old, new), in the block's order
    problems: list[str] = []
    cells = 0
    for r, cells_of_row in enumerate(block):
        for c, typed in enumerate(cells_of_row):
            model, own = source_index(proxy.index(start_row + r, visible[start_column + c]))
            column = model.column(own)
            old = model.row(own)
            key = getattr(old, "id", id(old))
            line = changed.get(key, (old, old))[1]
            name = getattr(old, "name", None) or getattr(getattr(old, "line", None), "name", "")  # a line, or a row of one
            if column.edit is None or column.editor in (Editor.NONE, Editor.SPECIFICATION) or not model.editable:
                problems.append(tr("{column} van ‘{name}’ kan niet worden geplakt").format(
                    column=column.title, name=name))
                continue
            try:
                line = column.edit(line, _typed(column, typed))
            except DekkingsplanError as exc:
                problems.append(tr("{column} van ‘{name}’: {reason}").format(
                    column=column.title, name=name, reason=exc.text(i18n.current_language())))
                continue
            changed[key] = (old, line)
            cells += 1
    if problems:
        named = "; ".join(problems[:MAX_NAMED])
        if len(problems) > MAX_NAMED:
            named += tr(" en nog {n} cellen").format(n=len(problems) - MAX_NAMED)
        return tr("Niets geplakt: {problems}.").format(problems=named.rstrip("."))
    pairs = [(old, new) for old, new in changed.values() if old != new]
    if not pairs:
        return None
    return apply(pairs, cells)


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
