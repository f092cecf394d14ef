"""The CSV exports of the Dutch banks, recognised by their header row — or, for the banks whose export has
none (ABN AMRO's TXT, Triodos, ASN/SNS), by the shape of their first row. Amounts with a decimal comma or
point (``-1.234,56``, ``+12,50``, ``-12.50``), each bank's own date format."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime

from dekkingsplan.core.bank.records import (
    Statement,
    StatementError,
    Transaction,
    normalise_iban,
    running_checks,
)
from dekkingsplan.core.bank.swift import details
from dekkingsplan.core.errors import AmountError
from dekkingsplan.core.money import Cents, parse_amount

BANKS = "ING, Rabobank, ABN AMRO, Triodos, ASN/SNS, bunq"

ING_NL = ("Datum", "Naam / Omschrijving", "Rekening", "Tegenrekening", "Af Bij", "Bedrag (EUR)", "Mededelingen")
ING_EN = ("Date", "Name / Description", "Account", "Counterparty", "Debit/credit", "Amount (EUR)", "Notifications")
RABO = ("IBAN/BBAN", "Volgnr", "Datum", "Bedrag", "Tegenrekening IBAN/BBAN", "Naam tegenpartij", "Omschrijving-1")
BUNQ_EN = ("Date", "Interest Date", "Amount", "Account", "Counterparty", "Name", "Description")
BUNQ_NL = ("Datum", "Rentedatum", "Bedrag", "Rekening", "Naam", "Omschrijving")  # and Tegenpartij
DMY = re.compile(r"\d{2}-\d{2}-\d{4}$")


class _Rows:
    """The rows of the file with their line numbers, and the file's name for the error sentences."""

    def __init__(self, name: str, rows: list[list[str]], header: list[str] | None = None) -> None:
        self.name = name
        self.rows = rows
        self.header = header
        self.index = {h.strip().casefold(): i for i, h in enumerate(header or [])}

    def records(self, least: int = 0, layout: int | None = None) -> Iterator[tuple[int, list[str]]]:
        """The rows that are not blank, with their line numbers; a row of fewer than ``least`` columns is refused
        in a sentence that says the layout has ``layout`` columns (``least`` if not given)."""
        first = 2 if self.header is not None else 1
        for number, row in enumerate(self.rows, start=first):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) < least:
                said = least if layout is None else layout
                raise StatementError(f"{self.name}: row {number} has {len(row)} columns, not {said}",
                                     f"{self.name}: regel {number} heeft {len(row)} kolommen, geen {said}")
            yield number, row

    def get(self, row: list[str], column: str) -> str:
        i = self.index.get(column.casefold())
        return row[i].strip() if i is not None and i < len(row) else ""

    def place(self, number: int, column: str) -> str:
        return f"{self.name}: row {number}, {column}"


PLAIN_AMOUNT = re.compile(r"([+-]?)(\d{1,12})[.,](\d\d)")


def _amount(text: str, place: str) -> Cents:
    plain = PLAIN_AMOUNT.fullmatch(text.strip())
    if plain:  # the common case, without thousands separators: no need for the full reader
        cents = int(plain[2]) * 100 + int(plain[3])
        return -cents if plain[1] == "-" else cents
    try:
        return parse_amount(text.strip().lstrip("+").strip(), allow_negative=True)
    except AmountError as exc:
        raise StatementError(f"{place}: {exc.en}", f"{place}: {exc.nl}") from None


FAST_DATES = {"%Y%m%d": re.compile(r"(\d{4})(\d\d)(\d\d)"), "%Y-%m-%d": re.compile(r"(\d{4})-(\d\d)-(\d\d)"),
              "%d-%m-%Y": re.compile(r"(\d\d)-(\d\d)-(\d{4})")}


def _date(text: str, formats: tuple[str, ...], place: str) -> date:
    text = text.strip()
    for fmt in formats:
        found = FAST_DATES[fmt].fullmatch(text) if fmt in FAST_DATES else None
        if found:
            day, month, year = (found[1], found[2], found[3]) if fmt == "%d-%m-%Y" else (found[3], found[2], found[1])
            try:
                return date(int(year), int(month), int(day))
            except ValueError:
                break
    for fmt in formats:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise StatementError(f"{place}: '{text}' is not a date", f"{place}: '{text}' is geen datum")


def _has(header: list[str], names: tuple[str, ...]) -> bool:
    present = {h.strip().casefold() for h in header}
    return all(n.casefold() in present for n in names)


# --- the banks ----------------------------------------------------------------------------------------------

ING_LABELS = ("Naam:", "Omschrijving:", "IBAN:", "Kenmerk:", "Machtiging ID:", "Incassant ID:", "Valutadatum:",
              "Name:", "Description:", "Reference:", "Value date:")


def _labelled(text: str, label: str, labels: tuple[str, ...]) -> str:
    """The value after ``label`` in ING's and ABN AMRO's 'Naam: … Omschrijving: … IBAN: …' notes."""
    start = text.find(label)
    if start < 0:
        return ""
    rest = text[start + len(label):]
    ends = [rest.find(other) for other in labels if other != label and rest.find(other) >= 0]
    return " ".join(rest[: min(ends) if ends else len(rest)].split())


