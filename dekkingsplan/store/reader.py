"""Reading a plan without opening it for editing: no lock, no backup, no change to the file, no SQLAlchemy.

The command line reads through here (a plan JSON or a plan file), ``restore`` checks a backup through here, and
the window reads a plan file through ``peek_plan`` for its first paint. The checks run on the standard library's
sqlite3 (``db.inspect``) and the rows are read by the rules of a plan JSON (``rows``); only an older file, which
must be migrated in memory, brings SQLAlchemy and Alembic along.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from dekkingsplan.store import errors
from dekkingsplan.store.errors import StoreError
from dekkingsplan.store.paths import check_regular, is_server_address
from dekkingsplan.store.version import SCHEMA_VERSION

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~2 ms) on the way to a command's output
if TYPE_CHECKING:  # pragma: no cover
    import sqlite3

    from dekkingsplan.core.model import Plan

# the row reader is imported where a plan file is read: a command on a plan JSON does not need it


def read_plan(path: Path | str) -> Plan:
    """The plan in a ``.dekkingsplan`` file, read without a write lock, a backup or any change to the file.

    An older file is migrated in memory; a file a crash left half-committed is recovered in a temporary copy.
    Raises StoreError. A server address (``postgresql://…?plan=NAME``) reads that plan from its server.
    """
    if isinstance(path, str) and is_server_address(path):
        from dekkingsplan.store.server import read_server_plan

        return read_server_plan(path)
    from dekkingsplan.store import db

    path = Path(path)
    db.check_file(path)
    if db.is_wal(path):  # SQLite would leave -wal and -shm files beside it, even reading only: read a copy
        return _read_recovered_copy(path)
    try:
        raw = db.connect_raw(path, read_only=True)
    except db.NeedsRecovery:
        return _read_recovered_copy(path)
    try:
        try:
            version = db.inspect(path, raw)
        except db.NeedsRecovery:
            raw.close()
            return _read_recovered_copy(path)
        return read_connection(path, raw, version)
    finally:
        raw.close()


def peek_plan(path: Path | str) -> Plan | None:
    """The plan in a file of the current schema, read and checked as ``read_plan`` does (but for the RSIN, IBAN
    and postcode checks, which the full read when it is opened for editing makes), for a window to show
    before it opens the file for editing; None when the file must be opened for editing first (an older file
    is backed up and migrated, a crashed commit rolled back). Raises StoreError for a file that is refused."""
    from dekkingsplan.store import db

    path = Path(path)
    db.check_file(path)
    if db.is_wal(path):  # reading would leave -wal and -shm files: opening for editing puts it back in order
        return None
    try:
        raw = db.connect_raw(path, read_only=True)
    except db.NeedsRecovery:
        return None
    try:
        try:
            version = db.inspect(path, raw)
        except db.NeedsRecovery:
            return None
        if version < SCHEMA_VERSION:
            return None
        # the RSIN, IBAN and postcode checks (python-stdnum, ~30 ms of imports) wait for the full read that opens
        # the file for editing right after the first paint; a file they refuse goes back to the start screen
        return _read_rows(path, raw, registrations=False)
    finally:
        raw.close()


def _read_rows(path: Path, raw: sqlite3.Connection, *, registrations: bool = True) -> Plan:
    import sqlite3

    from dekkingsplan.store.rows import plan_from_rows

    raw.execute("BEGIN")  # one snapshot of every table, even with a writer elsewhere
    try:
        return plan_from_rows(raw, path, registrations=registrations)
    except sqlite3.Error as exc:
        raise errors.damaged(path, detail=str(exc)) from None
    finally:
        with contextlib.suppress(sqlite3.Error):
            raw.execute("ROLLBACK")


def read_connection(path: Path, raw: sqlite3.Connection, version: int) -> Plan:
    """The plan behind ``raw`` (already inspected as ``version``); an older schema is migrated in a copy in
    memory, never in the file."""
    if version >= SCHEMA_VERSION:
        return _read_rows(path, raw)
    import sqlite3

    from dekkingsplan.store import db, planfile  # SQLAlchemy and Alembic: only an older file needs them

    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        raw.backup(memory)
        conn = db.connection_for(memory, write=True)
        try:
            return planfile.migrate_and_read(path, conn, memory)
        finally:
            conn.close()
    finally:
        memory.close()


def _read_recovered_copy(path: Path) -> Plan:
    """Copy the file and its journal (or write-ahead log) aside, let SQLite recover the copy, and read that."""
    import shutil
    import tempfile

    from dekkingsplan.store import db

    with tempfile.TemporaryDirectory(prefix="dekkingsplan-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        for side in ("-journal", "-wal"):
            with contextlib.suppress(FileNotFoundError):
                shutil.copyfile(path.with_name(path.name + side), copy.with_name(copy.name + side))
        raw = db.connect_raw(copy, read_only=False)
        try:
            version = db.inspect(copy, raw, name=path)
            return read_connection(path, raw, version)
        finally:
            raw.close()


def load_any(path: Path | str) -> Plan:
    """A plan from plan JSON (a name ending in .json, or text starting with '{'), from a plan file, or from a
    server address."""
    from dekkingsplan.core import planjson

    if isinstance(path, str) and is_server_address(path):
        return read_plan(path)
    path = Path(path)
    check_regular(path)
    try:
        with open(path, "rb") as f:
            head = f.read(64)
    except FileNotFoundError:
        raise errors.not_found(path) from None
    except PermissionError as exc:
        raise errors.unreadable(path, detail=str(exc)) from None
    if path.suffix.lower() == ".json" or head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise StoreError(errors.StoreErrorKind.NOT_A_PLAN, f"{path} is not plan JSON (not UTF-8 text)",
                             f"{path} is geen plan-JSON (geen UTF-8-tekst)", path=path, detail=str(exc)) from None
        return planjson.loads(text, source=str(path))
    return read_plan(path)
