"""Issue 12, files and folders: what is not an ordinary file, a symbolic link loop, a read-only target, a plan left
in WAL mode and the temporary files a killed command leaves behind."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dekkingsplan.cli import main
from dekkingsplan.resources import demo_plan_path
from dekkingsplan.store.backups import list_backups
from dekkingsplan.store.errors import StoreError
from dekkingsplan.store.planfile import PlanFile
from tests.cli.hostile import COMMANDS, assert_refused

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("DEKKINGSPLAN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "wissel.dekkingsplan"
    assert main(["import", str(demo_plan_path()), str(path)]) == 0
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dekkingsplan", *args], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_at_once_by_every_command(tmp_path: Path) -> None:
    fifo = tmp_path / "pijp.dekkingsplan"
    os.mkfifo(fifo)
    for command, make in COMMANDS.items():  # in real processes: a hang would be a timeout, not a stuck test run
        out = tmp_path / f"out-{command}"
        out.mkdir()
        result = run(*make(fifo, out))
        assert result.returncode == 2, (command, result.stderr)
        assert result.stderr.strip() == (f"dekkingsplan: {fifo} is not an ordinary file (but a pipe, a device or "
                                         "a socket), so not a plan"), command
        assert list(out.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_the_window_is_told_the_same_about_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pijp.dekkingsplan"
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="not an ordinary file"):
        PlanFile.open(fifo)


def test_a_symbolic_link_loop_is_one_sentence(tmp_path: Path, capsys) -> None:
    one, two = tmp_path / "een.dekkingsplan", tmp_path / "twee.dekkingsplan"
    one.symlink_to(two)
    two.symlink_to(one)
    for command in COMMANDS:
        line = assert_refused(one, command, capsys, place=None)
        assert line == f"dekkingsplan: {one} is a symbolic link that leads round in a circle and reaches no file"
    with pytest.raises(StoreError, match="round in a circle"):  # the editing path, which gave a traceback
        PlanFile.open(one)


@pytest.mark.parametrize("command", ["import", "restore"])
def test_a_read_only_plan_is_replaced_neither_by_import_nor_by_restore(command: str, tmp_path: Path,
                                                                        plan_file: Path, capsys) -> None:
    """`import --force` replaced a 0444 plan while `restore` refused; both refuse, also for an administrator."""
    backup = list_backups(plan_file)[0].path
    plan_file.chmod(0o444)
    before = plan_file.read_bytes()
    args = (["import", "--force", str(demo_plan_path()), str(plan_file)] if command == "import"
            else ["restore", str(backup), str(plan_file)])
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err == f"dekkingsplan: {plan_file} may not be changed (no write permission on the file or its folder); " \
                  "you can open it read-only\n"
    assert plan_file.read_bytes() == before


def test_reading_a_plan_left_in_wal_mode_leaves_no_side_files(tmp_path: Path, plan_file: Path) -> None:
    raw = sqlite3.connect(plan_file)  # another tool switched the file to write-ahead logging
    assert raw.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    raw.close()
    out = tmp_path / "uit"
    out.mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    for command in ("export", "projection", "sheet", "overview", "deadlines"):
        assert main(COMMANDS[command](plan_file, out)) == 0, command
        assert sorted(p.name for p in tmp_path.iterdir()) == before, command
    assert main(["backups", str(plan_file)]) == 0
    assert not plan_file.with_name(plan_file.name + "-wal").exists()
    assert not plan_file.with_name(plan_file.name + "-shm").exists()


def test_a_plan_in_wal_mode_with_unmerged_commits_is_read_whole(tmp_path: Path, plan_file: Path) -> None:
    raw = sqlite3.connect(plan_file, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA wal_autocheckpoint = 0")
    raw.execute("UPDATE plan SET opening_reserve = 123456")
    copy_dir = tmp_path / "kopie"  # the file and its log as a killed tool left them, without a checkpoint
    copy_dir.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(str(plan_file) + suffix, str(copy_dir / plan_file.name) + suffix)
    raw.close()
    copied = copy_dir / plan_file.name
    from dekkingsplan.store.reader import read_plan

    assert read_plan(copied).opening_reserve == 123456
    assert sorted(p.name for p in copy_dir.iterdir()) == [copied.name, copied.name + "-wal"]


def test_a_killed_exports_temporary_files_are_cleaned_up_and_a_running_ones_kept(tmp_path: Path,
                                                                                   plan_file: Path) -> None:
    out = tmp_path / "begroting.xlsx"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left_by_dead = tmp_path / f".begroting.xlsx.{dead.pid}-k1lled00.tmp"
    old_style = tmp_path / ".begroting.xlsx.oldstyle.tmp"
    running = tmp_path / f".begroting.xlsx.{os.getppid()}-running0.tmp"
    someone_elses = tmp_path / ".ander.xlsx.oldstyle.tmp"
    for path in (left_by_dead, old_style, running, someone_elses):
        path.write_bytes(b"half a workbook")
    two_hours_ago = time.time() - 7200
    os.utime(old_style, (two_hours_ago, two_hours_ago))
    os.utime(someone_elses, (two_hours_ago, two_hours_ago))
    assert main(["sheet", str(plan_file), "--out", str(out)]) == 0
    assert out.exists()
    assert not left_by_dead.exists() and not old_style.exists()
    assert running.exists() and someone_elses.exists()


def test_a_killed_imports_temporary_file_is_cleaned_up_when_the_plan_is_next_opened(plan_file: Path) -> None:
    left = plan_file.with_name(f".{plan_file.name}.new-0a1b2c3d")
    left.write_bytes(b"half a plan")
    unrelated = plan_file.with_name(f".{plan_file.name}.notes")
    unrelated.write_bytes(b"not ours")
    with PlanFile.open(plan_file):
        pass
    assert not left.exists() and unrelated.exists()


BROKEN_FILES = {
    "empty": (b"", "is empty"),
    "a Word document renamed": (b"PK\x03\x04" + b"\0" * 200, "not a Dekkingsplan file"),
    "half an SQLite header": (b"SQLite for", "damaged"),
    "JSON with a byte-order mark and garbage": (b"\xef\xbb\xbf{ nee", "not valid JSON"),
    "Latin-1 text that looks like JSON": ('{"naam": "caf\xe9"}'.encode("latin-1"), "not UTF-8"),
}


@pytest.mark.parametrize("name", list(BROKEN_FILES))
def test_a_broken_file_is_refused_by_every_command(name: str, tmp_path: Path, capsys) -> None:
    data, words = BROKEN_FILES[name]
    plan = tmp_path / "kapot.dekkingsplan"
    plan.write_bytes(data)
    for command in COMMANDS:
        assert words in assert_refused(plan, command, capsys, place=None)


def test_a_plan_file_cut_in_half_is_refused_by_every_command(tmp_path: Path, plan_file: Path, capsys) -> None:
    half = tmp_path / "half.dekkingsplan"
    half.write_bytes(plan_file.read_bytes()[: plan_file.stat().st_size // 2])
    for command in COMMANDS:
        assert "damaged" in assert_refused(half, command, capsys, place=None)


def test_a_backup_left_in_wal_mode_is_restored_whole_and_left_untouched(tmp_path: Path, plan_file: Path,
                                                                        capsys) -> None:
    """A copy another tool left in WAL mode, its last commit still in the log: restore merges the log into the
    plan it puts back, and leaves no -shm or -wal of its own beside the copy."""
    kept = tmp_path / "kopie"
    kept.mkdir()
    raw = sqlite3.connect(plan_file, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA wal_autocheckpoint = 0")
    raw.execute("UPDATE plan SET opening_reserve = 777700")
    for suffix in ("", "-wal"):
        shutil.copyfile(str(plan_file) + suffix, str(kept / plan_file.name) + suffix)
    raw.close()
    backup = kept / plan_file.name
    before = {p.name: p.read_bytes() for p in kept.iterdir()}
    target = tmp_path / "terug.dekkingsplan"
    assert main(["restore", str(backup), str(target)]) == 0
    capsys.readouterr()
    from dekkingsplan.store.reader import read_plan

    assert read_plan(target).opening_reserve == 777700
    assert {p.name: p.read_bytes() for p in kept.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("terug")) == ["terug.dekkingsplan"]
