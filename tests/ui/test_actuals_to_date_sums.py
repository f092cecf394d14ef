"""The Overzicht's actual figures are summed straight from the lines' actuals (issue 10: the refresh after an
edit of a 2,000-line plan); they are the actual totals of the year's whole realisation, for any plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dekkingsplan.core.realisation import year_realisation
from dekkingsplan.ui.views.realisation import actuals_to_date
from tests.plans.strategies import plans


@settings(max_examples=80, deadline=None)
@given(plan=plans(max_lines=6), data=st.data())
def test_actuals_to_date_are_the_realisations_actual_totals(plan, data) -> None:
    years = list(plan.years)
    # some actuals on some lines, in plan years and outside them, on in-kind lines too
    plan.costs = [replace(c, actuals=data.draw(st.dictionaries(st.sampled_from(years + [years[0] - 1]),
                                                                st.integers(0, 10**7), max_size=3)))
                  for c in plan.costs]
    plan.sources = [replace(s, actuals=data.draw(st.dictionaries(st.sampled_from(years), st.integers(0, 10**7),
                                                                  max_size=2)))
                    for s in plan.sources]
    on = date(data.draw(st.sampled_from(years + [years[-1] + 1])), 6, 1)
    shown = actuals_to_date(plan, on)
    if shown is None:
        assert all(line.in_kind or not set(line.actuals) & set(years) for line in [*plan.costs, *plan.sources])
        return
    for year in shown.costs:
        whole = year_realisation(plan, year)
        assert shown.costs[year] == (whole.costs.actual if whole.costs.entered else None)
        assert shown.income[year] == (whole.income.actual if whole.income.entered else None)
    assert set(shown.figures) == set(shown.costs)
