"""Killed at any moment, a plan file still opens, passes the integrity check, and holds every edit whose
commit had returned.

A child process applies a seeded stream of random edits and reports each returned commit through a pipe;
it is killed with SIGKILL after a random delay. The parent replays the same stream on the plan it started
from: the file must hold exactly the reported edits, or one more (killed after the commit, before the
report). Rounds continue on the same file, so later rounds also start from a crash's leftovers.
More rounds: DEKKINGSPLAN_CRASH_ROUNDS=200 pytest tests/store/test_store_crash.py
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from store_plans import FIXTURES

from dekkingsplan.core.model import Plan
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.store.reader import read_plan
from tests.plans.edits import random_edit

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

ROUNDS = int(os.environ.get("DEKKINGSPLAN_CRASH_ROUNDS", "12"))
EDITS_PER_ROUND = 300


def _child(path: Path, seed: int, report: int) -> None:  # pragma: no cover - runs in the killed child
    rng = random.Random(seed)
    with PlanFile.open(path) as pf:
        for _ in range(EDITS_PER_ROUND):
            pf.apply(random_edit(rng, pf.plan))
            os.write(report, b".")


def _run_and_kill(path: Path, seed: int, delay: float) -> int:
    """Start a child editing ``path``, SIGKILL it after ``delay`` seconds; return how many commits returned."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(read_end)
            _child(path, seed, write_end)
        finally:
            os._exit(0)
    os.close(write_end)
    reported = 0
    deadline = time.monotonic() + delay
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            chunk = os.read(read_end, 4096)
            if not chunk:
                break  # the child finished every edit before the kill
            reported += len(chunk)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_end, 4096):
        reported += len(chunk)
    os.close(read_end)
    return reported


def _replay(start: Plan, seed: int, count: int) -> Plan:
    plan, rng = start.copy(), random.Random(seed)
    for _ in range(count):
        random_edit(rng, plan).apply(plan)
    return plan


def _integrity(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        raw.close()


def test_killed_children_never_lose_a_returned_commit(tmp_path: Path) -> None:
    path = tmp_path / "crash.dekkingsplan"
    shutil.copyfile(FIXTURES / "plan_v1.dekkingsplan", path)  # the first round may die while migrating
    chooser = random.Random(20261128)
    seen_kills_mid_stream = 0
    for round_no in range(ROUNDS):
        start = read_plan(path)
        seed = chooser.randrange(2**32)
        reported = _run_and_kill(path, seed, delay=chooser.uniform(0.0, 0.6))
        with PlanFile.open(path) as pf:  # recovers a half-done commit, checks integrity, takes the stale lock
            found = pf.plan
        assert _integrity(path) == "ok"
        candidates = [reported] if reported == EDITS_PER_ROUND else [reported, reported + 1]
        expected = [_replay(start, seed, n) for n in candidates]
        assert found in expected, f"round {round_no}: {reported} commits returned, file holds something else"
        seen_kills_mid_stream += 0 < reported < EDITS_PER_ROUND
    assert ROUNDS < 4 or seen_kills_mid_stream >= ROUNDS // 4  # the kills did land while editing


def _die_mid_commit(path: Path) -> None:
    """A process that has written half a transaction into the file itself (a small cache spills pages
    before the commit) and is then killed: the file needs its journal to be whole again."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            raw = sqlite3.connect(path, isolation_level=None)
            raw.execute("PRAGMA cache_size = 1")
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("UPDATE organisation SET name = 'half geschreven'")
            for i in range(3000):
                raw.execute("INSERT INTO project (id, position, name) VALUES (?, ?, ?)",
                            (f"p{i}", 1000 + i, "x" * 200))
            os.kill(os.getpid(), signal.SIGKILL)
        finally:
            os._exit(1)
    os.waitpid(pid, 0)


def test_reading_a_file_a_crash_left_half_written_recovers_a_copy_only(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "p.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    _die_mid_commit(path)
    journal = Path(f"{path}-journal")
    assert journal.exists()
    before = (path.read_bytes(), journal.read_bytes())
    assert read_plan(path) == rich_plan  # the last commit, read from a recovered copy
    assert (path.read_bytes(), journal.read_bytes()) == before  # the command line changed nothing
    with PlanFile.open(path) as pf:  # the app recovers the file itself
        assert pf.plan == rich_plan
    assert not journal.exists()
    assert _integrity(path) == "ok"
