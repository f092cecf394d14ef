"""Records (core/records.py) behave as the dataclasses they stand for: each record class is held to a dataclass
made from the same fields, defaults and options — the same values give the same equality, hash, repr and
defaults — and ``dataclasses.replace``, ``fields`` and ``asdict`` work on them. The point of records, that the
model and the projection load without ``dataclasses`` and ``inspect``, is checked in a fresh process."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dekkingsplan.core.errors import Problem
from dekkingsplan.core.goal_seek import StillToRaise, still_to_raise
from dekkingsplan.core.model import (
    Adjustment,
    BankRule,
    BankTransaction,
    CostLine,
    Organisation,
    Plan,
    Project,
    Scenario,
    Source,
)
from dekkingsplan.core.projection import (
    Indicators,
    LargestFunder,
    Projection,
    Totals,
    YearFigures,
    project_plan,
)
from dekkingsplan.core.records import FrozenInstanceError, Record, field
from tests.plans.large import RAVIJN, random_plan
from tests.plans.strategies import plans

RECORDS = (Organisation, Project, CostLine, Source, Adjustment, Scenario, BankRule, BankTransaction, Plan, Problem,
           YearFigures, Totals, LargestFunder, Indicators, Projection, StillToRaise)
# what each class says after Record, written out: fields also taken by position (kw_only=False), or assignable
BY_POSITION = {Problem, YearFigures, Totals, LargestFunder, Indicators, Projection, StillToRaise}
CHANGEABLE = {Plan}


def _twin(cls: type) -> type:
    """The dataclass a record class stands for: its fields, defaults and options, made by dataclasses itself."""
    specs = []
    for f in dataclasses.fields(cls):
        options = {"hash": f.hash}
        if f.default is not dataclasses.MISSING:
            options["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            options["default_factory"] = f.default_factory
        specs.append((f.name, f.type, dataclasses.field(**options)))
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=cls not in CHANGEABLE,
                                      kw_only=cls not in BY_POSITION)


def _names(record: Record) -> list[str]:
    return [f.name for f in dataclasses.fields(record)]


def _as_twin(record: Record) -> object:
    return _twin(type(record))(**{name: getattr(record, name) for name in _names(record)})


def _examples() -> list[Record]:
    plan = random_plan(20, 30, seed=7, probabilities=True, specifications=True, scenarios=(RAVIJN,))
    projection = project_plan(plan, "ravijn")
    return [plan, plan.organisation, *plan.projects, *plan.costs, *plan.sources, RAVIJN, *RAVIJN.adjustments,
            BankRule(match={"iban": "NL91ABNA0417164300"}, line="l1"),
            BankTransaction(id="t1", date=date(2026, 3, 1), amount=-5_00),
            Problem("costs[0].amount", "may not be negative", "mag niet negatief zijn"),
            projection, *projection.years, projection.totals, projection.indicators,
            projection.indicators.largest_funder, still_to_raise(projection, 50_000_00)]


def test_every_record_class_is_among_the_examples() -> None:
    assert {type(record) for record in _examples()} == set(RECORDS)


@pytest.mark.parametrize("record", _examples(), ids=lambda r: type(r).__name__)
def test_a_record_is_what_its_dataclass_would_be(record: Record) -> None:
    twin = _as_twin(record)
    assert repr(record) == repr(twin)
    assert [f.name for f in dataclasses.fields(record)] == [f.name for f in dataclasses.fields(twin)]
    assert dataclasses.asdict(record) == dataclasses.asdict(twin)
    if type(twin).__hash__ is None:
        assert type(record).__hash__ is None
        return
    try:
        expected = hash(twin)
    except TypeError:  # a field that cannot be hashed (a projection's list of years)
        with pytest.raises(TypeError):
            hash(record)
    else:
        assert hash(record) == expected  # the same fields hashed in the same order


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_the_defaults_are_the_dataclasses_defaults(cls: type) -> None:
    twin = _twin(cls)
    required = {f.name: f"value of {f.name}" for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    if cls in BY_POSITION:
        made, made_twin = cls(*required.values()), twin(*required.values())
    else:
        made, made_twin = cls(**required), twin(**required)
    assert repr(made) == repr(made_twin)
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING:  # a new one each time, never shared
            assert getattr(made, f.name) is not getattr(cls(**required) if cls not in BY_POSITION
                                                       else cls(*required.values()), f.name)


@settings(max_examples=40, deadline=None)
@given(plans(), st.data())
def test_equal_and_changed_records_compare_and_hash_as_dataclasses_do(plan: Plan, data: st.DataObject) -> None:
    for line in [*plan.costs, *plan.sources]:
        same = dataclasses.replace(line)
        assert same == line and hash(same) == hash(line) and same is not line
        assert copy.copy(line) == line and pickle.loads(pickle.dumps(line)) == line
        name = data.draw(st.sampled_from([f.name for f in dataclasses.fields(line)]))
        changed = dataclasses.replace(line, **{name: f"changed {name}"})
        assert (changed == line) == (_as_twin(changed) == _as_twin(line)) is False
        assert getattr(changed, name) == f"changed {name}"
        assert all(getattr(changed, n) == getattr(line, n) for n in _names(line) if n != name)
    assert CostLine(id="a", name="b") != Source(id="a", name="b")  # another class is never equal


def test_a_record_cannot_be_changed_but_a_plan_can() -> None:
    line = CostLine(id="huur", name="Huur", amount=100)
    with pytest.raises(FrozenInstanceError):
        line.amount = 200  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del line.name  # type: ignore[misc]
    plan = Plan(organisation=Organisation(name="X"), first_year=2026, last_year=2027)
    plan.costs.append(line)
    assert plan.costs == [line] and Plan(organisation=plan.organisation, first_year=2026, last_year=2027).costs == []
    with pytest.raises(TypeError):
        hash(plan)


def test_wrong_arguments_are_refused_as_a_dataclass_refuses_them() -> None:
    with pytest.raises(TypeError):
        CostLine(id="huur")  # no name
    with pytest.raises(TypeError):
        CostLine(id="huur", name="Huur", colour="red")
    with pytest.raises(TypeError):
        CostLine("huur", "Huur")  # keywords only
    with pytest.raises(TypeError):
        Problem("a", "b", "c", "d")


def test_a_default_after_a_field_without_one_is_refused_where_fields_go_by_position() -> None:
    with pytest.raises(TypeError):
        class Wrong(Record, kw_only=False):
            first: int = 1
            second: int

    class Fine(Record):
        first: int = 1
        second: int
        third: dict = field(default_factory=dict)

    assert Fine(second=2) == Fine(first=1, second=2, third={})


def test_the_model_and_the_projection_load_without_dataclasses() -> None:
    code = ("import sys; import dekkingsplan.core.projection, dekkingsplan.core.planjson.read, "
            "dekkingsplan.core.validation, dekkingsplan.core.goal_seek; "
            "print(sorted({'dataclasses', 'inspect'} & set(sys.modules)))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert run.stdout.strip() == "[]"
