"""Saves the screenshots of Overzicht, Begroting and Dekking (in Dutch), and of Projecten, Scenario's,
Realisatie, Agenda, Organisatie and Instellingen, in Dutch and in English:
``xvfb-run -a python resources/screenshots/grab_screens.py [nl|en ...]`` (or on a desktop without xvfb-run).
Each picture is the main window itself, 1366×728 (a laptop screen less the title bar), on a fresh copy of the
demo plan, with its own settings and data folder (never the user's); the agenda counts from the day it runs.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# file stem per screen and language; "organisatie-controle" shows the checks as you type; the agenda first, with
# the reminder the plan opened with
NAMES = {
    "nl": {"agenda": "agenda", "overview": "overzicht", "costs": "begroting", "sources": "dekking", "projects": "projecten", "scenarios": "scenarios", "realisation": "realisatie",
           "organisation": "organisatie", "checks": "organisatie-controle", "settings": "instellingen"},
    "en": {"agenda": "agenda-en", "projects": "projecten-en", "scenarios": "scenarios-en",
           "realisation": "realisatie-en", "organisation": "organisatie-en", "checks": "organisatie-controle-en",
           "settings": "instellingen-en"},
}


def _prepare(window, which: str) -> None:
    """Put the screen in the state the picture shows: a project chosen, some actuals typed, a wrong KvK number."""
    from dekkingsplan.ui.screens.organisation import OrganisationScreen
    from dekkingsplan.ui.screens.projects import ProjectsScreen
    from dekkingsplan.ui.screens.realisation import RealisationScreen

    if which in ("costs", "sources"):  # a line chosen: its less-used fields show under the table
        from dekkingsplan.ui.screens.costs import CostsScreen
        from dekkingsplan.ui.screens.sources import SourcesScreen

        screen = window.show_screen(CostsScreen if which == "costs" else SourcesScreen)
        screen.select_line("huur" if which == "costs" else "fonds1818")
    elif which == "projects":
        window.show_screen(ProjectsScreen).select_project("vaders")
    elif which == "realisation":
        screen = window.show_screen(RealisationScreen)
        screen.show_year(2026)
        for model, typed in ((screen.cost_model, {"coord": "43.610,00", "huur": "16.740,00",
                                                  "vrijw-vergoeding": "4.985,50", "energie": "4.120,00",
                                                  "activiteiten": "4.215,00"}),
                             (screen.source_model, {"collecte": "2.810,00", "gemeente-armoede": "12.000,00"})):
            for line_id, text in typed.items():
                model.setData(model.cell(model.row_of(line_id), "actual"), text)
        # one large difference explained, the others left for the warning to point at
        screen.cost_model.setData(screen.cost_model.cell(screen.cost_model.row_of("energie"), "note"),
                                  "Energieprijzen hoger dan begroot; nieuw contract per 1 maart")
    elif which == "checks":
        screen = window.show_screen(OrganisationScreen)
        for key, text in (("kvk", "4128736"), ("iban", "NL91ABNA0417164301")):
            screen.fields[key].edit.setText(text)
            screen.fields[key].edit.textEdited.emit(text)


def main(languages: list[str]) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="dekkingsplan-screenshots-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["DEKKINGSPLAN_DATA_DIR"] = str(scratch / "data")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "config"))
    from dekkingsplan.ui import i18n
    from dekkingsplan.ui.app import make_app
    from dekkingsplan.ui.main_window import MainWindow
    from dekkingsplan.ui.screens.agenda import AgendaScreen
    from dekkingsplan.ui.screens.organisation import OrganisationScreen
    from dekkingsplan.ui.screens.projects import ProjectsScreen
    from dekkingsplan.ui.screens.realisation import RealisationScreen
    from dekkingsplan.ui.screens.scenarios import ScenariosScreen
    from dekkingsplan.ui.widgets.settings_dialog import SettingsDialog

    _app = make_app([])  # kept alive while the windows are grabbed
    from dekkingsplan.ui.screens.costs import CostsScreen
    from dekkingsplan.ui.screens.overview import OverviewScreen
    from dekkingsplan.ui.screens.sources import SourcesScreen

    screens = {"overview": OverviewScreen, "costs": CostsScreen, "sources": SourcesScreen, "agenda": AgendaScreen, "projects": ProjectsScreen, "scenarios": ScenariosScreen,
               "realisation": RealisationScreen, "organisation": OrganisationScreen, "checks": OrganisationScreen}

    def settle(ms: int = 700) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    for lang in languages:
        i18n.install_language(lang)
        window = MainWindow()
        window.move(0, 0)
        window.resize(1366, 728)  # a 1366×768 laptop screen less the title bar
        window.open_demo()
        window.show()
        settle(1500)
        for which, stem in NAMES[lang].items():
            if which == "settings":
                dialog = SettingsDialog(window)
                dialog.show()
                settle()
                dialog.grab().save(str(HERE / f"{stem}.png"))
                dialog.close()
                continue
            if which != "agenda" and getattr(window, "reminder", None) is not None:
                window.reminder.closed.emit()  # the reminder shows once, with the agenda
            screen = window.show_screen(screens[which])
            _prepare(window, which)
            chart = getattr(screen, "chart", None)
            if chart is not None:
                chart.ensure_canvas()
            settle()
            window.grab().save(str(HERE / f"{stem}.png"))
            print("saved", HERE / f"{stem}.png")
        window.close()
        window.deleteLater()
        settle(200)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["nl", "en"]))
