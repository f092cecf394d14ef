"""The tables of a plan file as SQLAlchemy models, and the marks that say a database is a plan and of which version.

Storage rules: amounts are INTEGER cents; Decimals (indexation, quantity, probability, factor) are TEXT exactly as
``str(Decimal)`` writes them, so ``2.50`` stays ``2.50``; months are TEXT ``YYYY-MM``, dates TEXT ISO. Lists keep
their order in a ``position`` column that always runs 0..n-1. A line refers to its project by the project's id as
plain text, not a foreign key: the core decides what is valid, the file stores what the core holds.

The migrations under ``migrations/versions`` are the authority on the schema of a file; ``create_all`` on these
models gives the same schema (a test compares the two), so a new file is made without importing Alembic.
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
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# PRAGMA application_id: "Dkpl" in ASCII. A database without it is not a plan.
APPLICATION_ID = 0x446B706C

# PRAGMA user_version and Alembic's revision, one to one. Append a pair for every new migration.
REVISIONS: tuple[str, ...] = ("0001", "0002")
SCHEMA_VERSION = len(REVISIONS)
HEAD_REVISION = REVISIONS[-1]

PLAN_TABLES = ("plan", "organisation", "project", "cost_line", "cost_actual", "source", "source_actual",
               "report_due", "scenario", "adjustment")


class Base(DeclarativeBase):
    metadata = MetaData()


class PlanRow(Base):
    """The plan's settings; exactly one row."""

    __tablename__ = "plan"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    opening_reserve: Mapped[int] = mapped_column(Integer)


class OrganisationRow(Base):
    """The organisation; exactly one row."""

    __tablename__ = "organisation"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    legal_form: Mapped[str | None] = mapped_column(Text)
    kvk: Mapped[str | None] = mapped_column(Text)
    rsin: Mapped[str | None] = mapped_column(Text)
    iban: Mapped[str | None] = mapped_column(Text)
    anbi: Mapped[bool | None] = mapped_column(Boolean)
    address: Mapped[str | None] = mapped_column(Text)
    postcode: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)


class ProjectRow(Base):
    __tablename__ = "project"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(Text, unique=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)


class _LineColumns:
    """The columns cost lines and sources share (DESIGN.md, "Cost line"); sort_order puts them first."""

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-1)
    id: Mapped[str] = mapped_column(Text, unique=True, sort_order=-1)
    position: Mapped[int] = mapped_column(Integer, sort_order=-1)
    name: Mapped[str] = mapped_column(Text, sort_order=-1)
    amount: Mapped[int | None] = mapped_column(Integer, sort_order=-1)
    basis: Mapped[str] = mapped_column(Text, sort_order=-1)
    start: Mapped[str | None] = mapped_column(Text, sort_order=-1)
    end: Mapped[str | None] = mapped_column(Text, sort_order=-1)
    indexation: Mapped[str | None] = mapped_column(Text, sort_order=-1)
    project: Mapped[str | None] = mapped_column(Text, sort_order=-1)
    in_kind: Mapped[bool] = mapped_column(Boolean, sort_order=-1)
    note: Mapped[str | None] = mapped_column(Text, sort_order=-1)
    quantity: Mapped[str | None] = mapped_column(Text, sort_order=-1)
    unit: Mapped[str | None] = mapped_column(Text, sort_order=-1)
    rate: Mapped[int | None] = mapped_column(Integer, sort_order=-1)


class CostLineRow(_LineColumns, Base):
    __tablename__ = "cost_line"
    category: Mapped[str] = mapped_column(Text)


class CostActualRow(Base):
    __tablename__ = "cost_actual"
    line_pk: Mapped[int] = mapped_column(ForeignKey("cost_line.pk", ondelete="CASCADE"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount: Mapped[int] = mapped_column(Integer)


class SourceRow(_LineColumns, Base):
    __tablename__ = "source"
    type: Mapped[str] = mapped_column(Text)
    funder: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text)
    probability: Mapped[str | None] = mapped_column(Text)
    apply_by: Mapped[str | None] = mapped_column(Text)
    decision_expected: Mapped[str | None] = mapped_column(Text)


class SourceActualRow(Base):
    __tablename__ = "source_actual"
    line_pk: Mapped[int] = mapped_column(ForeignKey("source.pk", ondelete="CASCADE"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount: Mapped[int] = mapped_column(Integer)


class ReportDueRow(Base):
    __tablename__ = "report_due"
    source_pk: Mapped[int] = mapped_column(ForeignKey("source.pk", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    due: Mapped[str] = mapped_column(Text)


class ScenarioRow(Base):
    __tablename__ = "scenario"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(Text, unique=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    base: Mapped[str] = mapped_column(Text)


class AdjustmentRow(Base):
    __tablename__ = "adjustment"
    scenario_pk: Mapped[int] = mapped_column(ForeignKey("scenario.pk", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    target: Mapped[str] = mapped_column(Text)
    match: Mapped[str] = mapped_column(Text)  # JSON object, keys in the plan's order
    from_year: Mapped[int | None] = mapped_column(Integer)
    to_year: Mapped[int | None] = mapped_column(Integer)
    factor: Mapped[str] = mapped_column(Text)


# Revision 0002: the list positions are indexed, so reading in order and shifting on insert or delete use them.
for _row in (ProjectRow, CostLineRow, SourceRow, ScenarioRow):
    Index(f"ix_{_row.__tablename__}_position", _row.__table__.c.position)

plan_t = PlanRow.__table__
organisation_t = OrganisationRow.__table__
project_t = ProjectRow.__table__
cost_t = CostLineRow.__table__
cost_actual_t = CostActualRow.__table__
source_t = SourceRow.__table__
source_actual_t = SourceActualRow.__table__
report_due_t = ReportDueRow.__table__
scenario_t = ScenarioRow.__table__
adjustment_t = AdjustmentRow.__table__

# Alembic's own table, as Alembic makes it; a new file is stamped with HEAD_REVISION without importing Alembic.
alembic_version_t = Table(
    "alembic_version", MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)
