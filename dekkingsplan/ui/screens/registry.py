"""The screens of the main window, in the order of its navigation list.

To add a screen: write ``ui/screens/<name>.py`` with a ``Screen`` subclass (constructed as
``Screen(document, parent)``, a translated ``title``, the ``parts`` it shows and a ``refresh()``), import it
here and append it to ``SCREENS``. The main window builds one of each when a plan is opened; Ctrl+1 .. Ctrl+9
go to the first nine.
"""

from __future__ import annotations

from dekkingsplan.ui.screens.agenda import AgendaScreen
from dekkingsplan.ui.screens.base import Screen
from dekkingsplan.ui.screens.costs import CostsScreen
from dekkingsplan.ui.screens.organisation import OrganisationScreen
from dekkingsplan.ui.screens.overview import OverviewScreen
from dekkingsplan.ui.screens.projects import ProjectsScreen
from dekkingsplan.ui.screens.realisation import RealisationScreen
from dekkingsplan.ui.screens.scenarios import ScenariosScreen
from dekkingsplan.ui.screens.sources import SourcesScreen

SCREENS: list[type[Screen]] = [
    OverviewScreen,
    CostsScreen,
    SourcesScreen,
    ProjectsScreen,
    ScenariosScreen,
    RealisationScreen,
    AgendaScreen,
    OrganisationScreen,
]
