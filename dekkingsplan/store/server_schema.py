"""The plan file's tables as a PostgreSQL server holds them: one database, many plans.

Every table gets one more column, ``plan`` (the plan's name), and every key includes it: a primary key
``(plan, pk)``, ``UNIQUE (plan, id)``, foreign keys ``(plan, line_pk) → (plan, pk)``. The migrations create the
tables through ``create_table`` here, so a server and a file run the very same revisions; ``plan_revision``
(server only) counts each plan's edits, so that an edit made on an out-of-date copy is refused.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKeyConstraint,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)

PLAN = "plan"
REVISION_TABLE = "plan_revision"


def _keyed(name: str, columns: list[Column]) -> list[Any]:
    """The columns of a table with the plan column first and the plan in every key."""
    out: list[Any] = [Column(PLAN, Text, nullable=False)]
    key = [PLAN]
    constraints: list[Any] = []
    for column in columns:
        out.append(Column(column.name, column.type, nullable=column.nullable, server_default=column.server_default))
        if column.primary_key:
            key.append(column.name)
        if column.unique:
            constraints.append(UniqueConstraint(PLAN, column.name, name=f"uq_{name}_{column.name}"))
        for fk in column.foreign_keys:
            parent, _, parent_column = fk.target_fullname.partition(".")
            constraints.append(ForeignKeyConstraint([PLAN, column.name], [f"{parent}.{PLAN}", f"{parent}.{parent_column}"],
                                                    ondelete=fk.ondelete, name=f"fk_{name}_{column.name}"))
    return [*out, PrimaryKeyConstraint(*key, name=f"pk_{name}"), *constraints]


def create_table(name: str, *columns: Column) -> None:
    """``op.create_table`` for a migration: as written on a file, with the plan column on a server."""
    from alembic import op

    if op.get_context().dialect.name == "sqlite":
        op.create_table(name, *columns)
    else:
        op.create_table(name, *_keyed(name, list(columns)))


def create_revision_table() -> None:
    """Server only: each plan's edit count (a plan exists on the server when it has a row here)."""
    from alembic import op

    if op.get_context().dialect.name != "sqlite":
        op.create_table(REVISION_TABLE, Column(PLAN, Text, primary_key=True),
                        Column("version", BigInteger, nullable=False))


def server_metadata() -> MetaData:
    """The tables of ``schema`` with the plan column, for the statements the server store runs."""
    from dekkingsplan.store.schema import metadata

    server = MetaData()
    for table in metadata.sorted_tables:
        Table(table.name, server, *_keyed(table.name, [c._copy() for c in table.columns]))
    Table(REVISION_TABLE, server, Column(PLAN, Text, primary_key=True), Column("version", BigInteger, nullable=False))
    return server
