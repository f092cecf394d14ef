"""Begroting: the cost lines, editable, with the totals per year of the lines shown."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from dekkingsplan.core.edits import Part
from dekkingsplan.core.model import Base, Basis, Category, CostLine, Line
from dekkingsplan.core.totals import YearSums, sum_by_year
from dekkingsplan.ui import i18n
from dekkingsplan.ui.table_model import Column, Editor
from dekkingsplan.ui.widgets import line_columns as lc
from dekkingsplan.ui.widgets.lines_screen import LineFilter, LinesScreen


def category_text(category: Category) -> str:
    return i18n.label(category)


class CostsScreen(LinesScreen):
    TITLE = QT_TRANSLATE_NOOP("CostsScreen", "Begroting")
    part = Part.COSTS

    def intro(self) -> str:
        return self.tr("De kosten van de organisatie en haar projecten. Dubbelklik of begin te typen om een cel "
                       "te wijzigen; elke wijziging wordt meteen bewaard en kan met Ctrl+Z worden teruggedraaid.")

    def noun(self) -> str:
        return self.tr("kostenregel")

    def lines(self) -> list[Line]:
        return list(self.document.plan.costs)

    def columns(self) -> list[Column]:
        category = Column(key="category", title=self.tr("Categorie"), editor=Editor.CHOICE, width=160,
                          text=lambda r: category_text(r.category), edit_text=lambda r: r.category,
                          choices=lambda: [(category_text(c), c) for c in Category],
                          edit=lambda r, v: replace(r, category=Category(v)),
                          tip=self.tr("Personeel, vrijwilligers, huisvesting, activiteiten, organisatie, "
                                      "communicatie of overig"))
        plan = lambda: self.document.plan  # noqa: E731 - read at the moment a cell is shown
        return [lc.name_column(), category, lc.amount_column(), lc.basis_column(), lc.start_column(plan),
                lc.end_column(), lc.indexation_column(), lc.project_column(plan), lc.specification_column(),
                lc.in_kind_column(), lc.note_column()]

    def detail_keys(self) -> list[str]:
        return ["in_kind", "note"]

    def filters(self) -> list[LineFilter]:
        return [
            LineFilter("category", self.tr("Categorie:"), lambda: [(category_text(c), c) for c in Category],
                       lambda line: line.category),
            LineFilter("project", self.tr("Project:"),
                       lambda: [(self.tr("(geen: exploitatie)"), None)] + [(p.name, p.id) for p in self.document.plan.projects],
                       lambda line: line.project),
        ]

    def row_foreground(self, line: Line) -> QColor | None:
        return lc.MUTED if line.in_kind else None

    def new_line(self, line_id: str) -> Line:
        return CostLine(id=line_id, name=self.tr("Nieuwe kostenregel"), category=Category.OTHER, amount=0,
                        basis=Basis.PER_YEAR)

    def totals_rows(self, shown: list[Line]) -> list[tuple[str, YearSums]]:
        values = self.document.projection(Base.MAXIMUM).cost_values
        years = self.document.plan.years
        return [(self.tr("Kosten (zonder in natura)"), sum_by_year((values.get(line.id, {}) for line in shown), years))]
