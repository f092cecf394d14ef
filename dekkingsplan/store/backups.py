"""Rotating backups of plan files in the user's data directory: made on open, daily while editing, before a
migration and before a restore; the newest 20 per plan are kept.

Each plan has its own folder, named after the file and a hash of its full path, so two plans called
``Begroting.dekkingsplan`` in different folders never mix. A backup is a plain copy of the plan file; its
name says when (UTC) and why it was made.
"""

from __future__ import annotations

import contextlib
import filecmp
import hashlib
import os
import re
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dekkingsplan.store import db, errors, files
from dekkingsplan.store.locking import PlanLock

BACKUPS_KEPT = 20
DAILY = timedelta(days=1)
DATA_DIR_VARIABLE = "DEKKINGSPLAN_DATA_DIR"
SUFFIX = ".dekkingsplan"

_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"_(\d{8}-\d{6}-\d{6})_([a-z-]+)\.dekkingsplan$")


class Reason:
    """Why a backup was made; part of its file name."""

    OPEN = "open"
    DAILY = "daily"
    MIGRATION = "migration"
    RESTORE = "restore"
    OVERWRITE = "overwrite"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # aware, UTC
    size: int  # bytes
    reason: str


def backup_dir() -> Path:
    """Where backups live: ``$DEKKINGSPLAN_DATA_DIR/backups`` if set, else the platform's user data folder."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override) / "backups"
    import platformdirs

    return platformdirs.user_data_path("Dekkingsplan", appauthor=False) / "backups"


def plan_backup_dir(path: Path | str) -> Path:
    """The folder of one plan's backups."""
    full = Path(os.path.abspath(path))
    with contextlib.suppress(OSError):
        full = full.resolve()
    digest = hashlib.sha256(os.path.normcase(str(full)).encode("utf-8")).hexdigest()[:12]
    stem = re.sub(r"[^\w\- ]+", "_", full.stem).strip() or "plan"
    return backup_dir() / f"{stem[:40]}-{digest}"


def _info(path: Path) -> BackupInfo | None:
    m = _NAME.search(path.name)
    if m is None:
        return None
    try:
        created = datetime.strptime(m.group(1), _STAMP).replace(tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path=path, created=created, size=size, reason=m.group(2))


def list_backups(path: Path | str) -> list[BackupInfo]:
    """The backups of the plan at ``path``, newest first."""
    folder = plan_backup_dir(path)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [info for entry in entries if not entry.name.startswith(".") and (info := _info(entry))]
    return sorted(found, key=lambda b: b.created, reverse=True)


def latest_backup(path: Path | str) -> BackupInfo | None:
    backups = list_backups(path)
    return backups[0] if backups else None


def make_backup(path: Path, reason: str, *, unless_unchanged: bool = False) -> BackupInfo | None:
    """Copy the plan file into its backup folder and rotate. The caller makes sure no commit is under way.

    With ``unless_unchanged``, no copy is made when the newest backup has exactly the same bytes (opening the
    same plan ten times a day should not push older states out of the rotation); that backup is returned.
    Raises OSError when the copy cannot be made.
    """
    folder = plan_backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    if unless_unchanged:
        newest = latest_backup(path)
        if newest is not None and newest.size == path.stat().st_size and filecmp.cmp(newest.path, path,
                                                                                     shallow=False):
            return newest
    for stale in folder.glob(".tmp-*"):  # left by a process that died while copying
        with contextlib.suppress(OSError):
            stale.unlink()
    temp = folder / f".tmp-{uuid.uuid4().hex}"
    files.copy_durably(path, temp)
    now = datetime.now(UTC)
    stem = re.sub(r"[^\w\- ]+", "_", Path(path).stem).strip()[:40] or "plan"
    while True:
        target = folder / f"{stem}_{now.strftime(_STAMP)}_{reason}{SUFFIX}"
        if not target.exists():
            break
        now += timedelta(microseconds=1)
    os.replace(temp, target)
    files.fsync_dir(folder)
    rotate(path)
    return BackupInfo(path=target, created=now, size=target.stat().st_size, reason=reason)


