"""Begroting: the cost lines, editable, with the totals per year of the lines shown. What the table holds is
``ui.views.lines.CostsView``'s; this module words it."""

from __future__ import annotations

from dekkingsplan.core.edits import Part
from dekkingsplan.core.model import Category
from dekkingsplan.ui import i18n
from dekkingsplan.ui.table_model import Column
from dekkingsplan.ui.views.lines import CostsView, LinesView
from dekkingsplan.ui.widgets import line_columns as lc
from dekkingsplan.ui.widgets.lines_screen import LinesScreen


def category_text(category: Category) -> str:
    return i18n.label(category)


class CostsScreen(LinesScreen):
    part = Part.COSTS

    def intro(self) -> str:
        return self.tr("De kosten van de organisatie en haar projecten. Dubbelklik of begin te typen om een cel "
                       "te wijzigen; elke wijziging wordt meteen bewaard en kan met Ctrl+Z worden teruggedraaid.")

    def noun(self) -> str:
        return self.tr("kostenregel")

    def make_view(self) -> LinesView:
        return CostsView(lambda: self.document.plan, self.document.projection, i18n.current_language)

    def columns(self) -> list[Column]:
        view = self.view
        category = lc.column(view.field("category"), self.tr("Categorie"), width=160,
                             tip=self.tr("Personeel, vrijwilligers, huisvesting, activiteiten, organisatie, "
                                         "communicatie of overig"))
        return [lc.name_column(view), category, lc.amount_column(view), lc.basis_column(view),
                lc.start_column(view), lc.end_column(view), lc.indexation_column(view), lc.project_column(view),
                lc.specification_column(view), lc.in_kind_column(view), lc.note_column(view)]

    def filter_labels(self) -> dict[str, str]:
        return {"category": self.tr("Categorie:"), "project": self.tr("Project:")}

    def no_project(self) -> str:
        return self.tr("(geen: exploitatie)")

    def new_name(self) -> str:
        return self.tr("Nieuwe kostenregel")

    def totals_labels(self) -> dict[str, str]:
        return {"costs": self.tr("Kosten (zonder in natura)")}
