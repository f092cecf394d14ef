"""Benchmark: ``dekkingsplan projection PLAN.json --json`` end to end — process start, imports, reading and checking
the plan JSON, the projection, the output — beside a naive reference script that does the same with ``fractions``
in one file (``reference_projection.py``), on the large plan (1,000 sources, 500 cost lines, 10 years).

    python tests/benchmarks/bench_cli.py

The two outputs are compared first (they must be identical, or the benchmark fails). Then 15 rounds of one run
of each, each a fresh process with a bytecode cache (as an installed app has); the ratio is the median of the
rounds' ratios (target ≤ 1.0: the app is no slower than the naive script).
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
HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):  # run as a script from anywhere: make the repository importable
    sys.path.insert(0, str(ROOT))

RUNS = int(os.environ.get("BENCH_RUNS", "15"))
TARGET_RATIO = 1.0


def _env(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["DEKKINGSPLAN_DATA_DIR"] = str(scratch / "data")
    return env


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, bytes]:
    start = time.perf_counter()
    run = subprocess.run(command, env=env, capture_output=True, check=True, cwd=ROOT)  # -m looks in the cwd first
    return (time.perf_counter() - start) * 1000, run.stdout


def run() -> list[dict]:
    from dekkingsplan.core.planjson import dumps
    from tests.plans.large import RAVIJN, random_plan

    with tempfile.TemporaryDirectory(prefix="dekkingsplan-bench-") as folder:
        scratch = Path(folder)
        plan = scratch / "groot.json"
        plan.write_text(dumps(random_plan(500, 1000, probabilities=True, scenarios=(RAVIJN,))), encoding="utf-8")
        env = _env(scratch)
        app = [sys.executable, "-m", "dekkingsplan", "projection", str(plan), "--json"]
        reference = [sys.executable, str(HERE / "reference_projection.py"), str(plan)]
        _ms, app_out = _timed(app, env)  # warm: the bytecode cache, the disk cache
        _ms, reference_out = _timed(reference, env)
        if app_out != reference_out:
            raise RuntimeError("the app and the reference script print different projections")
        app_ms, reference_ms = [], []
        for _ in range(RUNS):
            app_ms.append(_timed(app, env)[0])
            reference_ms.append(_timed(reference, env)[0])
    ratios = sorted(a / b for a, b in zip(app_ms, reference_ms, strict=True))
    return [
        {"name": "reference: naive projection script (fractions), 1,500 lines", "ms": statistics.median(reference_ms),
         "target_ms": None, "note": f"median of {RUNS} processes; the same JSON output as the app's"},
        {"name": "projection PLAN.json --json, 1,500 lines, end to end", "ms": statistics.median(app_ms),
         "target_ms": None, "ratio": statistics.median(ratios), "target_ratio": TARGET_RATIO,
         "note": f"rounds' ratios {ratios[0]:.2f}–{ratios[-1]:.2f}; reads and checks the plan strictly"},
    ]


if __name__ == "__main__":
    for row in run():
        ratio = f"  ({row['ratio']:.2f}× the reference; target ≤ {row['target_ratio']:g}×)" if "ratio" in row else ""
        print(f"{row['name']}: {row['ms']:.1f} ms{ratio}  {row.get('note', '')}")
