"""The Begroting on paper: each line's value per plan year, a total per year, in-kind lines apart and outside the
total, and a page that fits (A4 on its side from four years on)."""

from __future__ import annotations

from datetime import date

from dekkingsplan.export.costs_print import costs_html, costs_table, landscape
from tests.plans.builders import cost, plan


def _plan():
    return plan(2026, 2027, costs=[
        cost("huur", 1395_00, "monthly", category="housing", indexation="2.1", name="Huur buurtkamer"),
        cost("coord", 43150_00, category="personnel", start="2026-07", name="Coördinator"),
        cost("zaal", 3000_00, category="housing", in_kind=True, name="Kerkzaal om niet"),
    ])


def test_every_line_per_year_and_the_totals_worked_out_by_hand():
    table = costs_table(_plan(), _plan().costs)
    assert table.years == [2026, 2027]
    rows = {row.name: (row.by_year, row.total) for row in table.cash}
    # rent: 12 × 1.395 = 16.740; a year later 2,1% more: 16.740 × 1,021 = 17.091,54
    assert rows["Huur buurtkamer"] == ({2026: 16740_00, 2027: 17091_54}, 33831_54)
    # the coordinator from July: half of 43.150 in 2026, all of it in 2027
    assert rows["Coördinator"] == ({2026: 21575_00, 2027: 43150_00}, 64725_00)
    assert (table.cash_total.by_year, table.cash_total.total) == ({2026: 38315_00, 2027: 60241_54}, 98556_54)
    # the free hall is shown, but apart: it is no money and is not in the total
    assert [row.name for row in table.in_kind] == ["Kerkzaal om niet"]
    assert table.in_kind_total is not None and table.in_kind_total.total == 6000_00


def test_the_html_says_amounts_the_dutch_way_and_names_a_filtered_print():
    p = _plan()
    html = costs_html(p, [p.costs[0]], today=date(2026, 11, 30))
    assert "Stichting Buurtkamer De Wissel — Begroting 2026–2027" in html
    assert "16.740,00" in html and "17.091,54" in html and "33.831,54" in html
    assert "Coördinator" not in html  # only the lines shown on screen
    assert "Opgesteld op 30 november 2026." in html
    assert "Alleen de getoonde regels: 1 van 3." in html
    assert "Bijdragen in natura" not in html


def test_on_its_side_from_four_years_on():
    assert not landscape(plan(2026, 2028))
    assert landscape(plan(2026, 2029))
