"""Benchmark: an umbrella organisation's portfolio: 30 plans of the demo's size, as plan files, side by side.

Run as ``python tests/benchmarks/bench_portfolio.py``; ``run()`` returns the rows for run_all.py. Measured end to
end in a fresh process (``dekkingsplan portfolio FOLDER --json`` and ``--out``), as an advisor's script runs it,
with the process start of ``dekkingsplan --version`` as the baseline of the same run. Target: under 2 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

if __package__ in (None, ""):  # run as a script from anywhere: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dekkingsplan.store.planfile import PlanFile  # noqa: E402
from tests.plans.examples import demo  # noqa: E402

N_PLANS = 30
TARGET_MS = 2000.0
RUNS = 3


def _seconds(argv: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - t0


def run() -> list[dict]:
    base = demo()
    with tempfile.TemporaryDirectory() as folder:
        plans = Path(folder) / "initiatieven"
        plans.mkdir()
        for i in range(N_PLANS):
            organisation = replace(base.organisation, name=f"Initiatief {i + 1:02d}")
            PlanFile.create(plans / f"plan-{i + 1:02d}.dekkingsplan", replace(base, organisation=organisation)).close()
        command = [sys.executable, "-m", "dekkingsplan"]
        baseline = statistics.median(_seconds([*command, "--version"]) for _ in range(RUNS)) * 1000
        as_json = statistics.median(_seconds([*command, "portfolio", str(plans), "--json"]) for _ in range(RUNS)) * 1000
        workbook = statistics.median(_seconds([*command, "portfolio", str(plans), "--out",
                                               str(Path(folder) / "vergelijking.xlsx")]) for _ in range(RUNS)) * 1000
    return [
        {"name": "baseline: dekkingsplan --version (process start)", "ms": baseline, "target_ms": None,
         "note": f"median of {RUNS}"},
        {"name": f"portfolio of {N_PLANS} demo-size plan files --json", "ms": as_json, "target_ms": TARGET_MS,
         "ratio": as_json / baseline, "note": "end to end, a fresh process"},
        {"name": f"portfolio of {N_PLANS} demo-size plan files --out xlsx", "ms": workbook, "target_ms": TARGET_MS,
         "ratio": workbook / baseline, "note": "end to end, a fresh process"},
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<55} {row['ms']:8.1f} ms  target {row['target_ms']}")
