"""The plan file: SQLAlchemy 2 models on SQLite, Alembic migrations, backups and locking.

What the rest of the app uses::

    with PlanFile.open(path) as pf:          # checks, backs up, migrates an older file, takes the lock
        pf.apply(edit)                        # pf.plan and the file change together, one commit per edit
    plan = read_plan(path)                    # for the command line: no lock, no backup, no change
    plan = load_any(path)                     # a plan file or plan JSON
    list_backups(path); restore_backup(backup, path); backup_dir()

Every refusal is a StoreError with a ``kind`` and one sentence in English and Dutch naming the file.
"""

from dekkingsplan.store.backups import BackupInfo, backup_dir, list_backups, make_backup, restore_backup
from dekkingsplan.store.errors import StoreError, StoreErrorKind
from dekkingsplan.store.planfile import PlanFile, load_any, read_plan
from dekkingsplan.store.schema import APPLICATION_ID, SCHEMA_VERSION

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
