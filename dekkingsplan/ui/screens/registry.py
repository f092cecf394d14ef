"""The screens of the main window, in the order of its navigation list.

To add a screen: write ``ui/screens/<name>.py`` with a ``Screen`` subclass (constructed as
``Screen(document, parent)``, the ``parts`` it shows and a ``refresh()``) and append a ``ScreenEntry`` for it to
``SCREEN_ENTRIES``: its module, its class name and its title in Dutch, marked with ``QT_TRANSLATE_NOOP`` under
the class name (the one place the title is written: the screen reads it here). The main window shows every title in
its navigation list at once, but imports and builds a screen only when it is first needed (the first screen at
once, the others right after the window's first paint), so the window appears sooner. Ctrl+1 .. Ctrl+9 go to
the first nine.

``all_screens()`` is the same list as classes (importing every screen).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.ui.screens.base import Screen


@dataclass(frozen=True)
class ScreenEntry:
    module: str
    name: str  # the class name, which is also the translation context of the title
    title: str  # in Dutch, marked with QT_TRANSLATE_NOOP(name, ...)

    def load(self) -> type[Screen]:
        return getattr(importlib.import_module(self.module), self.name)

    def nav_title(self) -> str:
        return QCoreApplication.translate(self.name, self.title)

    def is_for(self, screen_class: type) -> bool:
        return screen_class.__name__ == self.name and screen_class.__module__ == self.module


SCREEN_ENTRIES: list[ScreenEntry] = [
    ScreenEntry("dekkingsplan.ui.screens.overview", "OverviewScreen",
                QT_TRANSLATE_NOOP("OverviewScreen", "Overzicht")),
    ScreenEntry("dekkingsplan.ui.screens.costs", "CostsScreen", QT_TRANSLATE_NOOP("CostsScreen", "Begroting")),
    ScreenEntry("dekkingsplan.ui.screens.sources", "SourcesScreen", QT_TRANSLATE_NOOP("SourcesScreen", "Dekking")),
    ScreenEntry("dekkingsplan.ui.screens.projects", "ProjectsScreen",
                QT_TRANSLATE_NOOP("ProjectsScreen", "Projecten")),
    ScreenEntry("dekkingsplan.ui.screens.scenarios", "ScenariosScreen",
                QT_TRANSLATE_NOOP("ScenariosScreen", "Scenario's")),
    ScreenEntry("dekkingsplan.ui.screens.realisation", "RealisationScreen",
                QT_TRANSLATE_NOOP("RealisationScreen", "Realisatie")),
    ScreenEntry("dekkingsplan.ui.screens.agenda", "AgendaScreen", QT_TRANSLATE_NOOP("AgendaScreen", "Agenda")),
    ScreenEntry("dekkingsplan.ui.screens.organisation", "OrganisationScreen",
                QT_TRANSLATE_NOOP("OrganisationScreen", "Organisatie")),
]


def all_screens() -> list[type[Screen]]:
    """Every screen class, imported now (the window imports each when it is first shown)."""
    return [entry.load() for entry in SCREEN_ENTRIES]
