"""The first schema of a plan file: settings, organisation, projects, cost lines, sources, scenarios.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dekkingsplan.store.server_schema import create_table

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPLICATION_ID = 0x446B706C  # "Dkpl"; written here too, so a file built by migrations alone is a plan


def _line_columns() -> list[sa.Column]:
    return [
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.Text, nullable=False, unique=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("amount", sa.Integer),
        sa.Column("basis", sa.Text, nullable=False),
        sa.Column("start", sa.Text),
        sa.Column("end", sa.Text),
        sa.Column("indexation", sa.Text),
        sa.Column("project", sa.Text),
        sa.Column("in_kind", sa.Boolean, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("quantity", sa.Text),
        sa.Column("unit", sa.Text),
        sa.Column("rate", sa.Integer),
    ]


def upgrade() -> None:
    if op.get_context().dialect.name == "sqlite":  # a server keeps no file marks
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    create_table(
        "plan",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("first_year", sa.Integer, nullable=False),
        sa.Column("last_year", sa.Integer, nullable=False),
        sa.Column("opening_reserve", sa.Integer, nullable=False),
    )
    create_table(
        "organisation",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        *[sa.Column(name, sa.Text) for name in ("legal_form", "kvk", "rsin", "iban")],
        sa.Column("anbi", sa.Boolean),
        *[sa.Column(name, sa.Text) for name in ("address", "postcode", "city", "email", "website", "contact")],
    )
    create_table(
        "project",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.Text, nullable=False, unique=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("description", sa.Text),
    )
    create_table("cost_line", *_line_columns(), sa.Column("category", sa.Text, nullable=False))
    create_table(
        "cost_actual",
        sa.Column("line_pk", sa.Integer, sa.ForeignKey("cost_line.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("amount", sa.Integer, nullable=False),
    )
    create_table(
        "source",
        *_line_columns(),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("funder", sa.Text),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("probability", sa.Text),
        sa.Column("apply_by", sa.Text),
        sa.Column("decision_expected", sa.Text),
    )
    create_table(
        "source_actual",
        sa.Column("line_pk", sa.Integer, sa.ForeignKey("source.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("amount", sa.Integer, nullable=False),
    )
    create_table(
        "report_due",
        sa.Column("source_pk", sa.Integer, sa.ForeignKey("source.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("due", sa.Text, nullable=False),
    )
    create_table(
        "scenario",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.Text, nullable=False, unique=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("base", sa.Text, nullable=False),
    )
    create_table(
        "adjustment",
        sa.Column("scenario_pk", sa.Integer, sa.ForeignKey("scenario.pk", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("match", sa.Text, nullable=False),
        sa.Column("from_year", sa.Integer),
        sa.Column("to_year", sa.Integer),
        sa.Column("factor", sa.Text, nullable=False),
    )
    if op.get_context().dialect.name == "sqlite":  # a server keeps no file marks
        op.execute("PRAGMA user_version = 1")


def downgrade() -> None:
    for table in ("adjustment", "scenario", "report_due", "source_actual", "source", "cost_actual", "cost_line",
                  "project", "organisation", "plan"):
        op.drop_table(table)
    if op.get_context().dialect.name == "sqlite":  # a server keeps no file marks
        op.execute("PRAGMA user_version = 0")
