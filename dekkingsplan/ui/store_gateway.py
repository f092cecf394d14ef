"""The window's one gateway to the plan file: what it reads before its first paint, and what waits until after.

Start-up laziness lives at this seam. ``peek`` reads a plan file for the first paint with the standard library's
sqlite3 and the plan JSON's rules (``store.reader``: the same checks as every read, no SQLAlchemy), so a
treasurer's own plan appears as soon as the demo does. ``open_file`` and ``create_file`` bring the editing layer
(SQLAlchemy; Alembic for an older file), the lock and the backups; the window calls them right after its first
paint, or at the first edit if that comes sooner. Nothing is shown that the file does not hold: ``open_file``
reads the file again under the lock and hands back the plan already shown only when the two are equal. The rest
of what the window does with plan files and servers — a copy, a backup put back, a plan JSON read for the
comparison, a server's plan — comes through here too, each bringing its part of the store when first used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dekkingsplan.store.errors import StoreError, StoreErrorKind

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.core.model import Plan
    from dekkingsplan.store.address import ServerAddress
    from dekkingsplan.store.planfile import PlanFile
    from dekkingsplan.store.server import ServerPlan

__all__ = ["StoreError", "StoreErrorKind", "create_file", "load_any", "open_file", "open_server", "peek",
           "restore_backup", "save_copy", "server_plan_names"]


def peek(path: Path | str) -> Plan | None:
    """The plan in a plan file of this version, read and checked without opening it for editing; None when the
    file must be opened for editing before it can be shown (an older file is backed up and migrated first, a
    crashed commit rolled back). Raises StoreError (one sentence) for a file that is refused."""
    from dekkingsplan.store.reader import peek_plan

    return peek_plan(path)


def open_file(path: Path | str, *, read_only: bool = False, shown: Plan | None = None) -> PlanFile:
    """Open a plan file for editing (lock, backup, migration): ``store.PlanFile.open``."""
    from dekkingsplan.store.planfile import PlanFile

    return PlanFile.open(path, read_only=read_only, shown=shown)


def create_file(path: Path | str, plan: Plan) -> PlanFile:
    """Make a new plan file holding ``plan`` and open it: ``store.PlanFile.create``."""
    from dekkingsplan.store.planfile import PlanFile

    return PlanFile.create(path, plan)


def save_copy(path: Path | str, plan: Plan) -> None:
    """Write ``plan`` into a new plan file at ``path`` (an existing one there is backed up first) and close it."""
    from dekkingsplan.store.planfile import PlanFile

    PlanFile.create(path, plan, overwrite=Path(path).exists()).close()


def restore_backup(backup: Path, path: Path) -> None:
    """Put ``backup`` in the place of the plan file at ``path`` (which is backed up first): ``store.backups``."""
    from dekkingsplan.store.backups import restore_backup

    restore_backup(backup, path)


def load_any(path: Path | str) -> Plan:
    """A plan from a plan file or a plan JSON, read without opening it for editing: ``store.reader.load_any``."""
    from dekkingsplan.store.reader import load_any

    return load_any(path)


def open_server(address: ServerAddress | str, *, password: str | None = None) -> ServerPlan:
    """Open the plan at a server address for editing (SQLAlchemy, the PostgreSQL driver, Alembic)."""
    from dekkingsplan.store.server import ServerPlan

    return ServerPlan.open(address, password=password)


def server_plan_names(address: ServerAddress, password: str | None = None) -> list[str]:
    """The plans in a server database, by name (SQLAlchemy, the PostgreSQL driver, Alembic)."""
    from dekkingsplan.store.server import plan_names

    return plan_names(address, password)
