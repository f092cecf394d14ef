"""Which line each bank transaction goes to, and what that does to the lines' actual figures.

A transaction goes to the line of the first rule that matches it (or of the treasurer's own choice); its amount
goes to that line's actual of the booking year: a debit adds to a cost line, a credit to a source, the opposite
sign (a refund) subtracts. Every transaction read is remembered in ``plan.bank_transactions`` so that the same
statement, or an overlapping one, adds nothing a second time. A transaction read before but left unassigned
added nothing yet, and may still be assigned.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from dekkingsplan.core.bank.records import Statement, Transaction, normalise_iban
from dekkingsplan.core.edits import Batch, ReplaceRecord, SetBankRules, SetBankTransactions
from dekkingsplan.core.model import BankRule, BankTransaction, CostLine, Line, Plan, Source, Status
from dekkingsplan.core.money import Cents

RULE_KEYS = ("iban", "counterparty", "description")


class RowStatus(StrEnum):
    ASSIGNED = "assigned"  # new, to a line: its amount goes to the line's actual
    UNASSIGNED = "unassigned"  # no rule matched and none chosen: remembered, adds nothing
    KNOWN = "known"  # read before into a line (or twice in this file): adds nothing again
    OUTSIDE = "outside"  # booked in a year outside the plan's years
    NEGATIVE = "negative"  # would make the line's actual of that year negative


class _CompiledRule:
    __slots__ = ("counterparty", "description", "iban", "index", "line")

    def __init__(self, rule: BankRule, index: int) -> None:
        self.index = index
        self.line = rule.line
        self.iban = normalise_iban(rule.match["iban"]) if "iban" in rule.match else None
        self.counterparty = rule.match["counterparty"].casefold() if "counterparty" in rule.match else None
        self.description = rule.match["description"].casefold() if "description" in rule.match else None

    def matches(self, tx: Transaction, counterparty: str, description: str) -> bool:
        return ((self.iban is None or self.iban == tx.iban)
                and (self.counterparty is None or self.counterparty in counterparty)
                and (self.description is None or self.description in description))


def rule_matches(rule: BankRule, tx: Transaction) -> bool:
    """Every key the rule gives matches: ``iban`` exactly (normalised), ``counterparty`` and ``description`` as
    case-insensitive parts. A rule without keys matches every transaction."""
    return _CompiledRule(rule, 0).matches(tx, tx.counterparty.casefold(), tx.description.casefold())


class Rules:
    """The plan's rules, ready to match many transactions; rules to a line that is not there are passed over."""

    def __init__(self, rules: Sequence[BankRule], lines: Mapping[str, Line]) -> None:
        self._rules = [_CompiledRule(rule, i) for i, rule in enumerate(rules) if rule.line in lines]

    def first(self, tx: Transaction) -> tuple[str | None, int | None]:
        """(line id, rule index) of the first rule that matches, or (None, None)."""
        counterparty, description = tx.counterparty.casefold(), tx.description.casefold()
        for rule in self._rules:
            if rule.matches(tx, counterparty, description):
                return rule.line, rule.index
        return None, None


def lines_by_id(plan: Plan) -> dict[str, Line]:
    """Every line a transaction can go to; an id that is both a cost line's and a source's goes nowhere."""
    costs = {c.id: c for c in plan.costs}
    sources = {s.id: s for s in plan.sources}
    both = costs.keys() & sources.keys()
    return {k: v for k, v in (costs | sources).items() if k not in both}


def delta(line: Line, amount: Cents) -> Cents:
    """What a transaction adds to a line's actual: a debit (negative) adds to a cost, a credit to a source."""
    return -amount if isinstance(line, CostLine) else amount


@dataclass(frozen=True)
class Row:
    """One transaction of the statement and what becomes of it."""

    transaction: Transaction
    line: str | None  # where it goes (or, when known, where it went)
    status: RowStatus
    known: bool  # read before this statement (``--json``'s ``known``)
    rule: int | None = None  # the index of the rule that placed it

    @property
    def adds(self) -> bool:
        return self.status == RowStatus.ASSIGNED


@dataclass(frozen=True)
class LineTotal:
    """What the statement does to one line's actual of one year."""

    line: Line
    year: int
    before: Cents | None  # None: no actual recorded yet
    change: Cents
    count: int

    @property
    def after(self) -> Cents:
        return (self.before or 0) + self.change


@dataclass(frozen=True)
class Import:
    """A statement laid against a plan: every row's fate and the totals per line and year, before any change."""

    statement: Statement
    rows: tuple[Row, ...]
    totals: tuple[LineTotal, ...]
    rules: tuple[BankRule, ...]  # the plan's rules after this import (with any remembered ones)
    transactions: tuple[BankTransaction, ...]  # the plan's transactions read after this import

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def main_year(self) -> int | None:
        """The year most of the statement's changes fall in (the later one on a tie): the year to show after."""
        counts: dict[int, int] = {}
        for total in self.totals:
            counts[total.year] = counts.get(total.year, 0) + total.count
        return max(counts, key=lambda year: (counts[year], year)) if counts else None

    def edit(self, plan: Plan) -> Batch | None:
        """One undoable edit: the lines' new actuals and the transactions read (and rules made); None when the
        statement changes nothing at all."""
        steps: list = []
        new_actuals: dict[str, dict[int, Cents]] = {}
        for total in self.totals:
            new_actuals.setdefault(total.line.id, dict(total.line.actuals))[total.year] = total.after
        for line_id, actuals in new_actuals.items():
            old = next(line for line in (*plan.costs, *plan.sources) if line.id == line_id)
            steps.append(ReplaceRecord(old, replace(old, actuals=dict(sorted(actuals.items()))),
                                       label="bankafschrift inlezen"))
        if tuple(plan.bank_rules) != self.rules:
            steps.append(SetBankRules(self.rules, label="bankafschrift inlezen"))
        if tuple(plan.bank_transactions) != self.transactions:
            steps.append(SetBankTransactions(self.transactions, label="bankafschrift inlezen"))
        return Batch(tuple(steps), label="bankafschrift inlezen") if steps else None