def _ing(rows: _Rows) -> Statement:
    english = "date" in rows.index
    c = dict(zip(("date", "name", "account", "iban", "sign", "amount", "notes"), ING_EN if english else ING_NL,
                 strict=True))
    balance_column = "Resulting balance" if english else "Saldo na mutatie"
    transactions, balances = [], []
    for n, row in rows.records():
        sign = rows.get(row, c["sign"]).casefold()
        if sign not in ("af", "bij", "debit", "credit"):
            raise StatementError(f"{rows.place(n, c['sign'])}: '{sign}' is neither Af nor Bij",
                                 f"{rows.place(n, c['sign'])}: '{sign}' is geen Af of Bij")
        cents = _amount(rows.get(row, c["amount"]), rows.place(n, c["amount"]))
        cents = -abs(cents) if sign in ("af", "debit") else abs(cents)
        notes = rows.get(row, c["notes"])
        description = (_labelled(notes, "Omschrijving:", ING_LABELS) or _labelled(notes, "Description:", ING_LABELS)
                       or " ".join(notes.split()))
        account = normalise_iban(rows.get(row, c["account"]))
        transactions.append(Transaction(
            _date(rows.get(row, c["date"]), ("%Y%m%d", "%d-%m-%Y", "%Y-%m-%d"), rows.place(n, c["date"])), cents,
            " ".join(rows.get(row, c["name"]).split()), normalise_iban(rows.get(row, c["iban"])), description,
            account))
        after = rows.get(row, balance_column)
        if after:
            balances.append((account, cents, _amount(after, rows.place(n, balance_column))))
    checks = running_checks(balances, "rekening") if len(balances) == len(transactions) else []
    return Statement("ING CSV", tuple(transactions), tuple(checks))


def _rabobank(rows: _Rows) -> Statement:
    transactions, balances = [], []
    for n, row in rows.records():
        account = normalise_iban(rows.get(row, "IBAN/BBAN"))
        cents = _amount(rows.get(row, "Bedrag"), rows.place(n, "Bedrag"))
        description = " ".join(" ".join(rows.get(row, f"Omschrijving-{i}") for i in (1, 2, 3)).split())
        transactions.append(Transaction(
            _date(rows.get(row, "Datum"), ("%Y-%m-%d", "%d-%m-%Y"), rows.place(n, "Datum")), cents,
            " ".join(rows.get(row, "Naam tegenpartij").split()), normalise_iban(rows.get(row, "Tegenrekening IBAN/BBAN")),
            description, account, rows.get(row, "Volgnr").lstrip("0")))
        after = rows.get(row, "Saldo na trn")
        if after:
            balances.append((account, cents, _amount(after, rows.place(n, "Saldo na trn"))))
    checks = running_checks(balances, "rekening") if len(balances) == len(transactions) else []
    return Statement("Rabobank CSV", tuple(transactions), tuple(checks))


