"""A menu action as every menu of the window makes it — its text with mnemonic, a shortcut, the tip shown in the
status bar and as tooltip, the slot called without Qt's ``checked`` argument — and a group of such actions that
needs an open plan (Exporteren, Kopie opslaan, Reservekopie terugzetten)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.ui.document import PlanDocument


def make_action(parent: QObject, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, tip: str = "") -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


class WindowActions(QObject):
    """A group of a main window's actions that need an open plan: enabled together, reading the window's plan."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: list[QAction] = []

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)

    @property
    def document(self) -> PlanDocument | None:
        return getattr(self.window, "document", None)
