"""The plan file: SQLite tables (SQLAlchemy Core), Alembic migrations, backups, locking, and a shared server.

What the rest of the app uses::

    with PlanFile.open(path) as pf:          # checks, backs up, migrates an older file, takes the lock
        pf.apply(edit)                        # pf.plan and the file change together, one commit per edit
    plan = read_plan(path)                    # for the command line: no lock, no backup, no change
    plan = load_any(path)                     # a plan file or plan JSON
    list_backups(path); restore_backup(backup, path); backup_dir()

Every refusal is a StoreError with a ``kind`` and one sentence in English and Dutch naming the file.

The names are looked up when first used (PEP 562): reading a plan (``reader``: plain sqlite3 and the plan-JSON
rules) loads no SQLAlchemy, so a command on a plan JSON and the window's first paint of a plan file stay light;
``PlanFile``, which edits, brings SQLAlchemy (and Alembic for an older file) along.
"""

from __future__ import annotations

import importlib

_WHERE = {
    "BackupInfo": "backups", "backup_dir": "backups", "list_backups": "backups", "make_backup": "backups",
    "restore_backup": "backups",
    "StoreError": "errors", "StoreErrorKind": "errors",
    "PlanFile": "planfile",
    "load_any": "reader", "read_plan": "reader",
    "APPLICATION_ID": "version", "SCHEMA_VERSION": "version",
}

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "BackupInfo",
    "PlanFile",
    "StoreError",
    "StoreErrorKind",
    "backup_dir",
    "list_backups",
    "load_any",
    "make_backup",
    "read_plan",
    "restore_backup",
]

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~2 ms) on the way to a command's output
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

    from dekkingsplan.store.backups import BackupInfo, backup_dir, list_backups, make_backup, restore_backup
    from dekkingsplan.store.errors import StoreError, StoreErrorKind
    from dekkingsplan.store.planfile import PlanFile
    from dekkingsplan.store.reader import load_any, read_plan
    from dekkingsplan.store.version import APPLICATION_ID, SCHEMA_VERSION


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'dekkingsplan.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"dekkingsplan.store.{module}"), name)
    globals()[name] = value
    return value
