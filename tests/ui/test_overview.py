"""Overzicht: the year table, the indicators in plain Dutch, the scenario chooser, the lines behind a year, and
the chart — over a small plan whose figures are worked out by hand."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt

from dekkingsplan.core.edits import ReplaceRecord
from dekkingsplan.core.model import Basis, Category, CostLine, Organisation, Plan, Source, SourceType, Status
from dekkingsplan.core.months import Month
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.screens.overview import OverviewScreen


def brug_plan() -> Plan:
    """A fathers' centre: a coordinator of 12.000 a year; the municipality gives 9.000 for 2026 (committed);
    a fund is asked for 6.000 once in March 2027 (applied: counted at 50% in Verwacht); reserve 1.000."""
    return Plan(
        organisation=Organisation(name="Vadercentrum De Brug"), first_year=2026, last_year=2027,
        opening_reserve=100000,
        costs=[CostLine(id="coord", name="Coördinator", category=Category.PERSONNEL, amount=1200000,
                        basis=Basis.PER_YEAR)],
        sources=[
            Source(id="gemeente", name="Subsidie inclusie", type=SourceType.SUBSIDY, funder="Gemeente Utrecht",
                   status=Status.COMMITTED, amount=900000, basis=Basis.PER_YEAR, start=Month(2026, 1),
                   end=Month(2026, 12)),
            Source(id="fonds", name="Bijdrage vadergroep", type=SourceType.FUND, funder="Oranje Fonds",
                   status=Status.APPLIED, amount=600000, basis=Basis.ONCE, start=Month(2027, 3)),
        ],
    )


def _screen(qtbot, document: PlanDocument) -> OverviewScreen:
    screen = OverviewScreen(document)
    qtbot.addWidget(screen)
    screen.resize(1300, 800)
    screen.show()
    return screen


def _table(screen: OverviewScreen) -> dict[str, list[str]]:
    model = screen.model
    return {model.data(model.index(r, 0)).strip(): [model.data(model.index(r, c)) for c in range(1, model.columnCount())]
            for r in range(model.rowCount())}


def _choose_scenario(screen: OverviewScreen, name: str) -> None:
    box = screen.scenario_box
    index = box.findText(name)
    assert index >= 0, name
    box.setCurrentIndex(index)
    box.activated.emit(index)  # what Qt sends when the treasurer picks an item


def test_the_year_table_under_the_expected_scenario(qtbot, document_of):
    screen = _screen(qtbot, document_of(brug_plan()))
    model = screen.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "", "2026", "2027", "Totaal"]
    assert _table(screen) == {
        "Kosten": ["12.000,00", "12.000,00", "24.000,00"],
        "Subsidie": ["9.000,00", "0,00", "9.000,00"],
        "Fondsen": ["0,00", "3.000,00", "3.000,00"],  # 6.000 × 50%
        "Inkomsten": ["9.000,00", "3.000,00", "12.000,00"],
        "Resultaat": ["-3.000,00", "-9.000,00", "-12.000,00"],
        "Reserve eind jaar": ["-2.000,00", "-11.000,00", ""],
        # to keep the reserve at zero: 2.000 in 2026, then 11.000 − 2.000 = 9.000 more in 2027
        "Nog te werven": ["2.000,00", "9.000,00", "11.000,00"],
        "Tekort": ["3.000,00", "9.000,00", ""],
        "Dekking": ["75,0%", "25,0%", ""],
    }
    assert screen.to_raise.text() == ("Om de reserve boven nul te houden moet er nog €\u00a011.000 bij: €\u00a02.000 in 2026 "
                                      "en €\u00a09.000 in 2027.")


def test_a_negative_reserve_and_a_gap_are_shown_in_red_as_well_as_with_their_sign(qtbot, document_of):
    screen = _screen(qtbot, document_of(brug_plan()))
    model = screen.model
    gap_row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "Tekort")
    colour = model.data(model.index(gap_row, 1), Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.color().red() > 150
    assert "kosten hoger dan de inkomsten" in model.data(model.index(gap_row, 1), Qt.ItemDataRole.ToolTipRole)


def test_the_three_indicators_in_plain_dutch(qtbot, document_of):
    screen = _screen(qtbot, document_of(brug_plan()))
    funder, short, reserve = (label.text() for label in screen.indicators)
    assert funder == "Gemeente Utrecht levert 75,0% van de inkomsten."  # 9.000 of 12.000
    assert short == "100,0% van de inkomsten is kortlopend: voor een jaar of korter toegezegd."
    assert reserve == "De reserve is op in 2026."


def test_the_scenario_chooser_changes_the_figures(qtbot, document_of):
    document = document_of(brug_plan())
    screen = _screen(qtbot, document)
    assert [screen.scenario_box.itemText(i) for i in range(screen.scenario_box.count())] == [
        "Zeker", "Verwacht", "Maximaal"]
    assert screen.scenario_box.currentText() == "Verwacht"

    _choose_scenario(screen, "Zeker")
    assert document.scenario == "secured"
    table = _table(screen)
    assert "Fondsen" not in table  # only committed and received money
    assert table["Inkomsten"] == ["9.000,00", "0,00", "9.000,00"]
    assert table["Tekort"] == ["3.000,00", "12.000,00", ""]

    _choose_scenario(screen, "Maximaal")
    table = _table(screen)
    assert table["Fondsen"] == ["0,00", "6.000,00", "6.000,00"]
    assert table["Reserve eind jaar"] == ["-2.000,00", "-8.000,00", ""]
    assert screen.indicators[0].text() == "Gemeente Utrecht levert 60,0% van de inkomsten."  # 9.000 of 15.000


def test_the_plans_own_scenarios_are_offered_after_the_built_in_ones(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    names = [screen.scenario_box.itemText(i) for i in range(screen.scenario_box.count())]
    assert names == ["Zeker", "Verwacht", "Maximaal", "Ravijnjaar: gemeente −20% vanaf 2027",
                     "Geen nieuwe fondsen, huur +10% vanaf 2028"]
    _choose_scenario(screen, "Ravijnjaar: gemeente −20% vanaf 2027")
    # 2027: the municipality's 61.500 × 0,8 (the scenario) = 49.200, × 80% (its probability) = 39.360
    assert _table(screen)["Subsidie"][1] == "39.360,00"


def test_clicking_a_year_lists_the_lines_behind_its_figures(qtbot, document_of):
    screen = _screen(qtbot, document_of(brug_plan()))
    assert screen.year == 2026  # the first year with a gap is shown first
    header = screen.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(2) + 5, 5))
    assert screen.year == 2027
    assert screen.detail_title.text() == "De regels achter 2027 (Verwacht)"
    tree = screen.detail
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [(g.text(0), g.text(1)) for g in groups] == [
        ("Kosten", "€\u00a012.000,00"), ("Inkomsten", "€\u00a03.000,00"), ("Tekort", "€\u00a09.000,00")]
    assert [(groups[0].child(i).text(0), groups[0].child(i).text(1)) for i in range(groups[0].childCount())] == [
        ("Coördinator", "€\u00a012.000,00")]
    assert [(groups[1].child(i).text(0), groups[1].child(i).text(1)) for i in range(groups[1].childCount())] == [
        ("Bijdrage vadergroep (Oranje Fonds)", "€\u00a03.000,00")]


def test_the_overview_follows_an_edit_at_once(qtbot, document_of):
    document = document_of(brug_plan())
    screen = _screen(qtbot, document)
    old = document.plan.cost("coord")
    assert document.apply(ReplaceRecord(old, replace(old, amount=1000000)))  # 10.000 a year
    assert _table(screen)["Tekort"] == ["1.000,00", "7.000,00", ""]
    assert screen.indicators[2].text() == "De reserve is op in 2027."  # 1.000 + 9.000 − 10.000, then − 7.000
    document.undo_stack.undo()
    assert _table(screen)["Tekort"] == ["3.000,00", "9.000,00", ""]


def test_the_chart_is_drawn_after_the_first_paint_and_redrawn_after_an_edit(qtbot, document_of):
    document = document_of(brug_plan())
    screen = _screen(qtbot, document)
    with qtbot.waitSignal(screen.chart.drawn, timeout=10000):
        pass
    axes = screen.chart.figure.axes[0]
    assert [t.get_text() for t in axes.get_xticklabels()] == ["2026", "2027"]
    assert screen.chart.legend_texts() == ["Subsidie", "Fondsen", "Kosten", "Reserve eind jaar", "Jaar met tekort"]
    heights = [[bar.get_height() for bar in container] for container in axes.containers]
    assert heights == [[9000.0, 0.0], [0.0, 3000.0]]  # subsidy, then fund × 50%, in euros
    old = document.plan.cost("coord")
    with qtbot.waitSignal(screen.chart.drawn, timeout=5000):
        document.apply(ReplaceRecord(old, replace(old, amount=1000000)))
    axes = screen.chart.figure.axes[0]
    assert list(axes.lines[0].get_ydata()) == [10000.0, 10000.0]  # the cost line follows the edit
    assert list(axes.lines[1].get_ydata()) == [0.0, -7000.0]  # and the reserve
    with qtbot.waitSignal(screen.chart.drawn, timeout=5000):
        _choose_scenario(screen, "Maximaal")
    assert [[bar.get_height() for bar in c] for c in screen.chart.figure.axes[0].containers][1] == [0.0, 6000.0]


def _last_row_in_view(table) -> bool:
    """The table's last row (Dekking) is drawn whole inside the table, not cut off at its bottom."""
    last = table.visualRect(table.model().index(table.model().rowCount() - 1, 0))
    return last.isValid() and 0 <= last.top() and last.bottom() < table.viewport().height()


