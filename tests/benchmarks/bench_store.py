"""How fast a plan file opens and takes an edit, on a plan of 2,000 lines. A script that prints figures:

    python tests/benchmarks/bench_store.py

Goals (issue 3): opening a 2,000-line plan file and loading it well under 300 ms; one edit committed in
under 20 ms. Backups go to a temporary folder.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

if __package__ in (None, ""):  # run as a script from anywhere: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DEKKINGSPLAN_DATA_DIR", tempfile.mkdtemp(prefix="dekkingsplan-bench-"))

from dekkingsplan.core.edits import AddRecord, RemoveRecord, ReplaceRecord  # noqa: E402
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.store.reader import read_plan  # noqa: E402
from tests.plans.large import file_plan  # noqa: E402

LINES = 2000


def big_plan():
    return file_plan(LINES)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def run() -> list[dict]:
    """The figures as rows for tests/benchmarks/run_all.py."""
    folder = Path(tempfile.mkdtemp(prefix="dekkingsplan-bench-files-"))
    path = folder / "groot.dekkingsplan"
    plan = big_plan()
    PlanFile.create(path, plan).close()

    opens = []
    for _ in range(15):
        t = time.perf_counter()
        with PlanFile.open(path) as pf:
            opens.append(time.perf_counter() - t)
            assert len(pf.plan.costs) + len(pf.plan.sources) == LINES
    reads = []
    for _ in range(15):
        t = time.perf_counter()
        read_plan(path)
        reads.append(time.perf_counter() - t)

    kinds: dict[str, list[float]] = {"change a line": [], "add a line at the top": [], "delete a line": []}
    with PlanFile.open(path) as pf:
        for i in range(100):
            old = pf.plan.costs[i * 7 % len(pf.plan.costs)]
            t = time.perf_counter()
            pf.apply(ReplaceRecord(old, replace(old, amount=old.amount + 1, actuals={2026: i})))
            kinds["change a line"].append(time.perf_counter() - t)
            new = replace(pf.plan.sources[0], id=f"nieuw{i}")
            t = time.perf_counter()
            pf.apply(AddRecord(new, 0))
            kinds["add a line at the top"].append(time.perf_counter() - t)
            t = time.perf_counter()
            pf.apply(RemoveRecord(pf.plan.sources[len(pf.plan.sources) // 2]))
            kinds["delete a line"].append(time.perf_counter() - t)

    code = "import time; t = time.perf_counter(); from dekkingsplan.store.planfile import PlanFile; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    size_kb = path.stat().st_size / 1024
    rows = [
        {"name": f"plan file open + load, {LINES} lines (median)", "ms": statistics.median(opens) * 1000,
         "target_ms": 300, "note": f"checks, integrity, backup, lock; {size_kb:.0f} kB; max {max(opens) * 1000:.0f} ms"},
        {"name": f"read_plan, {LINES} lines (median)", "ms": statistics.median(reads) * 1000, "target_ms": 300,
         "note": "the command line's read"},
    ]
    for kind, times in kinds.items():
        times.sort()
        rows.append({"name": f"single edit: {kind} (median)", "ms": statistics.median(times) * 1000,
                     "target_ms": 20, "note": f"95th percentile {times[int(len(times) * 0.95)] * 1000:.1f} ms"})
    rows.append({"name": "from dekkingsplan.store.planfile import PlanFile", "ms": float(out.stdout) * 1000, "target_ms": None,
                 "note": "the editing layer: SQLAlchemy included, Alembic not; reading a plan needs neither"})
    return rows


def main() -> None:
    print(f"plan file of {LINES} lines")
    for row in run():
        target = "" if row["target_ms"] is None else f"  (target < {row['target_ms']} ms)"
        print(f"{row['name']:<52} {row['ms']:8.1f} ms{target}  {row['note']}")


if __name__ == "__main__":
    main()
