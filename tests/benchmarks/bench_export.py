"""Benchmark: the exports of a large plan (1,500 lines over 10 years): the funder's workbook and the PDF overview.

Run as ``python tests/benchmarks/bench_export.py``; ``run()`` returns the rows for run_all.py. The workbook is
the best of several runs; the PDF is measured twice: cold (the first in the process, with matplotlib and Qt's
first layout) and warm (best of several). Targets: workbook < 1 s, PDF < 2 s.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):  # run as a script from anywhere: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dekkingsplan.core.model import (  # noqa: E402
    Basis,
    Category,
    CostLine,
    Organisation,
    Plan,
    Project,
    Source,
    SourceType,
    Status,
)
from dekkingsplan.core.months import Month  # noqa: E402

FIRST_YEAR, LAST_YEAR = 2026, 2035
N_COSTS, N_SOURCES = 900, 600
WORKBOOK_TARGET_MS, PDF_TARGET_MS = 1000.0, 2000.0
REPEATS = 3
FUNDERS = ["Gemeente Den Haag", "Oranje Fonds", "Kansfonds", "VSBfonds", "Fonds 1818", "Zilveren Kruis", None]


def _line(rng: random.Random, i: int, projects: list[str]) -> dict:
    basis = rng.choice(list(Basis))
    start = Month(rng.randint(FIRST_YEAR - 1, LAST_YEAR), rng.randint(1, 12)) if rng.random() < 0.7 else None
    begin = start or Month(FIRST_YEAR, 1)
    end = indexation = None
    if basis == Basis.TOTAL:
        end = begin.plus(rng.randint(0, 47))
    elif basis in (Basis.MONTHLY, Basis.PER_YEAR):
        if rng.random() < 0.5:
            end = begin.plus(rng.randint(0, 119))
        if rng.random() < 0.6:
            indexation = Decimal(rng.choice(["1.5", "2", "2.5", "3.1", "-1", "4.25"]))
    fields = dict(id=f"l{i}", name=f"Regel {i}: coördinatie en ondersteuning", basis=basis, start=start, end=end,
                  indexation=indexation, in_kind=rng.random() < 0.03,
                  project=rng.choice(projects) if rng.random() < 0.3 else None,
                  note="Toelichting bij deze regel, zoals de aanvrager die geeft" if rng.random() < 0.1 else None)
    if rng.random() < 0.2:
        fields.update(quantity=Decimal(rng.randint(1, 400)), unit="uur", rate=rng.randint(15_00, 95_00))
    else:
        fields.update(amount=rng.randint(0, 80_000_00))
    return fields


def make_plan(seed: int = 2026) -> Plan:
    rng = random.Random(seed)
    projects = [f"p{i}" for i in range(8)]
    costs = [CostLine(**_line(rng, i, projects), category=rng.choice(list(Category))) for i in range(N_COSTS)]
    sources = [Source(**_line(rng, N_COSTS + i, projects), type=rng.choice(list(SourceType)),
                      funder=rng.choice(FUNDERS), status=rng.choice(list(Status))) for i in range(N_SOURCES)]
    return Plan(organisation=Organisation(name="Stichting Benchmark", kvk="12345678"), first_year=FIRST_YEAR,
                last_year=LAST_YEAR, opening_reserve=25_000_00,
                projects=[Project(id=p, name=f"Project {p}") for p in projects], costs=costs, sources=sources)


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
