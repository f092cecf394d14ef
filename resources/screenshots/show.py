"""Opens the app as the README's screenshots show it: ``python resources/screenshots/show.py start|overview|costs|sources``.

Runs with its own settings and data folder (never the user's): the start screen lists two plans opened before,
the other screens show a fresh copy of the demo plan. Used with ``/work/shared/tools/screenshot`` or by hand.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SCREENS = {"overview": 0, "costs": 1, "sources": 2}


def main(which: str) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="dekkingsplan-screenshots-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["DEKKINGSPLAN_DATA_DIR"] = str(scratch / "data")
    os.environ["HOME"] = str(scratch)  # the recent plans live in ~/Documenten
    from dekkingsplan.core.model import Organisation, Plan
    from dekkingsplan.core.planjson import loads
    from dekkingsplan.resources import demo_plan_path
    from dekkingsplan.store.planfile import PlanFile
    from dekkingsplan.ui.app import make_app
    from dekkingsplan.ui.main_window import MainWindow

    app = make_app()
    window = MainWindow()
    window.move(0, 0)
    window.resize(1366, 728)  # a 1366×768 laptop screen less the title bar
    if which == "start":
        folder = scratch / "Documenten"
        folder.mkdir()
        demo = loads(demo_plan_path().read_text(encoding="utf-8"))
        brug = Plan(organisation=Organisation(name="Vadercentrum De Brug"), first_year=2026, last_year=2030)
        for name, plan in (("Vadercentrum De Brug", brug), ("Buurtkamer De Wissel", demo)):
            PlanFile.create(folder / f"{name}.dekkingsplan", plan).close()
            window.open_path(folder / f"{name}.dekkingsplan")
        window.close_plan()
    else:
        window.open_demo()
        window.nav.setCurrentRow(SCREENS[which])
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "overview"))
