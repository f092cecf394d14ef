"""The window's one gateway to the plan file: what it reads before its first paint, and what waits until after.

Start-up laziness lives at this seam. ``peek`` reads a plan file for the first paint with the standard library's
sqlite3 and the plan JSON's rules (``store.reader``: the same checks as every read, no SQLAlchemy), so a
treasurer's own plan appears as soon as the demo does. ``open_file`` and ``create_file`` bring the editing layer
(SQLAlchemy; Alembic for an older file), the lock and the backups; the window calls them right after its first
paint, or at the first edit if that comes sooner. Nothing is shown that the file does not hold: ``open_file``
reads the file again under the lock and hands back the plan already shown only when the two are equal.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dekkingsplan.store.errors import StoreError, StoreErrorKind

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.core.model import Plan
    from dekkingsplan.store.planfile import PlanFile

__all__ = ["StoreError", "StoreErrorKind", "create_file", "open_file", "peek"]


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
