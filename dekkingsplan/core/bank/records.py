"""What a bank statement holds once read: its transactions, each with an identity, and its balance checks."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.money import Cents, format_amount


class StatementError(DekkingsplanError):
    """A file that is not a bank statement, or one that cannot be read; one sentence naming the file."""


def normalise_iban(text: str | None) -> str:
    """An IBAN as one comparable word: upper case, no spaces (``nl91 abna ...`` → ``NL91ABNA...``)."""
    return re.sub(r"\s+", "", text or "").upper()


@dataclass(frozen=True)
class Transaction:
    """One booked transaction: credit positive, debit negative, in cents."""

    date: date
    amount: Cents
    counterparty: str = ""
    iban: str = ""  # the counterparty's account
    description: str = ""
    account: str = ""  # the statement's own account, normalised
    reference: str = ""  # the bank's reference where the file gives one
    id: str = ""  # the identity: filled by ``with_identities``


@dataclass(frozen=True)
class BalanceCheck:
    """Opening balance + the transactions = closing balance, for one statement (or one account's rows)."""

    label: str
    opening: Cents
    closing: Cents
    total: Cents  # the sum of the transactions between them

    @property
    def ok(self) -> bool:
        return self.opening + self.total == self.closing

    def text(self, lang: str = "nl") -> str:
        opening, closing = format_amount(self.opening, lang), format_amount(self.closing, lang)
        moved = format_amount(self.total, lang)
        if lang == "nl":
            if self.ok:
                return f"{self.label}: beginsaldo {opening} + mutaties {moved} = eindsaldo {closing}"
            return (f"{self.label}: beginsaldo {opening} + mutaties {moved} is niet het eindsaldo {closing} "
                    f"(verschil {format_amount(self.closing - self.opening - self.total, lang)})")
        if self.ok:
            return f"{self.label}: opening {opening} + transactions {moved} = closing {closing}"
        return (f"{self.label}: opening {opening} + transactions {moved} is not the closing {closing} "
                f"(difference {format_amount(self.closing - self.opening - self.total, lang)})")


@dataclass(frozen=True)
class Statement:
    """A file read: its format, its transactions in file order, and the balance checks the file allowed."""

    format: str  # "CAMT.053", "MT940", "ING CSV", ...
    transactions: tuple[Transaction, ...]
    checks: tuple[BalanceCheck, ...] = ()

    @property
    def accounts(self) -> tuple[str, ...]:
        """The statement's own accounts, in order of appearance (usually one)."""
        return tuple(dict.fromkeys(t.account for t in self.transactions if t.account))

    @property
    def balanced(self) -> bool | None:
        """True when every check holds, False when one fails, None when the file gives no balances."""
        if not self.checks:
            return None
        return all(c.ok for c in self.checks)

    def balance_text(self, lang: str = "nl") -> str:
        if not self.checks:
            return ("Dit bestand geeft geen begin- en eindsaldo; het saldo is niet gecontroleerd." if lang == "nl"
                    else "This file gives no opening and closing balance; the balance was not checked.")
        return "; ".join(c.text(lang) for c in self.checks)


def same_account(iban: str, account: str) -> bool:
    """Whether a statement's account is the organisation's IBAN. Older exports (ABN AMRO's TXT, an MT940's
    ``:25:``) give the bare account number, which is the IBAN's last ten digits."""
    iban, account = normalise_iban(iban), normalise_iban(account)
    if not iban or not account:
        return False
    if account.isdigit():
        return iban[8:].lstrip("0") == account.lstrip("0")
    return iban == account


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def with_identities(transactions: list[Transaction]) -> list[Transaction]:
    """Give each transaction its identity: the bank's reference (scoped by the account) where there is one,
    else a hash of its fields. Identical transactions within one statement (two € 5 gifts on a day) are told
    apart by their order, so the same statement read twice, or an overlapping one, gives the same identities."""
    seen: Counter[str] = Counter()
    out = []
    for t in transactions:
        if t.reference:
            out.append(replace(t, id=f"ref:{t.account}:{t.reference}"))
            continue
        key = "|".join((t.account, t.date.isoformat(), str(t.amount), normalise_iban(t.iban),
                        _squash(t.counterparty), _squash(t.description)))
        seen[key] += 1
        digest = hashlib.sha256(f"{key}|{seen[key]}".encode()).hexdigest()[:24]
        out.append(replace(t, id=f"hash:{digest}"))
    return out


def running_checks(rows: list[tuple[str, Cents, Cents]], label: str) -> list[BalanceCheck]:
    """Checks from rows that carry the balance after each transaction: ``(account, amount, balance_after)``
    in file order. Banks list oldest first (Rabobank) or newest first (ING); whichever order the chain holds
    in gives opening and closing; a chain that holds in neither is reported with the file order's figures."""
    by_account: dict[str, list[tuple[Cents, Cents]]] = {}
    for account, amount, after in rows:
        by_account.setdefault(account, []).append((amount, after))
    checks: list[BalanceCheck] = []
    for account, items in by_account.items():
        name = f"{label} {account}".strip()
        total = sum(a for a, _ in items)
        if all(items[i][1] == items[i - 1][1] + items[i][0] for i in range(1, len(items))):  # oldest first
            checks.append(BalanceCheck(name, items[0][1] - items[0][0], items[-1][1], total))
        elif all(items[i - 1][1] == items[i][1] + items[i - 1][0] for i in range(1, len(items))):  # newest first
            checks.append(BalanceCheck(name, items[-1][1] - items[-1][0], items[0][1], total))
        else:
            checks.append(_BrokenCheck(name, items[0][1] - items[0][0], items[-1][1], total))
    return checks


@dataclass(frozen=True)
class _BrokenCheck(BalanceCheck):
    """A running balance with a step that does not follow from the one before: never ok."""

    @property
    def ok(self) -> bool:
        return False

    def text(self, lang: str = "nl") -> str:
        return (f"{self.label}: het saldo na een mutatie klopt niet met de mutatie ervoor" if lang == "nl"
                else f"{self.label}: a balance after a transaction does not follow from the one before")

