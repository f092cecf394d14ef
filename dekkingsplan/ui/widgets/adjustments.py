"""The columns of a scenario's adjustments table: on which lines (target, type or category, funder, project,
status, one line), from and to which year, and the change as a percentage like ``−20%``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.model import (
    Adjustment,
    Category,
    Plan,
    SourceType,
    Status,
    Target,
)
from dekkingsplan.ui import i18n
from dekkingsplan.ui.delegates import CellDelegate
from dekkingsplan.ui.table_model import Column, Editor, source_index
from dekkingsplan.ui.widgets.line_columns import read_percentage

MINUS = "\u2212"
MUTED = QColor("#8a8a8a")
WARN = QColor("#a61b1b")
# the match key each column edits, and for which target it exists
KIND_KEY = {Target.SOURCES: "type", Target.COSTS: "category"}
SOURCE_ONLY = ("funder", "status")


class Adjustments:
    """The translation context of this module's texts: lupdate reads ``Adjustments.tr("...")``."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("Adjustments", text)


@dataclass(frozen=True)
class AdjustmentRow:
    """One adjustment in its place in the scenario (two equal adjustments are still two rows)."""

    index: int
    adjustment: Adjustment


def change_text(factor: Decimal) -> str:
    """The factor as the change people say: 0.8 -> ``−20%``, 1.1 -> ``+10%``, 1 -> ``0%``."""
    percent = ((factor - 1) * 100).normalize()
    if percent == 0:
        return "0%"
    digits = format(abs(percent), "f")
    if i18n.current_language() == "nl":
        digits = digits.replace(".", ",")
    return f"{MINUS if percent < 0 else '+'}{digits}%"


def read_change(text: Any) -> Decimal:
    """``−20%``, ``-20``, ``+5,5 %`` or ``20`` into a factor (0.8, 1.055, 1.2); blank is no change."""
    cleaned = str(text).replace(" ", "").replace("+", "")
    percent = read_percentage(cleaned, negative=True)
    if percent is None:
        return Decimal(1)
    return (1 + percent / 100).normalize()


def _match_value(adj: Adjustment, key: str) -> str | None:
    return adj.match.get(key)


def _with_match(adj: Adjustment, key: str, value: Any) -> Adjustment:
    match = dict(adj.match)
    if value in (None, ""):
        match.pop(key, None)
    else:
        match[key] = str(value)
    return replace(adj, match=match)


def _with_target(adj: Adjustment, value: Any) -> Adjustment:
    target = Target(value)
    if target == adj.target:
        return adj
    # keys that only the other kind of line has, and a single line of the other kind, no longer apply
    keep = {k: v for k, v in adj.match.items() if k == "project"}
    return replace(adj, target=target, match=keep)


