"""The tables of a plan file, and the marks that say a database is a plan and of which version.

Storage rules: amounts are INTEGER cents; Decimals (indexation, quantity, probability, factor) are TEXT exactly as
``str(Decimal)`` writes them, so ``2.50`` stays ``2.50``; months are TEXT ``YYYY-MM``, dates TEXT ISO. Lists keep
their order in a ``position`` column that always runs 0..n-1. A line refers to its project by the project's id as
plain text, not a foreign key: the core decides what is valid, the file stores what the core holds.

The tables are SQLAlchemy Core ``Table`` objects: building them costs a few milliseconds at start-up, where
declarative ORM classes cost about a hundred; the app reads and writes with Core statements (and plain sqlite3
on the read path), so this module is the one description of the tables.

The migrations under ``migrations/versions`` are the authority on the schema of a file; ``create_all`` on this
metadata gives the same schema (a test compares the two), so a new file is made without importing Alembic.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

# the marks of a plan and its schema version live in ``version`` (no SQLAlchemy there); named here too
from dekkingsplan.store.version import APPLICATION_ID, HEAD_REVISION, REVISIONS, SCHEMA_VERSION  # noqa: E402, F401

metadata = MetaData()


def _list_columns() -> list[Column]:
    """Every list (projects, cost lines, sources, scenarios): a row key, the plan's id, the place in the list."""
    return [
        Column("pk", Integer, primary_key=True),
        Column("id", Text, nullable=False, unique=True),
        Column("position", Integer, nullable=False),
    ]


def _line_columns() -> list[Column]:
    """What cost lines and sources share (DESIGN.md, "Cost line")."""
    return [
        *_list_columns(),
        Column("name", Text, nullable=False),
        Column("amount", Integer),  # cents; absent when quantity × rate gives it
        Column("basis", Text, nullable=False),
        Column("start", Text),
        Column("end", Text),
        Column("indexation", Text),
        Column("project", Text),
        Column("in_kind", Boolean, nullable=False),
        Column("note", Text),
        Column("quantity", Text),
        Column("unit", Text),
        Column("rate", Integer),
    ]


def _per_year(name: str, parent: str, value: Column) -> Table:
    """One ``value`` per line and year, removed with its line."""
    return Table(
        name, metadata,
        Column("line_pk", Integer, ForeignKey(f"{parent}.pk", ondelete="CASCADE"), primary_key=True),
        Column("year", Integer, primary_key=True),
        value,
    )


def _actual_notes(name: str, parent: str) -> Table:
    """Revision 0003: a line's explanation of the difference between budget and actual, per year."""
    return _per_year(name, parent, Column("note", Text, nullable=False))


def _actuals(name: str, parent: str) -> Table:
    return _per_year(name, parent, Column("amount", Integer, nullable=False))


plan_t = Table(  # the plan's settings; exactly one row
    "plan", metadata,
    Column("pk", Integer, primary_key=True),
    Column("first_year", Integer, nullable=False),
    Column("last_year", Integer, nullable=False),
    Column("opening_reserve", Integer, nullable=False),
    Column("reserve_target", Integer, nullable=False, server_default="0"),  # revision 0003
)

organisation_t = Table(  # exactly one row
    "organisation", metadata,
    Column("pk", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    *[Column(name, Text) for name in ("legal_form", "kvk", "rsin", "iban")],
    Column("anbi", Boolean),
    *[Column(name, Text) for name in ("address", "postcode", "city", "email", "website", "contact")],
    Column("vat", Text),  # revision 0003
)

project_t = Table(
    "project", metadata,
    *_list_columns(),
    Column("name", Text, nullable=False),
    Column("description", Text),
)

cost_t = Table("cost_line", metadata, *_line_columns(), Column("category", Text, nullable=False))
cost_actual_t = _actuals("cost_actual", "cost_line")

source_t = Table(
    "source", metadata,
    *_line_columns(),
    Column("type", Text, nullable=False),
    Column("funder", Text),
    Column("status", Text, nullable=False),
    Column("probability", Text),
    Column("apply_by", Text),
    Column("decision_expected", Text),
    Column("lead_months", Integer),  # revision 0003
)
source_actual_t = _actuals("source_actual", "source")
cost_actual_note_t = _actual_notes("cost_actual_note", "cost_line")
source_actual_note_t = _actual_notes("source_actual_note", "source")

report_due_t = Table(
    "report_due", metadata,
    Column("source_pk", Integer, ForeignKey("source.pk", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("due", Text, nullable=False),
)

scenario_t = Table(
    "scenario", metadata,
    *_list_columns(),
    Column("name", Text, nullable=False),
    Column("base", Text, nullable=False),
)

adjustment_t = Table(
    "adjustment", metadata,
    Column("scenario_pk", Integer, ForeignKey("scenario.pk", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("target", Text, nullable=False),
    Column("match", Text, nullable=False),  # a JSON object, keys in the plan's order
    Column("from_year", Integer),
    Column("to_year", Integer),
    Column("factor", Text, nullable=False),
)

# Revision 0003: the bank rules (in order) and the bank transactions already read (in the order read).
bank_rule_t = Table(
    "bank_rule", metadata,
    Column("position", Integer, primary_key=True),
    Column("match", Text, nullable=False),  # a JSON object: iban, counterparty, description
    Column("line", Text, nullable=False),
)

bank_transaction_t = Table(
    "bank_transaction", metadata,
    Column("position", Integer, primary_key=True),
    Column("id", Text, nullable=False, unique=True),
    Column("date", Text, nullable=False),
    Column("amount", Integer, nullable=False),  # cents, credit +
    Column("line", Text),
)

# Revision 0002: the list positions are indexed, so reading in order and shifting on insert or delete use them.
for _table in (project_t, cost_t, source_t, scenario_t):
    Index(f"ix_{_table.name}_position", _table.c.position)

PLAN_TABLES = tuple(metadata.tables)

# Alembic's own table, as Alembic makes it; a new file is stamped with HEAD_REVISION without importing Alembic.
alembic_version_t = Table(
    "alembic_version", MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)
