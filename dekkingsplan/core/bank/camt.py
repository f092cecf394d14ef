"""CAMT.053 (ISO 20022 bank-to-customer statement, every version from .001.02 on): booked entries, batches
split into their transaction details, and opening + entries = closing per statement."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element, ParseError, fromstring

from dekkingsplan.core.bank.records import (
    BalanceCheck,
    Statement,
    StatementError,
    Transaction,
    normalise_iban,
)
from dekkingsplan.core.money import Cents, decimal_to_cents

OPENING_CODES = ("OPBD", "PRCD")  # opening booked; the previous closing where a bank gives that instead
CLOSING_CODES = ("CLBD",)


def read_camt(data: bytes, name: str) -> Statement:
    """The statement(s) of a CAMT.053 file; StatementError for broken XML or another kind of document."""
    root = _parse(data, name)
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith("{"):
            element.tag = element.tag.split("}", 1)[1]
    report = root.find("BkToCstmrStmt")
    if root.tag != "Document" or report is None or (namespace and "camt.053" not in namespace):
        raise StatementError(f"{name}: an XML file, but not a CAMT.053 bank statement",
                             f"{name}: een XML-bestand, maar geen CAMT.053-bankafschrift")
    transactions: list[Transaction] = []
    checks: list[BalanceCheck] = []
    for number, stmt in enumerate(report.findall("Stmt"), start=1):
        place = f"{name}: Stmt {number}"
        account = normalise_iban(_text(stmt, "Acct/Id/IBAN") or _text(stmt, "Acct/Id/Othr/Id"))
        booked_total = 0
        for entry_number, element in enumerate(stmt.iterfind("Ntry"), start=1):
            entry = _Flat(element, skip="NtryDtls")
            status = _text(entry, "Sts/Cd") or _text(entry, "Sts") or "BOOK"
            if status != "BOOK":  # pending and information-only entries are not on the balance
                continue
            entry_place = f"{place}, Ntry {entry_number}"
            amount = _signed(entry, entry_place)
            booked_total += amount
            transactions.extend(_entry_transactions(element, entry, amount, account, entry_place))
        opening = _balance(stmt, OPENING_CODES, place)
        closing = _balance(stmt, CLOSING_CODES, place)
        if opening is not None and closing is not None:
            label = _text(stmt, "Id") or f"afschrift {number}"
            checks.append(BalanceCheck(label, opening, closing, booked_total))
    return Statement("CAMT.053", tuple(transactions), tuple(checks))


class _Flat:
    """An element's subtree as path → texts in document order, read once: thousands of entries would otherwise
    walk their subtree again for each of the twenty-odd fields asked (ElementPath is Python)."""

    __slots__ = ("paths",)

    def __init__(self, element: Element, skip: str = "") -> None:
        paths: dict[str, list[str]] = {}
        stack = [(child, child.tag) for child in reversed(element)]
        while stack:
            node, path = stack.pop()
            if node.tag == skip:
                continue
            paths.setdefault(path, []).append((node.text or "").strip())
            if len(node):
                stack.extend((child, f"{path}/{child.tag}") for child in reversed(node))
        self.paths = paths

    def findtext(self, path: str) -> str:
        found = self.paths.get(path)
        return found[0] if found else ""

    def texts(self, path: str) -> list[str]:
        return self.paths.get(path, [])


def _parse(data: bytes, name: str) -> Element:
    """The standard library's (C) parser, hardened: a CAMT.053 is UTF-8 and never has a DTD, so a file that
    declares one — the only way to entity expansion (billion laughs) or external entities — is refused before
    expat sees it. NUL bytes (UTF-16, or no text at all) are refused too, so a declaration cannot hide from the
    check in another encoding. Expat's own amplification limits stand behind this."""
    if b"\x00" in data:
        raise StatementError(f"{name}: not UTF-8 XML, which a CAMT.053 statement is",
                             f"{name}: geen UTF-8-XML, wat een CAMT.053-afschrift wel is")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise StatementError(f"{name}: refused: the XML declares entities or a DTD, which a bank statement never does",
                             f"{name}: geweigerd: de XML bevat entiteiten of een DTD, wat een bankafschrift nooit "
                             "heeft")
    try:
        return fromstring(data)
    except ParseError as exc:
        raise StatementError(f"{name}: broken XML ({exc})", f"{name}: kapotte XML ({exc})") from None


def _text(element: Element | _Flat, path: str) -> str:
    return (element.findtext(path) or "").strip()


