"""The store's own edit tests (tests/store/test_store_edits.py), run once more against a plan on a server: every
test there that speaks of the plan and not of the SQLite file itself (its positions column, its bytes, its
triggers) must hold for a server plan too."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest

from dekkingsplan.core import planjson
from dekkingsplan.store.server import ServerPlan, create_server_plan

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))  # test_store_edits imports store_plans
from tests.store import test_store_edits as suite  # noqa: E402
from tests.store.store_plans import rich_plan_text  # noqa: E402

SHARED = [
    suite.test_changing_a_line_rewrites_it_in_place_with_its_new_actuals_and_id,
    suite.test_changing_a_scenario_rewrites_its_adjustments,
    suite.test_changing_the_organisation_and_the_settings,
    suite.test_undo_puts_the_file_back_exactly,
    suite.test_an_edit_the_core_refuses_halfway_leaves_the_plan_as_it_was,
    suite.test_an_edit_that_lists_no_steps_is_refused_and_nothing_changes,
    suite.test_remove_by_record_uses_the_id_even_from_an_older_copy,
]


@pytest.fixture
def rich_plan():
    return planjson.loads(rich_plan_text(), source="rich_plan.json")


@pytest.fixture
def plan_file(database: str, rich_plan) -> ServerPlan:
    server_plan = create_server_plan(f"{database}?plan=wissel", rich_plan)
    yield server_plan
    server_plan.close()


@pytest.mark.parametrize("test", SHARED, ids=lambda t: t.__name__.removeprefix("test_"))
def test_the_store_suite_on_a_server(test, plan_file: ServerPlan, rich_plan) -> None:
    given = {"plan_file": plan_file, "rich_plan": rich_plan}
    test(**{name: given[name] for name in inspect.signature(test).parameters})
