"""The marks that say a database is a plan and of which schema version, without importing SQLAlchemy.

``db.inspect`` checks them with the standard library's sqlite3 before anything heavier is loaded.
"""

from __future__ import annotations

# PRAGMA application_id: "Dkpl" in ASCII. A database without it is not a plan.
APPLICATION_ID = 0x446B706C

# PRAGMA user_version and Alembic's revision, one to one. Append a pair for every new migration.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
SCHEMA_VERSION = len(REVISIONS)
HEAD_REVISION = REVISIONS[-1]
