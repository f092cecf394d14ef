"""ORM classes over the plan-file tables, for scripts and tools that prefer objects to rows.

The app does not import this module: it reads and writes with Core statements on the tables in ``schema``,
which start faster. These classes map onto those same tables, so there is one schema, not two::

    from sqlalchemy.orm import Session
    with Session(engine) as session:
        for line in session.scalars(select(CostLineRow).order_by(CostLineRow.position)):
            print(line.id, line.amount, {a.year: a.amount for a in line.actuals})
"""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from dekkingsplan.store import schema


class Base(DeclarativeBase):
    metadata = schema.metadata


class PlanRow(Base):
    __table__ = schema.plan_t
    pk: Mapped[int]
    first_year: Mapped[int]
    last_year: Mapped[int]
    opening_reserve: Mapped[int]  # cents, may be negative


class OrganisationRow(Base):
    __table__ = schema.organisation_t
    pk: Mapped[int]
    name: Mapped[str]
    legal_form: Mapped[str | None]
    kvk: Mapped[str | None]
    rsin: Mapped[str | None]
    iban: Mapped[str | None]
    anbi: Mapped[bool | None]
    address: Mapped[str | None]
    postcode: Mapped[str | None]
    city: Mapped[str | None]
    email: Mapped[str | None]
    website: Mapped[str | None]
    contact: Mapped[str | None]


class ProjectRow(Base):
    __table__ = schema.project_t
    pk: Mapped[int]
    id: Mapped[str]
    position: Mapped[int]
    name: Mapped[str]
    description: Mapped[str | None]


class CostActualRow(Base):
    __table__ = schema.cost_actual_t
    line_pk: Mapped[int]
    year: Mapped[int]
    amount: Mapped[int]


class SourceActualRow(Base):
    __table__ = schema.source_actual_t
    line_pk: Mapped[int]
    year: Mapped[int]
    amount: Mapped[int]


class ReportDueRow(Base):
    __table__ = schema.report_due_t
    source_pk: Mapped[int]
    position: Mapped[int]
    due: Mapped[str]  # YYYY-MM-DD


class _LineRow:
    pk: Mapped[int]
    id: Mapped[str]
    position: Mapped[int]
    name: Mapped[str]
    amount: Mapped[int | None]  # cents
    basis: Mapped[str]
    start: Mapped[str | None]  # YYYY-MM
    end: Mapped[str | None]
    indexation: Mapped[str | None]  # a Decimal, written exactly
    project: Mapped[str | None]  # the project's id
    in_kind: Mapped[bool]
    note: Mapped[str | None]
    quantity: Mapped[str | None]
    unit: Mapped[str | None]
    rate: Mapped[int | None]


class CostLineRow(_LineRow, Base):
    __table__ = schema.cost_t
    category: Mapped[str]
    actuals: Mapped[list[CostActualRow]] = relationship(order_by=CostActualRow.year, passive_deletes=True)


class SourceRow(_LineRow, Base):
    __table__ = schema.source_t
    type: Mapped[str]
    funder: Mapped[str | None]
    status: Mapped[str]
    probability: Mapped[str | None]
    apply_by: Mapped[str | None]
    decision_expected: Mapped[str | None]
    actuals: Mapped[list[SourceActualRow]] = relationship(order_by=SourceActualRow.year, passive_deletes=True)
    report_due: Mapped[list[ReportDueRow]] = relationship(order_by=ReportDueRow.position, passive_deletes=True)


class AdjustmentRow(Base):
    __table__ = schema.adjustment_t
    scenario_pk: Mapped[int]
    position: Mapped[int]
    target: Mapped[str]
    match: Mapped[str]  # a JSON object
    from_year: Mapped[int | None]
    to_year: Mapped[int | None]
    factor: Mapped[str]


class ScenarioRow(Base):
    __table__ = schema.scenario_t
    pk: Mapped[int]
    id: Mapped[str]
    position: Mapped[int]
    name: Mapped[str]
    base: Mapped[str]
    adjustments: Mapped[list[AdjustmentRow]] = relationship(order_by=AdjustmentRow.position,
                                                            passive_deletes=True)
