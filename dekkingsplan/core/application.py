"""An application to one fund: what is asked of it, what the organisation puts in itself, the project's period, a
contingency on the costs, and the figures of the cover page (DESIGN.md, "The funder's workbook", application)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.model import Basis, Line, Plan, Source, SourceType, Status
from dekkingsplan.core.money import Cents, round_half_up
from dekkingsplan.core.months import Month
from dekkingsplan.core.projection import full_values

MAX_CONTINGENCY = Decimal(15)  # the fundraising guides' onvoorzien: 10–15 % at most


class ApplicationError(DekkingsplanError):
    """A funder or a contingency the application cannot use."""


def funders(plan: Plan, project: str | None = None) -> list[str]:
    """The plan's funders (of the project's sources, or all), in the order they first appear."""
    seen: dict[str, None] = {}
    for source in plan.sources:
        if source.funder and (project is None or source.project == project):
            seen.setdefault(source.funder, None)
    return list(seen)


def check_funder(plan: Plan, funder: str | None) -> str | None:
    """The funder as the plan spells it (case and spaces forgiven); ApplicationError naming the choices."""
    if funder is None:
        return None
    known = funders(plan)
    for name in known:
        if name.casefold() == funder.strip().casefold():
            return name
    listed = ", ".join(known)
    if not known:
        raise ApplicationError(f"there is no funder '{funder}' (the plan names no funders)",
                               f"financier '{funder}' bestaat niet (het plan noemt geen financiers)")
    raise ApplicationError(f"there is no funder '{funder}' (the plan has: {listed})",
                           f"financier '{funder}' bestaat niet (het plan heeft: {listed})")


def check_contingency(value: Decimal | str | None) -> Decimal | None:
    """A contingency percentage from 0 to 15 with at most two decimals; ApplicationError otherwise."""
    if value is None:
        return None
    try:
        pct = Decimal(str(value).strip().replace(",", ".").removesuffix("%").strip())
    except ArithmeticError:
        pct = None
    if pct is None or not pct.is_finite():
        raise ApplicationError(f"'{value}' is not a percentage like 10", f"'{value}' is geen percentage zoals 10")
    if pct < 0 or pct > MAX_CONTINGENCY:
        raise ApplicationError(f"{value}% is outside 0 to 15%", f"{value}% ligt niet tussen 0 en 15%")
    if pct != pct.quantize(Decimal("0.01")):
        raise ApplicationError(f"{value}% has more than two decimals", f"{value}% heeft meer dan twee decimalen")
    return pct.normalize() if pct else Decimal(0)


def contingency(costs: Cents, pct: Decimal) -> Cents:
    """The onvoorzien on a year's costs: costs × pct / 100, rounded half up to cents (the sheet's ROUND(…; 2))."""
    return round_half_up(Fraction(costs) * Fraction(pct) / 100)


def _period(line: Line, plan: Plan) -> tuple[Month, Month]:
    start = line.start or plan.first_month
    if line.basis == Basis.ONCE:
        return start, start
    return start, line.end or plan.last_month


def project_period(plan: Plan, project: str | None, years: range | None = None) -> tuple[Month, Month]:
    """The months the project's lines run (all lines without a project: the plan's), within the years shown."""
    shown = years or plan.years
    first, last = Month(shown[0], 1), Month(shown[-1], 12)
    lines = [line for line in (*plan.costs, *plan.sources)
             if project is not None and line.project == project
             and not (isinstance(line, Source) and line.status == Status.REJECTED)]
    if not lines:
        return first, last
    periods = [_period(line, plan) for line in lines]
    start = max(first, min(p[0] for p in periods), key=lambda m: m.index)
    end = min(last, max(p[1] for p in periods), key=lambda m: m.index)
    return (start, end) if start.index <= end.index else (first, last)


def in_scope(line: Line, project: str | None) -> bool:
    return project is None or line.project == project


def is_asked(source: Source, funder: str | None) -> bool:
    """One of the funder's sources that counts: not rejected, not in kind."""
    return (funder is not None and source.funder == funder and source.status != Status.REJECTED
            and not source.in_kind)


def is_own_contribution(source: Source) -> bool:
    """What the organisation puts in itself: own income that counts (not rejected, not in kind)."""
    return source.type == SourceType.OWN_INCOME and source.status != Status.REJECTED and not source.in_kind


@dataclass(frozen=True)
class FunderLine:
    """Another funder on the cover page: its name, its sources' status and their total."""

    funder: str
    status: Status
    amount: Cents


@dataclass(frozen=True)
class ApplicationFigures:
    """The cover page's figures over the years shown, every source at full value as in the workbook."""

    costs: Cents  # the costs, onvoorzien included
    contingency: Cents
    asked: Cents
    asked_pending: Cents  # the part of it not yet committed
    own_contribution: Cents
    committed: Cents
    others: list[FunderLine]  # the other funders by status: committed (received with it), applied, rejected
    gap_after_commitments: Cents  # costs − committed


def application_figures(plan: Plan, *, project: str | None, years: range, funder: str | None,
                        contingency_pct: Decimal | None) -> ApplicationFigures:
    """What the cover page says, from the same rules as the workbook: full values, in scope, in the years shown."""

    def total(line: Line) -> Cents:
        return sum(full_values(plan, line, years).values())

    by_year = dict.fromkeys(years, 0)
    for cost in plan.costs:
        if in_scope(cost, project) and not cost.in_kind:
            for year, value in full_values(plan, cost, years).items():
                by_year[year] += value
    extra = sum(contingency(v, contingency_pct) for v in by_year.values()) if contingency_pct else 0
    costs = sum(by_year.values()) + extra
    sources = [s for s in plan.sources if in_scope(s, project)]
    asked = sum(total(s) for s in sources if is_asked(s, funder))
    asked_pending = sum(total(s) for s in sources
                        if is_asked(s, funder) and s.status not in (Status.COMMITTED, Status.RECEIVED))
    own = sum(total(s) for s in sources if is_own_contribution(s))
    committed = sum(total(s) for s in sources
                    if s.status in (Status.COMMITTED, Status.RECEIVED) and not s.in_kind)
    others: dict[tuple[str, Status], Cents] = {}
    for source in sources:
        if source.in_kind or not source.funder or source.funder == funder:
            continue
        status = Status.COMMITTED if source.status == Status.RECEIVED else source.status
        if status == Status.PLANNED:
            continue
        key = (source.funder, status)
        others[key] = others.get(key, 0) + total(source)
    order = {Status.COMMITTED: 0, Status.APPLIED: 1, Status.REJECTED: 2}
    listed = [FunderLine(name, status, amount) for (name, status), amount in others.items() if amount]
    listed.sort(key=lambda f: order[f.status])
    return ApplicationFigures(costs, extra, asked, asked_pending, own, committed, listed, costs - committed)
