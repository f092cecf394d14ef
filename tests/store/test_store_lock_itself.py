"""Issue 12: the lock belongs to the plan file, not to its name. A window in another process holds the plan; a second
writer that reaches the same file by a symbolic link, a hard link or after the lock file was deleted is refused
with the read-only offer, and the first window's saved amounts are all there afterwards."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from dekkingsplan.cli import main
from dekkingsplan.core.edits import SetSettings, Settings
from dekkingsplan.core.model import Plan
from dekkingsplan.store.errors import StoreError, StoreErrorKind
from dekkingsplan.store.locking import lock_path
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.store.reader import read_plan

ROOT = Path(__file__).resolve().parents[2]

# A window in another process: opens the plan, says "ready", then sets the opening reserve to each amount it is
# sent (one saved edit each, acknowledged with "saved"), and closes at end of input.
WINDOW = textwrap.dedent("""
    import dataclasses
    import sys
    from dekkingsplan.core.edits import SetSettings, Settings
    from dekkingsplan.store.planfile import PlanFile

    with PlanFile.open(sys.argv[1]) as pf:
        print("ready", flush=True)
        for line in sys.stdin:
            old = Settings.of(pf.plan)
            pf.apply(SetSettings(old, dataclasses.replace(old, opening_reserve=int(line))))
            print("saved", flush=True)
""")


class Window:
    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", WINDOW, str(path)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, cwd=ROOT,
                                        env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert self.process.stdout.readline().strip() == "ready"

    def save_reserve(self, cents: int) -> None:
        self.process.stdin.write(f"{cents}\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "saved"

    def close(self) -> None:
        self.process.stdin.close()
        assert self.process.wait(timeout=30) == 0


@pytest.fixture
def plan_path(tmp_path: Path, rich_plan: Plan) -> Path:
    folder = tmp_path / "plannen"
    folder.mkdir()
    path = folder / "wissel.dekkingsplan"
    PlanFile.create(path, rich_plan).close()
    return path


@pytest.fixture
def window(plan_path: Path) -> Iterator[Window]:
    w = Window(plan_path)
    yield w
    if w.process.poll() is None:
        w.process.kill()
        w.process.wait()


def second_writer_is_refused(other_name: Path, window: Window, plan_path: Path) -> None:
    window.save_reserve(1_111_00)
    with pytest.raises(StoreError) as caught:
        PlanFile.open(other_name)
    assert caught.value.kind == StoreErrorKind.IN_USE and caught.value.read_only_possible
    with PlanFile.open(other_name, read_only=True) as reader:  # the offer the window makes: read-only works
        assert reader.plan.opening_reserve == 1_111_00
        with pytest.raises(StoreError):
            old = Settings.of(reader.plan)
            reader.apply(SetSettings(old, dataclasses.replace(old, opening_reserve=5_00)))
    window.save_reserve(2_222_00)
    window.close()
    assert read_plan(plan_path).opening_reserve == 2_222_00  # nothing the first window saved was lost


def test_a_symbolic_link_reaches_the_same_lock(tmp_path: Path, plan_path: Path, window: Window) -> None:
    link = tmp_path / "snelkoppeling.dekkingsplan"
    link.symlink_to(plan_path)
    second_writer_is_refused(link, window, plan_path)


def test_a_hard_link_reaches_the_same_lock(tmp_path: Path, plan_path: Path, window: Window) -> None:
    link = tmp_path / "kopie-met-andere-naam.dekkingsplan"
    os.link(plan_path, link)
    second_writer_is_refused(link, window, plan_path)


def test_a_deleted_lock_file_lets_no_second_writer_in(plan_path: Path, window: Window) -> None:
    lock_path(plan_path).unlink()
    second_writer_is_refused(plan_path, window, plan_path)


def test_another_spelling_of_the_path_reaches_the_same_lock(plan_path: Path, window: Window) -> None:
    spelled = plan_path.parent / ".." / plan_path.parent.name / plan_path.name
    second_writer_is_refused(spelled, window, plan_path)


def test_import_force_through_a_hard_link_is_refused(tmp_path: Path, plan_path: Path, window: Window,
                                                     capsys) -> None:
    link = tmp_path / "hard.dekkingsplan"
    os.link(plan_path, link)
    before = plan_path.read_bytes()
    source = tmp_path / "ander.json"
    assert main(["export", str(plan_path), "--json", str(source)]) == 0
    assert main(["import", "--force", str(source), str(link)]) == 2
    assert "already open" in capsys.readouterr().err
    assert plan_path.read_bytes() == before
    window.close()


def test_when_the_window_closes_the_file_can_be_opened_again(tmp_path: Path, plan_path: Path,
                                                             window: Window) -> None:
    link = tmp_path / "snelkoppeling.dekkingsplan"
    link.symlink_to(plan_path)
    window.close()
    with PlanFile.open(link) as pf:
        assert not pf.read_only
