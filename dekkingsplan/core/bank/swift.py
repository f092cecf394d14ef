"""MT940 statements, read by the ``mt-940`` package; the Dutch banks' structured ``:86:`` (``/NAME/…/REMI/…``)
gives counterparty and description."""

from __future__ import annotations

import re

from dekkingsplan.core.bank.records import (
    BalanceCheck,
    Statement,
    StatementError,
    Transaction,
    normalise_iban,
)
from dekkingsplan.core.money import decimal_to_cents

# the codes of the structured :86: of ING, Rabobank, ABN AMRO and Triodos (SEPA era)
CODES = frozenset({"TRTP", "IBAN", "BIC", "NAME", "REMI", "EREF", "CNTP", "ORDP", "BENM", "PREF", "MARF", "CSID",
                   "ADDR", "ISDT", "RTRN", "ULTC", "ULTD", "PURP", "SWOC", "ID", "EXCH", "CHGS", "IREF",
                   "OCMT", "BUSP", "ULTB", "FX", "ACCW", "REF", "REMT"})
REMITTANCE_MARKERS = ("USTD", "STRD", "CUR", "ISO", "SCOR")


def looks_like_mt940(head: bytes) -> bool:
    text = head.decode("latin-1")
    return bool(re.search(r"^:20:", text, re.M)) and bool(re.search(r"^:(25|60F|61):", text, re.M))


def details(text: str) -> tuple[str, str, str]:
    """(counterparty, iban, description) from a ``:86:`` field; an unstructured one is all description."""
    flat = " ".join(text.split("\n")).replace("\r", "")
    if not flat.startswith("/") or not any(f"/{code}/" in flat for code in ("NAME", "REMI", "CNTP", "IBAN")):
        return "", "", " ".join(flat.split())
    fields: dict[str, list[str]] = {}
    current: str | None = None
    for token in flat.split("/"):
        if token in CODES:
            current = token
            fields.setdefault(current, [])
        elif current is not None:
            fields[current].append(token)
    name = " ".join(fields.get("NAME", [])).strip()
    iban = " ".join(fields.get("IBAN", [])).strip()
    party = [p for p in fields.get("CNTP", []) if p]
    if party:  # CNTP/account/BIC/name/city
        cntp = fields["CNTP"] + ["", "", "", ""]
        iban = iban or cntp[0]
        name = name or cntp[2]
    remittance = [p for p in fields.get("REMI", []) if p and p not in REMITTANCE_MARKERS]
    description = " ".join(" ".join(remittance).split())
    return " ".join(name.split()), normalise_iban(iban), description


def _account(identification: str) -> str:
    """``:25:`` holds the IBAN, sometimes followed by the currency (``NL69INGB0123456789EUR``)."""
    from stdnum import iban as stdnum_iban

    text = normalise_iban(identification.split("/")[-1] if "/" in identification else identification)
    if len(text) > 3 and text[-3:].isalpha() and stdnum_iban.is_valid(text[:-3]):
        return text[:-3]
    return text


def read_mt940(data: bytes, name: str) -> Statement:
    import mt940

    text = data.decode("utf-8", errors="strict") if _utf8(data) else data.decode("latin-1")
    try:
        statements = mt940.parse_statements(text)
    except Exception as exc:  # the library raises what it meets; any of it means the file is not readable
        raise StatementError(f"{name}: not a readable MT940 statement ({exc})",
                             f"{name}: geen leesbaar MT940-afschrift ({exc})") from None
    transactions: list[Transaction] = []
    checks: list[BalanceCheck] = []
    for number, statement in enumerate(statements, start=1):
        account = _account(statement.data.get("account_identification") or "")
        total = 0
        for tx_number, tx in enumerate(statement, start=1):
            place = f"{name}: statement {number}, transaction {tx_number}"
            data_ = tx.data
            try:
                cents = decimal_to_cents(data_["amount"].amount, allow_negative=True)
            except (KeyError, ValueError, AttributeError):
                raise StatementError(f"{place}: no amount", f"{place}: geen bedrag") from None
            booked = data_.get("entry_date") or data_.get("date")
            if booked is None:
                raise StatementError(f"{place}: no date", f"{place}: geen datum")
            counterparty, iban, description = details(data_.get("transaction_details") or "")
            extra = normalise_iban(data_.get("extra_details") or "")
            if not iban and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", extra):  # Rabobank: on the :61:'s 2nd line
                iban = extra
            reference = (data_.get("bank_reference") or "").strip()
            if reference.upper() in ("NONREF", "NOTPROVIDED"):
                reference = ""
            total += cents
            transactions.append(Transaction(booked, cents, counterparty, iban, description, account, reference))
        opening = statement.data.get("final_opening_balance") or statement.data.get("intermediate_opening_balance")
        closing = statement.data.get("final_closing_balance") or statement.data.get("intermediate_closing_balance")
        if opening is not None and closing is not None:
            label = f"afschrift {statement.data.get('statement_number') or number}"
            checks.append(BalanceCheck(label, decimal_to_cents(opening.amount.amount, allow_negative=True),
                                       decimal_to_cents(closing.amount.amount, allow_negative=True), total))
    if not statements or (not transactions and not checks):
        raise StatementError(f"{name}: no MT940 statement in it", f"{name}: er staat geen MT940-afschrift in")
    return Statement("MT940", tuple(transactions), tuple(checks))


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
