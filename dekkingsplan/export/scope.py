"""What an export covers, checked before anything is drawn: the project, the years, the fund applied to and the
contingency. Shared by the workbook, the application summary and the command line; no openpyxl, no Qt."""

from __future__ import annotations

import re
from decimal import Decimal

from dekkingsplan.core.application import ApplicationError, check_contingency, check_funder
from dekkingsplan.core.model import Plan
from dekkingsplan.export.files import ExportError
from dekkingsplan.export.labels import year_span


def parse_year_range(text: str, plan: Plan) -> range:
    """``2026-2029`` (or a single ``2027``) as the years to show; they must lie within the plan, in order."""
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*", text)
    if not m:
        raise ExportError(f"'{text}' is not a range of years like {plan.first_year}-{plan.last_year}",
                          f"'{text}' is geen reeks jaren zoals {plan.first_year}-{plan.last_year}")
    first = int(m.group(1))
    last = int(m.group(2) or first)
    return check_years(plan, range(first, last + 1) if first <= last else (first, last))


def check_years(plan: Plan, years: range | tuple[int, int] | None) -> range:
    """The years to show: all of the plan's, or a run of them within the plan."""
    if years is None:
        return plan.years
    if isinstance(years, range):
        if years.step != 1 or len(years) == 0:
            raise ExportError("the years must run from the first to the last, one by one",
                              "de jaren moeten van het eerste naar het laatste lopen, één voor één")
        first, last = years[0], years[-1]
    else:
        first, last = years
    if first > last:
        raise ExportError(f"the years {first}-{last} run backwards; write {last}-{first}",
                          f"de jaren {first}-{last} lopen achteruit; schrijf {last}-{first}")
    if first < plan.first_year or last > plan.last_year:
        span = year_span(plan.first_year, plan.last_year)
        raise ExportError(f"the years {first}-{last} lie outside the plan ({span})",
                          f"de jaren {first}-{last} vallen buiten het plan ({span})")
    return range(first, last + 1)


def check_project(plan: Plan, project: str | None) -> None:
    if project is None or plan.project(project) is not None:
        return
    known = ", ".join(p.id for p in plan.projects)
    if known:
        raise ExportError(f"there is no project '{project}' (the plan has: {known})",
                          f"project '{project}' bestaat niet (het plan heeft: {known})")
    raise ExportError(f"there is no project '{project}' (the plan has no projects)",
                      f"project '{project}' bestaat niet (het plan heeft geen projecten)")


def check_application(plan: Plan, funder: str | None, contingency: Decimal | str | None
                      ) -> tuple[str | None, Decimal | None]:
    """The funder as the plan spells it and the contingency percentage; ``ExportError`` for either one wrong."""
    try:
        return check_funder(plan, funder), check_contingency(contingency)
    except ApplicationError as exc:
        raise ExportError(exc.en, exc.nl) from None
