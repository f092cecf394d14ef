"""One writer per plan: a second window or process is told, and a lock left by a crash never blocks."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from dekkingsplan.core.model import Plan
from dekkingsplan.store import locking
from dekkingsplan.store.errors import StoreError, StoreErrorKind
from dekkingsplan.store.locking import lock_path
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.store.reader import read_plan


@pytest.fixture
def plan_path(tmp_path: Path, rich_plan: Plan) -> Path:
    path = tmp_path / "wissel.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    return path


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(path: Path, pid: int, host: str | None = None) -> None:
    lock_path(path).write_text(json.dumps({"pid": pid, "host": host or socket.gethostname(), "user": "vorige",
                                           "since": "2026-01-05T09:00:00+00:00"}))


def test_the_lock_file_says_who_holds_the_plan_and_goes_on_close(plan_path: Path) -> None:
    with PlanFile.open(plan_path):
        holder = json.loads(lock_path(plan_path).read_text())
        assert holder["pid"] == os.getpid() and holder["host"] == socket.gethostname()
    assert not lock_path(plan_path).exists()


def test_a_lock_file_left_by_a_killed_process_is_taken_over(plan_path: Path) -> None:
    write_lock(plan_path, dead_pid())
    with PlanFile.open(plan_path) as pf:
        assert not pf.read_only
        assert json.loads(lock_path(plan_path).read_text())["pid"] == os.getpid()


def test_reading_needs_no_lock(plan_path: Path, rich_plan: Plan) -> None:
    with PlanFile.open(plan_path):
        assert read_plan(plan_path) == rich_plan


class TestWhereTheFileSystemCannotLock:
    """Some network shares refuse OS locks: then the lock file's pid and host decide."""

    @pytest.fixture(autouse=True)
    def no_os_locks(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def refuse(fd: int) -> bool:
            raise OSError(errno.ENOLCK, "No locks available")

        monkeypatch.setattr(locking, "_os_lock", refuse)

    def test_a_living_holder_on_this_computer_blocks(self, plan_path: Path) -> None:
        write_lock(plan_path, os.getppid())
        with pytest.raises(StoreError) as caught:
            PlanFile.open(plan_path)
        assert caught.value.kind == StoreErrorKind.IN_USE
        assert "vorige" in caught.value.holder

    def test_a_dead_holder_does_not(self, plan_path: Path) -> None:
        write_lock(plan_path, dead_pid())
        with PlanFile.open(plan_path):
            pass

    def test_a_holder_on_another_computer_is_respected(self, plan_path: Path) -> None:
        write_lock(plan_path, 1, host="laptop-van-de-voorzitter")
        with pytest.raises(StoreError) as caught:
            PlanFile.open(plan_path)
        assert caught.value.kind == StoreErrorKind.IN_USE

    def test_two_windows_of_this_process(self, plan_path: Path) -> None:
        with PlanFile.open(plan_path):
            with pytest.raises(StoreError) as caught:
                PlanFile.open(plan_path)
            assert caught.value.kind == StoreErrorKind.IN_USE
