"""What the funder's workbook shows, as plain rows: which lines, grouped how, with which yearly values.

No openpyxl here; ``workbook.py`` only lays these rows out. Every value is core's ``full_values``: the line at
its full amount, no scenario, probability or adjustment.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dekkingsplan.core.application import is_asked, is_own_contribution
from dekkingsplan.core.model import Category, CostLine, Line, Plan, Source, Status
from dekkingsplan.core.money import Cents
from dekkingsplan.core.projection import full_values
from dekkingsplan.export.labels import (
    category_label,
    describe_line,
    status_label,
    type_label,
    word,
)

# the defined names a funder (and our tests) can point at
KOSTEN_TOTAAL = "Kosten_Totaal"
DEKKING_TOEGEZEGD = "Dekking_Toegezegd"
DEKKING_AANGEVRAAGD = "Dekking_Aangevraagd"
DEKKING_NOG = "Dekking_NogAanTeVragen"
DEKKING_TOTAAL = "Dekking_Totaal"
TEKORT = "Tekort"
TEKORT_NA_TOEZEGGINGEN = "Tekort_Na_Toezeggingen"
# the application version's names: asked of this funder, the organisation's own part, the contingency
GEVRAAGD = "Gevraagd"
EIGEN_BIJDRAGE = "Eigen_Bijdrage"
ONVOORZIEN = "Onvoorzien"
APPLICATION_NAMES = (GEVRAAGD, EIGEN_BIJDRAGE)  # with a funder
DEFINED_NAMES = (KOSTEN_TOTAAL, DEKKING_TOEGEZEGD, DEKKING_AANGEVRAAGD, DEKKING_NOG, DEKKING_TOTAAL, TEKORT,
                 TEKORT_NA_TOEZEGGINGEN)

# status groups of the coverage sheet, in the order a funder reads them; received counts as committed
COVERAGE_GROUPS: tuple[tuple[str, tuple[Status, ...], str], ...] = (
    ("group_committed", (Status.COMMITTED, Status.RECEIVED), DEKKING_TOEGEZEGD),
    ("group_applied", (Status.APPLIED,), DEKKING_AANGEVRAAGD),
    ("group_planned", (Status.PLANNED,), DEKKING_NOG),
)


@dataclass(frozen=True)
class Row:
    name: str
    texts: tuple[str, ...]  # the text columns after the name: (specification,) or (funder, type, specification)
    values: dict[int, Cents]
    note: str | None = None
    asked: bool = False  # one of the sources of the funder applied to (highlighted, summed as Gevraagd)
    own: bool = False  # own income: the organisation's own contribution (summed as Eigen_Bijdrage)


@dataclass(frozen=True)
class Group:
    title: str
    rows: list[Row]
    subtotal: str | None = None  # the subtotal row's label; None for a list without a sum (rejected)
    defined_name: str | None = None  # workbook name on the subtotal's total cell
    empty_text: str = ""


@dataclass(frozen=True)
class SheetContent:
    """One sheet's rows: the counted groups, then in-kind and rejected lines and the notes."""

    years: list[int]
    groups: list[Group]  # counted in the sheet's grand total
    in_kind: Group | None = None
    rejected: Group | None = None
    notes: list[tuple[str, str]] = field(default_factory=list)  # (line name, note)
    with_specification: bool = True  # whether the rows' last text column is a specification

    def counted(self, groups: list[Group] | None = None) -> dict[int, Cents]:
        """Per year, the sum of the counted groups' lines (all of them, or those given)."""
        totals = dict.fromkeys(self.years, 0)
        for group in self.groups if groups is None else groups:
            for row in group.rows:
                for year, value in row.values.items():
                    totals[year] += value
        return totals


def _selected(line: Line, project: str | None) -> bool:
    return project is None or line.project == project


def _notes(lines: list[Line]) -> list[tuple[str, str]]:
    return [(line.name, line.note.strip()) for line in lines if line.note and line.note.strip()]


def budget_content(plan: Plan, *, project: str | None, years: range, lang: str) -> SheetContent:
    """The Begroting sheet: cost lines by category (only categories with lines), in-kind costs apart."""
    shown: list[tuple[CostLine, dict[int, Cents]]] = []
    for cost in plan.costs:
        if not _selected(cost, project):
            continue
        values = full_values(plan, cost, years)
        if values:  # a line with no value in the years shown has nothing to say here
            shown.append((cost, values))

    def row(cost: CostLine, values: dict[int, Cents]) -> Row:
        return Row(cost.name, (describe_line(cost, plan, lang),), values, cost.note)

    groups = []
    for category in Category:
        rows = [row(c, v) for c, v in shown if c.category == category and not c.in_kind]
        if rows:
            label = category_label(category, lang)
            groups.append(Group(label, rows, word(lang, "subtotal", what=label.lower())))
    in_kind_rows = [row(c, v) for c, v in shown if c.in_kind]
    in_kind = None
    if in_kind_rows:
        in_kind = Group(word(lang, "in_kind_costs"), in_kind_rows, word(lang, "in_kind_total"))
    return SheetContent(list(years), groups, in_kind, None, _notes([c for c, _ in shown]))


def coverage_content(plan: Plan, *, project: str | None, years: range, lang: str,
                     include_rejected: bool = True, funder: str | None = None) -> SheetContent:
    """The Dekkingsplan sheet: sources by status at full value, in-kind and rejected ones apart."""
    shown: list[tuple[Source, dict[int, Cents]]] = []
    for source in plan.sources:
        if not _selected(source, project):
            continue
        if source.status == Status.REJECTED and not include_rejected:
            continue
        values = full_values(plan, source, years)
        if values:
            shown.append((source, values))

    # A funder reads the sources by name, funder and years; the specification column (quantity × unit × rate)
    # is only there when a source has one, which keeps the sheet narrow enough to print legibly.
    with_specification = any(s.has_specification for s, _ in shown)

    def row(source: Source, values: dict[int, Cents], *, with_status: bool = False) -> Row:
        kind = type_label(source.type, lang)
        if with_status:
            kind = f"{kind} · {status_label(source.status, lang)}"
        elif source.status == Status.RECEIVED:
            kind = f"{kind} ({word(lang, 'received')})"
        texts: tuple[str, ...] = (source.funder or "", kind)
        if with_specification:
            texts += (describe_line(source, plan, lang) if source.has_specification else "",)
        return Row(source.name, texts, values, source.note, asked=is_asked(source, funder),
                   own=is_own_contribution(source))

    groups = []
    for key, statuses, defined_name in COVERAGE_GROUPS:
        rows = [row(s, v) for s, v in shown if s.status in statuses and not s.in_kind]
        title = word(lang, key)
        groups.append(Group(title, rows, word(lang, "subtotal", what=title.lower()), defined_name,
                            empty_text=word(lang, "none")))
    in_kind_rows = [row(s, v, with_status=True) for s, v in shown if s.in_kind and s.status != Status.REJECTED]
    in_kind = None
    if in_kind_rows:
        in_kind = Group(word(lang, "in_kind_sources"), in_kind_rows, word(lang, "in_kind_total"))
    rejected_rows = [row(s, v) for s, v in shown if s.status == Status.REJECTED]
    rejected = Group(word(lang, "rejected"), rejected_rows) if rejected_rows else None
    return SheetContent(list(years), groups, in_kind, rejected, _notes([s for s, _ in shown]),
                        with_specification)
