"""Asking the treasurer: the window's message boxes and file choosers, in one place.

Start-up laziness sits at this seam too: reading QMessageBox or QFileDialog from PySide6 builds their enums (some
1.5 ms for the two), time the window's first paint need not spend, so each function imports its class when it first
asks. Every message box, file chooser and yes-or-no of the window goes through here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def warn(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def about(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)


def yes_or_no(parent: QWidget, title: str, text: str, *, default_no: bool = False) -> bool:
    """True when the treasurer answers Ja (Yes)."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.No if default_no else QMessageBox.StandardButton.NoButton
    return QMessageBox.question(parent, title, text, buttons, default) == QMessageBox.StandardButton.Yes


def done_with_action(parent: QWidget, title: str, text: str, action: str) -> bool:
    """An information box with Sluiten and one more button (``action``, with its mnemonic); True when that was
    pressed."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    extra = box.addButton(action, QMessageBox.ButtonRole.ActionRole)
    box.exec()
    return box.clickedButton() is extra


def file_to_open(parent: QWidget, title: str, folder: str, filter_text: str) -> str:
    """The file chosen to open, or "" when none was."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getOpenFileName(parent, title, folder, filter_text)[0]


def file_to_save(parent: QWidget, title: str, suggestion: str, filter_text: str) -> str:
    """Where to save, or "" when the treasurer cancelled."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getSaveFileName(parent, title, suggestion, filter_text)[0]
