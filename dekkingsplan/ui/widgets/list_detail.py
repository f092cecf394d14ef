"""The layout Projecten and Scenario's share: above, the screen's heading, a few words, its buttons and the list of
things; below, the chosen one's detail; a splitter between them that the treasurer can drag. While the list is
empty a sentence says how to start, right under the buttons, and the page stays compact (no widgets spread over
it, no empty detail)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.ui.widgets.text_style import note_label

INTRO_COLOUR = "#444"
EMPTY_COLOUR = "#555"


class ListDetail(QWidget):
    """``heading``, ``intro`` and ``buttons`` over ``table`` (or the ``empty`` sentence), and ``detail`` under
    them; ``sizes`` are the two parts' first heights, ``detail_stretch`` how much of a taller window the detail
    gets (against the list's 1; 0: none). The screen fills ``detail_layout`` and calls ``show_list``."""

    def __init__(self, heading: QLabel, intro: str, buttons: Sequence[QPushButton], table: QTableView, empty: str,
                 *, sizes: tuple[int, int], detail_stretch: int = 0, detail_top: int = 4,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.intro = note_label(intro, INTRO_COLOUR)
        self.empty = note_label(empty, EMPTY_COLOUR)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading)
        top_layout.addWidget(self.intro)
        top_layout.addLayout(row)
        top_layout.addWidget(table, 1)
        top_layout.addWidget(self.empty)
        # without a list the few words stay under the buttons instead of spreading over the page
        self.filler = QWidget()
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        top_layout.addWidget(self.filler, 1)

        self.detail = QWidget()
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(0, detail_top, 0, 0)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        if detail_stretch:
            self.splitter.setStretchFactor(1, detail_stretch)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes(list(sizes))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def show_list(self, has: bool) -> None:
        """The list when there is something in it, else the sentence how to start, kept under the buttons."""
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        self.filler.setVisible(not has)

    def chosen_row(self) -> int | None:
        """The row of the list that is chosen, if one is."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def choose_row(self, row: int) -> None:
        """Choose ``row`` of the list as a click would (a row below 0 changes nothing)."""
        if row >= 0:
            index = self.table.model().index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(index, flags)
            self.table.setCurrentIndex(index)

    def edit_cell(self, index: QModelIndex) -> None:
        """Start typing in a cell of the list (Naam wijzigen)."""
        self.table.setFocus()
        self.table.edit(index)
