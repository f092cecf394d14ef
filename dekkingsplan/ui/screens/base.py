"""What every screen of the main window is: a QWidget over the open plan that refreshes when an edit concerns it.

A screen is constructed as ``Screen(document, parent)``, has a translated ``title`` (written once, in its entry
in the registry, where the window reads it to list the screen before building it) and lists the plan ``parts``
it shows. When an edit, undo or redo touches one of those parts the screen's
``refresh()`` runs — at once when it is visible, else the next time it is shown.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QLabel, QTableView, QWidget

from dekkingsplan.core.changes import Change, Part
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.screens.registry import SCREEN_ENTRIES
from dekkingsplan.ui.widgets.text_style import HEADING_PT, set_text_style


class Screen(QWidget):
    """Base class of the screens in the registry. Subclasses set ``parts`` and implement ``refresh``; they may
    override ``on_change`` for a cheaper in-place update."""

    parts: frozenset[Part] = frozenset(Part)
    # also refresh when the scenario chosen in the overview changes
    follows_scenario: bool = False

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._stale = True
        document.changed.connect(self._changed)
        document.scenario_changed.connect(self._scenario_changed)

    @property
    def title(self) -> str:
        """The screen's title as the navigation list shows it, from its entry in the registry."""
        entry = next((e for e in SCREEN_ENTRIES if e.is_for(type(self))), None)
        if entry is None:
            raise LookupError(f"{type(self).__name__} has no entry in ui/screens/registry.py")
        return entry.nav_title()

    def refresh(self) -> None:
        """Read the document and show it again (the whole screen)."""

    def on_change(self, change: Change) -> None:
        """An edit touched this screen's parts while it is visible; by default the whole screen refreshes."""
        self.refresh()

    def make_heading(self, parent: QWidget | None = None) -> QLabel:
        """The screen's title above it, in the heading's size and weight (set on the font: no style sheet)."""
        heading = QLabel(self.title, parent)
        set_text_style(heading, point_size=HEADING_PT, bold=True)
        return heading

    def commit_pending(self) -> None:
        """Finish an edit in progress (a cell editor open in any of the screen's tables) before the window
        closes or the plan changes."""
        for table in self.findChildren(QTableView):
            editor = table.indexWidget(table.currentIndex())
            if editor is not None:
                table.commitData(editor)
                table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def unsaved(self) -> list[str]:
        """What was typed here but could not be saved (it is wrong), one sentence each; asked before closing."""
        return []

    # ---------------------------------------------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        if not change.concerns(*self.parts):
            return
        if self.isVisible():
            self.on_change(change)
        else:
            self._stale = True

    def _scenario_changed(self, _scenario: str) -> None:
        if not self.follows_scenario:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def mark_stale(self) -> None:
        self._stale = True