def test_the_whole_year_table_shows_when_rows_are_added_after_the_screen_was_laid_out(qtbot, document_of):
    """A new plan starts with an empty table; as lines are typed the table grows, and the gap and coverage rows
    at its bottom stay in view, not behind a scroll bar, while the chart has room to spare."""
    plan = brug_plan()
    costs, sources = plan.costs, plan.sources
    plan.costs, plan.sources = [], []
    document = document_of(plan)
    screen = _screen(qtbot, document)
    qtbot.waitExposed(screen)
    assert screen.table.verticalScrollBar().maximum() == 0
    from dekkingsplan.core.edits import AddRecord

    for line in (*costs, *sources):
        document.apply(AddRecord(line), "toevoegen")
    qtbot.wait(50)
    assert "Dekking" in _table(screen)
    assert screen.table.verticalScrollBar().maximum() == 0
    assert _last_row_in_view(screen.table)


def test_on_an_old_laptop_screen_the_gap_and_coverage_rows_are_in_view(make_window, demo_file):
    """1366 x 768 with the 'due within 14 days' reminder showing: the whole year table, down to Tekort and
    Dekking, is in view without scrolling; the chart gives way, not the figures."""
    from PySide6.QtWidgets import QApplication

    from dekkingsplan.ui.screens.overview import CHART_MIN, OverviewScreen

    window = make_window()
    window.resize(1366, 740)  # the screen less the desktop's panel
    assert window.open_path(demo_file)
    screen = window.show_screen(OverviewScreen)
    for _ in range(5):
        QApplication.processEvents()
    assert screen.table.verticalScrollBar().maximum() == 0
    assert _last_row_in_view(screen.table)
    assert screen.chart.height() >= CHART_MIN - 10


