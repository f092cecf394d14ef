"""Bank transactions into the actual figures: rules, the treasurer's choices, refunds, the turn of the year, and
never twice — the same statement or an overlapping one adds nothing the second time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dekkingsplan.core.bank.assign import LineTotal, RowStatus, payable_lines, prepare, rule_for, rule_matches
from dekkingsplan.core.bank.read import read_statement
from dekkingsplan.core.bank.records import Statement, Transaction, with_identities
from dekkingsplan.core.model import BankRule, Organisation
from dekkingsplan.core.planjson import dumps
from tests.plans.builders import cost, plan, source

HERE = Path(__file__).parent / "statements"
RENT_IBAN = "NL44RABO0123456789"


def buurtkamer(first_year: int = 2026, *, rules: list[BankRule] | None = None, huur_actuals=None):
    p = plan(first_year, first_year + 3,
             costs=[cost("huur", 16740_00, name="Huur De Wissel", actuals=dict(huur_actuals or {})),
                    cost("drukwerk", 500_00, name="Drukwerk")],
             sources=[source("subsidie", 12500_00, type="subsidy", name="Subsidie inclusie"),
                      source("contributie", 600_00, type="own_income", name="Contributies")],
             organisation=Organisation(name="Stichting Buurtkamer De Wissel", iban="NL20INGB0001234567"))
    p.bank_rules = list(rules if rules is not None else [
        BankRule(match={"iban": "nl44 rabo 0123 4567 89"}, line="huur"),
        BankRule(match={"counterparty": "GEMEENTE"}, line="subsidie"),
        BankRule(match={"description": "contributie"}, line="contributie"),
    ])
    return p


def apply(p, imp) -> None:
    edit = imp.edit(p)
    if edit is not None:
        edit.apply(p)


def test_debits_and_credits_on_cost_and_source_lines_with_a_refund_across_two_years() -> None:
    p = buurtkamer()
    imp = prepare(p, read_statement(HERE / "camt053_v02.xml"))
    assert [r.status for r in imp.rows] == [
        RowStatus.ASSIGNED, RowStatus.ASSIGNED, RowStatus.ASSIGNED, RowStatus.ASSIGNED, RowStatus.ASSIGNED,
        RowStatus.ASSIGNED,  # the refund of service costs: the rent's IBAN
        RowStatus.UNASSIGNED,  # bank costs: no rule
        RowStatus.ASSIGNED,  # January's rent, in 2027
        RowStatus.UNASSIGNED,  # the printer: no rule
    ]
    summary = [(t.line.id, t.year, t.before, t.change, t.after, t.count) for t in imp.totals]
    assert summary == [
        ("huur", 2026, None, 1395_00 - 45_50, 1349_50, 2),  # rent paid adds, the refund subtracts
        ("huur", 2027, None, 1395_00, 1395_00, 1),
        ("subsidie", 2026, None, 12500_00, 12500_00, 1),
        ("contributie", 2026, None, 3 * 15_00, 45_00, 3),  # the batch's three contributions
    ]
    assert imp.main_year == 2026  # 6 of the 7 changes (2 + 1 + 3 against January's rent in 2027)
    huur = p.cost("huur")
    tie = replace(imp, totals=(LineTotal(huur, 2026, None, 10_00, 2), LineTotal(huur, 2027, None, 10_00, 2)))
    assert tie.main_year == 2027  # as many in each: the later year
    apply(p, imp)
    assert p.cost("huur").actuals == {2026: 1349_50, 2027: 1395_00}
    assert p.source("subsidie").actuals == {2026: 12500_00}
    assert p.source("contributie").actuals == {2026: 45_00}
    assert p.cost("drukwerk").actuals == {}
    assert len(p.bank_transactions) == 9  # every transaction read is remembered, assigned or not
    assert [t.line for t in p.bank_transactions][6:] == [None, "huur", None]


def test_the_same_statement_twice_adds_nothing_the_second_time() -> None:
    p = buurtkamer()
    apply(p, prepare(p, read_statement(HERE / "camt053_v02.xml")))
    once = dumps(p)
    again = prepare(p, read_statement(HERE / "camt053_v02.xml"))
    assert again.totals == () and again.main_year is None
    assert all(r.known for r in again.rows)
    assert again.edit(p) is None
    assert dumps(p) == once


def test_overlapping_statements_add_only_what_is_new() -> None:
    p = buurtkamer()
    apply(p, prepare(p, read_statement(HERE / "ing.csv")))
    assert p.cost("huur").actuals == {2026: 1395_00 - 45_50}
    overlap = prepare(p, read_statement(HERE / "ing_overlap.csv"))
    assert [r.known for r in overlap.rows] == [False, True, True, True, True]
    apply(p, overlap)
    assert p.cost("huur").actuals == {2026: 1349_50, 2027: 1395_00}
    # and the CAMT file of the same ING account: bank references, so its January is known from the .02 file
    apply(p, prepare(p, read_statement(HERE / "camt053_v02.xml")))
    feb = prepare(p, read_statement(HERE / "camt053_v08.xml"))
    assert [r.known for r in feb.rows] == [True, True, False, False]


def test_rules_that_never_match_and_rules_to_a_line_that_is_gone() -> None:
    p = buurtkamer(rules=[BankRule(match={"counterparty": "niemand"}, line="huur"),
                          BankRule(match={"iban": RENT_IBAN, "description": "parkeren"}, line="huur"),
                          BankRule(match={"iban": RENT_IBAN}, line="weg")])
    imp = prepare(p, read_statement(HERE / "triodos.csv"))
    assert [r.status for r in imp.rows] == [RowStatus.UNASSIGNED] * 3
    assert imp.totals == ()
    apply(p, imp)
    assert p.cost("huur").actuals == {}
    assert [t.line for t in p.bank_transactions] == [None, None, None]


def test_a_transaction_read_before_but_unassigned_may_still_be_assigned_once() -> None:
    p = buurtkamer(rules=[])
    apply(p, prepare(p, read_statement(HERE / "triodos.csv")))
    assert p.cost("huur").actuals == {}
    p.bank_rules = [BankRule(match={"iban": RENT_IBAN}, line="huur")]
    later = prepare(p, read_statement(HERE / "triodos.csv"))
    assert [(r.status, r.known) for r in later.rows] == [
        (RowStatus.ASSIGNED, True), (RowStatus.UNASSIGNED, True), (RowStatus.ASSIGNED, True)]
    apply(p, later)
    assert p.cost("huur").actuals == {2027: 1395_00 - 45_50}
    assert len(p.bank_transactions) == 3
    assert prepare(p, read_statement(HERE / "triodos.csv")).totals == ()


def test_the_treasurers_choice_overrides_the_rules_and_a_remembered_rule_comes_first_where_it_must() -> None:
    p = buurtkamer(rules=[BankRule(match={"counterparty": "woningstichting"}, line="huur")])
    statement = read_statement(HERE / "ing.csv")
    refund = statement.transactions[1]
    printer_choice = {statement.transactions[0].id: "drukwerk"}  # bank costs, to the printing line by hand
    rule = BankRule(match={"description": "servicekosten"}, line="drukwerk")
    imp = prepare(p, statement, choices=printer_choice, remembered=[(rule, refund)])
    assert imp.rules == (rule, BankRule(match={"counterparty": "woningstichting"}, line="huur"))
    # the refund now goes to printing (the remembered rule wins over the rent's), bank costs by hand: together
    # 12.40 − 45.50 < 0, so neither is taken; the rent is
    assert [(t.line.id, t.year, t.change) for t in imp.totals] == [("huur", 2026, 1395_00)]
    assert [r.status for r in imp.rows[:2]] == [RowStatus.NEGATIVE, RowStatus.NEGATIVE]
    p.costs[1] = replace(p.costs[1], actuals={2026: 100_00})
    imp = prepare(p, statement, choices=printer_choice, remembered=[(rule, refund)])
    assert [(t.line.id, t.year, t.change) for t in imp.totals] == [
        ("huur", 2026, 1395_00), ("drukwerk", 2026, 12_40 - 45_50)]


def test_a_change_that_would_make_an_actual_negative_is_left_out() -> None:
    statement = read_statement(HERE / "ing.csv")
    rent, refund = statement.transactions[5], statement.transactions[1]
    only_refund = {rent.id: None}
    p = buurtkamer()
    imp = prepare(p, statement, choices=only_refund)
    assert [r.status for r in imp.rows if r.transaction.id in (rent.id, refund.id)] == [
        RowStatus.NEGATIVE, RowStatus.UNASSIGNED]
    assert [t.line.id for t in imp.totals] == ["subsidie"]
    # with an actual already recorded, the refund subtracts from it
    p = buurtkamer(huur_actuals={2026: 100_00})
    imp = prepare(p, statement, choices=only_refund)
    assert [(t.line.id, t.before, t.after) for t in imp.totals][0] == ("huur", 100_00, 54_50)


def test_transactions_outside_the_plans_years_go_nowhere() -> None:
    p = buurtkamer(2027)
    imp = prepare(p, read_statement(HERE / "camt053_v02.xml"))
    statuses = {r.transaction.date.year: set() for r in imp.rows}
    for r in imp.rows:
        statuses[r.transaction.date.year].add(r.status)
    assert statuses[2026] == {RowStatus.OUTSIDE, RowStatus.UNASSIGNED}
    assert [(t.line.id, t.year) for t in imp.totals] == [("huur", 2027)]


def test_one_edit_undone_gives_the_plan_back() -> None:
    p = buurtkamer()
    before = dumps(p)
    edit = prepare(p, read_statement(HERE / "camt053_v02.xml"),
                   remembered=[(BankRule(match={"counterparty": "drukkerij"}, line="drukwerk"),
                                Transaction(date(2027, 1, 8), -250_00, "Drukkerij Papier & Co"))]).edit(p)
    change = edit.apply(p)
    assert p.cost("drukwerk").actuals == {2027: 250_00}
    change.inverse().apply(p)
    assert dumps(p) == before


def test_rule_keys() -> None:
    tx = Transaction(date(2027, 1, 5), -1395_00, "Woningstichting Ons Huis", RENT_IBAN, "Huur januari 2027")
    assert rule_matches(BankRule(match={"iban": "NL44 RABO 0123 4567 89"}, line="x"), tx)
    assert not rule_matches(BankRule(match={"iban": "NL44RABO01234567"}, line="x"), tx)  # exact, not a part
    assert rule_matches(BankRule(match={"counterparty": "ONS HUIS", "description": "januari"}, line="x"), tx)
    assert not rule_matches(BankRule(match={"counterparty": "ons huis", "description": "februari"}, line="x"), tx)
    assert rule_matches(BankRule(match={}, line="x"), tx)


# --- properties ----------------------------------------------------------------------------------------------

PARTIES = [("Woningstichting Ons Huis", RENT_IBAN), ("Gemeente Voorbeeldstad", "NL75ABNA0555555555"),
           ("J. Voorbeeld", "NL32INGB0007777777"), ("Drukkerij Papier & Co", "NL31RABO0300030003")]
LINES = ["huur", "drukwerk", "subsidie", "contributie"]
transactions = st.builds(
    lambda party, amount, day, words: Transaction(date(2026, 1, 1).fromordinal(date(2026, 1, 1).toordinal() + day),
                                                  amount, PARTIES[party][0], PARTIES[party][1], words,
                                                  "NL20INGB0001234567"),
    st.integers(0, 3), st.integers(-5000_00, 5000_00).filter(bool), st.integers(0, 3 * 365),
    st.sampled_from(["huur", "gift", "factuur", "subsidie termijn", ""]))
rules = st.builds(lambda key, value, line: BankRule(match={key: value}, line=line),
                  st.sampled_from(["iban", "counterparty", "description"]),
                  st.sampled_from([RENT_IBAN, "gemeente", "voorbeeld", "huur", "gift", "x"]), st.sampled_from(LINES))


@settings(max_examples=60, deadline=None)
@given(st.lists(transactions, max_size=25), st.lists(rules, max_size=5))
def test_every_amount_lands_once_on_the_line_of_the_first_matching_rule(txs: list[Transaction],
                                                                       plan_rules: list[BankRule]) -> None:
    p = buurtkamer(rules=plan_rules)
    for line in LINES:  # every line can absorb any refund: nothing is left out for going negative
        target = p.cost(line) or p.source(line)
        replace_in = p.costs if p.cost(line) else p.sources
        replace_in[replace_in.index(target)] = replace(target, actuals={y: 10**9 for y in p.years})
    statement = Statement("test", tuple(with_identities(txs)))
    start = {line.id: dict(line.actuals) for line in (*p.costs, *p.sources)}
    apply(p, prepare(p, statement))
    expected = {k: dict(v) for k, v in start.items()}
    for tx in statement.transactions:  # re-derived: first rule whose keys all match, cost lines count debits
        line = next((r.line for r in plan_rules if all(
            (tx.iban == v) if k == "iban" else v.casefold() in getattr(tx, k).casefold() for k, v in r.match.items())),
            None)
        if line is not None:
            sign = -1 if line in ("huur", "drukwerk") else 1
            expected[line][tx.date.year] = expected[line].get(tx.date.year, 0) + sign * tx.amount
    assert {line.id: line.actuals for line in (*p.costs, *p.sources)} == expected
    once = dumps(p)
    apply(p, prepare(p, statement))
    assert dumps(p) == once


def test_the_rule_onthoud_dit_makes() -> None:
    rent = Transaction(date(2027, 1, 5), -1395_00, "Woningstichting Ons Huis", RENT_IBAN, "Huur januari 2027")
    assert rule_for(rent, "huur") == BankRule(match={"iban": RENT_IBAN}, line="huur")
    card = Transaction(date(2027, 1, 15), -14_95, "", "444555666", "BEA Bouwmarkt")
    assert rule_for(card, "activiteiten") == BankRule(match={"description": "BEA Bouwmarkt"}, line="activiteiten")
    cash = Transaction(date(2027, 1, 15), 20_00, "Collectebus", "", "")
    assert rule_for(cash, "collecte") == BankRule(match={"counterparty": "Collectebus"}, line="collecte")
    assert rule_for(Transaction(date(2027, 1, 1), 1), "x") is None


def test_removing_lines_takes_their_rules_along_and_undo_puts_them_back_in_order() -> None:
    from dekkingsplan.core.edits import Batch, RemoveRecord
    from dekkingsplan.core.validation import check_plan

    p = buurtkamer(rules=[BankRule(match={"iban": RENT_IBAN}, line="huur"),
                          BankRule(match={"counterparty": "gemeente"}, line="subsidie"),
                          BankRule(match={"description": "servicekosten"}, line="huur"),
                          BankRule(match={"description": "contributie"}, line="contributie")])
    before = dumps(p)
    # as the Begroting and Dekking screens delete several lines: each removal built before any is applied
    edit = Batch((RemoveRecord(p.cost("huur")), RemoveRecord(p.source("contributie"))))
    change = edit.apply(p)
    assert p.bank_rules == [BankRule(match={"counterparty": "gemeente"}, line="subsidie")]
    assert [problem for problem in check_plan(p) if problem.place.startswith("bank_rules")] == []
    change.inverse().apply(p)
    assert dumps(p) == before
    # a line no rule points to is removed on its own
    assert [step.part.value for step in RemoveRecord(p.cost("drukwerk")).apply(p).records] == ["costs"]


def test_a_transaction_can_go_to_a_line_money_moves_on() -> None:
    p = buurtkamer()
    p.costs.append(cost("zaal", 500_00, name="Zaal om niet", in_kind=True))
    p.sources += [source("fonds", 1000_00, status="rejected", name="Afgewezen fonds"),
                  source("zaal-bron", 500_00, name="Zaal (in natura)", in_kind=True),
                  source("aanvraag", 2000_00, status="applied", name="Aangevraagd")]
    costs, sources = payable_lines(p)
    assert [line.id for line in costs] == ["huur", "drukwerk"]  # not the room given in kind
    assert [line.id for line in sources] == ["subsidie", "contributie", "aanvraag"]  # not rejected, not in kind
