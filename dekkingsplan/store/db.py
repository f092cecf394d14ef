"""Opening the SQLite database of a plan file, and the checks that decide whether it may be opened at all.

Every check here only reads. The single exception is SQLite's own recovery: a journal left by a process that
died mid-commit is rolled back by the first read of a writable connection, which restores the last commit.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from dekkingsplan.store import errors
from dekkingsplan.store.paths import check_regular
from dekkingsplan.store.version import APPLICATION_ID, REVISIONS, SCHEMA_VERSION

if TYPE_CHECKING:  # pragma: no cover
    from sqlalchemy import Connection, Engine  # the checks here run on plain sqlite3, before SQLAlchemy loads

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0
_SQLITE_READONLY_ROLLBACK = 776


class NeedsRecovery(Exception):
    """A read-only connection met a journal left by a crash; only a writable connection can roll it back."""


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_journal(path: Path) -> bool:
    try:
        return journal_path(path).stat().st_size > 0
    except OSError:
        return False


def check_file(path: Path) -> None:
    """Refuse what is no file, or no SQLite database at all, from the file's first bytes alone."""
    check_regular(path)
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise errors.not_found(path) from None
    except IsADirectoryError:
        raise errors.is_folder(path) from None
    except PermissionError as exc:
        raise errors.unreadable(path, detail=str(exc)) from None
    except OSError as exc:
        raise errors.unreadable(path, detail=str(exc)) from None
    if not head:
        raise errors.not_sqlite(path, empty=True)
    if head != SQLITE_MAGIC:
        if SQLITE_MAGIC.startswith(head):
            raise errors.damaged(path, detail="shorter than an SQLite header")
        raise errors.not_sqlite(path, what=kind_of_document(path, head))


def kind_of_document(path: Path, head: bytes) -> tuple[str, str] | None:
    """What a file that is no plan is instead, (English, Dutch), for the documents a board member mixes up with
    a plan (a renamed Word or Excel file, a PDF); None when its first bytes do not tell."""
    if head.startswith(b"%PDF"):
        return "a PDF document", "een PDF-document"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # the compound file of Office 97-2003
        return "an old Word or Excel document (.doc or .xls)", "een ouder Word- of Excel-document (.doc of .xls)"
    if head.startswith(b"PK\x03\x04"):
        import zipfile  # only for a file that is a zip archive

        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        if any(name.startswith("word/") for name in names):
            return "a Word document", "een Word-document"
        if any(name.startswith("xl/") for name in names):
            return "an Excel workbook", "een Excel-werkmap"
    return None


def may_write(path: Path) -> bool:
    """The file may be changed: the system allows it, and the file is not marked read-only (its write bits, or
    Windows' read-only attribute). Even for an administrator, a file marked read-only is not written over."""
    try:
        return os.access(path, os.W_OK) and bool(os.stat(path).st_mode & 0o222)
    except OSError:
        return False


def is_wal(path: Path) -> bool:
    """The file was left in WAL mode (by another tool): its header's read and write versions are 2."""
    try:
        with open(path, "rb") as f:
            header = f.read(20)
    except OSError:
        return False
    return header[18:20] == b"\x02\x02"


def check_size(path: Path) -> None:
    """A file cut short (a broken copy, a full disk) is refused by its size before SQLite reads a page of it."""
    with open(path, "rb") as f:
        header = f.read(100)
        size = os.fstat(f.fileno()).st_size
    if len(header) < 100:
        raise errors.damaged(path, detail="shorter than an SQLite header")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise errors.damaged(path, detail=f"impossible page size {page_size}")
    if size % page_size:
        raise errors.damaged(path, detail=f"size {size} is not a whole number of pages")
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_count and change_counter == valid_for and size < page_count * page_size:
        raise errors.damaged(path, detail=f"{size} bytes where the header promises {page_count * page_size}")


