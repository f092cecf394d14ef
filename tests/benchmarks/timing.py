"""The clock the in-process benchmarks share: the best of several runs, and the baseline of the same run that
makes their figures comparable between machines (summing 15,000 ints in a Python loop)."""

from __future__ import annotations

import time
from collections.abc import Callable

BASELINE = "baseline: sum 15,000 ints"


def best_ms(action: Callable[[], object], repeats: int) -> float:
    """The fastest of ``repeats`` runs of ``action``, in milliseconds."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def _sum_ints() -> int:
    total = 0
    for i in range(15_000):
        total += i
    return total


def baseline_row(repeats: int) -> dict:
    """The first row of a benchmark's table: the baseline, timed as ``best_ms`` times; its ``ms`` divides the
    others' into their ``ratio``."""
    return {"name": BASELINE, "ms": best_ms(_sum_ints, repeats), "target_ms": None, "ratio": 1.0}
