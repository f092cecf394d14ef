"""Benchmarks of the desktop app: how soon the window shows the demo plan, against a bare PySide6 window
measured in the same run, and how soon the overview and its chart follow an edit.

    python tests/benchmarks/bench_ui.py        # prints the figures

Start-up is measured from outside: each run is a fresh ``python`` subprocess, timed from its start until it
reports the first paint of its window: 15 pairs of runs, the bare window then the app, and the ratio is the
median of the pairs' ratios. A shared machine switches between quicker and slower spells that last several
runs; the two runs of a pair nearly always share one, so their ratio holds (about 1.75 in either), while a ratio
of two medians (as with five runs before) could take the bare window's median from a quick spell and the app's
from a slow one and read 2.2 for the same code. The app's run does what ``dekkingsplan --demo`` does: a fresh
plan file from the demo plan, the main window on its Overzicht.

Both kinds of run use a bytecode cache in the benchmark's scratch folder, filled by the warm-up runs, even when
the shell sets PYTHONDONTWRITEBYTECODE: an installed app (a wheel, the PyInstaller build) starts from compiled
bytecode, as PySide6 in site-packages always does, so recompiling the app's own modules at every launch would
measure the developer's shell rather than the app.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 15
TARGET_RATIO = 2.0
TARGET_REFRESH_MS = 100.0
HEAVY = ("matplotlib", "openpyxl", "alembic", "sqlalchemy", "babel", "stdnum")

_FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer

class FirstPaint(QObject):
    def __init__(self, app):
        super().__init__()
        self.app, self.seen = app, False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            heavy = sorted({m.split(".")[0] for m in sys.modules} & set(%(heavy)r))
            print("painted", ",".join(heavy), flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False
"""

BARE = _FIRST_PAINT + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
watch = FirstPaint(app)
window.installEventFilter(watch)
window.show()
app.exec()
"""

APP = _FIRST_PAINT + """
from dekkingsplan.ui.app import make_app
app = make_app()
from dekkingsplan.ui.main_window import MainWindow
window = MainWindow()
window.open_demo()
watch = FirstPaint(app)
window.installEventFilter(watch)
window.show()
app.exec()
"""


def _child_env(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["DEKKINGSPLAN_DATA_DIR"] = str(scratch / "data")  # backups of the demo copies stay in the scratch folder
    env["XDG_CONFIG_HOME"] = str(scratch / "config")  # and the window's settings too
    env["TMPDIR"] = str(scratch)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the same bytecode cache for both, as an installed app has
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")  # kept out of the source tree
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _first_paint_ms(code: str, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code % {"heavy": HEAVY}], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    child.wait(timeout=30)
    if not line.startswith("painted"):
        raise RuntimeError(f"the window never painted (exit {child.returncode})")
    return elapsed, line.split(" ", 1)[1].strip() if " " in line else ""


def startup() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="dekkingsplan-bench-") as folder:
        env = _child_env(Path(folder))
        _first_paint_ms(BARE, env)  # warm the disk cache (and fill the bytecode cache) for both
        _first_paint_ms(APP, env)
        bare, app, heavy = [], [], set()
        for _ in range(RUNS):
            bare.append(_first_paint_ms(BARE, env)[0])
            ms, loaded = _first_paint_ms(APP, env)
            app.append(ms)
            heavy.update(filter(None, loaded.split(",")))
    bare_ms, app_ms = statistics.median(bare), statistics.median(app)
    ratios = sorted(a / b for a, b in zip(app, bare, strict=True))
    note = (f"pairs' ratios {ratios[0]:.2f}–{ratios[-1]:.2f}; heavy modules before first paint: "
            + (", ".join(sorted(heavy)) if heavy else "none"))
    return [
        {"name": "bare PySide6 window, first paint", "ms": bare_ms, "target_ms": None,
         "note": f"median of {RUNS} subprocesses"},
        {"name": "window with the demo plan (--demo), first paint", "ms": app_ms, "target_ms": None,
         "ratio": statistics.median(ratios), "target_ratio": TARGET_RATIO, "note": note},
    ]


def refresh_after_edit() -> list[dict]:
    """Edits to the demo plan in a real plan file; each is timed until the overview and chart are redrawn."""
    from dataclasses import replace

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="dekkingsplan-bench-") as folder:
        os.environ["DEKKINGSPLAN_DATA_DIR"] = str(Path(folder) / "data")
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from dekkingsplan.core.edits import ReplaceRecord
        from dekkingsplan.core.planjson import loads
        from dekkingsplan.resources import demo_plan_path
        from dekkingsplan.ui.app import make_app
        from dekkingsplan.ui.main_window import MainWindow
        from dekkingsplan.ui.screens.overview import OverviewScreen

        app = make_app()
        window = MainWindow(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window.resize(1400, 860)
        plan = loads(demo_plan_path().read_text(encoding="utf-8"))
        window.create_plan(Path(folder) / "Demo.dekkingsplan", plan, remember=False)
        window.show()
        overview = window.show_screen(OverviewScreen)
        overview.chart.ensure_canvas()
        window.screens  # noqa: B018 - build every screen now, not during the first measured edit
        for _ in range(5):
            app.processEvents()

        saving: list[float] = []
        plan_file = window.document.file
        original_apply = plan_file.apply

        def timed_apply(edit):
            t = time.perf_counter()
            try:
                return original_apply(edit)
            finally:
                saving.append((time.perf_counter() - t) * 1000)

        plan_file.apply = timed_apply
        totals: list[float] = []
        for i in range(20):
            old = window.document.plan.cost("huur")
            new = replace(old, amount=139500 + (i + 1) * 100)
            start = time.perf_counter()
            window.document.apply(ReplaceRecord(old, new))
            QApplication.processEvents()  # the repaint of table and chart
            totals.append((time.perf_counter() - start) * 1000)
        window.close()
    refresh = [t - s for t, s in zip(totals, saving, strict=True)]
    return [
        {"name": "edit → overview and chart redrawn (demo plan)", "ms": statistics.median(refresh),
         "target_ms": TARGET_REFRESH_MS, "note": f"median of {len(refresh)}; worst {max(refresh):.1f} ms"},
        {"name": "edit → saved in the plan file (store)", "ms": statistics.median(saving), "target_ms": None,
         "note": "one SQLite transaction per edit, not part of the refresh"},
    ]


def run() -> list[dict]:
    return startup() + refresh_after_edit()


if __name__ == "__main__":
    for row in run():
        ratio = f"  ({row['ratio']:.2f}× the bare window; target ≤ {row['target_ratio']:g}×)" if "ratio" in row else ""
        target = f"  (target < {row['target_ms']:g} ms)" if row.get("target_ms") else ""
        print(f"{row['name']}: {row['ms']:.1f} ms{ratio}{target}  {row.get('note', '')}")