def payable_lines(plan: Plan) -> tuple[list[CostLine], list[Source]]:
    """The lines a bank transaction can go to: money moves on them, so not in kind, and not a rejected source."""
    return ([line for line in plan.costs if not line.in_kind],
            [line for line in plan.sources if not line.in_kind and line.status != Status.REJECTED])


def with_remembered(rules: Sequence[BankRule], remembered: Iterable[tuple[BankRule, Transaction]],
                    lines: Mapping[str, Line]) -> list[BankRule]:
    """The plan's rules with the treasurer's new ones ("onthoud dit"): each goes at the end, unless an existing
    rule would send the transaction it was made from elsewhere — then just before that rule, so it wins."""
    out = list(rules)
    for rule, tx in remembered:
        line, index = Rules(out, lines).first(tx)
        if line is not None and line != rule.line and index is not None:
            out.insert(index, rule)
        else:
            out.append(rule)
    return out


def prepare(plan: Plan, statement: Statement, *, choices: Mapping[str, str | None] | None = None,
            remembered: Iterable[tuple[BankRule, Transaction]] = ()) -> Import:
    """Lay ``statement`` against ``plan`` without changing it. ``choices`` (transaction id → line id, or None
    to leave it unassigned) overrides the rules; ``remembered`` are rules to add, with the transaction each
    was made from."""
    choices = choices or {}
    lines = lines_by_id(plan)
    rule_list = with_remembered(plan.bank_rules, remembered, lines)
    rules = Rules(rule_list, lines)
    read_before = {t.id: t for t in plan.bank_transactions}
    seen: set[str] = set()
    provisional: list[Row] = []
    for tx in statement.transactions:
        before = read_before.get(tx.id)
        if tx.id in seen or (before is not None and before.line is not None):
            provisional.append(Row(tx, before.line if before else None, RowStatus.KNOWN, before is not None))
            seen.add(tx.id)
            continue
        seen.add(tx.id)
        if tx.id in choices:
            line, rule = choices[tx.id], None
            line = line if line in lines else None
        else:
            line, rule = rules.first(tx)
        if line is None:
            provisional.append(Row(tx, None, RowStatus.UNASSIGNED, before is not None))
        elif tx.date.year not in plan.years:
            provisional.append(Row(tx, None, RowStatus.OUTSIDE, before is not None, rule))
        else:
            provisional.append(Row(tx, line, RowStatus.ASSIGNED, before is not None, rule))

    change: dict[tuple[str, int], list[Cents]] = {}
    for row in provisional:
        if row.adds:
            change.setdefault((row.line, row.transaction.date.year), []).append(  # type: ignore[arg-type]
                delta(lines[row.line], row.transaction.amount))  # type: ignore[index]
    negative = {key for key, deltas in change.items()
                if lines[key[0]].actuals.get(key[1], 0) + sum(deltas) < 0}
    rows = tuple(replace(r, line=None, status=RowStatus.NEGATIVE)
                 if r.adds and (r.line, r.transaction.date.year) in negative else r for r in provisional)
    totals = tuple(
        LineTotal(lines[line_id], year, lines[line_id].actuals.get(year), sum(deltas), len(deltas))
        for (line_id, year), deltas in sorted(change.items(), key=lambda kv: (_order(plan, kv[0][0]), kv[0][1]))
        if (line_id, year) not in negative)

    recorded = list(plan.bank_transactions)
    position = {t.id: i for i, t in enumerate(recorded)}
    for row in rows:
        if row.status == RowStatus.KNOWN:
            continue
        tx = row.transaction
        record = BankTransaction(id=tx.id, date=tx.date, amount=tx.amount, line=row.line)
        if tx.id in position:  # read before, unassigned; now perhaps assigned
            recorded[position[tx.id]] = record
        else:
            position[tx.id] = len(recorded)
            recorded.append(record)
    return Import(statement, rows, totals, tuple(rule_list), tuple(recorded))


def _order(plan: Plan, line_id: str) -> tuple[int, int]:
    """Costs before sources, each in the plan's order: the order the screens show them."""
    for i, c in enumerate(plan.costs):
        if c.id == line_id:
            return 0, i
    for i, s in enumerate(plan.sources):
        if s.id == line_id:
            return 1, i
    return 2, 0



def rule_for(tx: Transaction, line: str) -> BankRule | None:
    """The rule "onthoud dit" makes from one transaction: its counter account where that is an IBAN, else its
    counterparty's name, else its description; None for a transaction without any of them."""
    from stdnum import iban as stdnum_iban

    if tx.iban and stdnum_iban.is_valid(tx.iban):
        return BankRule(match={"iban": tx.iban}, line=line)
    if tx.counterparty.strip():
        return BankRule(match={"counterparty": tx.counterparty.strip()}, line=line)
    if tx.description.strip():
        return BankRule(match={"description": tx.description.strip()}, line=line)
    return None
