"""Overzicht of a plan with many lines (issue 10: the refresh after an edit of a 2,000-line plan): beside the
year table the 30 largest lines of each group are listed, and the others are summed in one row."""

from __future__ import annotations

from dekkingsplan.core.model import Basis, Category, CostLine, Organisation, Plan
from dekkingsplan.ui.screens.overview import DETAIL_LINES, OverviewScreen


def test_the_largest_lines_are_listed_and_the_rest_summed(qtbot, document_of) -> None:
    # 40 cost lines of 1, 2, ... 40 euro a year: the 30 largest are 40 down to 11, the other ten 1..10 = 55 euro
    costs = [CostLine(id=f"c{n}", name=f"Regel {n}", category=Category.OTHER, amount=n * 100, basis=Basis.PER_YEAR)
             for n in range(1, 41)]
    plan = Plan(organisation=Organisation(name="Stichting Veel"), first_year=2026, last_year=2026, costs=costs)
    screen = OverviewScreen(document_of(plan))
    qtbot.addWidget(screen)
    screen.refresh()
    group = screen.detail.topLevelItem(0)
    rows = [(group.child(i).text(0), group.child(i).text(1)) for i in range(group.childCount())]
    assert DETAIL_LINES == 30
    assert rows[:2] == [("Regel 40", "€\u00a040,00"), ("Regel 39", "€\u00a039,00")]
    assert rows[29] == ("Regel 11", "€\u00a011,00")
    assert rows[30:] == [("en nog 10 regels", "€\u00a055,00")]
    assert (group.text(0), group.text(1)) == ("Kosten", "€\u00a0820,00")  # 1 + 2 + ... + 40
