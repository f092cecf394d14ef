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
WORKBOOK_TARGET_MS, PDF_TARGET_MS, SUMMARY_TARGET_MS = 1000.0, 2000.0, 1000.0
REPEATS = 3


def make_plan() -> Plan:
    """1,500 lines as an application has them: some specified as quantity x rate, some with a note."""
    return random_plan(N_COSTS, N_SOURCES, specifications=True,
                       organisation=Organisation(name="Stichting Benchmark", kvk="12345678"))


REALISATION_YEAR = FIRST_YEAR + 1


def with_actuals(plan: Plan) -> Plan:
    """The large plan after a year's bookkeeping: actuals on four lines of five (off the budget by up to a
    quarter), an explanation on one line of ten, so that the verantwoording has every kind of row."""
    import random
    from dataclasses import replace

    from dekkingsplan.core.projection import line_values

    rng = random.Random(REALISATION_YEAR)
    year = REALISATION_YEAR

    def booked(line):
        if rng.random() >= 0.8:
            return line
        budget = line_values(line, plan.first_year, plan.last_year).get(year, 0)
        notes = {year: "Toelichting: meer vrijwilligers en een duurdere zaal dan begroot"} if rng.random() < 0.1 \
            else {}
        return replace(line, actuals={year: max(0, budget + rng.randint(-budget // 4, budget // 4))},
                       actual_notes=notes)

    plan.costs = [booked(c) for c in plan.costs]
    plan.sources = [booked(s) for s in plan.sources]
    return plan


def timed_ms(action) -> float:
    t0 = time.perf_counter()
    action()
    return (time.perf_counter() - t0) * 1000


def run() -> list[dict]:
    plan = make_plan()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        xlsx, pdf = Path(folder) / "begroting.xlsx", Path(folder) / "overzicht.pdf"
        t0 = time.perf_counter()  # the first workbook brings openpyxl along
        from dekkingsplan.export.workbook import write_workbook

        write_workbook(plan, xlsx)
        cold = (time.perf_counter() - t0) * 1000
        warm = min(timed_ms(lambda: write_workbook(plan, xlsx)) for _ in range(REPEATS))
        rows.append({"name": "workbook 1,500 lines x 10 years (cold)", "ms": cold, "target_ms": WORKBOOK_TARGET_MS,
                     "note": "first call: imports openpyxl"})
        rows.append({"name": "workbook 1,500 lines x 10 years", "ms": warm, "target_ms": WORKBOOK_TARGET_MS,
                     "note": f"{xlsx.stat().st_size // 1024} KB"})
        # the application version: one fund asked, its lines highlighted, a contingency row
        funder = next(s.funder for s in plan.sources if s.funder)
        warm = min(timed_ms(lambda: write_workbook(plan, xlsx, funder=funder, contingency="10"))
                   for _ in range(REPEATS))
        rows.append({"name": "application workbook 1,500 lines", "ms": warm, "target_ms": WORKBOOK_TARGET_MS,
                     "note": f"--funder '{funder}' --contingency 10"})
        from dekkingsplan.export.summary import write_summary_pdf

        summary = Path(folder) / "samenvatting.pdf"
        write_summary_pdf(plan, summary, funder=funder, contingency="10")  # Qt's first layout is the overview's
        warm = min(timed_ms(lambda: write_summary_pdf(plan, summary, funder=funder, contingency="10"))
                   for _ in range(REPEATS))
        rows.append({"name": "application summary (one page)", "ms": warm, "target_ms": SUMMARY_TARGET_MS,
                     "note": f"{summary.stat().st_size // 1024} KB"})
        t0 = time.perf_counter()  # the first overview brings matplotlib along
        from dekkingsplan.export.overview import write_overview_pdf

        write_overview_pdf(plan, pdf)
        cold = (time.perf_counter() - t0) * 1000
        warm = min(timed_ms(lambda: write_overview_pdf(plan, pdf)) for _ in range(REPEATS))
        rows.append({"name": "PDF overview (cold)", "ms": cold, "target_ms": PDF_TARGET_MS,
                     "note": "first call: imports matplotlib, first Qt layout"})
        rows.append({"name": "PDF overview", "ms": warm, "target_ms": PDF_TARGET_MS,
                     "note": f"{pdf.stat().st_size // 1024} KB"})
        rows += _realisation(with_actuals(plan), Path(folder))
    return rows


def _realisation(plan: Plan, folder: Path) -> list[dict]:
    """The verantwoording of one year of the large plan: the report from core, then the workbook and the PDF."""
    from dekkingsplan.core.realisation import realisation_report
    from dekkingsplan.export.realisation_pdf import write_realisation_pdf
    from dekkingsplan.export.realisation_workbook import write_realisation_workbook

    xlsx, pdf = folder / "verantwoording.xlsx", folder / "verantwoording.pdf"

    def workbook() -> None:
        write_realisation_workbook(plan, realisation_report(plan, REALISATION_YEAR), xlsx)

    def document() -> None:
        write_realisation_pdf(plan, realisation_report(plan, REALISATION_YEAR), pdf)

    report = realisation_report(plan, REALISATION_YEAR)
    lines = len(report.costs.lines) + len(report.income.lines)
    workbook_ms = min(timed_ms(workbook) for _ in range(REPEATS))
    pdf_ms = min(timed_ms(document) for _ in range(REPEATS))
    return [
        {"name": "verantwoording workbook, 1,500-line plan", "ms": workbook_ms, "target_ms": WORKBOOK_TARGET_MS,
         "note": f"{lines} lines of {REALISATION_YEAR}, {report.flagged} flagged; {xlsx.stat().st_size // 1024} KB"},
        {"name": "verantwoording PDF, 1,500-line plan", "ms": pdf_ms, "target_ms": PDF_TARGET_MS,
         "note": f"{pdf.stat().st_size // 1024} KB"},
    ]


def main() -> int:
    print(f"plan: {N_COSTS} cost lines, {N_SOURCES} sources, {FIRST_YEAR}-{LAST_YEAR}")
    print(f"{'name':<42}{'ms':>10}{'target ms':>11}  note")
    for row in run():
        flag = "" if row["ms"] < row["target_ms"] else "  OVER"
        print(f"{row['name']:<42}{row['ms']:>10.1f}{row['target_ms']:>11.0f}  {row['note']}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
