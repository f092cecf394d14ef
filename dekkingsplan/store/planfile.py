"""The plan file as the app uses it: open (check, back up, migrate, lock), edit with one commit per edit, close.

After every commit the ``.dekkingsplan`` file alone holds the whole plan: the rollback journal is deleted at
commit and nothing lives in a side file. If writing an edit fails, the plan in memory is put back as it was.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import Connection, insert
from sqlalchemy.exc import SQLAlchemyError

from dekkingsplan.core.edits import Change, Edit
from dekkingsplan.core.model import Plan
from dekkingsplan.store import backups, db, errors, files, mapping, migrate, ops
from dekkingsplan.store.backups import Reason
from dekkingsplan.store.errors import StoreError
from dekkingsplan.store.locking import PlanLock
from dekkingsplan.store.reader import load_any, read_plan
from dekkingsplan.store.rows import plan_from_rows
from dekkingsplan.store.schema import (
    APPLICATION_ID,
    HEAD_REVISION,
    SCHEMA_VERSION,
    alembic_version_t,
    metadata,
)

log = logging.getLogger(__name__)


class PlanFile:
    """An open plan file and its plan, kept in step: ``apply`` changes both or neither."""

    def __init__(self, path: Path, plan: Plan, *, read_only: bool, raw: sqlite3.Connection | None = None,
                 conn: Connection | None = None, lock: PlanLock | None = None,
                 last_backup: datetime | None = None) -> None:
        self.path = path
        self.plan = plan
        self.read_only = read_only
        self._raw = raw
        self._conn = conn
        self._lock = lock
        self._closed = False
        self.last_backup = last_backup
        self.upgraded = False  # opened from a file of an older version: backed up, then migrated

    # --- opening ----------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, shown: Plan | None = None) -> PlanFile:
        """Open a plan file for editing (or ``read_only``). Refusals leave the file as it was and raise
        StoreError; for IN_USE and READ_ONLY, ``error.read_only_possible`` is True.

        ``shown`` is the plan a window already shows from this file (``reader.peek_plan``): when the file, read
        again under the lock, still holds exactly that plan, ``.plan`` is that very object."""
        path = Path(path)
        if read_only:
            return cls(path, _same(read_plan(path), shown), read_only=True)
        db.check_file(path)
        if not db.may_write(path):
            raise errors.no_write_permission(path)
        lock = PlanLock(path).acquire()
        files.remove_stale_temporaries(path)
        raw = conn = None
        try:
            raw = db.connect_raw(path, read_only=False)
            version = db.inspect(path, raw)
            conn = db.connection_for(raw, write=True)
            if version < SCHEMA_VERSION:
                try:
                    backup = backups.make_backup(path, Reason.MIGRATION)
                except OSError as exc:
                    raise errors.backup_failed(path, exc) from None
                plan = migrate_and_read(path, conn, raw)
            else:
                plan = _load(path, conn, raw)
                # only now: a file found damaged must not push good backups out of the rotation
                backup = _backup_quietly(path, Reason.OPEN, unless_unchanged=True)
            db.set_rollback_journal(raw)
        except BaseException:
            _close_quietly(conn, raw)
            lock.release()
            raise
        opened = cls(path, _same(plan, shown), read_only=False, raw=raw, conn=conn, lock=lock,
                     last_backup=backup.created if backup else None)
        opened.upgraded = version < SCHEMA_VERSION
        return opened

    @classmethod
    def create(cls, path: Path | str, plan: Plan, *, overwrite: bool = False) -> PlanFile:
        """Make a new plan file holding ``plan`` (the object is adopted as ``.plan``) and open it.

        An existing file is refused (EXISTS) unless ``overwrite``; then it is backed up first. The new file
        is written under a temporary name and moved into place whole.
        """
        path = Path(path)
        backups.check_destination(path, overwrite=overwrite)
        lock = PlanLock(path).acquire()
        files.remove_stale_temporaries(path)
        raw = conn = None

        def write(temp: Path) -> None:
            try:
                write_new_file(temp, plan)
            except (sqlite3.Error, SQLAlchemyError, OSError) as exc:  # a full disk, above all
                raise errors.not_written(path, exc) from None

        try:
            backups.replace_file(path, lock, write, purpose="new", reason=Reason.OVERWRITE, overwrite=overwrite)
            raw = db.connect_raw(path, read_only=False)
            db.set_rollback_journal(raw)
            conn = db.connection_for(raw, write=True)
            backup = _backup_quietly(path, Reason.OPEN)
        except BaseException:
            _close_quietly(conn, raw)
            lock.release()
            raise
        return cls(path, plan, read_only=False, raw=raw, conn=conn, lock=lock,
                   last_backup=backup.created if backup else None)

    # --- editing ----------------------------------------------------------------------------------------

    def apply(self, edit: Edit) -> Change:
        """Apply a core edit to ``.plan`` and commit it to the file in one transaction.

        If the edit itself is refused by the core (ValueError) or the file cannot be written (StoreError
        SAVE_FAILED), ``.plan`` is left exactly as it was and nothing is written.
        """
        if self._closed:
            raise errors.closed(self.path)
        if self.read_only or self._conn is None:
            raise errors.opened_read_only(self.path)
        before = _Snapshot(self.plan)
        try:
            with self._conn.begin():
                change = ops.apply_edit(self._conn, self.plan, edit)
        except (SQLAlchemyError, sqlite3.Error, OSError, ops.OutOfStep) as exc:
            before.restore(self.plan)
            self._end_transaction()
            raise errors.save_failed(self.path, _reason(exc)) from exc
        except BaseException:
            before.restore(self.plan)
            self._end_transaction()
            raise
        self._daily_backup()
        return change

    def _end_transaction(self) -> None:
        if self._raw is not None and self._raw.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._raw.execute("ROLLBACK")

    def _daily_backup(self) -> None:
        now = datetime.now(UTC)
        if self.last_backup is not None and now - self.last_backup < backups.DAILY:
            return
        made = _backup_quietly(self.path, Reason.DAILY)
        if made is not None:
            self.last_backup = made.created

    # --- closing ----------------------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        _close_quietly(self._conn, self._raw)
        self._conn = self._raw = None
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("read-only" if self.read_only else "open")
        return f"<PlanFile {str(self.path)!r} {state}>"


class _Snapshot:
    """Enough of a plan to put it back after a failed edit: the same list objects with their old contents."""

    def __init__(self, plan: Plan) -> None:
        self.scalars = (plan.organisation, plan.first_year, plan.last_year, plan.opening_reserve)
        self.lists = [(name, getattr(plan, name), list(getattr(plan, name)))
                      for name in ("projects", "costs", "sources", "scenarios", "bank_rules", "bank_transactions")]

    def restore(self, plan: Plan) -> None:
        plan.organisation, plan.first_year, plan.last_year, plan.opening_reserve = self.scalars
        for name, original, contents in self.lists:
            original[:] = contents
            setattr(plan, name, original)


def _same(plan: Plan, shown: Plan | None) -> Plan:
    return shown if shown is not None and shown == plan else plan


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    return str(orig if orig is not None else exc).strip() or type(exc).__name__


def _backup_quietly(path: Path, reason: str, *, unless_unchanged: bool = False) -> backups.BackupInfo | None:
    """A routine backup: failing to make one (a full disk, no data folder) must not stop the treasurer."""
    try:
        return backups.make_backup(path, reason, unless_unchanged=unless_unchanged)
    except OSError as exc:  # one line, no traceback: the command line prints it as it is
        log.warning("No backup of %s could be made in %s (%s); the plan itself is saved", path,
                    backups.plan_backup_dir(path), errors.reason_of(exc))
        return None


def _close_quietly(conn: Connection | None, raw: sqlite3.Connection | None) -> None:
    for closer in (conn and conn.close, raw and raw.close):
        if closer:
            with contextlib.suppress(Exception):
                closer()


def _load_rows(path: Path, raw: sqlite3.Connection) -> Plan:
    """The plan, read inside the caller's transaction by the rules of a plan JSON (``rows``)."""
    try:
        return plan_from_rows(raw, path)
    except sqlite3.Error as exc:
        raise errors.damaged(path, detail=_reason(exc)) from None