class AdjustmentColumns:
    """Builds the columns; choices depend on the row being edited (a cost has a category, a source a type)."""

    def __init__(self, plan: Callable[[], Plan]) -> None:
        self.plan = plan
        self.editing: AdjustmentRow | None = None  # set by the delegate before an editor is made

    def _target(self) -> Target:
        return self.editing.adjustment.target if self.editing else Target.SOURCES

    def _all(self) -> tuple[str, None]:
        return (Adjustments.tr("(alle)"), None)

    def _kind_label(self, adj: Adjustment) -> str:
        value = _match_value(adj, KIND_KEY[adj.target])
        if value is None:
            return Adjustments.tr("(alle)")
        if adj.target == Target.SOURCES:
            return i18n.label(SourceType(value)) if value in SourceType._value2member_map_ else value
        return i18n.label(Category(value)) if value in Category._value2member_map_ else value

    def _kind_choices(self) -> list[tuple[str, Any]]:
        if self._target() == Target.SOURCES:
            return [self._all()] + [(i18n.label(t), t.value) for t in SourceType]
        return [self._all()] + [(i18n.label(c), c.value) for c in Category]

    def _funder_choices(self) -> list[tuple[str, Any]]:
        if self._target() == Target.COSTS:
            return [("—", None)]
        funders = sorted({s.funder for s in self.plan().sources if s.funder}, key=str.casefold)
        return [self._all()] + [(f, f) for f in funders]

    def _status_choices(self) -> list[tuple[str, Any]]:
        if self._target() == Target.COSTS:
            return [("—", None)]
        return [self._all()] + [(i18n.label(s), s.value) for s in Status]

    def _project_label(self, adj: Adjustment) -> str:
        value = _match_value(adj, "project")
        if value is None:
            return Adjustments.tr("(alle)")
        project = self.plan().project(value)
        return project.name if project else value

    def _line_label(self, adj: Adjustment) -> str:
        value = _match_value(adj, "id")
        if value is None:
            return Adjustments.tr("(alle)")
        plan = self.plan()
        line = plan.source(value) if adj.target == Target.SOURCES else plan.cost(value)
        return line.name if line else value

    def _line_choices(self) -> list[tuple[str, Any]]:
        plan = self.plan()
        lines = plan.sources if self._target() == Target.SOURCES else plan.costs
        return [self._all()] + [(line.name, line.id) for line in lines]

    def _year_choices(self, none_label: str) -> list[tuple[str, Any]]:
        return [(none_label, None)] + [(str(y), y) for y in self.plan().years]

    def _source_only_text(self, adj: Adjustment, key: str, label: Callable[[str], str]) -> str:
        if adj.target == Target.COSTS:
            return "—"
        value = _match_value(adj, key)
        return Adjustments.tr("(alle)") if value is None else label(value)

    def matching_lines(self, adj: Adjustment) -> int:
        plan = self.plan()
        return sum(1 for line in [*plan.sources, *plan.costs] if not line.in_kind and adj.matches(line))

    def columns(self) -> list[Column]:
        def status_label(value: str) -> str:
            return i18n.label(Status(value)) if value in Status._value2member_map_ else value

        def muted(r: AdjustmentRow) -> QColor | None:
            return MUTED if r.adjustment.target == Target.COSTS else None

        return [
            Column(key="target", title=Adjustments.tr("Op"), editor=Editor.CHOICE, width=80,
                   text=lambda r: Adjustments.tr("dekking") if r.adjustment.target == Target.SOURCES else Adjustments.tr("kosten"),
                   edit_text=lambda r: r.adjustment.target.value,
                   choices=lambda: [(Adjustments.tr("dekking"), Target.SOURCES.value), (Adjustments.tr("kosten"), Target.COSTS.value)],
                   edit=lambda r, v: replace(r, adjustment=_with_target(r.adjustment, v)),
                   tip=Adjustments.tr("Past de aanpassing de dekkingsbronnen aan of de kosten?")),
            Column(key="kind", title=Adjustments.tr("Soort of categorie"), editor=Editor.CHOICE, width=135,
                   text=lambda r: self._kind_label(r.adjustment),
                   edit_text=lambda r: _match_value(r.adjustment, KIND_KEY[r.adjustment.target]),
                   choices=self._kind_choices,
                   edit=lambda r, v: replace(r, adjustment=_with_match(
                       r.adjustment, KIND_KEY[r.adjustment.target], v)),
                   tip=Adjustments.tr("Bij dekking de soort (subsidie, fondsen ...), bij kosten de categorie")),
            Column(key="funder", title=Adjustments.tr("Financier"), editor=Editor.CHOICE, width=135,
                   text=lambda r: self._source_only_text(r.adjustment, "funder", str),
                   edit_text=lambda r: _match_value(r.adjustment, "funder"), choices=self._funder_choices,
                   edit=lambda r, v: _source_only_edit(r, "funder", v), foreground=muted,
                   tip=Adjustments.tr("Alleen de bronnen van deze financier (alleen bij dekking)")),
            Column(key="project", title=Adjustments.tr("Project"), editor=Editor.CHOICE, width=125,
                   text=lambda r: self._project_label(r.adjustment),
                   edit_text=lambda r: _match_value(r.adjustment, "project"),
                   choices=lambda: [self._all()] + [(p.name, p.id) for p in self.plan().projects],
                   edit=lambda r, v: replace(r, adjustment=_with_match(r.adjustment, "project", v)),
                   tip=Adjustments.tr("Alleen de regels van dit project")),
            Column(key="status", title=Adjustments.tr("Status"), editor=Editor.CHOICE, width=120,
                   text=lambda r: self._source_only_text(r.adjustment, "status", status_label),
                   edit_text=lambda r: _match_value(r.adjustment, "status"), choices=self._status_choices,
                   edit=lambda r, v: _source_only_edit(r, "status", v), foreground=muted,
                   tip=Adjustments.tr("Alleen de bronnen met deze status (alleen bij dekking)")),
            Column(key="line", title=Adjustments.tr("Eén regel"), editor=Editor.CHOICE, width=120,
                   text=lambda r: self._line_label(r.adjustment),
                   edit_text=lambda r: _match_value(r.adjustment, "id"), choices=self._line_choices,
                   edit=lambda r, v: replace(r, adjustment=_with_match(r.adjustment, "id", v)),
                   tip=Adjustments.tr("Alleen deze ene regel")),
            Column(key="from_year", title=Adjustments.tr("Van"), editor=Editor.CHOICE, width=65,
                   text=lambda r: str(r.adjustment.from_year) if r.adjustment.from_year else Adjustments.tr("begin"),
                   edit_text=lambda r: r.adjustment.from_year,
                   choices=lambda: self._year_choices(Adjustments.tr("begin")),
                   edit=lambda r, v: replace(r, adjustment=replace(r.adjustment, from_year=v)),
                   foreground=lambda r: MUTED if r.adjustment.from_year is None else None,
                   tip=Adjustments.tr("Het eerste jaar waarin de aanpassing geldt")),
            Column(key="to_year", title=Adjustments.tr("Tot en met"), editor=Editor.CHOICE, width=80,
                   text=lambda r: str(r.adjustment.to_year) if r.adjustment.to_year else Adjustments.tr("einde"),
                   edit_text=lambda r: r.adjustment.to_year,
                   choices=lambda: self._year_choices(Adjustments.tr("einde")),
                   edit=lambda r, v: replace(r, adjustment=replace(r.adjustment, to_year=v)),
                   foreground=lambda r: MUTED if r.adjustment.to_year is None else None,
                   tip=Adjustments.tr("Het laatste jaar waarin de aanpassing geldt")),
            Column(key="factor", title=Adjustments.tr("Wijziging"), editor=Editor.PERCENT, numeric=True, width=85,
                   text=lambda r: change_text(r.adjustment.factor), sort=lambda r: r.adjustment.factor,
                   edit=lambda r, v: replace(r, adjustment=replace(r.adjustment, factor=read_change(v))),
                   bold=lambda r: True,
                   tip=Adjustments.tr("Hoeveel meer of minder, in procenten: −20% is een vijfde minder, +10% een tiende "
                           "meer, −100% niets")),
            Column(key="count", title=Adjustments.tr("Geldt voor"), editor=Editor.NONE, numeric=True, width=90,
                   text=lambda r: _count_text(self.matching_lines(r.adjustment)),
                   foreground=lambda r: WARN if self.matching_lines(r.adjustment) == 0 else None,
                   tip=Adjustments.tr("Op hoeveel regels van het plan de aanpassing past")),
        ]


def _source_only_edit(row: AdjustmentRow, key: str, value: Any) -> AdjustmentRow:
    if row.adjustment.target == Target.COSTS and value is not None:
        raise DekkingsplanError("costs have no funder or status", "kosten hebben geen financier of status")
    return replace(row, adjustment=_with_match(row.adjustment, key, value))


def _count_text(n: int) -> str:
    if n == 0:
        return Adjustments.tr("geen regels")
    if n == 1:
        return Adjustments.tr("1 regel")
    return Adjustments.tr("{n} regels").format(n=n)


class AdjustmentDelegate(CellDelegate):
    """Tells the columns which row is being edited, so each list offers that row's choices."""

    def __init__(self, columns: AdjustmentColumns, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns

    def createEditor(self, parent: Any, option: Any, index: Any) -> Any:
        model, own = source_index(index)
        self._columns.editing = model.row(own)
        return super().createEditor(parent, option, index)
