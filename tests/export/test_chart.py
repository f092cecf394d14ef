"""The coverage chart: the series it takes from core, and what it draws — readable in black and white."""

from __future__ import annotations

import re

from matplotlib.figure import Figure

from dekkingsplan.core.model import SourceType
from dekkingsplan.core.projection import project_plan
from dekkingsplan.export.chart import chart_svg, draw_coverage_chart
from dekkingsplan.export.chart_series import TYPE_STYLE, CoverageSeries, coverage_series
from tests.plans.examples import anker


def test_series_from_the_expected_projection_of_het_anker():
    series = coverage_series(project_plan(anker(), "expected"))
    assert series.years == [2026, 2027, 2028]
    assert series.costs == [18_000_00, 18_600_00, 18_000_00]
    assert series.income_by_type == {
        SourceType.SUBSIDY: [10_000_00, 0, 0],
        SourceType.FUND: [750_00, 750_00, 0],  # 1500 a year at probability ½
        SourceType.DONATION: [250_00 + 250_00, 250_00, 250_00],  # gifts at ¼ of 1000, the collection received
    }
    # 1000 + 11250 − 18000, then − 17600, then − 17750
    assert series.reserve == [-5_750_00, -23_350_00, -41_100_00]
    assert series.gap_years == [2026, 2027, 2028]


def test_a_project_has_no_reserve_line():
    series = coverage_series(project_plan(anker(), "maximum", "vaders"))
    assert series.reserve is None
    assert series.income_by_type == {SourceType.FUND: [1_500_00, 1_500_00, 0]}
    assert series.costs == [0, 600_00, 0]
    assert series.gap_years == []  # the fund's 1500 in 2027 covers the 600 outing


SERIES = CoverageSeries(years=[2026, 2027], costs=[100_00, 300_00],
                        income_by_type={SourceType.SUBSIDY: [150_00, 50_00], SourceType.FUND: [0, 100_00]},
                        reserve=[50_00, -150_00], gap_years=[2027])


def test_the_chart_draws_stacked_income_costs_and_reserve_with_dutch_labels():
    figure = Figure()
    ax = draw_coverage_chart(figure, SERIES)
    bars = [p for p in ax.patches if p.get_hatch()]
    # subsidy bars first, then fund bars stacked on them
    assert [(b.get_y(), b.get_height()) for b in bars] == [(0, 150), (0, 50), (150, 0), (50, 100)]
    assert {b.get_hatch() for b in bars[:2]} == {TYPE_STYLE[SourceType.SUBSIDY][1]}
    lines = {tuple(line.get_ydata()) for line in ax.get_lines()}
    assert (100, 300) in lines and (50, -150) in lines
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["Jaar met tekort", "Subsidie", "Fondsen", "Kosten", "Reserve eind jaar"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2026", "2027"]
    assert ax.yaxis.get_major_formatter()(-150000, 0) == "€\u00a0-150.000"  # the no-break space and the minus of every amount on screen


def test_the_chart_can_be_drawn_on_an_existing_axes_in_english():
    ax = Figure().add_subplot()
    assert draw_coverage_chart(ax, SERIES, lang="en") is ax
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "Year with a shortfall", "Subsidies", "Funds", "Costs", "Reserve at year end"]


def test_every_income_type_has_its_own_hatching():
    assert len({hatch for _, hatch in TYPE_STYLE.values()}) == len(SourceType)


def test_the_svg_for_print_is_vector_with_its_text_kept_as_text():
    svg = chart_svg(coverage_series(project_plan(anker(), "expected")), width_px=680, height_px=300).decode()
    assert "<image" not in svg
    assert "<pattern" not in svg  # hatching drawn as lines, not as tiles that print as pictures
    assert re.search(r"<text[^>]*>Subsidie</text>", svg)
    assert re.search(r"<text[^>]*>€\xa0-20.000</text>", svg)
    assert svg.count("<path") > 50


def test_an_empty_series_says_so():
    ax = draw_coverage_chart(Figure(), CoverageSeries(years=[], income_by_type={}, costs=[]))
    assert [t.get_text() for t in ax.texts] == ["Geen cijfers"]
