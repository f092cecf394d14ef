"""What the Scenario's screen shows: the plan's own scenarios, the adjustments of the chosen one (which lines,
from and to which year, the change, how many lines it touches), the scenario's figures beside its base and the
verdict on its reserve; and the scenario or adjustment an edit makes. No widgets here: the screen words each value
and gives each tone its colour."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.model import (
    Adjustment,
    Base,
    Category,
    CostLine,
    Plan,
    Scenario,
    Source,
    SourceType,
    Status,
    Target,
    new_id,
)
from dekkingsplan.core.projection import Projection
from dekkingsplan.ui.views.year_figures import YearRow, year_rows


class Tone(Enum):
    """How a cell reads: the screen turns a tone into a colour."""

    BASE = "base"  # the base scenario's figures beside the scenario's own: grey
    MUTED = "muted"  # a field that means nothing for the row (a cost's funder), or a year left open
    WARN = "warn"  # an adjustment that matches no line of the plan


# --- the scenarios --------------------------------------------------------------------------------------------------


def chosen_scenario(plan: Plan, shown: str | None) -> str | None:
    """The scenario whose adjustments are shown: the one chosen while it is there, else the first, else none."""
    if shown is not None and plan.scenario(shown) is not None:
        return shown
    return plan.scenarios[0].id if plan.scenarios else None


def new_scenario(plan: Plan, name: str) -> Scenario | None:
    """A scenario on Verwacht without adjustments, with an id no scenario has (never a built-in one's); None for a
    blank name."""
    name = name.strip()
    if not name:
        return None
    return Scenario(id=new_id(plan.scenario_ids(), name), name=name, base=Base.EXPECTED)


def duplicate(plan: Plan, scenario: Scenario, name: str) -> Scenario:
    """A copy of ``scenario`` with the same base and adjustments, named ``name``, with an id of its own."""
    return replace(scenario, id=new_id(plan.scenario_ids(), scenario.id), name=name)


def with_name(scenario: Scenario, text: object) -> Scenario:
    return replace(scenario, name=str(text).strip())


def with_base(scenario: Scenario, base: object) -> Scenario:
    return replace(scenario, base=str(base))


# --- the adjustments ------------------------------------------------------------------------------------------------

# the match key of the column Soort of categorie, per target
KIND_KEY = {Target.SOURCES: "type", Target.COSTS: "category"}
# the columns (match keys) only a source has
SOURCE_ONLY = ("funder", "status")
# an adjustment added with Aanpassing toevoegen: every source 10% less
NEW_ADJUSTMENT = Adjustment(target=Target.SOURCES, match={}, factor=Decimal("0.9"))


@dataclass(frozen=True)
class AdjustmentRow:
    """One adjustment in its place in the scenario (two equal adjustments are still two rows)."""

    index: int
    adjustment: Adjustment

    @property
    def target(self) -> Target:
        return self.adjustment.target

    def value(self, key: str) -> str | None:
        """What the adjustment matches on ``key`` (a match key, or ``kind`` for type or category); None: all."""
        return self.adjustment.match.get(KIND_KEY[self.target] if key == "kind" else key)

    def applies(self, key: str) -> bool:
        """Whether the column ``key`` means something for this row: a cost has no funder or status."""
        return self.target == Target.SOURCES or key not in SOURCE_ONLY


def adjustment_rows(scenario: Scenario) -> list[AdjustmentRow]:
    return [AdjustmentRow(i, a) for i, a in enumerate(scenario.adjustments)]


def with_match(row: AdjustmentRow, key: str, value: object) -> AdjustmentRow:
    """The row matching ``value`` on ``key`` (``kind``: the type or category); None or blank matches all. A funder
    or status for a cost is refused: a cost has neither."""
    if not row.applies(key) and value not in (None, ""):
        raise DekkingsplanError("costs have no funder or status", "kosten hebben geen financier of status")
    key = KIND_KEY[row.target] if key == "kind" else key
    match = dict(row.adjustment.match)
    if value in (None, ""):
        match.pop(key, None)
    else:
        match[key] = str(value)
    return replace(row, adjustment=replace(row.adjustment, match=match))


def with_target(row: AdjustmentRow, value: object) -> AdjustmentRow:
    """The row acting on the other kind of line: what only the other kind has (a type, a funder, one line) no
    longer applies; the project stays."""
    target = Target(value)
    if target == row.target:
        return row
    keep = {k: v for k, v in row.adjustment.match.items() if k == "project"}
    return replace(row, adjustment=replace(row.adjustment, target=target, match=keep))


def with_year(row: AdjustmentRow, key: str, year: int | None) -> AdjustmentRow:
    """The row from (``from_year``) or to (``to_year``) another year; None: from the plan's start, to its end. Core
    refuses an end before the start."""
    return replace(row, adjustment=replace(row.adjustment, **{key: year}))


def percent_change(factor: Decimal) -> Decimal:
    """The factor as the change people say, in percent: 0.8 -> −20, 1.1 -> 10, 1 -> 0."""
    return ((factor - 1) * 100).normalize()


def factor_of(percent: Decimal | None) -> Decimal:
    """−20 -> 0.8, 5.5 -> 1.055; no change typed -> 1. Core refuses a change below −100% (a negative factor)."""
    return Decimal(1) if percent is None else (1 + percent / 100).normalize()


def with_factor(row: AdjustmentRow, factor: Decimal) -> AdjustmentRow:
    return replace(row, adjustment=replace(row.adjustment, factor=factor))


def kinds(target: Target) -> list[SourceType] | list[Category]:
    """What Soort of categorie offers: the source types, or the cost categories."""
    return list(SourceType) if target == Target.SOURCES else list(Category)


def statuses(target: Target) -> list[Status]:
    return list(Status) if target == Target.SOURCES else []


def funders(plan: Plan, target: Target) -> list[str]:
    """The plan's funders in alphabetical order, case aside; none for costs."""
    if target == Target.COSTS:
        return []
    return sorted({s.funder for s in plan.sources if s.funder}, key=str.casefold)


def lines(plan: Plan, target: Target) -> list[Source] | list[CostLine]:
    """The lines Eén regel offers: the sources, or the cost lines."""
    return plan.sources if target == Target.SOURCES else plan.costs


def matching_lines(plan: Plan, adjustment: Adjustment) -> int:
    """How many cash lines of the plan the adjustment acts on (in-kind lines are no part of a scenario)."""
    return sum(1 for line in [*plan.sources, *plan.costs] if not line.in_kind and adjustment.matches(line))


def tone(plan: Plan, row: AdjustmentRow, key: str) -> Tone | None:
    """Grey where a column means nothing for the row or a year is left open; a warning where no line matches."""
    adjustment = row.adjustment
    if key in SOURCE_ONLY:
        return None if row.applies(key) else Tone.MUTED
    if key in ("from_year", "to_year"):
        return Tone.MUTED if getattr(adjustment, key) is None else None
    if key == "count":
        return Tone.WARN if matching_lines(plan, adjustment) == 0 else None
    return None


def with_adjustment(scenario: Scenario, row: AdjustmentRow) -> Scenario:
    """The scenario with the adjustment at ``row.index`` replaced by the row's."""
    adjustments = list(scenario.adjustments)
    adjustments[row.index] = row.adjustment
    return replace(scenario, adjustments=tuple(adjustments))


def with_added(scenario: Scenario, adjustment: Adjustment = NEW_ADJUSTMENT) -> Scenario:
    return replace(scenario, adjustments=(*scenario.adjustments, adjustment))


def without_adjustment(scenario: Scenario, index: int) -> Scenario:
    adjustments = list(scenario.adjustments)
    del adjustments[index]
    return replace(scenario, adjustments=tuple(adjustments))


# --- the scenario beside its base -----------------------------------------------------------------------------------

# the measures compared, in the order shown
COMPARED = ("income", "costs", "result", "gap", "reserve")


class Side(Enum):
    BASE = "base"  # the base scenario's figures
    OWN = "own"  # this scenario's figures
    SAME = "same"  # equal in both: shown once


@dataclass(frozen=True)
class ComparedRow:
    """A measure of the comparison under the base scenario, under this one, or under both when equal."""

    figures: YearRow
    side: Side

    @property
    def key(self) -> str:
        return f"base-{self.figures.key}" if self.side == Side.BASE else self.figures.key

    @property
    def strong(self) -> bool:
        return {Side.BASE: False, Side.OWN: True, Side.SAME: self.figures.strong}[self.side]

    @property
    def tone(self) -> Tone | None:
        return Tone.BASE if self.side == Side.BASE else None


def comparison(base: Projection, own: Projection) -> list[ComparedRow]:
    """For each measure the base scenario's row and this scenario's beneath it; costs once when a scenario leaves
    them as they are (a scenario mostly changes income)."""
    base_rows = {r.key: r for r in year_rows(base)}
    own_rows = {r.key: r for r in year_rows(own)}
    rows: list[ComparedRow] = []
    for key in COMPARED:
        if key not in own_rows:
            continue
        if key == "costs" and base_rows[key] == own_rows[key]:
            rows.append(ComparedRow(own_rows[key], Side.SAME))
            continue
        rows += [ComparedRow(base_rows[key], Side.BASE), ComparedRow(own_rows[key], Side.OWN)]
    return rows


@dataclass(frozen=True)
class Verdict:
    """The first year the reserve falls below zero under this scenario and under its base (None: never)."""

    depleted: int | None
    base_depleted: int | None


def verdict(base: Projection, own: Projection) -> Verdict:
    return Verdict(own.indicators.depleted_year, base.indicators.depleted_year)