def connect_raw(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection that never creates the file; transactions are ours (isolation_level None)."""
    uri = Path(os.path.abspath(path)).as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    try:
        raw = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_S,
                              check_same_thread=False)
    except sqlite3.Error as exc:
        raise errors.unreadable(path, detail=str(exc)) from None
    try:
        raw.execute("PRAGMA foreign_keys = ON")
        if read_only:
            raw.execute("PRAGMA query_only = ON")
        else:
            raw.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        raw.close()
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_READONLY_ROLLBACK:
            raise NeedsRecovery(str(exc)) from None
        raise errors.damaged(path, detail=str(exc)) from None
    return raw


class _Engines:
    """One engine per process for writers and one for readers, shared by every plan file.

    SQLAlchemy caches compiled statements per engine (per dialect), so an engine per file would compile every
    statement again for each file opened. Each engine's creator hands over the sqlite3 connection that
    ``connection_for`` was given, which lets the checks above run on a plain connection first.
    """

    def __init__(self) -> None:
        self._local = threading.local()
        self._engines: dict[bool, Engine] = {}
        self._guard = threading.Lock()

    def _creator(self) -> sqlite3.Connection:
        raw = getattr(self._local, "raw", None)
        if raw is None:
            raise RuntimeError("plan-file engines only wrap a connection handed to connection_for()")
        return raw

    def engine(self, write: bool) -> Engine:
        with self._guard:
            if write not in self._engines:
                from sqlalchemy import create_engine, event
                from sqlalchemy.pool import NullPool

                engine = create_engine("sqlite://", creator=self._creator, poolclass=NullPool)
                begin_sql = "BEGIN IMMEDIATE" if write else "BEGIN"

                @event.listens_for(engine, "begin")
                def _begin(conn: Connection, begin_sql: str = begin_sql) -> None:
                    conn.exec_driver_sql(begin_sql)

                self._engines[write] = engine
            return self._engines[write]

    def connect(self, raw: sqlite3.Connection, write: bool) -> Connection:
        engine = self.engine(write)
        self._local.raw = raw
        try:
            return engine.connect()
        finally:
            self._local.raw = None


_ENGINES = _Engines()


def connection_for(raw: sqlite3.Connection, *, write: bool) -> Connection:
    """A SQLAlchemy connection over ``raw``; closing it closes ``raw``. ``begin()`` issues BEGIN IMMEDIATE for
    writers, so the write lock is taken up front and a commit never has to upgrade a read lock."""
    return _ENGINES.connect(raw, write)


def set_rollback_journal(raw: sqlite3.Connection) -> None:
    """Commit through a rollback journal that is deleted at each commit: after a commit the file alone holds
    everything. (WAL would keep recent commits in a side file.) Only called on files we may change."""
    mode = raw.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() != "delete":
        raw.execute("PRAGMA journal_mode = DELETE")


def inspect(path: Path, raw: sqlite3.Connection, *, integrity: bool = True, name: Path | None = None) -> int:
    """Check that ``raw`` holds an intact plan this version can read; return its schema version (user_version).

    Raises StoreError NOT_A_PLAN, NEWER or DAMAGED (naming ``name``, by default ``path``), or NeedsRecovery
    for a read-only connection that meets a journal left by a crash.
    """
    try:
        return _inspect(path, raw, integrity=integrity)
    except errors.StoreError as exc:
        if name is None or name == path:
            raise
        raise errors.StoreError(exc.kind, exc.en.replace(str(path), str(name)),
                                exc.nl.replace(str(path), str(name)), path=name, detail=exc.detail) from None


def _inspect(path: Path, raw: sqlite3.Connection, *, integrity: bool) -> int:
    try:
        raw.execute("PRAGMA schema_version").fetchone()  # the first read: SQLite recovers a crashed commit here
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_READONLY_ROLLBACK:
            raise NeedsRecovery(str(exc)) from None
        raise errors.damaged(path, detail=str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise errors.damaged(path, detail=str(exc)) from None
    try:
        if not has_journal(path):  # with a live writer's journal beside it the size may be in motion
            check_size(path)
        application_id = raw.execute("PRAGMA application_id").fetchone()[0]
        if application_id != APPLICATION_ID:
            raise errors.not_a_plan(path, detail=f"application_id {application_id:#x}")
        user_version = raw.execute("PRAGMA user_version").fetchone()[0]
        if user_version > SCHEMA_VERSION:  # whatever else a newer version changed, say that first
            raise errors.newer(path, detail=f"user_version {user_version}")
        try:
            rows = raw.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.OperationalError as exc:
            raise errors.damaged(path, detail=f"no schema version: {exc}") from None
        revision = rows[0][0] if len(rows) == 1 else None
        if revision is not None and revision not in REVISIONS:
            raise errors.newer(path, detail=f"user_version {user_version}, revision {revision}")
        if revision is None or REVISIONS.index(revision) + 1 != user_version:
            raise errors.damaged(path, detail=f"user_version {user_version} and revision {revision} disagree")
        if integrity:
            result = raw.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                raise errors.damaged(path, detail="; ".join(str(r[0]) for r in result[:5]))
            if raw.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise errors.damaged(path, detail="rows point at missing parents")
    except sqlite3.DatabaseError as exc:
        raise errors.damaged(path, detail=str(exc)) from None
    return user_version
