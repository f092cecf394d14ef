"""The columns of a scenario's adjustments table: on which lines (target, type or category, funder, project,
status, one line), from and to which year, and the change as a percentage like ``−20%``."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from dekkingsplan.core.model import Category, Plan, SourceType, Status, Target
from dekkingsplan.ui import i18n
from dekkingsplan.ui.delegates import CellDelegate
from dekkingsplan.ui.table_model import Column, Editor, source_index
from dekkingsplan.ui.views import scenarios as view
from dekkingsplan.ui.views.cells import read_percentage
from dekkingsplan.ui.views.scenarios import AdjustmentRow, Tone

MINUS = "\u2212"
MUTED = QColor("#8a8a8a")
WARN = QColor("#a61b1b")
TONES = {Tone.MUTED: MUTED, Tone.WARN: WARN}


class Adjustments:
    """The translation context of this module's texts: lupdate reads ``Adjustments.tr("...")``."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("Adjustments", text)


def change_text(factor: Decimal) -> str:
    """The factor as the change people say: 0.8 -> ``−20%``, 1.1 -> ``+10%``, 1 -> ``0%``."""
    percent = view.percent_change(factor)
    if percent == 0:
        return "0%"
    digits = format(abs(percent), "f")
    if i18n.current_language() == "nl":
        digits = digits.replace(".", ",")
    return f"{MINUS if percent < 0 else '+'}{digits}%"


def read_change(text: Any) -> Decimal:
    """``−20%``, ``-20``, ``+5,5 %`` or ``20`` into a factor (0.8, 1.055, 1.2); blank is no change."""
    cleaned = str(text).replace(" ", "").replace("+", "")
    return view.factor_of(read_percentage(cleaned, negative=True))


