"""Cell editors for the tables: what a treasurer types (amounts, months, dates, percentages), choices from a
list, and the specification (quantity × unit × rate) in one cell. The column spec says which; the model reads
and checks what was typed, so a bad value is refused with a sentence and the old value stays."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from dekkingsplan.ui.table_model import Editor, source_index

Index = QModelIndex | QPersistentModelIndex

PLACEHOLDERS = {
    Editor.AMOUNT: "1.234,56",
    Editor.MONTH: "sep 2026",
    Editor.DATE: "1 mrt 2026",
    Editor.DATES: "1 okt 2027, 1 nov 2028",
    Editor.PERCENT: "2,5",
    Editor.NUMBER: "160",
}


class SpecificationEditor(QWidget):
    """Quantity × unit × rate in one cell; all three empty means no specification."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.quantity = QLineEdit()
        self.quantity.setPlaceholderText(self.tr("aantal"))
        self.quantity.setToolTip(self.tr("Aantal, bijvoorbeeld 160 of 2,5"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("eenheid"))
        self.unit.setToolTip(self.tr("Eenheid, bijvoorbeeld uur, dagdeel, maand"))
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("tarief"))
        self.rate.setToolTip(self.tr("Tarief per eenheid, bijvoorbeeld 35,00"))
        for i, edit in enumerate((self.quantity, self.unit, self.rate)):
            if i:
                row.addWidget(QLabel("×"))
            row.addWidget(edit, 1)
        self.setFocusProxy(self.quantity)
        QWidget.setTabOrder(self.quantity, self.unit)
        QWidget.setTabOrder(self.unit, self.rate)

    def value(self) -> tuple[str, str, str]:
        return self.quantity.text(), self.unit.text(), self.rate.text()

    def set_value(self, value: tuple[str, str, str]) -> None:
        for edit, text in zip((self.quantity, self.unit, self.rate), value, strict=True):
            edit.setText(text)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def match_choice(typed: str, labels: list[str]) -> list[int]:
    """The choices that what was typed can mean: the one it spells out, else those it begins, else those with a
    word it begins ("maand" for "per maand"). More than one means the treasurer must type on or pick."""
    wanted = _fold(typed)
    if not wanted:
        return []
    folded = [_fold(label) for label in labels]
    for test in (lambda f: f == wanted, lambda f: f.startswith(wanted),
                 lambda f: any(word.startswith(wanted) for word in f.split())):
        found = [i for i, f in enumerate(folded) if test(f)]
        if found:
            return found
    return []


class ChoiceEditor(QComboBox):
    """A list cell that is typed in: what is typed completes to a choice (``per m`` becomes *per maand*), Enter
    takes it, and a key that fits no choice changes nothing. A space is a letter, never "open the list";
    Alt+Down or F4 opens it, and a choice picked there is taken at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picked_from_list = False  # set while the list is open: an item chosen there is taken at once

    def set_choices(self, choices: list[tuple[str, Any]]) -> None:
        for label, value in choices:
            self.addItem(label, value)
        self.setCompleter(None)  # Qt's completer takes the first of several; this one completes only one
        self._typed = ""
        self.lineEdit().textEdited.connect(self._complete)

    def _complete(self, text: str) -> None:
        """Like a spreadsheet's AutoComplete: when what is typed begins exactly one choice, the rest of it is
        shown, selected, so that Enter takes it and typing on replaces it. Backspace is never completed."""
        shorter, self._typed = len(text) < len(self._typed), text
        if shorter or not text.strip():
            return
        labels = [self.itemText(i) for i in range(self.count())]
        found = [label for label in labels if _fold(label).startswith(_fold(text))]
        if len(found) == 1 and len(found[0]) > len(text):
            edit = self.lineEdit()
            edit.setText(text + found[0][len(text):])
            edit.setSelection(len(text), len(found[0]) - len(text))

    def showPopup(self) -> None:
        self.picked_from_list = True
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text() and event.text().isprintable():
            self.picked_from_list = False  # typing again: Enter decides, not the list
        super().keyPressEvent(event)

    def chosen(self) -> tuple[bool, Any, str]:
        """(found, value, why not): the choice the text names, or why it names none."""
        typed = self.currentText()
        labels = [self.itemText(i) for i in range(self.count())]
        found = match_choice(typed, labels)
        if len(found) == 1:
            return True, self.itemData(found[0]), ""
        if not typed.strip():
            return False, None, self.tr("kies {choices}").format(choices=_listing(labels, self.tr("of")))
        if not found:
            return False, None, self.tr("‘{typed}’ staat niet in de lijst; kies {choices}").format(
                typed=typed.strip(), choices=_listing(labels, self.tr("of")))
        return False, None, self.tr("‘{typed}’ kan {choices} zijn; typ verder of kies uit de lijst").format(
            typed=typed.strip(), choices=_listing([labels[i] for i in found], self.tr("of")))


def _listing(labels: list[str], word: str) -> str:
    shown = [f"‘{label}’" for label in labels]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} {word} {shown[-1]}"


class CellDelegate(QStyledItemDelegate):
    """Gives each cell the editor its column asks for."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget | None:
        model, own = source_index(index)
        column = model.column(own)
        if column.editor == Editor.CHOICE:
            combo = ChoiceEditor(parent)
            combo.set_choices(column.choices() if column.choices else [])
            combo.setToolTip(column.tip)
            # a choice picked in the open list is made at once, like a treasurer expects of a list; what is
            # typed is taken by Enter, Tab or a click elsewhere, as in any other cell
            combo.activated.connect(lambda _i, c=combo: self._finish(c) if c.picked_from_list else None)
            return combo
        if column.editor == Editor.SPECIFICATION:
            editor = SpecificationEditor(parent)
            for part in (editor.quantity, editor.unit, editor.rate):
                part.installEventFilter(self)
            return editor
        if column.editor in (Editor.NONE, Editor.CHECK):
            return None
        edit = QLineEdit(parent)
        edit.setPlaceholderText(PLACEHOLDERS.get(column.editor, ""))
        edit.setToolTip(column.tip)
        if column.numeric:
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return edit

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
            if editor.lineEdit() is not None:
                editor.lineEdit().selectAll()  # the first key typed replaces the choice, as in a text cell
        elif isinstance(editor, SpecificationEditor):
            editor.set_value(value if isinstance(value, tuple) else ("", "", ""))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, ChoiceEditor):
            found, value, why = editor.chosen()
            if found:
                model.setData(index, value, Qt.ItemDataRole.EditRole)
            else:  # nothing changes; the screen says why, like any value it does not accept
                table, own = source_index(index)
                table.refused.emit(own, f"{table.column(own).title}: {why}")
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, SpecificationEditor):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        if isinstance(editor, SpecificationEditor):
            rect = rect.adjusted(0, 0, max(0, 300 - rect.width()), 0)
        editor.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        spec = watched.parent() if isinstance(watched, QLineEdit) else None
        if not isinstance(spec, SpecificationEditor):
            return super().eventFilter(watched, event)
        # the three fields of a specification: Enter commits all three, Escape keeps the old value, and the
        # editor closes (committing) only when the focus leaves all three
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._finish(spec)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.closeEditor.emit(spec, QStyledItemDelegate.EndEditHint.RevertModelCache)
                return True
        elif event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, lambda: self._focus_left(spec))
        return False

    def _focus_left(self, spec: SpecificationEditor) -> None:
        if not shiboken6.isValid(spec) or not spec.isVisible():
            return
        focus = QApplication.focusWidget()
        if focus is None or not spec.isAncestorOf(focus):
            self._finish(spec)