def _load(path: Path, conn: Connection, raw: sqlite3.Connection) -> Plan:
    with conn.begin():
        return _load_rows(path, raw)


def migrate_and_read(path: Path, conn: Connection, raw: sqlite3.Connection) -> Plan:
    """Migrate and read the plan in one transaction: if either fails, the file stays as it was."""
    try:
        plan = migrate.upgrade(conn, raw, before_commit=lambda: _load_rows(path, raw))
    except StoreError:
        raise
    except Exception as exc:
        log.exception("migrating %s failed", path)
        raise errors.migration_failed(path, f"{type(exc).__name__}: {exc}") from exc
    assert plan is not None
    return plan


def write_new_file(target: Path, plan: Plan) -> None:
    """Write ``plan`` as a new plan file at ``target`` (which must not exist) with the current schema."""
    raw = sqlite3.connect(target, isolation_level=None)
    conn = None
    try:
        raw.execute("PRAGMA journal_mode = DELETE")
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute("PRAGMA foreign_keys = ON")
        conn = db.connection_for(raw, write=True)
        with conn.begin():
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            metadata.create_all(conn, checkfirst=False)
            alembic_version_t.create(conn)
            conn.execute(insert(alembic_version_t).values(version_num=HEAD_REVISION))
            mapping.write_plan(conn, plan)
    finally:
        _close_quietly(conn, raw)


__all__ = ["PlanFile", "load_any", "read_plan", "write_new_file"]
