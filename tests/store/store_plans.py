"""Example plans for the plan-file tests: the rich example, hypothesis strategies for valid plans, and a
seeded generator of random edits for the sync and crash tests. (Named apart from conftest.py, which other
test folders have too: ``from conftest import`` could find theirs.)"""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from hypothesis import strategies as st

from dekkingsplan.core.edits import (
    AddRecord,
    Batch,
    Edit,
    RemoveRecord,
    ReplaceRecord,
    SetOrganisation,
    SetSettings,
    Settings,
)
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
    new_id,
)
from dekkingsplan.core.money import round_half_up
from dekkingsplan.core.months import Month

FIXTURES = Path(__file__).parent / "fixtures"


def rich_plan_text() -> str:
    return (FIXTURES / "rich_plan.json").read_text(encoding="utf-8")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- hypothesis: valid plans -------------------------------------------------------------------------------

text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=16)
names = text.filter(lambda s: s.strip() != "")
ids = st.text("abcdefghijklmnopqrstuvwxyz0123456789_.-", min_size=1, max_size=12).filter(lambda s: s[0].isalnum())
cents = st.integers(0, 10**11)
dates = st.dates(date(1990, 1, 1), date(2150, 12, 31))


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


organisations = st.builds(
    Organisation,
    name=names,
    legal_form=optional(st.sampled_from(LegalForm)),
    kvk=optional(st.text("0123456789", min_size=8, max_size=8)),
    rsin=optional(st.sampled_from(["002252478", "123456782"])),
    iban=optional(st.sampled_from(["NL91ABNA0417164300", "NL02ABNA0123456789"])),
    anbi=optional(st.booleans()),
    address=optional(text),
    postcode=optional(st.sampled_from(["2511 AB", "1012 JS"])),
    city=optional(text),
    email=optional(st.sampled_from(["a@b.nl", "penningmeester@buurt.example"])),
    website=optional(text),
    contact=optional(text),
)


@st.composite
def line_fields(draw: st.DrawFn, first_year: int, project_ids: list[str]) -> dict:
    basis = draw(st.sampled_from(Basis))
    start = draw(optional(st.builds(Month, st.integers(first_year - 2, first_year + 5), st.integers(1, 12))))
    end = None
    if basis == Basis.TOTAL or (basis != Basis.ONCE and draw(st.booleans())):
        end = (start or Month(first_year, 1)).plus(draw(st.integers(0, 72)))
    indexation = None
    if basis in (Basis.MONTHLY, Basis.PER_YEAR):
        indexation = draw(optional(exact_decimal(-99, 100, 2)))
    quantity = rate = None
    amount = draw(cents)
    if draw(st.booleans()):
        quantity, rate = draw(exact_decimal(0, 10_000, 2)), draw(cents)
        amount = draw(st.sampled_from([None, round_half_up(Fraction(quantity) * rate)]))
    return dict(
        amount=amount,
        basis=basis,
        start=start,
        end=end,
        indexation=indexation,
        project=draw(optional(st.sampled_from(project_ids))) if project_ids else None,
        in_kind=draw(st.booleans()),
        note=draw(optional(text)),
        actuals=draw(st.dictionaries(st.integers(1990, 2150), cents, max_size=3)),
        quantity=quantity,
        unit=draw(optional(text)) if quantity is not None else None,
        rate=rate,
    )


@st.composite
def adjustments(draw: st.DrawFn) -> Adjustment:
    target = draw(st.sampled_from(Target))
    keys = SOURCE_MATCH_KEYS if target == Target.SOURCES else COST_MATCH_KEYS
    from_year = draw(optional(st.integers(1990, 2150)))
    to_year = draw(optional(st.integers(from_year or 1990, 2150)))
    return Adjustment(target=target, match=draw(st.dictionaries(st.sampled_from(keys), text, max_size=2)),
                      from_year=from_year, to_year=to_year, factor=draw(exact_decimal(0, 3, 3)))


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    first_year = draw(st.integers(1995, 2100))
    last_year = draw(st.integers(first_year, first_year + 29))
    projects = [Project(id=i, name=draw(names), description=draw(optional(text)))
                for i in draw(st.lists(ids, unique=True, max_size=3))]
    project_ids = [p.id for p in projects]
    costs = [CostLine(id=i, name=draw(names), category=draw(st.sampled_from(Category)),
                      **draw(line_fields(first_year, project_ids)))
             for i in draw(st.lists(ids, unique=True, max_size=6))]
    sources = [Source(id=i, name=draw(names), type=draw(st.sampled_from(SourceType)),
                      funder=draw(optional(text)), status=draw(st.sampled_from(Status)),
                      probability=draw(optional(exact_decimal(0, 1, 4).filter(lambda d: d <= 1))),
                      apply_by=draw(optional(dates)), decision_expected=draw(optional(dates)),
                      report_due=tuple(draw(st.lists(dates, max_size=3))),
                      **draw(line_fields(first_year, project_ids)))
               for i in draw(st.lists(ids, unique=True, max_size=6))]
    scenarios = [Scenario(id=i, name=draw(names), base=draw(st.sampled_from(BUILTIN_SCENARIOS)),
                          adjustments=tuple(draw(st.lists(adjustments(), max_size=3))))
                 for i in draw(st.lists(ids.filter(lambda s: s not in BUILTIN_SCENARIOS), unique=True,
                                        max_size=3))]
    return Plan(organisation=draw(organisations), first_year=first_year, last_year=last_year,
                opening_reserve=draw(st.integers(-10**9, 10**9)), projects=projects, costs=costs,
                sources=sources, scenarios=scenarios)


