"""A window's first paint of a plan file reads it without the RSIN, IBAN and postcode checks (python-stdnum costs
~30 ms of imports); the full read that opens the file for editing right after still makes them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dekkingsplan.core import planjson
from dekkingsplan.resources import demo_plan_path
from dekkingsplan.store.errors import StoreError, StoreErrorKind
from dekkingsplan.store.planfile import PlanFile, write_new_file
from dekkingsplan.store.reader import peek_plan, read_plan


@pytest.fixture
def wrong_iban(tmp_path: Path) -> Path:
    path = tmp_path / "De Wissel.dekkingsplan"
    write_new_file(path, planjson.loads(demo_plan_path().read_text(encoding="utf-8")))
    raw = sqlite3.connect(path)
    raw.execute("UPDATE organisation SET iban = 'NL00BANK0123456789'")  # the digits do not add up
    raw.commit()
    raw.close()
    return path


def test_the_first_paint_shows_it_the_full_read_refuses_it(wrong_iban: Path) -> None:
    shown = peek_plan(wrong_iban)
    assert shown is not None and shown.organisation.iban == "NL00BANK0123456789"
    for read in (read_plan, PlanFile.open):
        with pytest.raises(StoreError) as caught:
            read(wrong_iban)
        assert caught.value.kind == StoreErrorKind.INVALID
        assert "field iban" in str(caught.value)


def test_everything_else_is_still_checked_at_the_first_paint(wrong_iban: Path) -> None:
    raw = sqlite3.connect(wrong_iban)
    raw.execute("UPDATE organisation SET kvk = '123'")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError) as caught:
        peek_plan(wrong_iban)
    assert "field kvk" in str(caught.value)
