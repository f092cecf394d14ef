"""A plan file's rows are read by the rules of a plan JSON (issue 12, item 1): a file whose tables another tool
edited is refused — by every way in, the command line, opening for editing, opening read-only, ``restore`` —
with one line naming the table, the row and the field, and the file stays byte for byte as it was."""

from __future__ import annotations

import re
import shutil
import sqlite3
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from store_plans import sha256

from dekkingsplan.cli import main
from dekkingsplan.core.model import BankRule, BankTransaction, Plan, VatTreatment
from dekkingsplan.store.backups import restore_backup
from dekkingsplan.store.errors import StoreError, StoreErrorKind
from dekkingsplan.store.planfile import PlanFile, write_new_file
from dekkingsplan.store.reader import read_plan

# (what another tool did, the SQL, what the refusal names)
HOSTILE = [
    ("text in an amount column", "UPDATE cost_line SET amount = 'veel' WHERE id = 'huur'",
     "table cost_line, row 'huur', field amount: 'veel' is not a whole number of cents"),
    ("a fraction of a cent", "UPDATE cost_line SET amount = 12.5 WHERE id = 'huur'",
     "table cost_line, row 'huur', field amount: 12.5 is not a whole number of cents"),
    ("a text year", "UPDATE plan SET first_year = 'twintig'",
     "table plan, field first_year: must be a whole number"),
    ("reversed years", "UPDATE plan SET first_year = 2029, last_year = 2026",
     "table plan, field last_year: before the first year"),
    ("an unknown status", "UPDATE source SET status = 'misschien' WHERE id = 'collecte'",
     "table source, row 'collecte', field status: 'misschien' is not one of"),
    ("the month 2026-13", "UPDATE cost_line SET start = '2026-13' WHERE id = 'coord'",
     "table cost_line, row 'coord', field start:"),
    ("negative cents", "UPDATE source SET amount = -500 WHERE id = 'verhuur'",
     "table source, row 'verhuur', field amount:"),
    ("a negative actual", "UPDATE cost_actual SET amount = -1 WHERE year = 2026",
     "table cost_actual, row 'coord', year 2026, field amount:"),
    ("a line naming a missing project",
     "UPDATE cost_line SET project = 'verdwenen' WHERE id = 'begeleiding'",
     "table cost_line, row 'begeleiding', field project: there is no project 'verdwenen'"),
    ("a report date that is no date", "UPDATE report_due SET due = '2027-02-30' WHERE position = 1",
     "table report_due, row 'fonds-maaltijd', position 1, field due:"),
    ("a match that is no JSON object", "UPDATE adjustment SET match = '[1, 2]' WHERE position = 1",
     "table adjustment, row 'ravijn', position 1, field match: '[1, 2]' is not a JSON object"),
    ("a flag that is not 0 or 1", "UPDATE cost_line SET in_kind = 7 WHERE id = 'website'",
     "table cost_line, row 'website', field in_kind: 7 is not 0 or 1"),
    ("a second organisation", "INSERT INTO organisation (pk, name) VALUES (2, 'Nog een')",
     "table organisation: holds 2 rows instead of exactly one"),
    ("a name of blanks", "UPDATE project SET name = '   ' WHERE id = 'maaltijd'",
     "table project, row 'maaltijd', field name: a project needs a name"),
]
# the fields of the second round (organisation.vat, plan.reserve_target, actual_notes, lead_months, the bank)
HOSTILE += [
    ("an unknown VAT treatment", "UPDATE organisation SET vat = 'soms'",
     "table organisation, field vat: 'soms' is not one of"),
    ("a negative reserve target", "UPDATE plan SET reserve_target = -100",
     "table plan, field reserve_target:"),
    ("lead months as text", "UPDATE source SET lead_months = 'vier' WHERE id = 'gemeente-2027'",
     "table source, row 'gemeente-2027', field lead_months: must be a whole number"),
    ("a note of another type", "UPDATE cost_actual_note SET note = x'00ff' WHERE year = 2026",
     "table cost_actual_note, row 'coord', year 2026, field note: must be text"),
    ("a bank rule for a missing line", "UPDATE bank_rule SET line = 'weg' WHERE position = 0",
     "table bank_rule, row position 0, field line: there is no line 'weg'"),
    ("a bank transaction of text", "UPDATE bank_transaction SET amount = 'veel' WHERE id = 'tx-1'",
     "table bank_transaction, row 'tx-1', field amount: 'veel' is not a whole number of cents"),
]
IDS = [case[0] for case in HOSTILE]


