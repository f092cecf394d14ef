"""Benchmark: the exports of a large plan (1,500 lines over 10 years): the funder's workbook and the PDF overview.

Run as ``python tests/benchmarks/bench_export.py``; ``run()`` returns the rows for run_all.py. The workbook is
the best of several runs; the PDF is measured twice: cold (the first in the process, with matplotlib and Qt's
first layout) and warm (best of several). Targets: workbook < 1 s, PDF < 2 s.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script from anywhere: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dekkingsplan.core.model import Organisation, Plan  # noqa: E402
from tests.plans.large import FIRST_YEAR, LAST_YEAR, random_plan  # noqa: E402

N_COSTS, N_SOURCES = 900, 600
WORKBOOK_TARGET_MS, PDF_TARGET_MS = 1000.0, 2000.0
REPEATS = 3


def make_plan() -> Plan:
    """1,500 lines as an application has them: some specified as quantity x rate, some with a note."""
    return random_plan(N_COSTS, N_SOURCES, specifications=True,
                       organisation=Organisation(name="Stichting Benchmark", kvk="12345678"))


def timed_ms(action) -> float:
    t0 = time.perf_counter()
    action()
    return (time.perf_counter() - t0) * 1000


def run() -> list[dict]:
    from dekkingsplan.export import write_overview_pdf, write_workbook

    plan = make_plan()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        xlsx, pdf = Path(folder) / "begroting.xlsx", Path(folder) / "overzicht.pdf"
        cold = timed_ms(lambda: write_workbook(plan, xlsx))
        warm = min(timed_ms(lambda: write_workbook(plan, xlsx)) for _ in range(REPEATS))
        rows.append({"name": "workbook 1,500 lines x 10 years (cold)", "ms": cold, "target_ms": WORKBOOK_TARGET_MS,
                     "note": "first call: imports openpyxl"})
        rows.append({"name": "workbook 1,500 lines x 10 years", "ms": warm, "target_ms": WORKBOOK_TARGET_MS,
                     "note": f"{xlsx.stat().st_size // 1024} KB"})
        cold = timed_ms(lambda: write_overview_pdf(plan, pdf))
        warm = min(timed_ms(lambda: write_overview_pdf(plan, pdf)) for _ in range(REPEATS))
        rows.append({"name": "PDF overview (cold)", "ms": cold, "target_ms": PDF_TARGET_MS,
                     "note": "first call: imports matplotlib, first Qt layout"})
        rows.append({"name": "PDF overview", "ms": warm, "target_ms": PDF_TARGET_MS,
                     "note": f"{pdf.stat().st_size // 1024} KB"})
    return rows


def main() -> int:
    print(f"plan: {N_COSTS} cost lines, {N_SOURCES} sources, {FIRST_YEAR}-{LAST_YEAR}")
    print(f"{'name':<42}{'ms':>10}{'target ms':>11}  note")
    for row in run():
        flag = "" if row["ms"] < row["target_ms"] else "  OVER"
        print(f"{row['name']:<42}{row['ms']:>10.1f}{row['target_ms']:>11.0f}  {row['note']}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
