"""The second round's fields: the BTW statement, the reserve target, a source's lead time, the explanations of
actual figures, the bank rules and the bank transactions already read.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dekkingsplan.store.server_schema import create_revision_table, create_table

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _notes_table(name: str, parent: str) -> None:
    create_table(
        name,
        sa.Column("line_pk", sa.Integer, sa.ForeignKey(f"{parent}.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("note", sa.Text, nullable=False),
    )


def upgrade() -> None:
    # ADD COLUMN keeps every row and needs no table rebuild in SQLite.
    op.add_column("organisation", sa.Column("vat", sa.Text))
    op.add_column("plan", sa.Column("reserve_target", sa.Integer, nullable=False, server_default="0"))
    op.add_column("source", sa.Column("lead_months", sa.Integer))
    _notes_table("cost_actual_note", "cost_line")
    _notes_table("source_actual_note", "source")
    create_table(
        "bank_rule",
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("match", sa.Text, nullable=False),
        sa.Column("line", sa.Text, nullable=False),
    )
    create_table(
        "bank_transaction",
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("id", sa.Text, nullable=False, unique=True),
        sa.Column("date", sa.Text, nullable=False),
        sa.Column("amount", sa.Integer, nullable=False),
        sa.Column("line", sa.Text),
    )
    create_revision_table()  # a server's count of each plan's edits
    if op.get_context().dialect.name == "sqlite":  # a server keeps no file marks
        op.execute("PRAGMA user_version = 3")


def downgrade() -> None:
    for table in ("bank_transaction", "bank_rule", "source_actual_note", "cost_actual_note"):
        op.drop_table(table)
    if op.get_context().dialect.name != "sqlite":
        op.drop_table("plan_revision")
    with op.batch_alter_table("source") as batch:
        batch.drop_column("lead_months")
    with op.batch_alter_table("plan") as batch:
        batch.drop_column("reserve_target")
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("vat")
    if op.get_context().dialect.name == "sqlite":  # a server keeps no file marks
        op.execute("PRAGMA user_version = 2")
