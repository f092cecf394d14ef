"""Start-up budget: the window paints a plan before any heavy library loads (issues 4, 7 and 13).

The plan-file layer (SQLAlchemy, Alembic) comes right after the first paint, matplotlib (and NumPy) when the chart
is first drawn, openpyxl, icalendar and Qt's print support at the first export; Babel and python-stdnum serve the
exports and the full plan checks, not the first paint. Which of the app's own modules load is the seams' business
(``ui/store_gateway.py``, ``ui/export_gateway.py``), not this test's. Each check runs in a fresh Python, as a
launch does. The time itself is measured by ``tests/benchmarks/bench_ui.py``, not here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

HEAVY = ("babel", "stdnum", "matplotlib", "numpy", "openpyxl", "alembic", "sqlalchemy", "icalendar", "mt940",
         "PySide6.QtPrintSupport", "PySide6.QtSvg")

FIRST_PAINT = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from dekkingsplan.ui.app import make_app

    app = make_app()
    from dekkingsplan.ui.main_window import MainWindow
    from dekkingsplan.ui.screens.overview import OverviewScreen

    report = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not report:
                overview = window.screen(OverviewScreen)
                model = overview.table.model()
                report["loaded"] = sorted(sys.modules)
                report["title"] = window.windowTitle()
                report["shown"] = type(window.stack.pages.currentWidget()).__name__
                report["cells"] = [model.index(r, c).data() for r in range(model.rowCount())
                                   for c in range(model.columnCount())]
                QTimer.singleShot(0, app.quit)
            return False

    window = MainWindow()
    window.open_demo()
    watch = FirstPaint()
    window.installEventFilter(watch)
    window.show()
    app.exec()
    window.close()
    print(json.dumps(report))
""")


def _run(code: str, tmp_path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEKKINGSPLAN_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), TMPDIR=str(tmp_path))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env,
                         check=False)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def _heavy(loaded: list[str]) -> list[str]:
    """The heavy libraries among the modules loaded (a library counts with any of its modules)."""
    return sorted(h for h in HEAVY if any(name == h or name.startswith(h + ".") for name in loaded))


def test_the_demo_plan_is_painted_before_any_heavy_library_loads(tmp_path: Path) -> None:
    report = _run(FIRST_PAINT, tmp_path)
    # the first paint is the real thing: the demo plan's Overzicht with its figures
    assert report["title"].startswith("Stichting Buurtkamer De Wissel")
    assert report["shown"] == "OverviewScreen"
    assert any(cell and any(ch.isdigit() for ch in str(cell)) for cell in report["cells"])
    assert _heavy(report["loaded"]) == []


def test_importing_the_main_window_or_the_command_line_loads_nothing_heavy(tmp_path: Path) -> None:
    code = textwrap.dedent("""
        import json, sys
        import dekkingsplan.cli
        import dekkingsplan.ui.main_window
        print(json.dumps({"loaded": sorted(sys.modules)}))
    """)
    loaded = _run(code, tmp_path)["loaded"]
    assert _heavy(loaded) == []


def test_the_start_screen_is_built_when_no_plan_is_open(tmp_path: Path) -> None:
    code = textwrap.dedent("""
        import json, sys
        from dekkingsplan.ui.app import make_app
        app = make_app()
        from dekkingsplan.ui.main_window import MainWindow
        window = MainWindow()
        window.show()
        app.processEvents()
        print(json.dumps({"shown": type(window.central.currentWidget()).__name__}))
        window.close()
    """)
    assert _run(code, tmp_path)["shown"] == "StartScreen"


def test_a_plan_file_is_painted_before_the_editing_layer_loads(tmp_path: Path) -> None:
    """A treasurer's own file (issue 10): its first paint reads the file with plain sqlite3 and the plan JSON's
    rules; SQLAlchemy, Alembic, the lock and the backup come right after it."""
    from dekkingsplan.core import planjson
    from dekkingsplan.resources import demo_plan_path
    from dekkingsplan.store.planfile import write_new_file

    path = tmp_path / "De Wissel.dekkingsplan"
    write_new_file(path, planjson.loads(demo_plan_path().read_text(encoding="utf-8")))
    code = FIRST_PAINT.replace("window.open_demo()", f"window.open_path_soon({str(path)!r})")
    report = _run(code, tmp_path)
    assert report["title"] == "Stichting Buurtkamer De Wissel – De Wissel.dekkingsplan – Dekkingsplan"
    assert report["shown"] == "OverviewScreen"
    assert any(cell and any(ch.isdigit() for ch in str(cell)) for cell in report["cells"])
    assert _heavy(report["loaded"]) == []
