"""The chosen line's less-used fields, under the table of Begroting and Dekking: what would otherwise make the
table wider than a 1366-pixel laptop screen. Each field edits through its column, exactly as its cell would
(the same reading of what is typed, the same refusal and undo)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dekkingsplan.ui.delegates import SpecificationEditor
from dekkingsplan.ui.table_model import Column, Editor, TableModel
from dekkingsplan.ui.widgets.text_style import set_text_style

PER_ROW = 4
WIDTHS = {Editor.PERCENT: 60, Editor.DATE: 100, Editor.DATES: 190, Editor.SPECIFICATION: 260}


class LineDetails(QWidget):
    """One row of labelled fields for the columns ``keys`` of the line in ``row`` of ``model``."""

    def __init__(self, model: TableModel, keys: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.row = -1
        self.fields: dict[str, QWidget] = {}
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        self.heading = QLabel(self.tr("Gekozen regel:"))
        set_text_style(self.heading, bold=True)
        layout = QHBoxLayout()
        layout.addWidget(self.heading)
        for n, key in enumerate(keys):
            if n and n % PER_ROW == 0:  # a few fields a row: the panel never makes the window wider
                layout.addStretch(1)
                rows.addLayout(layout)
                layout = QHBoxLayout()
                layout.addSpacing(self.heading.sizeHint().width() + layout.spacing())
            column = model.column(key)
            label = QLabel(column.title + ":")
            label.setToolTip(column.tip)
            field = self._field(key, column)
            field.setToolTip(column.tip)
            field.setObjectName(f"detail_{key}")
            if not isinstance(field, QCheckBox):
                label.setBuddy(field)
                layout.addWidget(label)
            layout.addWidget(field, 1 if column.editor == Editor.TEXT else 0)
            self.fields[key] = field
        if not any(self.model.column(k).editor == Editor.TEXT for k in keys[len(keys) // PER_ROW * PER_ROW:]):
            layout.addStretch(1)
        rows.addLayout(layout)
        self.show_row(-1)

    def _field(self, key: str, column: Column) -> QWidget:
        if column.editor == Editor.CHECK:
            box = QCheckBox(column.title)
            box.clicked.connect(lambda checked, k=key: self._set(k, Qt.CheckState.Checked if checked
                                                                   else Qt.CheckState.Unchecked,
                                                                   Qt.ItemDataRole.CheckStateRole))
            return box
        if column.editor == Editor.CHOICE:
            combo = QComboBox()
            for label, value in (column.choices() if column.choices else []):
                combo.addItem(label, value)
            combo.activated.connect(lambda i, c=combo, k=key: self._set(k, c.itemData(i)))
            return combo
        if column.editor == Editor.SPECIFICATION:
            spec = SpecificationEditor()
            spec.setFixedWidth(WIDTHS[Editor.SPECIFICATION])
            for part in (spec.quantity, spec.unit, spec.rate):
                part.editingFinished.connect(lambda s=spec, k=key: self._spec_done(k, s))
            return spec
        edit = QLineEdit()
        if column.editor in WIDTHS:
            edit.setFixedWidth(WIDTHS[column.editor])
        if column.numeric:
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.editingFinished.connect(lambda e=edit, k=key: self._set(k, e.text()))
        return edit

    def _spec_done(self, key: str, spec: SpecificationEditor) -> None:
        if not any(part.hasFocus() for part in (spec.quantity, spec.unit, spec.rate)):
            self._set(key, spec.value())  # the three parts are one value: saved when the focus leaves them

    def _index(self, key: str) -> QModelIndex:
        return self.model.cell(self.row, key) if 0 <= self.row < self.model.rowCount() else QModelIndex()

    def _set(self, key: str, value: Any, role: Qt.ItemDataRole = Qt.ItemDataRole.EditRole) -> None:
        index = self._index(key)
        if not index.isValid():
            return
        shown = self.model.data(index, Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.EditRole and value == ("" if shown is None else shown):
            return  # nothing was changed: leaving a field is not an edit
        if not self.model.setData(index, value, role):
            self.show_row(self.row)  # refused: the model said why; the field shows the value kept

    def show_row(self, row: int) -> None:
        """Show the line in ``row`` of the model (-1: none chosen, the fields are empty and disabled)."""
        self.row = row
        valid = 0 <= row < self.model.rowCount()
        for key, field in self.fields.items():
            index = self._index(key)
            editable = valid and bool(self.model.flags(index) & (Qt.ItemFlag.ItemIsEditable
                                                                 | Qt.ItemFlag.ItemIsUserCheckable))
            field.setEnabled(editable)
            if isinstance(field, QComboBox):
                value = self.model.data(index, Qt.ItemDataRole.EditRole) if valid else None
                field.setCurrentIndex(max(0, field.findData(value)))
            elif isinstance(field, QCheckBox):
                field.setChecked(valid and self.model.data(index, Qt.ItemDataRole.CheckStateRole)
                                 == Qt.CheckState.Checked)
            elif isinstance(field, SpecificationEditor):
                value = self.model.data(index, Qt.ItemDataRole.EditRole) if valid else None
                if not any(part.hasFocus() for part in (field.quantity, field.unit, field.rate)):
                    field.set_value(value if isinstance(value, tuple) else ("", "", ""))
            elif isinstance(field, QLineEdit) and not field.hasFocus():
                value = self.model.data(index, Qt.ItemDataRole.EditRole) if valid else ""
                text = "" if value is None else str(value)
                field.setText(text)
                field.setCursorPosition(0)  # a value longer than the field is read from its start
                tip = self.model.column(key).tip
                field.setToolTip(f"{tip}\n{text}" if tip and text else tip or text)
