"""Benchmarks of the desktop app: how soon the window shows a plan — the demo and a treasurer's own plan file —
against a bare PySide6 window measured in the same run, and how soon the overview and its chart follow an edit.

    python tests/benchmarks/bench_ui.py        # prints the figures

Start-up is measured from outside the process, as a treasurer sees it: a private Xvfb server, and the time from
starting the process until a window whose title holds the organisation's name is mapped on that screen with
something drawn in it (``xwatch``: the X server's own events — window mapped, title set, DAMAGE — no polling,
nothing inside the process under test). Each launch is the real command: ``python -m dekkingsplan --demo`` and
``python -m dekkingsplan PLAN.dekkingsplan`` on a plan file of the demo's size, beside a bare ``QMainWindow``
titled with the same name. 15 rounds of the three, one after the other; each ratio is the median of the
rounds' ratios. A shared machine switches between quicker and slower spells that last several runs; the runs of
one round nearly always share one, so their ratio holds, where a ratio of two medians could mix spells.

Every kind of run uses a bytecode cache in the benchmark's scratch folder, filled by warm-up runs, even when the
shell sets PYTHONDONTWRITEBYTECODE: an installed app (a wheel, the PyInstaller build) starts from compiled
bytecode, as PySide6 in site-packages always does.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for tests.plans

from xwatch import Watcher, time_to_window, xvfb  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("BENCH_RUNS", "15"))
TARGET_RATIO = 2.0
TARGET_REFRESH_MS = 100.0
ORGANISATION = "Stichting Buurtkamer De Wissel"

BARE = f"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("{ORGANISATION} – Dekkingsplan")
window.resize(1280, 800)
window.show()
app.exec()
"""


def _child_env(scratch: Path, display: str) -> dict[str, str]:
    env = dict(os.environ)
    env["DISPLAY"] = display
    env["QT_QPA_PLATFORM"] = "xcb"  # a real window on the private X server
    env["DEKKINGSPLAN_DATA_DIR"] = str(scratch / "data")  # backups of the demo copies stay in the scratch folder
    env["XDG_CONFIG_HOME"] = str(scratch / "config")  # and the window's settings too
    env["TMPDIR"] = str(scratch)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the same bytecode cache for all, as an installed app has
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")  # kept out of the source tree
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _demo_sized_file(scratch: Path, env: dict[str, str]) -> Path:
    """The demo plan as a treasurer's own plan file (the command line's ``import``)."""
    from dekkingsplan.resources import demo_plan_path

    path = scratch / "De Wissel.dekkingsplan"
    subprocess.run([sys.executable, "-m", "dekkingsplan", "import", str(demo_plan_path()), str(path)], env=env,
                   check=True, stdout=subprocess.DEVNULL)
    return path


def startup() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="dekkingsplan-bench-") as folder, xvfb() as display:
        scratch = Path(folder)
        env = _child_env(scratch, display)
        plan_file = _demo_sized_file(scratch, env)
        launches = {
            "bare": [sys.executable, "-c", BARE],
            "demo": [sys.executable, "-m", "dekkingsplan", "--demo"],
            "file": [sys.executable, "-m", "dekkingsplan", str(plan_file)],
        }
        watcher = Watcher(display)
        try:
            for command in launches.values():  # warm the disk cache and fill the bytecode cache
                time_to_window(command, ORGANISATION, watcher=watcher, env=env)
            times: dict[str, list[float]] = {name: [] for name in launches}
            for _ in range(RUNS):
                for name, command in launches.items():
                    times[name].append(time_to_window(command, ORGANISATION, watcher=watcher, env=env))
        finally:
            watcher.close()
    rows = [{"name": "bare PySide6 window, on screen", "ms": statistics.median(times["bare"]), "target_ms": None,
             "note": f"median of {RUNS} launches, timed from outside (Xvfb: mapped, titled, drawn)"}]
    for name, label in (("demo", "app on the demo (--demo), on screen"),
                        ("file", "app on a plan file of demo size, on screen")):
        ratios = sorted(a / b for a, b in zip(times[name], times["bare"], strict=True))
        rows.append({"name": label, "ms": statistics.median(times[name]), "target_ms": None,
                     "ratio": statistics.median(ratios), "target_ratio": TARGET_RATIO,
                     "note": f"rounds' ratios {ratios[0]:.2f}–{ratios[-1]:.2f}; title with the organisation"})
    return rows


def refresh_after_edit(plan, label: str, line_id: str) -> list[dict]:
    """Edits to one cost line of ``plan`` in a real plan file; each is timed until the overview and chart are
    redrawn (the save itself is timed apart and taken out)."""
    from dataclasses import replace

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="dekkingsplan-bench-") as folder:
        os.environ["DEKKINGSPLAN_DATA_DIR"] = str(Path(folder) / "data")
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from dekkingsplan.core.edits import ReplaceRecord
        from dekkingsplan.ui.app import make_app
        from dekkingsplan.ui.main_window import MainWindow
        from dekkingsplan.ui.screens.overview import OverviewScreen

        app = make_app()
        window = MainWindow(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window.resize(1400, 860)
        window.create_plan(Path(folder) / "Plan.dekkingsplan", plan, remember=False)
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
            old = window.document.plan.cost(line_id)
            new = replace(old, amount=(old.amount or 0) + (i + 1) * 100)
            start = time.perf_counter()
            window.document.apply(ReplaceRecord(old, new))
            QApplication.processEvents()  # the repaint of table and chart
            totals.append((time.perf_counter() - start) * 1000)
        window.close()
    refresh = [t - s for t, s in zip(totals, saving, strict=True)]
    return [
        {"name": f"edit → overview and chart redrawn ({label})", "ms": statistics.median(refresh),
         "target_ms": TARGET_REFRESH_MS, "note": f"median of {len(refresh)}; worst {max(refresh):.1f} ms"},
        {"name": f"edit → saved in the plan file ({label})", "ms": statistics.median(saving), "target_ms": None,
         "note": "one SQLite transaction per edit, not part of the refresh"},
    ]


def refresh_rows() -> list[dict]:
    from dekkingsplan.core.planjson import loads
    from dekkingsplan.resources import demo_plan_path
    from tests.plans.large import file_plan

    big = file_plan(2000)
    return (refresh_after_edit(loads(demo_plan_path().read_text(encoding="utf-8")), "demo plan", "huur")
            + refresh_after_edit(big, "2,000-line plan", big.costs[0].id))


def run() -> list[dict]:
    return startup() + refresh_rows()


if __name__ == "__main__":
    for row in run():
        ratio = f"  ({row['ratio']:.2f}× the bare window; target ≤ {row['target_ratio']:g}×)" if "ratio" in row else ""
        target = f"  (target < {row['target_ms']:g} ms)" if row.get("target_ms") else ""
        print(f"{row['name']}: {row['ms']:.1f} ms{ratio}{target}  {row.get('note', '')}")
