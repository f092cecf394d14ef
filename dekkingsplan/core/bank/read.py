"""Reading a bank statement file of whatever format: CAMT.053, MT940 or a bank's CSV; identities given."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from dekkingsplan.core.bank.camt import read_camt
from dekkingsplan.core.bank.csv_banks import read_csv
from dekkingsplan.core.bank.records import Statement, StatementError, with_identities
from dekkingsplan.core.bank.swift import looks_like_mt940, read_mt940

MAX_SIZE = 50 * 1024 * 1024  # a year of a small organisation's statements is well under a megabyte


def read_statement(path: Path | str) -> Statement:
    """The statement in ``path``; StatementError (one sentence naming the file) for anything else."""
    path = Path(path)
    name = str(path)
    try:
        if path.is_dir():
            raise StatementError(f"{name}: is a folder, not a bank statement", f"{name}: is een map, geen bankafschrift")
        if path.stat().st_size > MAX_SIZE:
            raise StatementError(f"{name}: too large for a bank statement", f"{name}: te groot voor een bankafschrift")
        data = path.read_bytes()
    except FileNotFoundError:
        raise StatementError(f"{name}: no such file", f"{name}: dit bestand bestaat niet") from None
    except OSError as exc:
        raise StatementError(f"{name}: {exc.strerror or exc}") from None
    return parse_statement(data, name)


def parse_statement(data: bytes, name: str) -> Statement:
    """The statement in ``data`` (the bytes of a file called ``name``)."""
    if not data.strip():
        raise StatementError(f"{name}: the file is empty", f"{name}: het bestand is leeg")
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        statement = read_camt(data, name)  # broken XML and other XML documents get their own sentence
    elif looks_like_mt940(head):
        statement = read_mt940(data, name)
    else:
        statement = _read_text(data, name)
    if not statement.transactions and not statement.checks:
        raise StatementError(f"{name}: a {statement.format} file without any transaction",
                             f"{name}: een {statement.format}-bestand zonder één transactie")
    return replace(statement, transactions=tuple(with_identities(list(statement.transactions))))


def _read_text(data: bytes, name: str) -> Statement:
    if b"\x00" in data[:4096]:
        raise StatementError(f"{name}: not a bank statement (a binary file)",
                             f"{name}: geen bankafschrift (een binair bestand)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # older exports of Rabobank and ING
    return read_csv(text, name)
