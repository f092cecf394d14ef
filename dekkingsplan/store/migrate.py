"""Schema migrations with Alembic, run from code: no alembic.ini, and Alembic is imported only when needed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection

from dekkingsplan.store.schema import HEAD_REVISION

T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(conn: Connection | None = None):  # -> alembic.config.Config, imported lazily
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if conn is not None:
        config.attributes["connection"] = conn
    return config


def upgrade(conn: Connection, raw: sqlite3.Connection, target: str = HEAD_REVISION,
            before_commit: Callable[[], T] | None = None) -> T | None:
    """Bring the database behind ``conn`` up to ``target`` in one transaction: all of it, or none of it.

    ``before_commit`` runs inside that transaction after the last migration (the app reads the plan there, so
    a file whose rows cannot be read is not left migrated); its result is returned. Foreign keys are off
    while tables may be rebuilt (dropping a parent table must not cascade into its children) and are checked
    as a whole before the commit.
    """
    from alembic import command

    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        with conn.begin():
            command.upgrade(alembic_config(conn), target)
            problem = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
            if problem is not None:
                raise RuntimeError(f"after migrating, rows point at missing parents: {tuple(problem)}")
            return before_commit() if before_commit is not None else None
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def script_revisions() -> list[str]:
    """The revisions in the migrations folder, oldest first (a test keeps schema.REVISIONS equal to this)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
