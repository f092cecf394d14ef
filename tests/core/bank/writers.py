"""Statements written from plain transactions, in three formats, for the property tests and the benchmark:
what is written must be read back exactly."""

from __future__ import annotations

ACCOUNT = "NL20INGB0001234567"


def _euros(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _dutch(cents: int) -> str:
    """``1.234,56``: a decimal comma and a thousands point, as the banks' CSV writes larger amounts."""
    return f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d}"


def camt(rows) -> bytes:
    entries = []
    for i, (day, amount, name, iban, text) in enumerate(rows):
        side, party = ("CRDT", "Dbtr") if amount > 0 else ("DBIT", "Cdtr")
        entries.append(
            f"<Ntry><Amt Ccy=\"EUR\">{_euros(abs(amount))}</Amt><CdtDbtInd>{side}</CdtDbtInd><Sts>BOOK</Sts>"
            f"<BookgDt><Dt>{day.isoformat()}</Dt></BookgDt><AcctSvcrRef>B-{i}</AcctSvcrRef><NtryDtls><TxDtls>"
            f"<RltdPties><{party}><Nm>{name}</Nm></{party}><{party}Acct><Id><IBAN>{iban}</IBAN></Id></{party}Acct>"
            f"</RltdPties><RmtInf><Ustrd>{text}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>")
    total = sum(r[1] for r in rows)
    return ("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
            f"<BkToCstmrStmt><Stmt><Id>1</Id><Acct><Id><IBAN>{ACCOUNT}</IBAN></Id></Acct>"
            "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">0.00</Amt>"
            "<CdtDbtInd>CRDT</CdtDbtInd></Bal><Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>"
            f"<Amt Ccy=\"EUR\">{_euros(abs(total))}</Amt><CdtDbtInd>{'CRDT' if total >= 0 else 'DBIT'}</CdtDbtInd>"
            f"</Bal>{''.join(entries)}</Stmt></BkToCstmrStmt></Document>").encode()


def ing_csv(rows) -> bytes:
    lines = ['"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";'
             '"Mutatiesoort";"Mededelingen";"Saldo na mutatie";"Tag"']
    balance = 0
    for day, amount, name, iban, text in rows:
        balance += amount
        lines.append(f'"{day:%Y%m%d}";"{name}";"{ACCOUNT}";"{iban}";"GT";"{"Bij" if amount > 0 else "Af"}";'
                     f'"{_dutch(abs(amount))}";"Overschrijving";"Naam: {name} Omschrijving: '
                     f'{text} IBAN: {iban}";"{"-" if balance < 0 else ""}{_dutch(abs(balance))}";""')
    return "\n".join(lines).encode()


def mt940(rows) -> bytes:
    total = sum(r[1] for r in rows)
    out = [":20:BENCH", f":25:{ACCOUNT}", ":28C:1", ":60F:C251231EUR0,00"]
    for i, (day, amount, name, iban, text) in enumerate(rows):
        out.append(f":61:{day:%y%m%d}{day:%m%d}{'C' if amount > 0 else 'D'}{_euros(abs(amount)).replace('.', ',')}"
                   f"NTRFNONREF//{i:014d}")
        out.append(f":86:/CNTP/{iban}/RABONL2U/{name}/Voorbeeldstad///REMI/USTD//{text}/")
    last = rows[-1][0]
    out.append(f":62F:{'C' if total >= 0 else 'D'}{last:%y%m%d}EUR{_euros(abs(total)).replace('.', ',')}")
    return "\n".join(out).encode()
