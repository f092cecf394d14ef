"""Overzicht of a plan with many lines (issue 10: the refresh after an edit of a 2,000-line plan): beside the
year table the 30 largest lines of each group are listed, and the others are summed in one row (the figures:
test_overview_view.py; here the row that says so)."""

from __future__ import annotations

from dekkingsplan.core.model import Basis, Category, CostLine, Organisation, Plan
from dekkingsplan.ui.screens.overview import OverviewScreen


def test_the_lines_not_listed_are_one_row_that_counts_them(qtbot, document_of) -> None:
    # 40 cost lines of 1, 2, ... 40 euro a year: the 30 largest are listed, the other ten 1..10 = 55 euro
    costs = [CostLine(id=f"c{n}", name=f"Regel {n}", category=Category.OTHER, amount=n * 100, basis=Basis.PER_YEAR)
             for n in range(1, 41)]
    plan = Plan(organisation=Organisation(name="Stichting Veel"), first_year=2026, last_year=2026, costs=costs)
    screen = OverviewScreen(document_of(plan))
    qtbot.addWidget(screen)
    screen.refresh()
    group = screen.detail.topLevelItem(0)
    assert group.childCount() == 31
    assert (group.child(30).text(0), group.child(30).text(1)) == ("en nog 10 regels", "€\u00a055,00")
