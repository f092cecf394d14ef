"""Benchmark: 5,000 bank transactions read and assigned to a plan's lines, per format.

Run as ``python tests/benchmarks/bench_bank.py``; ``run()`` returns the rows for an overall runner. Each
figure is the best of several runs; ``ratio`` is ms / the ms of a baseline measured in the same run (summing
15,000 ints in a Python loop). The target: reading and assigning 5,000 transactions in under 1 s.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):   # run as a script from anywhere: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dekkingsplan.core.bank.assign import prepare  # noqa: E402
from dekkingsplan.core.bank.read import parse_statement  # noqa: E402
from dekkingsplan.core.model import BankRule, Organisation  # noqa: E402
from tests.benchmarks.timing import baseline_row, best_ms  # noqa: E402
from tests.core.bank.writers import camt, ing_csv, mt940  # noqa: E402
from tests.plans.builders import cost, plan, source  # noqa: E402

N = 5000
TARGET_MS = 1000.0
REPEATS = 3
ACCOUNT = "NL20INGB0001234567"  # the writers' account
PARTIES = [(f"Leverancier {i}", f"NL{10 + i % 89:02d}RABO0{i:09d}") for i in range(40)]
WORDS = ["huur", "gift", "contributie", "factuur", "subsidie termijn", "koffie", "drukwerk", "energie"]


def _transactions(seed: int = 2026) -> list[tuple[date, int, str, str, str]]:
    rng = random.Random(seed)
    day = date(2026, 1, 1)
    out = []
    for i in range(N):
        day += timedelta(days=rng.random() < 0.3)
        name, iban = rng.choice(PARTIES)
        amount = rng.choice([-1, 1]) * rng.randint(100, 500_000)
        out.append((day, amount, name, iban, f"{rng.choice(WORDS)} {i}"))
    return out


def make_plan():
    costs = [cost(f"kosten-{i}", 1000_00, name=f"Kosten {i}") for i in range(30)]
    sources = [source(f"bron-{i}", 1000_00, name=f"Bron {i}") for i in range(30)]
    p = plan(2026, 2030, costs=costs, sources=sources, organisation=Organisation(name="Bench", iban=ACCOUNT))
    # 30 rules that rarely match ahead of the ones that do: the worst case is every transaction trying many
    p.bank_rules = [BankRule(match={"description": f"nooit {i}"}, line=f"kosten-{i}") for i in range(30)]
    p.bank_rules += [BankRule(match={"iban": iban}, line=f"kosten-{i % 30}") for i, (_, iban) in enumerate(PARTIES[:20])]
    p.bank_rules += [BankRule(match={"counterparty": name.lower()}, line=f"bron-{i % 30}")
                     for i, (name, _) in enumerate(PARTIES[20:])]
    return p


def run() -> list[dict]:
    """Rows {"name", "ms", "target_ms", "ratio"}; the first row is the baseline itself."""
    rows = _transactions()
    p = make_plan()
    out = [baseline_row(REPEATS * 7)]
    base_ms = out[0]["ms"]
    for label, data in (("CAMT.053", camt(rows)), ("ING CSV", ing_csv(rows)), ("MT940", mt940(rows))):
        def read_and_assign(data=data) -> None:
            imp = prepare(p, parse_statement(data, "bench"))
            assert len(imp.rows) == N and imp.statement.balanced is not False
        ms = best_ms(read_and_assign, REPEATS)
        out.append({"name": f"read + assign {N:,} transactions, {label}", "ms": ms, "target_ms": TARGET_MS,
                    "ratio": ms / base_ms})
    return out


def main() -> int:
    rows = run()
    print(f"{N:,} transactions, {len(make_plan().bank_rules)} rules; best of {REPEATS}")
    print(f"{'name':<48}{'ms':>9}{'x baseline':>12}{'target ms':>11}")
    for row in rows:
        target = "" if row["target_ms"] is None else f"{row['target_ms']:.0f}"
        flag = "" if row["target_ms"] is None or row["ms"] < row["target_ms"] else "  OVER"
        print(f"{row['name']:<48}{row['ms']:>9.2f}{row['ratio']:>12.1f}{target:>11}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