def _edited(path: Path, sql: str) -> None:
    raw = sqlite3.connect(path)
    raw.execute(sql)
    raw.commit()
    raw.close()


@pytest.fixture
def full_plan(rich_plan: Plan) -> Plan:
    """The rich plan with the fields of the second round too."""
    plan = rich_plan.copy()
    plan.organisation = replace(plan.organisation, vat=VatTreatment.COMPENSABLE)
    plan.reserve_target = 5_000_00
    plan.costs[0] = replace(plan.costs[0], actual_notes={2026: "de cao steeg"})
    index = next(i for i, s in enumerate(plan.sources) if s.id == "gemeente-2027")
    plan.sources[index] = replace(plan.sources[index], lead_months=6)
    plan.bank_rules = [BankRule(match={"counterparty": "woonstichting"}, line="huur")]
    plan.bank_transactions = [BankTransaction(id="tx-1", date=date(2026, 2, 1), amount=-1_395_00, line="huur")]
    return plan


@pytest.fixture
def plan_file(tmp_path: Path, full_plan: Plan) -> Path:
    path = tmp_path / "wissel.dekkingsplan"
    write_new_file(path, full_plan)
    return path


def test_the_untouched_file_reads_as_the_plan_it_holds(plan_file: Path, full_plan: Plan) -> None:
    assert read_plan(plan_file) == full_plan
    with PlanFile.open(plan_file) as pf:
        assert pf.plan == full_plan


