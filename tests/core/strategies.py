"""Hypothesis strategies for valid plans: every line, source and scenario DESIGN.md allows, kept small.

Strategies are built once at import and drawn from inside the composites, which keeps generation fast.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from hypothesis import strategies as st

from dekkingsplan.core.model import (
    BUILTIN_SCENARIOS,
    COST_MATCH_KEYS,
    SOURCE_MATCH_KEYS,
    Adjustment,
    Basis,
    Category,
    CostLine,
    LegalForm,
    Organisation,
    Plan,
    Project,
    Scenario,
    Source,
    SourceType,
    Status,
    Target,
)
from dekkingsplan.core.money import round_half_up
from dekkingsplan.core.months import Month


def _decimals(low: str, high: str) -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=Decimal(low), max_value=Decimal(high), places=2, allow_nan=False,
                       allow_infinity=False)


_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=10)
NAME = st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=10).filter(lambda s: s.strip())
IDS = st.builds(str.__add__, st.sampled_from(_ALNUM), st.text(alphabet=_ALNUM + "-", max_size=6))
AMOUNT = st.integers(0, 200_000_00)
DATES = st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31))
OPT_TEXT = st.none() | TEXT
OPT_DATE = st.none() | DATES
OPT_FUNDER = st.none() | st.sampled_from(["Gemeente", "Oranje Fonds", "Kansfonds", "Collecte"])  # groups form
OPT_INDEXATION = st.none() | _decimals("-99.99", "100")
OPT_PROBABILITY = st.none() | _decimals("0", "1")
QUANTITY = _decimals("0", "2000")
RATE = st.integers(0, 500_00)
FACTOR = _decimals("0", "2")
BASES = st.sampled_from(list(Basis))
CATEGORIES = st.sampled_from(list(Category))
TYPES = st.sampled_from(list(SourceType))
STATUSES = st.sampled_from(list(Status))
TARGETS = st.sampled_from(list(Target))
MONTH_OF_YEAR = st.integers(1, 12)


@st.composite
def line_fields(draw, first_year: int, last_year: int, project_ids: list[str]) -> dict:
    basis = draw(BASES)
    start = None
    if draw(st.booleans()):   # lines may lie partly or wholly outside the plan: two years either side
        start = Month(draw(st.integers(first_year - 2, last_year + 2)), draw(MONTH_OF_YEAR))
    begin = start or Month(first_year, 1)
    end = indexation = None
    if basis == Basis.TOTAL:
        end = begin.plus(draw(st.integers(0, 48)))
    elif basis in (Basis.MONTHLY, Basis.PER_YEAR):
        if draw(st.booleans()):
            end = begin.plus(draw(st.integers(0, 72)))
        indexation = draw(OPT_INDEXATION)
    quantity = rate = unit = None
    amount: int | None = draw(AMOUNT)
    if draw(st.integers(0, 4)) == 0:                       # a specification: quantity x rate
        quantity, rate, unit = draw(QUANTITY), draw(RATE), draw(TEXT)
        amount = draw(st.sampled_from([None, round_half_up(Fraction(quantity) * rate)]))
    actuals = {}
    if draw(st.integers(0, 3)) == 0:
        actuals[draw(st.integers(first_year, last_year))] = draw(AMOUNT)
    project = None
    if project_ids and draw(st.booleans()):
        project = draw(st.sampled_from(project_ids))
    return dict(id=draw(IDS), name=draw(NAME), amount=amount, basis=basis, start=start, end=end,
                indexation=indexation, project=project, in_kind=draw(st.integers(0, 9)) == 0,
                note=draw(OPT_TEXT), actuals=actuals, quantity=quantity, unit=unit, rate=rate)


@st.composite
def cost_lines(draw, first_year: int, last_year: int, project_ids: list[str]) -> CostLine:
    return CostLine(**draw(line_fields(first_year, last_year, project_ids)), category=draw(CATEGORIES))


@st.composite
def sources(draw, first_year: int, last_year: int, project_ids: list[str]) -> Source:
    report_due = tuple(draw(DATES) for _ in range(draw(st.integers(0, 2))))
    return Source(**draw(line_fields(first_year, last_year, project_ids)), type=draw(TYPES),
                  funder=draw(OPT_FUNDER), status=draw(STATUSES), probability=draw(OPT_PROBABILITY),
                  apply_by=draw(OPT_DATE), decision_expected=draw(OPT_DATE), report_due=report_due)


@st.composite
def adjustments(draw, first_year: int, last_year: int, values: list[str]) -> Adjustment:
    target = draw(TARGETS)
    keys = SOURCE_MATCH_KEYS if target == Target.SOURCES else COST_MATCH_KEYS
    match = {draw(st.sampled_from(keys)): draw(st.sampled_from(values)) for _ in range(draw(st.integers(0, 2)))}
    from_year = draw(st.none() | st.integers(first_year, last_year))
    to_year = draw(st.none() | st.integers(from_year or first_year, last_year))
    return Adjustment(target=target, match=match, from_year=from_year, to_year=to_year, factor=draw(FACTOR))


def _unique(items: list) -> list:
    seen: set[str] = set()
    kept = []
    for item in items:
        if item.id not in seen:
            seen.add(item.id)
            kept.append(item)
    return kept


ORGANISATIONS = st.builds(
    Organisation,
    name=NAME,
    legal_form=st.none() | st.sampled_from(list(LegalForm)),
    kvk=st.none() | st.just("12345678"),
    rsin=st.none() | st.sampled_from(["111222333", "123456782"]),
    iban=st.none() | st.just("NL91ABNA0417164300"),
    anbi=st.none() | st.booleans(),
    postcode=st.none() | st.just("2511 AB"),
    city=OPT_TEXT,
)
PROJECTS = st.builds(Project, id=IDS, name=NAME, description=OPT_TEXT)
SCENARIO_IDS = IDS.filter(lambda i: i not in BUILTIN_SCENARIOS)
BASE = st.sampled_from(BUILTIN_SCENARIOS)


@st.composite
def plans(draw, max_lines: int = 5, max_years: int = 5) -> Plan:
    """A valid plan of 1..max_years years with a few projects, costs, sources and user scenarios."""
    first_year = draw(st.integers(2024, 2030))
    last_year = first_year + draw(st.integers(0, max_years - 1))
    projects = _unique([draw(PROJECTS) for _ in range(draw(st.integers(0, 2)))])
    project_ids = [p.id for p in projects]
    costs = _unique([draw(cost_lines(first_year, last_year, project_ids))
                     for _ in range(draw(st.integers(0, max_lines)))])
    found = _unique([draw(sources(first_year, last_year, project_ids))
                     for _ in range(draw(st.integers(0, max_lines)))])
    values = (["Gemeente", "Oranje Fonds"] + [t.value for t in SourceType] + [s.value for s in Status]
              + [c.value for c in Category] + project_ids + [x.id for x in costs + found])
    scenarios = _unique([
        Scenario(id=draw(SCENARIO_IDS), name=draw(NAME), base=draw(BASE),
                 adjustments=tuple(draw(adjustments(first_year, last_year, values))
                                   for _ in range(draw(st.integers(0, 3)))))
        for _ in range(draw(st.integers(0, 2)))])
    return Plan(organisation=draw(ORGANISATIONS), first_year=first_year, last_year=last_year,
                opening_reserve=draw(st.integers(-50_000_00, 50_000_00)), projects=projects, costs=costs,
                sources=found, scenarios=scenarios)
