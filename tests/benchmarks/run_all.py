"""Runs every benchmark in tests/benchmarks (bench_*.py) and prints one table with each figure's target.

    python tests/benchmarks/run_all.py            # the whole table
    python tests/benchmarks/run_all.py --markdown # the same, as a Markdown table for the README

Each bench module exposes ``run() -> list[dict]`` with rows {"name", "ms", "target_ms", "ratio"?, "note"?}.
A ratio is measured against a baseline in the same run (start-up against a bare PySide6 window); the others
are compared with their target. Peak memory is this process's maximum resident size after all benchmarks.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def collect() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(HERE.parents[1]))  # the repository: the benchmarks share tests.plans
    rows: list[dict] = []
    for path in sorted(HERE.glob("bench_*.py")):
        try:
            module = _load(path)
            for row in module.run():
                rows.append({"file": path.name, **row})
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            rows.append({"file": path.name, "name": "(failed)", "ms": None, "target_ms": None,
                         "note": traceback.format_exc(limit=1).strip().splitlines()[-1]})
    return rows


def verdict(row: dict) -> str:
    if row.get("ms") is None:
        return "error"
    if row.get("target_ratio") is not None and row.get("ratio") is not None:
        return "ok" if row["ratio"] <= row["target_ratio"] else "SLOW"
    if row.get("target_ms") is not None:
        return "ok" if row["ms"] <= row["target_ms"] else "SLOW"
    return ""


def render(rows: list[dict], markdown: bool) -> str:
    head = ["benchmark", "measured", "target", "ratio", "verdict", "note"]
    body = []
    for r in rows:
        ms = "" if r.get("ms") is None else f"{r['ms']:.1f} ms"
        if r.get("target_ratio") is not None:
            target = f"≤ {r['target_ratio']:g}× baseline"
        elif r.get("target_ms") is not None:
            target = f"< {r['target_ms']:g} ms"
        else:
            target = ""
        ratio = "" if r.get("ratio") is None else f"{r['ratio']:.2f}×"
        body.append([r["name"], ms, target, ratio, verdict(r), r.get("note", "")])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    body.append(["peak memory (this process / largest child)", f"{peak_mb:.0f} MB / {children_mb:.0f} MB", "", "", "", ""])
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(row) + " |" for row in body]
        return "\n".join(lines)
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join([fmt.format(*head), fmt.format(*["-" * w for w in widths])] + [fmt.format(*row) for row in body])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    print(render(collect(), args.markdown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