def _cents(text: str, place: str) -> Cents:
    try:
        return decimal_to_cents(Decimal(text))
    except (InvalidOperation, ValueError):
        raise StatementError(f"{place}: '{text}' is not an amount", f"{place}: '{text}' is geen bedrag") from None


def _signed(element: Element | _Flat, place: str, amount_path: str = "Amt", sign: str | None = None) -> Cents:
    text = _text(element, amount_path)
    if not text:
        raise StatementError(f"{place}: no amount (Amt)", f"{place}: geen bedrag (Amt)")
    cents = _cents(text, place)
    indicator = sign or _text(element, "CdtDbtInd")
    if indicator not in ("CRDT", "DBIT"):
        raise StatementError(f"{place}: CdtDbtInd is '{indicator}', not CRDT or DBIT",
                             f"{place}: CdtDbtInd is '{indicator}', geen CRDT of DBIT")
    return cents if indicator == "CRDT" else -cents


def _balance(stmt: Element, codes: tuple[str, ...], place: str) -> Cents | None:
    for code in codes:
        for bal in stmt.findall("Bal"):
            if _text(bal, "Tp/CdOrPrtry/Cd") == code:
                return _signed(bal, f"{place}, Bal {code}")
    return None


def _date(element: _Flat) -> date | None:
    for path in ("BookgDt/Dt", "BookgDt/DtTm", "ValDt/Dt", "ValDt/DtTm"):
        text = _text(element, path)
        if text:
            try:
                return date.fromisoformat(text[:10])
            except ValueError:
                continue
    return None


def _party(details: _Flat | None, credit: bool) -> tuple[str, str]:
    """The other side: who paid us on a credit (the debtor), whom we paid on a debit (the creditor)."""
    if details is None:
        return "", ""
    side = f"RltdPties/{'Dbtr' if credit else 'Cdtr'}"
    ultimate = f"RltdPties/Ultmt{'Dbtr' if credit else 'Cdtr'}"
    name = (_text(details, f"{side}/Nm") or _text(details, f"{side}/Pty/Nm")
            or _text(details, f"{ultimate}/Nm") or _text(details, f"{ultimate}/Pty/Nm"))
    iban = _text(details, f"{side}Acct/Id/IBAN") or _text(details, f"{side}Acct/Id/Othr/Id")
    return name, normalise_iban(iban)


def _description(details: _Flat | None, entry: _Flat) -> str:
    if details is not None:
        text = " ".join(u for u in details.texts("RmtInf/Ustrd") if u)
        if text:
            return text
        structured = _text(details, "RmtInf/Strd/CdtrRefInf/Ref")
        if structured:
            return structured
        extra = _text(details, "AddtlTxInf")
        if extra:
            return extra
    return _text(entry, "AddtlNtryInf")


def _entry_transactions(element: Element, entry: _Flat, amount: Cents, account: str,
                        place: str) -> list[Transaction]:
    booked = _date(entry)
    if booked is None:
        raise StatementError(f"{place}: no booking date (BookgDt)", f"{place}: geen boekdatum (BookgDt)")
    reference = _text(entry, "AcctSvcrRef")
    details = [_Flat(tx) for tx in element.iterfind("NtryDtls/TxDtls")]
    entry_sign = "CRDT" if amount >= 0 else "DBIT"
    if len(details) > 1:  # a batch: each transaction detail on its own, when their amounts add up to the entry
        split = []
        for number, tx in enumerate(details, start=1):
            path = next((p for p in ("Amt", "AmtDtls/TxAmt/Amt", "AmtDtls/InstdAmt/Amt") if _text(tx, p)), None)
            if path is None:
                split = []
                break
            sign = _text(tx, "CdtDbtInd") or entry_sign
            cents = _signed(tx, f"{place}, TxDtls {number}", path, sign)
            name, iban = _party(tx, cents >= 0)
            ref = _text(tx, "Refs/AcctSvcrRef") or (f"{reference}/{number}" if reference else "")
            split.append(Transaction(booked, cents, name, iban, _description(tx, entry), account, ref))
        if split and sum(t.amount for t in split) == amount:
            return split
    tx = details[0] if len(details) == 1 else None
    name, iban = _party(tx, amount >= 0)
    ref = (_text(tx, "Refs/AcctSvcrRef") if tx is not None else "") or reference
    return [Transaction(booked, amount, name, iban, _description(tx, entry), account, ref)]