@pytest.mark.parametrize(("what", "sql", "named"), HOSTILE, ids=IDS)
def test_the_command_line_refuses_an_edited_file_in_one_line(plan_file: Path, what: str, sql: str, named: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    _edited(plan_file, sql)
    before = sha256(plan_file)
    for command in (["projection", str(plan_file)], ["sheet", str(plan_file), "--out", str(plan_file) + ".xlsx"],
                    ["export", str(plan_file), "--json", "-"]):
        assert main(command) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err.count("\n") == 1 and "Traceback" not in err
        assert str(plan_file) in err and named in err
    assert sha256(plan_file) == before
    assert not Path(str(plan_file) + ".xlsx").exists()


@pytest.mark.parametrize(("what", "sql", "named"), HOSTILE, ids=IDS)
def test_opening_an_edited_file_is_refused_and_leaves_it_as_it_was(plan_file: Path, what: str, sql: str,
                                                                   named: str) -> None:
    _edited(plan_file, sql)
    before = sha256(plan_file)
    for read_only in (False, True):
        with pytest.raises(StoreError) as caught:
            PlanFile.open(plan_file, read_only=read_only)
        assert caught.value.kind == StoreErrorKind.INVALID
        assert named in str(caught.value)
        assert "\n" not in str(caught.value) and "\n" not in caught.value.text("nl")
    assert sha256(plan_file) == before


def test_the_dutch_sentence_names_table_row_and_field_too(plan_file: Path) -> None:
    _edited(plan_file, "UPDATE source SET status = 'misschien' WHERE id = 'collecte'")
    with pytest.raises(StoreError) as caught:
        read_plan(plan_file)
    assert "tabel source, rij 'collecte', veld status: 'misschien' is niet een van" in caught.value.text("nl")
    assert "het bestand is ongewijzigd gelaten" in caught.value.text("nl")


def test_a_value_with_a_line_break_stays_one_line(plan_file: Path) -> None:
    _edited(plan_file, "UPDATE source SET status = 'x\ny' WHERE id = 'collecte'")
    with pytest.raises(StoreError) as caught:
        read_plan(plan_file)
    assert "\n" not in str(caught.value) and "'x\\ny'" in str(caught.value)


@pytest.mark.parametrize(("what", "sql", "named"), HOSTILE[:7], ids=IDS[:7])
def test_restore_checks_a_backup_before_it_replaces_anything(tmp_path: Path, full_plan: Plan, what: str, sql: str,
                                                             named: str) -> None:
    current = tmp_path / "plan.dekkingsplan"
    write_new_file(current, full_plan)
    backup = tmp_path / "kopie.dekkingsplan"
    shutil.copyfile(current, backup)
    _edited(backup, sql)
    before, backup_before = sha256(current), sha256(backup)
    with pytest.raises(StoreError) as caught:
        restore_backup(backup, current)
    assert caught.value.kind == StoreErrorKind.INVALID and named in str(caught.value)
    assert str(backup) in str(caught.value)
    assert sha256(current) == before and sha256(backup) == backup_before


def test_restore_through_the_command_line_says_so_in_one_line(tmp_path: Path, rich_plan: Plan,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    current = tmp_path / "plan.dekkingsplan"
    write_new_file(current, rich_plan)
    backup = tmp_path / "kopie.dekkingsplan"
    shutil.copyfile(current, backup)
    _edited(backup, "UPDATE plan SET first_year = 2029, last_year = 2026")
    before = sha256(current)
    assert main(["restore", str(backup), str(current)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "table plan, field last_year: before the first year" in err
    assert sha256(current) == before


# --- any value in any column -------------------------------------------------------------------------------

COLUMNS = [("plan", "reserve_target"), ("organisation", "vat"), ("source", "lead_months"),
           ("cost_actual_note", "note"), ("cost_actual_note", "year"), ("bank_rule", "match"), ("bank_rule", "line"),
           ("bank_transaction", "date"), ("bank_transaction", "amount"), ("bank_transaction", "line"),
           ("plan", "first_year"), ("plan", "last_year"), ("plan", "opening_reserve"), ("organisation", "name"),
           ("organisation", "kvk"), ("organisation", "anbi"), ("project", "id"), ("project", "name"),
           ("cost_line", "amount"), ("cost_line", "basis"), ("cost_line", "start"), ("cost_line", "end"),
           ("cost_line", "indexation"), ("cost_line", "project"), ("cost_line", "in_kind"),
           ("cost_line", "quantity"), ("cost_line", "rate"), ("cost_line", "category"), ("cost_actual", "year"),
           ("cost_actual", "amount"), ("source", "type"), ("source", "status"), ("source", "probability"),
           ("source", "apply_by"), ("source", "decision_expected"), ("source", "amount"), ("report_due", "due"),
           ("scenario", "id"), ("scenario", "base"), ("adjustment", "target"), ("adjustment", "match"),
           ("adjustment", "from_year"), ("adjustment", "factor")]
VALUES = (st.none() | st.integers(-10**15, 10**15) | st.floats(allow_nan=False) | st.text(max_size=12)
          | st.sampled_from(["2026-13", "2026-00", "2026-1", "-1", "1e999", "NaN", "{}", "[]", "once", "rejected",
                             "0.5", "2026-02-30", "01-01-2026", "coord"]) | st.binary(max_size=4))


# a row is named by its id as Python writes a string (quoted, so an id of "," stays one name), its key or position
ROW_NAME = r"""(pk \d+|position \d+|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(column=st.sampled_from(COLUMNS), value=VALUES, which=st.integers(0, 20))
@example(column=("scenario", "id"), value=",", which=0)  # found by hypothesis: the id is a comma
def test_any_value_in_any_column_is_read_or_refused_in_one_line(tmp_path: Path, full_plan: Plan, column, value,
                                                                which: int) -> None:
    path = tmp_path / f"fuzz-{uuid.uuid4().hex}.dekkingsplan"
    write_new_file(path, full_plan)
    table, field = column
    raw = sqlite3.connect(path)
    rowids = [r[0] for r in raw.execute(f"SELECT rowid FROM {table}")]  # noqa: S608 - the test's own names
    try:
        raw.execute(f'UPDATE {table} SET "{field}" = ? WHERE rowid = ?', (value, rowids[which % len(rowids)]))
        raw.commit()
    except sqlite3.IntegrityError:  # a NOT NULL or UNIQUE column the database itself keeps
        return
    finally:
        raw.close()
    before = sha256(path)
    try:
        plan = read_plan(path)
    except StoreError as exc:
        assert exc.kind in (StoreErrorKind.INVALID, StoreErrorKind.DAMAGED)
        assert "\n" not in str(exc) and str(path) in str(exc)
        if exc.kind == StoreErrorKind.INVALID:  # this table, or one whose rows name this one's (a project)
            assert re.search(rf": table \w+(, row {ROW_NAME}(, (year|position) \d+)?)?(, field \w+)?: ", str(exc))
    else:  # what is read is what the rules accept: it survives a round trip through a new file
        again = tmp_path / f"again-{uuid.uuid4().hex}.dekkingsplan"
        write_new_file(again, plan)
        assert read_plan(again) == plan
        again.unlink()
    assert sha256(path) == before
    path.unlink()