def test_no_legend_entry_is_split_from_its_picture_at_any_width(qtbot, document_of):
    """Every income type (Overig last), the costs, the reserve and a gap year: however narrow the window, the
    legend wraps between entries, never between an entry's picture and its words, and cuts no entry off."""
    from PySide6.QtWidgets import QApplication, QLabel

    sources = [Source(id=kind.value, name=kind.value, type=kind, status=Status.COMMITTED, amount=100000,
                      basis=Basis.PER_YEAR) for kind in SourceType]
    document = document_of(replace(brug_plan(), sources=sources))
    screen = _screen(qtbot, document)
    with qtbot.waitSignal(screen.chart.drawn, timeout=10000):
        pass
    texts = screen.chart.legend_texts()
    assert texts[len(SourceType) - 1] == "Overig" and "Jaar met tekort" in texts
    legend = screen.chart.legend
    heights = []
    for width in range(220, 1200, 9):
        legend.resize(width, legend.heightForWidth(width))
        QApplication.processEvents()
        heights.append(legend.height())
        words = {label.text(): label for label in legend.findChildren(QLabel) if label.text()}
        assert sorted(words) == sorted(texts)
        for text in texts:
            label = words[text]
            picture = next(c for c in label.parentWidget().findChildren(QLabel) if c.pixmap() and not c.text())
            assert picture.isVisible() and label.isVisible()
            seen = [w.geometry().translated(w.parentWidget().pos()) for w in (picture, label)]
            assert abs(seen[0].center().y() - seen[1].center().y()) <= 2, (width, text)  # on one line
            assert seen[0].right() < seen[1].left(), (width, text)  # the picture just before its words
            assert legend.rect().contains(seen[0]) and legend.rect().contains(seen[1]), (width, text)
    assert heights[0] > heights[-1]  # narrow, the legend takes more rows


def test_the_sentence_of_what_is_still_to_raise_never_ends_a_line_with_the_euro_sign(qtbot, document_of):
    """However narrow the Overzicht, '€' stays on the line of its figure ('€ 2.000', never '€' then '2.000')."""
    from PySide6.QtGui import QTextLayout

    document = document_of(brug_plan())
    screen = _screen(qtbot, document)
    text = screen.to_raise.text()
    assert text.count("€") == 3
    for width in range(60, 700, 3):
        layout = QTextLayout(text, screen.to_raise.font())
        layout.beginLayout()
        ends = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            ends.append(text[line.textStart():line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
        assert not [end for end in ends if end.endswith("€")], width
