"""A block of cells pasted from a spreadsheet: which rows and fields it covers, each cell read as its field's typed
value (``cells``), any cell that cannot go in refusing the whole block, and the one undoable change it makes. The
lines view pastes through it (``LinesView.paste``), and so does any table whose columns say how typing changes a
row (``widgets/table_clipboard.paste_block``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from dekkingsplan.core.edits import Batch, ReplaceRecord
from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.ui.views.cells import Editor, read_check, read_choice


def read_block(text: str) -> list[list[str]]:
    """Tab-separated rows as a spreadsheet puts them on the clipboard (the last line break is not a row)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


MAX_NAMED = 3  # cells a refused paste names; the rest are counted


@dataclass(frozen=True)
class Pasted:
    """A block that goes in: ``pairs`` the (old, new) row of every row it changes, in the block's order, ``cells``
    the cells it filled."""

    pairs: tuple[tuple[Any, Any], ...]
    cells: int

    def edit(self, record: Callable[[Any], Any] = lambda row: row) -> Batch | None:
        """One undoable change: each changed row's record (``record(row)``) replaced; None: nothing changes."""
        steps = tuple(ReplaceRecord(record(old), record(new)) for old, new in self.pairs)
        return Batch(steps) if steps else None


@dataclass(frozen=True)
class NoBlock:
    """Nothing to paste: the clipboard holds no cells."""


@dataclass(frozen=True)
class DoesNotFit:
    """A block bigger than the rows and columns from the chosen cell on."""

    rows: int
    columns: int
    free_rows: int
    free_columns: int


@dataclass(frozen=True)
class CellProblem:
    """A pasted cell that cannot go in: ``reason`` why its text is no value of the field, or None when the field
    is not typed in (it follows from others, or is quantity × unit × rate)."""

    key: str
    name: str  # the row's (its line's)
    reason: DekkingsplanError | None


@dataclass(frozen=True)
class Unreadable:
    """A block refused whole: the first ``MAX_NAMED`` cells that cannot go in, and how many more."""

    problems: tuple[CellProblem, ...]
    more: int


Paste = Pasted | NoBlock | DoesNotFit | Unreadable


@dataclass(frozen=True)
class PasteField:
    """What a pasted cell needs of its column: the kind of value, how typing changes the row (``edit``: None where
    nothing is typed in) and a choice's words and values."""

    key: str
    editor: Editor
    edit: Callable[[Any, Any], Any] | None
    choices: Callable[[], Iterable[tuple[str, Any]]] | None = None

    def typed(self, row: Any, text: str) -> Any:
        """The row as the pasted text makes it; DekkingsplanError for text that is no value of the field."""
        assert self.edit is not None
        if self.editor == Editor.CHOICE and self.choices is not None:
            return self.edit(row, read_choice(text, self.choices()))
        if self.editor == Editor.CHECK:
            return self.edit(row, read_check(text))
        return self.edit(row, text)


def paste_rows(text: str, rows: Sequence[Any], fields: Sequence[PasteField], *, key: Callable[[Any], Any],
               name: Callable[[Any], str]) -> Paste:
    """A block of cells (tab-separated ``text``) pasted on ``rows`` (those shown from the chosen one down) and
    ``fields`` (the columns shown from the chosen one to the right): row by row, cell by cell, each read as its
    field's typed value. Any cell that cannot go in refuses the whole block; a field that is not typed in
    (derived, or quantity × unit × rate) cannot be pasted either."""
    block = read_block(text)
    if not block:
        return NoBlock()
    width = max(len(cells) for cells in block)
    if len(block) > len(rows) or width > len(fields):
        return DoesNotFit(len(block), width, len(rows), len(fields))
    changed: dict[Any, tuple[Any, Any]] = {}  # row key -> (old, new), in the block's order
    problems: list[CellProblem] = []
    cells = 0
    for old, typed_row in zip(rows, block, strict=False):
        row = old
        for field, typed in zip(fields, typed_row, strict=False):
            if field.edit is None or field.editor in (Editor.NONE, Editor.SPECIFICATION):
                problems.append(CellProblem(field.key, name(old), None))
                continue
            try:
                row = field.typed(row, typed)
            except DekkingsplanError as exc:
                problems.append(CellProblem(field.key, name(old), exc))
                continue
            changed[key(old)] = (old, row)
            cells += 1
    if problems:
        return Unreadable(tuple(problems[:MAX_NAMED]), max(0, len(problems) - MAX_NAMED))
    return Pasted(tuple((old, new) for old, new in changed.values() if old != new), cells)