def rotate(path: Path | str, keep: int = BACKUPS_KEPT) -> None:
    for old in list_backups(path)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def restore_backup(backup_path: Path | str, path: Path | str) -> None:
    """Put a backup back as the plan at ``path``; the current file there first becomes a backup itself.

    The backup must be a plan this version can open (checked, read-only, and its rows read by the rules of a
    plan JSON, as any plan file is); the plan must not be open elsewhere. An older backup is fine: it is
    migrated when it is next opened.
    """
    from dekkingsplan.store.reader import read_connection

    backup_path, path = Path(backup_path), Path(path)
    db.check_file(backup_path)
    if db.is_wal(backup_path):  # left in WAL mode by another tool: restore it as one whole file, touching nothing
        with tempfile.TemporaryDirectory(prefix="dekkingsplan-") as folder:
            copy = _merged_copy(backup_path, Path(folder))
            try:
                restore_backup(copy, path)
            except errors.StoreError as exc:  # name the backup the treasurer chose, not our copy of it
                raise errors.StoreError(exc.kind, exc.en.replace(str(copy), str(backup_path)),
                                        exc.nl.replace(str(copy), str(backup_path)), path=exc.path,
                                        detail=exc.detail) from None
        return
    raw = db.connect_raw(backup_path, read_only=True)
    try:
        read_connection(backup_path, raw, db.inspect(backup_path, raw))
    except db.NeedsRecovery as exc:
        raise errors.damaged(backup_path, detail=str(exc)) from None
    finally:
        raw.close()
    check_destination(path, overwrite=True)

    def write(temp: Path) -> None:
        files.copy_durably(backup_path, temp)  # first, in case rotation below removes the backup itself
        if path.exists():
            files.recover_journal(path)  # the file about to be backed up, made whole

    with PlanLock(path) as lock:
        files.remove_stale_temporaries(path)
        replace_file(path, lock, write, purpose="restoring", reason=Reason.RESTORE, overwrite=True)


def check_destination(path: Path, *, overwrite: bool) -> None:
    """Refuse ``path`` as the place of a new plan file: a folder, in no folder, there already (unless
    ``overwrite``), or there and marked read-only (a file marked so is not replaced)."""
    if path.is_dir():
        raise errors.is_folder(path)
    if not path.parent.is_dir():
        raise errors.no_folder(path)
    if path.exists() and not overwrite:
        raise errors.exists(path)
    if path.exists() and not db.may_write(path):
        raise errors.no_write_permission(path)


def replace_file(path: Path, lock: PlanLock, write: Callable[[Path], None], *, purpose: str, reason: str,
                 overwrite: bool) -> None:
    """Put a new plan file at ``path`` whole: ``write`` makes it under a temporary name beside ``path``, the file
    there now is backed up (``reason``), and the new one is moved into place under ``lock``, which the caller
    holds. The temporary file never stays behind."""
    temp = files.temp_beside(path, purpose)
    try:
        write(temp)
        if path.exists():
            try:
                make_backup(path, reason)
            except OSError as exc:
                raise errors.backup_failed(path, exc) from None
        with lock.replacing():
            files.put_in_place(temp, path, overwrite=overwrite)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _merged_copy(backup_path: Path, folder: Path) -> Path:
    """A copy of a WAL-mode file in ``folder`` with its log merged in and back in rollback-journal mode."""
    copy = folder / backup_path.name
    shutil.copyfile(backup_path, copy)
    with contextlib.suppress(FileNotFoundError):
        shutil.copyfile(backup_path.with_name(backup_path.name + "-wal"), copy.with_name(copy.name + "-wal"))
    raw = db.connect_raw(copy, read_only=False)
    try:
        raw.execute("PRAGMA journal_mode = DELETE")  # merges the log into the file
    except sqlite3.Error as exc:
        raise errors.damaged(backup_path, detail=str(exc)) from None
    finally:
        raw.close()
    return copy