class AdjustmentColumns:
    """Builds the columns over ``views.scenarios``; choices depend on the row being edited (a cost has a category,
    a source a type)."""

    def __init__(self, plan: Callable[[], Plan]) -> None:
        self.plan = plan
        self.editing: AdjustmentRow | None = None  # set by the delegate before an editor is made

    def _target(self) -> Target:
        return self.editing.target if self.editing else Target.SOURCES

    def _all(self) -> tuple[str, None]:
        return (Adjustments.tr("(alle)"), None)

    def _choices(self, members: list[Any]) -> list[tuple[str, Any]]:
        """(alle) and each member; for a column that means nothing for the row, only a dash."""
        return [self._all()] + [(i18n.label(m), m.value) for m in members] if members else [("—", None)]

    def _text(self, row: AdjustmentRow, key: str, label: Callable[[str], str] = str) -> str:
        if not row.applies(key):
            return "—"
        value = row.value(key)
        return Adjustments.tr("(alle)") if value is None else label(value)

    def _kind_label(self, row: AdjustmentRow) -> Callable[[str], str]:
        kind = SourceType if row.target == Target.SOURCES else Category

        def label(value: str) -> str:
            return i18n.label(kind(value)) if value in kind._value2member_map_ else value
        return label

    def _project_label(self, value: str) -> str:
        project = self.plan().project(value)
        return project.name if project else value

    def _line_label(self, row: AdjustmentRow) -> Callable[[str], str]:
        def label(value: str) -> str:
            line = next((x for x in view.lines(self.plan(), row.target) if x.id == value), None)
            return line.name if line else value
        return label

    def _funder_choices(self) -> list[tuple[str, Any]]:
        if self._target() == Target.COSTS:
            return [("—", None)]
        return [self._all()] + [(f, f) for f in view.funders(self.plan(), Target.SOURCES)]

    def _year_choices(self, none_label: str) -> list[tuple[str, Any]]:
        return [(none_label, None)] + [(str(y), y) for y in self.plan().years]

    def _tone(self, key: str) -> Callable[[AdjustmentRow], QColor | None]:
        return lambda r: TONES.get(view.tone(self.plan(), r, key))  # type: ignore[arg-type]

    def matching_lines(self, row: AdjustmentRow) -> int:
        return view.matching_lines(self.plan(), row.adjustment)

    def columns(self) -> list[Column]:
        def status_label(value: str) -> str:
            return i18n.label(Status(value)) if value in Status._value2member_map_ else value

        def year_text(year: int | None, open_end: str) -> str:
            return str(year) if year else open_end

        def year_column(key: str, title: str, width: int, open_end: Callable[[], str], tip: str) -> Column:
            """``from_year`` or ``to_year``: a year of the plan, or ``open_end`` (the plan's begin or end)."""
            return Column(key=key, title=title, editor=Editor.CHOICE, width=width,
                          text=lambda r: year_text(getattr(r.adjustment, key), open_end()),
                          edit_text=lambda r: getattr(r.adjustment, key),
                          choices=lambda: self._year_choices(open_end()),
                          edit=lambda r, v: view.with_year(r, key, v), foreground=self._tone(key), tip=tip)

        return [
            Column(key="target", title=Adjustments.tr("Op"), editor=Editor.CHOICE, width=80,
                   text=lambda r: Adjustments.tr("dekking") if r.target == Target.SOURCES else Adjustments.tr("kosten"),
                   edit_text=lambda r: r.target.value,
                   choices=lambda: [(Adjustments.tr("dekking"), Target.SOURCES.value), (Adjustments.tr("kosten"), Target.COSTS.value)],
                   edit=view.with_target,
                   tip=Adjustments.tr("Past de aanpassing de dekkingsbronnen aan of de kosten?")),
            Column(key="kind", title=Adjustments.tr("Soort of categorie"), editor=Editor.CHOICE, width=135,
                   text=lambda r: self._text(r, "kind", self._kind_label(r)),
                   edit_text=lambda r: r.value("kind"),
                   choices=lambda: self._choices(view.kinds(self._target())),
                   edit=lambda r, v: view.with_match(r, "kind", v),
                   tip=Adjustments.tr("Bij dekking de soort (subsidie, fondsen ...), bij kosten de categorie")),
            Column(key="funder", title=Adjustments.tr("Financier"), editor=Editor.CHOICE, width=135,
                   text=lambda r: self._text(r, "funder"),
                   edit_text=lambda r: r.value("funder"), choices=self._funder_choices,
                   edit=lambda r, v: view.with_match(r, "funder", v), foreground=self._tone("funder"),
                   tip=Adjustments.tr("Alleen de bronnen van deze financier (alleen bij dekking)")),
            Column(key="project", title=Adjustments.tr("Project"), editor=Editor.CHOICE, width=125,
                   text=lambda r: self._text(r, "project", self._project_label),
                   edit_text=lambda r: r.value("project"),
                   choices=lambda: [self._all()] + [(p.name, p.id) for p in self.plan().projects],
                   edit=lambda r, v: view.with_match(r, "project", v),
                   tip=Adjustments.tr("Alleen de regels van dit project")),
            Column(key="status", title=Adjustments.tr("Status"), editor=Editor.CHOICE, width=120,
                   text=lambda r: self._text(r, "status", status_label),
                   edit_text=lambda r: r.value("status"),
                   choices=lambda: self._choices(view.statuses(self._target())),
                   edit=lambda r, v: view.with_match(r, "status", v), foreground=self._tone("status"),
                   tip=Adjustments.tr("Alleen de bronnen met deze status (alleen bij dekking)")),
            Column(key="line", title=Adjustments.tr("Eén regel"), editor=Editor.CHOICE, width=120,
                   text=lambda r: self._text(r, "id", self._line_label(r)),
                   edit_text=lambda r: r.value("id"),
                   choices=lambda: [self._all()] + [(x.name, x.id) for x in view.lines(self.plan(), self._target())],
                   edit=lambda r, v: view.with_match(r, "id", v),
                   tip=Adjustments.tr("Alleen deze ene regel")),
            year_column("from_year", Adjustments.tr("Van"), 65, lambda: Adjustments.tr("begin"),
                        Adjustments.tr("Het eerste jaar waarin de aanpassing geldt")),
            year_column("to_year", Adjustments.tr("Tot en met"), 80, lambda: Adjustments.tr("einde"),
                        Adjustments.tr("Het laatste jaar waarin de aanpassing geldt")),
            Column(key="factor", title=Adjustments.tr("Wijziging"), editor=Editor.PERCENT, numeric=True, width=85,
                   text=lambda r: change_text(r.adjustment.factor), sort=lambda r: r.adjustment.factor,
                   edit=lambda r, v: view.with_factor(r, read_change(v)),
                   bold=lambda r: True,
                   tip=Adjustments.tr("Hoeveel meer of minder, in procenten: −20% is een vijfde minder, +10% een tiende "
                           "meer, −100% niets")),
            Column(key="count", title=Adjustments.tr("Geldt voor"), editor=Editor.NONE, numeric=True, width=90,
                   text=lambda r: _count_text(self.matching_lines(r)), foreground=self._tone("count"),
                   tip=Adjustments.tr("Op hoeveel regels van het plan de aanpassing past")),
        ]


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
