"""Index the list positions: reading a list in order and shifting it on insert or delete then use the index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LISTS = ("project", "cost_line", "source", "scenario")


def upgrade() -> None:
    for table in LISTS:
        op.create_index(f"ix_{table}_position", table, ["position"])
    if op.get_context().dialect.name == "sqlite":  # a server keeps no file marks
        op.execute("PRAGMA user_version = 2")


def downgrade() -> None:
    for table in LISTS:
        op.drop_index(f"ix_{table}_position", table_name=table)
    if op.get_context().dialect.name == "sqlite":  # a server keeps no file marks
        op.execute("PRAGMA user_version = 1")