# --- seeded random edits -----------------------------------------------------------------------------------

WORDS = ["huur", "coördinator", "fonds", "gemeente", "collecte", "maaltijd", "€ 1.234,56", "a'b\"c", "ĳs"]


def _id(rng: random.Random, taken: list[str]) -> str:
    return new_id(taken, rng.choice(WORDS))


def _cost(rng: random.Random, plan: Plan) -> CostLine:
    return CostLine(
        id=_id(rng, [c.id for c in plan.costs]), name=rng.choice(WORDS) + f" {rng.randrange(1000)}",
        category=rng.choice(list(Category)), amount=rng.randrange(10**8), basis=Basis.PER_YEAR,
        start=Month(plan.first_year, rng.randint(1, 12)), indexation=Decimal(rng.randrange(0, 500)).scaleb(-2),
        project=rng.choice([None] + [p.id for p in plan.projects]), note=rng.choice([None, "notitie"]),
        actuals={plan.first_year + k: rng.randrange(10**7) for k in range(rng.randrange(3))},
    )


def _source(rng: random.Random, plan: Plan) -> Source:
    return Source(
        id=_id(rng, [s.id for s in plan.sources]), name=rng.choice(WORDS), type=rng.choice(list(SourceType)),
        funder=rng.choice([None, "Oranje Fonds", "Gemeente"]), status=rng.choice(list(Status)),
        amount=rng.randrange(10**8), basis=Basis.TOTAL, start=Month(plan.first_year, 1),
        end=Month(plan.first_year + 1, rng.randint(1, 12)), probability=rng.choice([None, Decimal("0.35")]),
        apply_by=rng.choice([None, date(plan.first_year, 3, 1)]),
        report_due=tuple(date(plan.first_year + 1, m, 1) for m in range(1, rng.randrange(1, 4))),
        actuals={plan.first_year: rng.randrange(10**7)} if rng.random() < 0.5 else {},
    )


def _scenario(rng: random.Random, plan: Plan) -> Scenario:
    adjustments = tuple(Adjustment(target=Target.SOURCES, match={"type": rng.choice(list(SourceType)).value},
                                   from_year=plan.first_year + k, factor=Decimal(rng.randrange(100)).scaleb(-2))
                        for k in range(rng.randrange(3)))
    return Scenario(id=_id(rng, [s.id for s in plan.scenarios]), name="scenario " + rng.choice(WORDS),
                    base=rng.choice(BUILTIN_SCENARIOS), adjustments=adjustments)


def _one_edit(rng: random.Random, plan: Plan) -> Edit:
    roll = rng.random()
    lists = [("costs", _cost), ("sources", _source), ("projects", None), ("scenarios", _scenario)]
    name, make = rng.choice(lists)
    items = getattr(plan, name)
    if roll < 0.40 or not items:
        if name == "projects":
            record = Project(id=_id(rng, [p.id for p in plan.projects]), name=rng.choice(WORDS))
        else:
            record = make(rng, plan)
        index = rng.choice([None, 0, rng.randrange(len(items) + 1)])
        return AddRecord(record, index)
    old = rng.choice(items)
    if roll < 0.75:
        if name == "projects":
            new = replace(old, name=old.name + "!", description=rng.choice([None, "omschrijving"]))
        elif name == "scenarios":
            new = replace(_scenario(rng, plan), id=old.id)
        else:
            new = replace(make(rng, plan), id=rng.choice([old.id, old.id + "-x"]))
            if any(r.id == new.id for r in items if r is not old):
                new = replace(new, id=old.id)
        return ReplaceRecord(old, new)
    if roll < 0.90:
        return RemoveRecord(old, items.index(old))
    if roll < 0.95:
        return SetOrganisation(plan.organisation, replace(plan.organisation, name=rng.choice(WORDS),
                                                          kvk=rng.choice([None, "12345678"])))
    return SetSettings(Settings.of(plan), Settings(plan.first_year, plan.first_year + rng.randrange(10),
                                                   rng.randrange(-10**6, 10**6)))


def random_edit(rng: random.Random, plan: Plan) -> Edit:
    """An edit that the core accepts on ``plan``: sometimes a Batch of a few, planned on a scratch copy."""
    if rng.random() < 0.15:
        scratch = plan.copy()
        steps = []
        for _ in range(rng.randint(2, 4)):
            step = _one_edit(rng, scratch)
            step.apply(scratch)
            steps.append(step)
        return Batch(tuple(steps))
    return _one_edit(rng, plan)