def _bunq(rows: _Rows) -> Statement:
    english = "amount" in rows.index
    date_c, amount_c, account_c, name_c, description_c = (
        ("Date", "Amount", "Account", "Name", "Description") if english
        else ("Datum", "Bedrag", "Rekening", "Naam", "Omschrijving"))
    # the counter account: Counterparty in English, Tegenpartij in Dutch (Tegenrekening in some exports)
    iban_c = "Counterparty" if english else ("Tegenpartij" if "tegenpartij" in rows.index else "Tegenrekening")
    transactions = []
    for n, row in rows.records():
        when = rows.get(row, date_c)
        when = when[:10] if re.match(r"\d{4}-\d\d-\d\d[ T]", when) else when  # a time after the date
        transactions.append(Transaction(
            _date(when, ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"), rows.place(n, date_c)),
            _amount(rows.get(row, amount_c), rows.place(n, amount_c)),
            " ".join(rows.get(row, name_c).split()), normalise_iban(rows.get(row, iban_c)),
            " ".join(rows.get(row, description_c).split()), normalise_iban(rows.get(row, account_c))))
    return Statement("bunq CSV", tuple(transactions))


ABN_LABELS = ("IBAN:", "BIC:", "Naam:", "Omschrijving:", "Kenmerk:", "Machtiging:", "Incassant:")


def _abn_details(text: str) -> tuple[str, str, str]:
    if text.startswith("/"):
        return details(text)
    if "Naam:" in text or "IBAN:" in text:
        return (_labelled(text, "Naam:", ABN_LABELS), normalise_iban(_labelled(text, "IBAN:", ABN_LABELS)),
                _labelled(text, "Omschrijving:", ABN_LABELS))
    return "", "", " ".join(text.split())


def _abn_amro(rows: _Rows) -> Statement:
    transactions, balances = [], []
    for n, row in rows.records(8):
        account = normalise_iban(row[0])
        cents = _amount(row[6], f"{rows.name}: row {n}, amount")
        name, iban, description = _abn_details(row[7].strip())
        transactions.append(Transaction(_date(row[2], ("%Y%m%d",), f"{rows.name}: row {n}, date"), cents, name,
                                        iban, description, account))
        balances.append((account, cents, _amount(row[4], f"{rows.name}: row {n}, end balance")))
    return Statement("ABN AMRO TXT", tuple(transactions), tuple(running_checks(balances, "rekening")))


def _triodos(rows: _Rows) -> Statement:
    transactions, balances = [], []
    for n, row in rows.records(8):
        account = normalise_iban(row[1])
        cents = abs(_amount(row[2], f"{rows.name}: row {n}, amount"))
        if row[3].strip().casefold() not in ("debet", "credit"):
            raise StatementError(f"{rows.name}: row {n}: '{row[3]}' is neither Debet nor Credit",
                                 f"{rows.name}: regel {n}: '{row[3]}' is geen Debet of Credit")
        cents = -cents if row[3].strip().casefold() == "debet" else cents
        transactions.append(Transaction(_date(row[0], ("%d-%m-%Y",), f"{rows.name}: row {n}, date"), cents,
                                        " ".join(row[4].split()), normalise_iban(row[5]), " ".join(row[7].split()),
                                        account))
        if len(row) > 8 and row[8].strip():
            balances.append((account, cents, _amount(row[8], f"{rows.name}: row {n}, balance")))
    checks = running_checks(balances, "rekening") if len(balances) == len(transactions) else []
    return Statement("Triodos CSV", tuple(transactions), tuple(checks))


def _volksbank(rows: _Rows) -> Statement:
    transactions, balances = [], []
    for n, row in rows.records(18, 19):
        account = normalise_iban(row[1])
        cents = _amount(row[10], f"{rows.name}: row {n}, Transactiebedrag")
        before = _amount(row[8], f"{rows.name}: row {n}, Saldo rekening voor mutatie")
        reference = f"{row[11].strip()}/{row[15].strip()}" if row[15].strip() else ""
        transactions.append(Transaction(_date(row[0], ("%d-%m-%Y",), f"{rows.name}: row {n}, Boekingsdatum"), cents,
                                        " ".join(row[3].split()), normalise_iban(row[2]),
                                        " ".join(row[17].strip().strip("'").split()), account, reference))
        balances.append((account, cents, before + cents))
    return Statement("ASN/SNS CSV", tuple(transactions), tuple(running_checks(balances, "rekening")))


# --- recognising the layout -----------------------------------------------------------------------------------

def _parse(text: str, delimiter: str, quotechar: str = '"') -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter, quotechar=quotechar))


def _first_row(text: str, delimiter: str, quotechar: str = '"') -> list[str]:
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    return next(csv.reader([line], delimiter=delimiter, quotechar=quotechar), [])


HEADERED: tuple[tuple[tuple[str, ...], Callable[[_Rows], Statement]], ...] = (
    (ING_NL, _ing), (ING_EN, _ing), (RABO, _rabobank), (BUNQ_EN, _bunq), (BUNQ_NL, _bunq))


def _is_abn(row: list[str]) -> bool:
    return (len(row) == 8 and len(row[1].strip()) == 3 and row[1].strip().isalpha()
            and re.fullmatch(r"\d{8}", row[2].strip()) is not None and re.fullmatch(r"\d{8}", row[5].strip()) is not None)


def _is_triodos(row: list[str]) -> bool:
    return len(row) >= 8 and DMY.match(row[0].strip()) is not None and row[3].strip().casefold() in ("debet", "credit")


def _is_volksbank(row: list[str]) -> bool:
    return len(row) >= 18 and DMY.match(row[0].strip()) is not None and row[7].strip() == "EUR"


def read_csv(text: str, name: str) -> Statement:
    """The statement in a bank's CSV export; StatementError when the layout is none of the banks'."""
    for delimiter in (";", ",", "\t"):
        header = _first_row(text, delimiter)
        for names, reader in HEADERED:
            if _has(header, names):
                rows = _parse(text, delimiter)
                start = next(i for i, r in enumerate(rows) if r == header)
                return reader(_Rows(name, rows[start + 1:], rows[start]))
    if _is_abn(_first_row(text, "\t")):
        return _abn_amro(_Rows(name, _parse(text, "\t")))
    if _is_triodos(_first_row(text, ",")):
        return _triodos(_Rows(name, _parse(text, ",")))
    if _is_volksbank(_first_row(text, ",", "'")):
        return _volksbank(_Rows(name, _parse(text, ",", "'")))
    first = next((ln for ln in text.splitlines() if ln.strip()), "")[:60]
    raise StatementError(f"{name}: not a bank statement: the first row ('{first}') is none of the CSV layouts known "
                         f"({BANKS}), nor CAMT.053 or MT940",
                         f"{name}: geen bankafschrift: de eerste regel ('{first}') is geen van de bekende CSV-indelingen "
                         f"({BANKS}), en ook geen CAMT.053 of MT940")
