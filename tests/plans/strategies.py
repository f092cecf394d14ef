"""Hypothesis strategies for valid plans: every line, source and scenario DESIGN.md allows.

Two sizes: ``plans`` keeps years and amounts near a real plan (the rules' tests), ``file_plans`` reaches every
field's extremes (the plan file and JSON round trips). Strategies are built once at import and drawn from inside
the composites, which keeps generation fast.
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
# any character a name may hold: no controls but tab, no line separators, no lone surrogates (issue 12)
_CHARS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")) | st.just("\t")
TEXT = st.text(alphabet=_CHARS, max_size=10)
NAME = st.text(alphabet=_CHARS, min_size=1, max_size=10).filter(lambda s: s.strip())
IDS = st.builds(str.__add__, st.sampled_from(_ALNUM), st.text(alphabet=_ALNUM + "-", max_size=6))
AMOUNT = st.integers(0, 200_000_00)
DATES = st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31))
OPT_TEXT = st.none() | TEXT
OPT_DATE = st.none() | DATES
OPT_FUNDER = st.none() | st.sampled_from(["Gemeente", "Oranje Fonds", "Kansfonds", "Collecte"])  # groups form
OPT_INDEXATION = st.none() | _decimals("-50", "100")
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


# --- every value the plan file must keep ---------------------------------------------------------------------

def exact_decimal(low: int, high: int, max_places: int) -> st.SearchStrategy[Decimal]:
    """Decimals in [low, high] written with 0..max_places decimals, trailing zeros kept (``2.50`` stays)."""

    @st.composite
    def build(draw: st.DrawFn) -> Decimal:
        places = draw(st.integers(0, max_places))
        n = draw(st.integers(low * 10**places, high * 10**places))
        return Decimal(n).scaleb(-places)

    return build()


def optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


# every character a name may hold (issue 12): no controls but tab, no line separators, no lone surrogates
WIDE_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")) | st.just("\t"), min_size=1,
                    max_size=16)
WIDE_NAME = WIDE_TEXT.filter(lambda s: s.strip() != "")
WIDE_IDS = st.text("abcdefghijklmnopqrstuvwxyz0123456789_.-", min_size=1, max_size=12).filter(
    lambda s: s[0].isalnum())
WIDE_CENTS = st.integers(0, 10**11)
WIDE_DATES = st.dates(date(1990, 1, 1), date(2150, 12, 31))

WIDE_ORGANISATIONS = st.builds(
    Organisation,
    name=WIDE_NAME,
    legal_form=optional(st.sampled_from(LegalForm)),
    kvk=optional(st.text("0123456789", min_size=8, max_size=8)),
    rsin=optional(st.sampled_from(["002252478", "123456782"])),
    iban=optional(st.sampled_from(["NL91ABNA0417164300", "NL02ABNA0123456789"])),
    anbi=optional(st.booleans()),
    address=optional(WIDE_TEXT),
    postcode=optional(st.sampled_from(["2511 AB", "1012 JS"])),
    city=optional(WIDE_TEXT),
    email=optional(st.sampled_from(["a@b.nl", "penningmeester@buurt.example"])),
    website=optional(WIDE_TEXT),
    contact=optional(WIDE_TEXT),
)


@st.composite
def wide_line_fields(draw: st.DrawFn, first_year: int, project_ids: list[str]) -> dict:
    basis = draw(st.sampled_from(Basis))
    start = draw(optional(st.builds(Month, st.integers(first_year - 2, first_year + 5), st.integers(1, 12))))
    end = None
    if basis == Basis.TOTAL or (basis != Basis.ONCE and draw(st.booleans())):
        end = (start or Month(first_year, 1)).plus(draw(st.integers(0, 72)))
    indexation = None
    if basis in (Basis.MONTHLY, Basis.PER_YEAR):
        indexation = draw(optional(exact_decimal(-50, 100, 2)))
    quantity = rate = None
    amount = draw(WIDE_CENTS)
    if draw(st.booleans()):
        quantity, rate = draw(exact_decimal(0, 10_000, 2)), draw(st.integers(0, 10**7))  # within € 1 billion
        amount = draw(st.sampled_from([None, round_half_up(Fraction(quantity) * rate)]))
    return dict(
        amount=amount,
        basis=basis,
        start=start,
        end=end,
        indexation=indexation,
        project=draw(optional(st.sampled_from(project_ids))) if project_ids else None,
        in_kind=draw(st.booleans()),
        note=draw(optional(WIDE_TEXT)),
        actuals=draw(st.dictionaries(st.integers(1990, 2150), WIDE_CENTS, max_size=3)),
        quantity=quantity,
        unit=draw(optional(WIDE_TEXT)) if quantity is not None else None,
        rate=rate,
    )


@st.composite
def wide_adjustments(draw: st.DrawFn) -> Adjustment:
    target = draw(st.sampled_from(Target))
    keys = SOURCE_MATCH_KEYS if target == Target.SOURCES else COST_MATCH_KEYS
    from_year = draw(optional(st.integers(1990, 2150)))
    to_year = draw(optional(st.integers(from_year or 1990, 2150)))
    return Adjustment(target=target, match=draw(st.dictionaries(st.sampled_from(keys), WIDE_TEXT, max_size=2)),
                      from_year=from_year, to_year=to_year, factor=draw(exact_decimal(0, 3, 3)))


@st.composite
def file_plans(draw: st.DrawFn) -> Plan:
    """A valid plan over up to 30 years between 1995 and 2129, every optional field drawn, amounts up to € 1
    billion: what the plan file and the JSON must give back unchanged."""
    first_year = draw(st.integers(1995, 2100))
    last_year = draw(st.integers(first_year, first_year + 29))
    projects = [Project(id=i, name=draw(WIDE_NAME), description=draw(optional(WIDE_TEXT)))
                for i in draw(st.lists(WIDE_IDS, unique=True, max_size=3))]
    project_ids = [p.id for p in projects]
    costs = [CostLine(id=i, name=draw(WIDE_NAME), category=draw(st.sampled_from(Category)),
                      **draw(wide_line_fields(first_year, project_ids)))
             for i in draw(st.lists(WIDE_IDS, unique=True, max_size=6))]
    sources = [Source(id=i, name=draw(WIDE_NAME), type=draw(st.sampled_from(SourceType)),
                      funder=draw(optional(WIDE_TEXT)), status=draw(st.sampled_from(Status)),
                      probability=draw(optional(exact_decimal(0, 1, 4).filter(lambda d: d <= 1))),
                      apply_by=draw(optional(WIDE_DATES)), decision_expected=draw(optional(WIDE_DATES)),
                      report_due=tuple(draw(st.lists(WIDE_DATES, max_size=3))),
                      **draw(wide_line_fields(first_year, project_ids)))
               for i in draw(st.lists(WIDE_IDS, unique=True, max_size=6))]
    scenarios = [Scenario(id=i, name=draw(WIDE_NAME), base=draw(st.sampled_from(BUILTIN_SCENARIOS)),
                          adjustments=tuple(draw(st.lists(wide_adjustments(), max_size=3))))
                 for i in draw(st.lists(WIDE_IDS.filter(lambda s: s not in BUILTIN_SCENARIOS), unique=True,
                                        max_size=3))]
    return Plan(organisation=draw(WIDE_ORGANISATIONS), first_year=first_year, last_year=last_year,
                opening_reserve=draw(st.integers(-10**9, 10**9)), projects=projects, costs=costs,
                sources=sources, scenarios=scenarios)
