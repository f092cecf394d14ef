"""What Begroting and Dekking share: an editable table of lines with add, duplicate and delete, sorting,
filters, a message at the field for a value that is not accepted, and the totals per year of the lines shown.

What the table holds — the fields, their filters, totals, a new line, copies — is the screen's view
(``ui.views.lines``); a subclass makes its view and words its columns, filters and totals; the showing and the
sending of edits is here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.core.edits import AddRecord, Batch, Change, Part, ReplaceRecord
from dekkingsplan.core.model import Line
from dekkingsplan.ui import i18n
from dekkingsplan.ui.delegates import CellDelegate
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.i18n import sentence
from dekkingsplan.ui.screens.base import Screen
from dekkingsplan.ui.table_model import Column, FilterProxy, TableModel
from dekkingsplan.ui.views.lines import LinesView
from dekkingsplan.ui.views.paste import Pasted
from dekkingsplan.ui.widgets import line_columns as lc
from dekkingsplan.ui.widgets.line_details import LineDetails
from dekkingsplan.ui.widgets.message_bar import MessageBar
from dekkingsplan.ui.widgets.table_clipboard import TableClipboard, paste_refusal, paste_target
from dekkingsplan.ui.widgets.tables import Edit, figures_view, table_view
from dekkingsplan.ui.widgets.text_style import note_label, set_text_style

_ALL = object()
# widths that let the columns a treasurer uses fit a 1366-pixel laptop screen beside the navigation
COMPACT_WIDTHS = {"category": 130, "funder": 125, "status": 125, "amount": 95, "basis": 118, "start": 68, "end": 85,
                  "indexation": 68, "project": 120, "apply_by": 105, "specification": 150}


class LinesScreen(Screen):
    """An editable table of cost lines or sources."""

    part: Part = Part.COSTS

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.parts = frozenset({self.part, Part.PROJECTS, Part.SETTINGS})
        self.view = self.make_view()

        heading = self.make_heading()
        intro = note_label(self.intro(), "#444")

        self.add_button = QPushButton(self.tr("&Toevoegen"))
        self.duplicate_button = QPushButton(self.tr("&Dupliceren"))
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        actions = (
            (self.add_button, self.add_line, QKeySequence("Ctrl+Shift+N"), self.tr("Een nieuwe regel toevoegen")),
            (self.duplicate_button, self.duplicate_lines, QKeySequence("Ctrl+D"),
             self.tr("Een kopie van de gekozen regel(s) maken")),
            (self.delete_button, self.delete_lines, QKeySequence(QKeySequence.StandardKey.Delete),
             self.tr("De gekozen regel(s) verwijderen; Ctrl+Z zet ze terug")),
        )
        buttons = QHBoxLayout()
        for button, slot, shortcut, tip in actions:
            action = QAction(button.text(), self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.clicked.connect(slot)
            button.setToolTip(f"{tip} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
            buttons.addWidget(button)
        buttons.addSpacing(24)

        self.filter_boxes: dict[str, QComboBox] = {}
        labels = self.filter_labels()
        for spec in self.view.filters():
            label = QLabel(labels[spec.key])
            box = QComboBox()
            box.setToolTip(self.tr("Alleen de regels tonen met deze {what}").format(
                what=labels[spec.key].rstrip(":").lower()))
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            label.setBuddy(box)
            box.currentIndexChanged.connect(self._filter_changed)
            self.filter_boxes[spec.key] = box
            buttons.addWidget(label)
            buttons.addWidget(box)
        buttons.addStretch(1)

        self.message = MessageBar()
        self.model = TableModel(self.columns(), on_edit=self._edit, parent=self,
                                row_foreground=lambda line: lc.colour(self.view.row_tone(line)))
        self.model.editable = not document.read_only
        self.model.refused.connect(self._refused)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(CellDelegate(self.table))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setAccessibleName(self.title)
        self.message.float_over(self.table)
        # the less-used fields are not columns but a row of fields under the table, so that the columns a
        # treasurer uses fit a laptop screen without scrolling sideways
        detail_keys = list(self.view.detail_keys)
        for key in detail_keys:
            self.table.setColumnHidden(self.model.column_index(key), True)
        self.details = LineDetails(self.model, detail_keys, self)
        self.details.setVisible(bool(detail_keys))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.model.dataChanged.connect(lambda *_: self._show_details())
        self.model.modelReset.connect(self._show_details)
        self.clipboard = TableClipboard(self.table, self.paste)

        totals_label = QLabel(self.tr("Totaal per jaar van de getoonde regels"))
        set_text_style(totals_label, bold=True)
        self.totals_model = TableModel([], row_key=lambda r: r.key, parent=self)
        self.totals = figures_view(self.totals_model, row_height=26, fit_rows=True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(totals_label)
        layout.addWidget(self.totals)

        chain = [self.add_button, self.duplicate_button, self.delete_button, *self.filter_boxes.values(), self.table]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._widths_set = False
        self.refresh()
        self._stale = False

    # --- what a subclass says ----------------------------------------------------------------------------

    def intro(self) -> str:
        return ""

    def make_view(self) -> LinesView:
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def filter_labels(self) -> dict[str, str]:
        """The label of each of the view's filters (``Status:``)."""
        raise NotImplementedError

    def no_project(self) -> str:
        """The project filter's choice for lines without a project."""
        raise NotImplementedError

    def new_name(self) -> str:
        """The name of a line just added."""
        raise NotImplementedError

    def totals_labels(self) -> dict[str, str]:
        """The words of each of the view's totals rows."""
        raise NotImplementedError

    def lines(self) -> list[Line]:
        return self.view.lines()

    def stretch_key(self) -> str:
        """The column that takes the width the others leave (names are cut short, with the whole in a tip)."""
        return "name"

    def _show_details(self) -> None:
        current = self.table.currentIndex()
        self.details.show_row(self.proxy.mapToSource(current).row() if current.isValid() else -1)

    def _choice_text(self, key: str, value: Any) -> str:
        if key == "project":
            return self.no_project() if value is None else lc.project_text(self.view.plan)(value)
        return lc.words(value)

    def noun(self) -> str:
        """The word for one line in an undo step ("kostenregel", "dekkingsbron")."""
        return self.tr("regel")

    # --- showing -----------------------------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = table_view(multi=True, edit=Edit.TYPING)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(28)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def refresh(self) -> None:
        self.model.set_rows(self.lines())
        for spec in self.view.filters():
            box = self.filter_boxes[spec.key]
            current = box.currentData() if box.count() else _ALL
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("alle"), _ALL)
            for value in spec.choices():
                box.addItem(self._choice_text(spec.key, value), value)
            found = next((i for i in range(box.count()) if box.itemData(i) == current), 0)
            box.setCurrentIndex(found)
            box.blockSignals(False)
        self._apply_filters()
        if not self._widths_set:
            self._widths_set = True
            for i, column in enumerate(self.model.columns):
                width = COMPACT_WIDTHS.get(column.key, column.width)
                if width:
                    self.table.setColumnWidth(i, width)
            header = self.table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(self.model.column_index(self.stretch_key()), QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def on_change(self, change: Change) -> None:
        if change.concerns(Part.PROJECTS, Part.SETTINGS):
            self.refresh()
        else:
            self.model.set_rows(self.lines())
            self._update_totals()
        self.message.clear()

    def _update_totals(self) -> None:
        years = list(self.document.plan.years)
        rows = self.view.totals(self.proxy.visible_rows())
        labels = self.totals_labels()
        columns = [Column(key="label", title="", text=lambda r: labels[r.key])]
        for year in years:
            columns.append(Column(key=str(year), title=str(year), numeric=True,
                                  text=lambda r, y=year: i18n.amount(r.sums.by_year.get(y, 0), symbol=False)))
        columns.append(Column(key="total", title=self.tr("Totaal"), numeric=True,
                              text=lambda r: i18n.amount(r.sums.total, symbol=False), bold=lambda r: True))
        if [c.key for c in columns] != [c.key for c in self.totals_model.columns]:
            self.totals_model.set_columns(columns, rows)
            self.totals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        else:
            self.totals_model.set_rows(rows)
        height = (self.totals.horizontalHeader().sizeHint().height() + 26 * len(rows)
                  + 2 * self.totals.frameWidth())
        self.totals.setFixedHeight(height)

    def _filter_changed(self) -> None:
        self._apply_filters()

    def _apply_filters(self) -> None:
        for spec in self.view.filters():
            wanted = self.filter_boxes[spec.key].currentData()
            predicate = None if wanted is _ALL else (lambda line, k=spec.key, w=wanted: self.view.keeps(line, k, w))
            self.proxy.set_filter(spec.key, predicate)
        self._update_totals()

    def clear_filters(self) -> None:
        for box in self.filter_boxes.values():
            box.setCurrentIndex(0)

    def selected_lines(self) -> list[Line]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows]

    def _selection_changed(self, *_args: object) -> None:
        editable = not self.document.read_only
        chosen = bool(self.table.selectionModel().selectedRows())
        self.add_button.setEnabled(editable)
        self.duplicate_button.setEnabled(editable and chosen)
        self.delete_button.setEnabled(editable and chosen)

    def select_line(self, line_id: str, column_key: str = "name", *, edit: bool = False) -> QModelIndex:
        """Select a line (clearing filters that hide it) and, when asked, open its cell for typing."""
        row = self.model.row_of(line_id)
        if row < 0:
            return QModelIndex()
        index = self.proxy.mapFromSource(self.model.cell(row, column_key))
        if not index.isValid():
            self.clear_filters()
            index = self.proxy.mapFromSource(self.model.cell(row, column_key))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)
        if edit:
            self.table.setFocus()
            self.table.edit(index, QAbstractItemView.EditTrigger.AllEditTriggers, None)
        return index

    # --- editing -----------------------------------------------------------------------------------------

    def _edit(self, old: Line, new: Line, column: Column) -> str | None:
        text = self.tr("{field} van ‘{name}’ wijzigen").format(field=column.title.lower(), name=old.name)
        reason = self.document.try_apply(ReplaceRecord(old, new), text)
        if reason is None and self.view.starts_early(old, new):
            self.message.show_message(lc.early_start_note(new, self.document.plan))
        return reason

    def _refused(self, index: QModelIndex, reason: str) -> None:
        self.message.show_message(self.tr("{reason} — de vorige waarde is bewaard.").format(reason=reason))
        view_index = self.proxy.mapFromSource(index)
        if view_index.isValid() and self.table.isVisible():
            rect = self.table.visualRect(view_index)
            QToolTip.showText(self.table.viewport().mapToGlobal(rect.bottomLeft()), sentence(reason), self.table)

    def paste(self, text: str) -> bool:
        """A block of cells from a spreadsheet, from the current cell on, as one undoable edit."""
        if self.document.read_only:
            self.message.show_message(self.tr("Dit plan is alleen-lezen geopend; er kan niets worden geplakt."))
            return False

        target = paste_target(self.table)
        pasted = None if target is None else self.view.paste(text, *target, self._choice_words)
        reason = paste_refusal(pasted, lambda key: self.model.column(key).title)
        edit = pasted.edit() if reason is None and isinstance(pasted, Pasted) else None
        if edit is not None:
            reason = self.document.try_apply(edit, self.tr("{n} cellen plakken").format(n=pasted.cells))
            if reason is not None:
                reason = self.tr("Niets geplakt: {reason}").format(reason=sentence(reason))
        if reason is not None:
            self.message.show_message(reason)
            return False
        return True

    def _choice_words(self, key: str, value: Any) -> str:
        """A choice in a column's list as the list words it (what a pasted cell may say)."""
        column = self.model.column(key)
        return next((words for words, v in column.choices() if v == value), "") if column.choices else ""

    def add_line(self) -> None:
        line = self.view.added(self.noun(), self.new_name())
        if self.document.apply(AddRecord(line), self.tr("{what} toevoegen").format(what=self.noun())):
            self.select_line(line.id, edit=True)

    def duplicate_lines(self) -> None:
        chosen = self.selected_lines()
        if not chosen:
            return
        edits = self.view.copies(chosen, lambda name: self.tr("{name} (kopie)").format(name=name))
        text = (self.tr("‘{name}’ dupliceren").format(name=chosen[0].name) if len(chosen) == 1
                else self.tr("{n} regels dupliceren").format(n=len(chosen)))
        if self.document.apply(Batch(tuple(edits)), text):
            self.select_line(edits[-1].record.id)

    def delete_lines(self) -> None:
        chosen = self.selected_lines()
        if not chosen:
            return
        edits = tuple(self.view.removals(chosen))
        text = (self.tr("‘{name}’ verwijderen").format(name=chosen[0].name) if len(chosen) == 1
                else self.tr("{n} regels verwijderen").format(n=len(chosen)))
        if self.document.apply(Batch(edits), text):
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr("Verwijderd. Ctrl+Z zet het terug."), 8000)

