"""Reading bank statements: every format from its synthetic sample, balances checked, identities stable."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dekkingsplan.core.bank.read import parse_statement, read_statement
from dekkingsplan.core.bank.records import StatementError, running_checks, same_account

HERE = Path(__file__).parent / "statements"


def rows(name: str) -> list[tuple[date, int, str, str, str]]:
    """(date, amount in cents, counterparty, iban, description) of each transaction, in file order."""
    return [(t.date, t.amount, t.counterparty, t.iban, t.description) for t in read_statement(HERE / name).transactions]


def test_camt_02_two_statements_a_batch_split_and_a_pending_entry_left_out() -> None:
    statement = read_statement(HERE / "camt053_v02.xml")
    assert statement.format == "CAMT.053"
    assert statement.accounts == ("NL20INGB0001234567",)
    assert rows("camt053_v02.xml") == [
        (date(2026, 12, 1), -139500, "Woningstichting Ons Huis", "NL44RABO0123456789", "Huur december 2026"),
        (date(2026, 12, 10), 1250000, "Gemeente Voorbeeldstad", "NL75ABNA0555555555",
         "Subsidie inclusie 2026 tweede termijn"),
        # the batch of three contributions, each with its own payer
        (date(2026, 12, 15), 1500, "J. Voorbeeld", "NL32INGB0007777777", "Contributie december"),
        (date(2026, 12, 15), 1500, "K. Proef", "NL67INGB0009999999", "Contributie december"),
        (date(2026, 12, 15), 1500, "L. Test", "NL85TRIO0212121212", "Contributie december"),
        (date(2026, 12, 22), 4550, "Woningstichting Ons Huis", "NL44RABO0123456789",
         "Terugbetaling servicekosten 2025"),
        (date(2026, 12, 31), -1240, "", "", "Kosten betalingsverkeer december"),
        # the second statement, in the next year
        (date(2027, 1, 4), -139500, "Woningstichting Ons Huis", "NL44RABO0123456789", "Huur januari 2027"),
        (date(2027, 1, 8), -25000, "Drukkerij Papier & Co", "NL31RABO0300030003", "Factuur 2027-001 folders"),
    ]
    # 1000.00 − 1395 + 12500 + 45 + 45.50 − 12.40 = 12183.10; then − 1395 − 250 = 10538.10
    assert [(c.opening, c.total, c.closing, c.ok) for c in statement.checks] == [
        (100000, 1118310, 1218310, True), (1218310, -164500, 1053810, True)]
    assert statement.balanced is True
    assert "beginsaldo €\u00a01.000,00 + mutaties €\u00a011.183,10 = eindsaldo €\u00a012.183,10" in statement.balance_text()
    ids = [t.id for t in statement.transactions]
    assert ids[2:5] == ["ref:NL20INGB0001234567:R-2612-03/1", "ref:NL20INGB0001234567:R-2612-03/2",
                        "ref:NL20INGB0001234567:R-2612-03/3"]


def test_camt_08_party_names_and_booking_date_times() -> None:
    statement = read_statement(HERE / "camt053_v08.xml")
    assert rows("camt053_v08.xml")[2:] == [
        (date(2027, 2, 3), -139500, "Woningstichting Ons Huis", "NL44RABO0123456789", "Huur februari 2027"),
        (date(2027, 2, 14), 2000, "J. Voorbeeld", "NL32INGB0007777777", "Gift"),
    ]
    assert statement.balanced is True
    # the January statement repeats the one in the .02 file: the same bank references, the same identities
    earlier = {t.id for t in read_statement(HERE / "camt053_v02.xml").transactions}
    assert [t.id in earlier for t in statement.transactions] == [True, True, False, False]


def test_camt_closing_balance_that_does_not_add_up_is_reported() -> None:
    data = (HERE / "camt053_v02.xml").read_bytes().replace(b"<Amt Ccy=\"EUR\">10538.10</Amt>",
                                                           b"<Amt Ccy=\"EUR\">10538.11</Amt>")
    statement = parse_statement(data, "afschrift.xml")
    assert statement.balanced is False
    assert [c.ok for c in statement.checks] == [True, False]
    assert "is niet het eindsaldo €\u00a010.538,11 (verschil €\u00a00,01)" in statement.balance_text()
    assert "is not the closing" in statement.balance_text("en")


def test_a_batch_whose_details_do_not_add_up_stays_one_transaction() -> None:
    data = (HERE / "camt053_v02.xml").read_bytes().replace(b"<Amt Ccy=\"EUR\">45.00</Amt>",
                                                           b"<Amt Ccy=\"EUR\">46.00</Amt>")
    statement = parse_statement(data, "afschrift.xml")
    batch = [t for t in statement.transactions if t.date == date(2026, 12, 15)]
    assert [(t.amount, t.description, t.counterparty) for t in batch] == [
        (4600, "Incasso contributie, 3 posten", "")]
    assert statement.balanced is False  # and the balance says so: 45.00 + 1.00


def test_mt940_rabobank_with_the_counter_account_on_the_61_line() -> None:
    statement = read_statement(HERE / "mt940_rabobank.sta")
    assert statement.format == "MT940"
    assert statement.accounts == ("NL57RABO0111222333",)
    assert rows("mt940_rabobank.sta") == [
        (date(2027, 1, 5), -139500, "Woningstichting Ons Huis", "NL44RABO0123456789", "Huur januari 2027"),
        (date(2027, 1, 12), 1250000, "Gemeente Voorbeeldstad", "NL75ABNA0555555555",
         "Subsidie inclusie 2027 eerste termijn"),
        (date(2027, 1, 20), 4550, "Woningstichting Ons Huis", "NL44RABO0123456789",
         "Terugbetaling servicekosten 2026"),
        (date(2027, 2, 3), -139500, "Woningstichting Ons Huis", "NL44RABO0123456789", "Huur februari 2027"),
        (date(2027, 2, 28), -1240, "", "", "Kosten betalingsverkeer februari"),
    ]
    # 2500 − 1395 + 12500 + 45.50 = 13650.50; − 1395 − 12.40 = 12243.10
    assert [(c.opening, c.closing, c.ok) for c in statement.checks] == [(250000, 1365050, True),
                                                                          (1365050, 1224310, True)]


def test_mt940_ing_counterparty_from_cntp_and_the_bank_reference_as_identity() -> None:
    statement = read_statement(HERE / "mt940_ing.sta")
    assert statement.accounts == ("NL20INGB0001234567",)  # the currency after the IBAN in :25: is dropped
    assert rows("mt940_ing.sta") == [
        (date(2027, 1, 4), -139500, "Woningstichting Ons Huis", "NL44RABO0123456789", "Huur januari 2027"),
        (date(2027, 1, 8), -25000, "Drukkerij Papier & Co", "NL31RABO0300030003", "Factuur 2027-001 folders"),
    ]
    assert [t.id for t in statement.transactions] == ["ref:NL20INGB0001234567:00000000007001",
                                                      "ref:NL20INGB0001234567:00000000007002"]
    assert statement.balanced is True


def test_ing_csv_newest_first_with_running_balance() -> None:
    statement = read_statement(HERE / "ing.csv")
    assert statement.format == "ING CSV"
    assert rows("ing.csv")[:2] == [
        (date(2026, 12, 31), -1240, "Kosten OranjePakket", "", "Kosten betalingsverkeer december"),
        (date(2026, 12, 22), 4550, "Woningstichting Ons Huis", "NL44RABO0123456789",
         "Terugbetaling servicekosten 2025"),
    ]
    assert rows("ing.csv")[4] == (date(2026, 12, 10), 1250000, "Gemeente Voorbeeldstad", "NL75ABNA0555555555",
                                  "Subsidie inclusie 2026 tweede termijn")
    # the balance before the oldest row: −380.00 + 1395.00 = 1015.00; after the newest: 12183.10
    assert [(c.opening, c.closing, c.ok) for c in statement.checks] == [(101500, 1218310, True)]


def test_ing_csv_in_english_comma_separated_without_balance() -> None:
    statement = read_statement(HERE / "ing_english.csv")
    assert rows("ing_english.csv") == [
        (date(2027, 1, 5), -139500, "Woningstichting Ons Huis", "NL44RABO0123456789", "Huur januari 2027"),
        (date(2027, 1, 14), 500000, "Fonds Samen Verder", "NL12TRIO0198765432", "Bijdrage vadergroep 2027"),
    ]
    assert statement.balanced is None
    assert "niet gecontroleerd" in statement.balance_text()


def test_rabobank_csv_in_windows_encoding_with_sequence_numbers() -> None:
    statement = read_statement(HERE / "rabobank.csv")
    assert statement.format == "Rabobank CSV"
    assert rows("rabobank.csv")[1] == (date(2027, 1, 12), 1250000, "Gemeente Voorbeeldstad", "NL75ABNA0555555555",
                                       "Subsidie inclusie 2027 eerste termijn")
    assert [t.amount for t in statement.transactions] == [-139500, 1250000, 4550, -1240]
    assert [t.id for t in statement.transactions][0] == "ref:NL57RABO0111222333:7001"
    assert [(c.opening, c.closing, c.ok) for c in statement.checks] == [(250000, 1363810, True)]


def test_abn_amro_txt_without_header_sepa_and_card_payments() -> None:
    statement = read_statement(HERE / "abnamro.TAB")
    assert statement.format == "ABN AMRO TXT"
    assert statement.accounts == ("444555666",)
    assert rows("abnamro.TAB") == [
        (date(2027, 1, 5), -139500, "Woningstichting Ons Huis", "NL44RABO0123456789", "Huur januari 2027"),
        (date(2027, 1, 12), 1250000, "Gemeente Voorbeeldstad", "NL75ABNA0555555555",
         "Subsidie inclusie 2027 eerste termijn"),
        (date(2027, 1, 15), -1495, "", "", "BEA NR:XX1234 15.01.27/10.12 Bouwmarkt Voorbeeldstad,PAS123"),
    ]
    assert [(c.opening, c.closing, c.ok) for c in statement.checks] == [(300000, 1409005, True)]
    assert same_account("NL09 ABNA 0444 5556 66", "444555666")
    assert not same_account("NL09ABNA0444555666", "444555667")


def test_triodos_csv_debet_and_credit() -> None:
    statement = read_statement(HERE / "triodos.csv")
    assert statement.format == "Triodos CSV"
    assert rows("triodos.csv") == [
        (date(2027, 1, 5), -139500, "Woningstichting Ons Huis", "NL44RABO0123456789", "Huur januari 2027"),
        (date(2027, 1, 14), 500000, "Fonds Samen Verder", "NL12TRIO0198765432", "Bijdrage vadergroep 2027"),
        (date(2027, 1, 20), 4550, "Woningstichting Ons Huis", "NL44RABO0123456789",
         "Terugbetaling servicekosten 2026"),
    ]
    assert [(c.opening, c.closing, c.ok) for c in statement.checks] == [(250000, 615050, True)]


def test_asn_csv_with_quoted_description_across_the_turn_of_the_year() -> None:
    statement = read_statement(HERE / "asn.csv")
    assert statement.format == "ASN/SNS CSV"
    assert rows("asn.csv") == [
        (date(2026, 12, 30), 2000, "J. Voorbeeld", "NL32INGB0007777777", "Gift"),
        (date(2027, 1, 5), -139500, "Woningstichting Ons Huis", "NL44RABO0123456789", "Huur januari 2027"),
        (date(2027, 1, 14), 500000, "Fonds Samen Verder", "NL12TRIO0198765432",
         "Bijdrage vadergroep 2027, eerste deel"),
    ]
    assert [(c.opening, c.closing, c.ok) for c in statement.checks] == [(248000, 610500, True)]


@pytest.mark.parametrize("name", ["bunq.csv", "bunq_nl.csv"])
def test_bunq_csv_in_english_and_dutch(name: str) -> None:
    statement = read_statement(HERE / name)
    assert statement.format == "bunq CSV"
    assert statement.accounts == ("NL37BUNQ2025550101",)
    assert rows(name)[0][1] == -139500
    assert rows(name)[1][1] == (500000 if name == "bunq.csv" else 2000)
    assert rows(name)[0][3] == "NL44RABO0123456789"  # Counterparty, Tegenpartij: the counter account
    assert rows(name)[1][0] == (date(2027, 1, 14) if name == "bunq.csv" else date(2027, 2, 14))  # 14/02/2027
    assert statement.balanced is None


def test_identities_the_same_file_twice_and_an_overlapping_one() -> None:
    first = [t.id for t in read_statement(HERE / "ing.csv").transactions]
    assert first == [t.id for t in read_statement(HERE / "ing.csv").transactions]
    assert len(set(first)) == len(first)  # the two identical gifts of 15 December are two transactions
    overlap = [t.id for t in read_statement(HERE / "ing_overlap.csv").transactions]
    assert [i in first for i in overlap] == [False, True, True, True, True]


# --- refusals -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"),
    (b"<Document><BkToCstmrStmt><Stmt>", "broken XML"),
    (b'<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/>'
     b"</Document>", "not a CAMT.053"),
    (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><Document>&b;</Document>',
     "entities"),
    ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY a "a">]><Document>&a;</Document>'
     .encode("utf-16-le"), "not UTF-8 XML"),
    (b'<?xml version="1.0"?><!DOCTYPE Document SYSTEM "file:///etc/passwd"><Document/>', "a DTD"),
    (b"Dear treasurer,\nthis is a letter, not a statement.\n", "not a bank statement"),
    (b'"Datum";"Bedrag";"Wat"\n"2027-01-01";"12,00";"iets"\n', "none of the CSV layouts known"),
    (b"PK\x03\x04\x00\x00binary", "binary"),
])
def test_not_a_statement_is_one_sentence_naming_the_file(data: bytes, words: str) -> None:
    with pytest.raises(StatementError) as caught:
        parse_statement(data, "afschrift.dat")
    assert str(caught.value).startswith("afschrift.dat: ")
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_bad_amount_names_the_row_and_column() -> None:
    text = (HERE / "ing.csv").read_text(encoding="utf-8").replace('"45,50"', '"45,5x"')
    with pytest.raises(StatementError, match=r"^ing\.csv: row 3, Bedrag \(EUR\): '45,5x' is not an amount"):
        parse_statement(text.encode(), "ing.csv")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(StatementError, match="no such file"):
        read_statement(tmp_path / "weg.xml")
    with pytest.raises(StatementError, match="is a folder"):
        read_statement(tmp_path)


# --- the running balance ---------------------------------------------------------------------------------------

@given(st.integers(-10**8, 10**8), st.lists(st.integers(-10**7, 10**7), min_size=1, max_size=30), st.booleans())
def test_a_running_balance_in_either_order_gives_opening_and_closing(opening: int, amounts: list[int],
                                                                     newest_first: bool) -> None:
    balance, chain = opening, []
    for amount in amounts:
        balance += amount
        chain.append(("NL", amount, balance))
    if newest_first:
        chain.reverse()
    [check] = running_checks(chain, "rekening")
    assert (check.opening, check.closing, check.total, check.ok) == (opening, opening + sum(amounts), sum(amounts),
                                                                     True)


def test_a_broken_running_balance_is_never_ok() -> None:
    # 100 → +10 → 110, then +10 claimed to give 130, then −10 → 110: the ends agree (100 + 10 = 110), a step does not
    [check] = running_checks([("NL", 10, 110), ("NL", 10, 130), ("NL", -10, 110)], "rekening")
    assert check.ok is False
    assert "klopt niet" in check.text()


def test_sns_csv_the_volksbank_layout_with_a_negative_balance() -> None:
    statement = read_statement(HERE / "sns.csv")
    assert statement.format == "ASN/SNS CSV"
    assert rows("sns.csv") == [
        (date(2027, 1, 2), -139500, "Woningstichting Ons Huis", "NL44RABO0123456789", "Huur januari 2027"),
        (date(2027, 1, 9), -450, "", "", "Kosten rekening december, met btw"),
    ]
    # 1000.00 − 1395.00 = −395.00 (the balance before the second row); − 4.50 = −399.50
    assert [(c.opening, c.closing, c.ok) for c in statement.checks] == [(100000, -39950, True)]


def test_a_date_that_is_no_date_names_the_row() -> None:
    text = (HERE / "triodos.csv").read_text(encoding="utf-8").replace("14-01-2027", "31-02-2027")
    with pytest.raises(StatementError, match=r"^triodos\.csv: row 2, date: '31-02-2027' is not a date$"):
        parse_statement(text.encode(), "triodos.csv")


def test_bunq_dates_with_a_time_and_amounts_with_a_point() -> None:
    data = ('"Date","Interest Date","Amount","Account","Counterparty","Name","Description"\n'
            '"2027-03-01 09:15:02","2027-03-01","-12.50","NL37BUNQ2025550101","","Koffiebar","Koffie vergadering"\n')
    [tx] = parse_statement(data.encode(), "bunq.csv").transactions
    assert (tx.date, tx.amount, tx.counterparty, tx.description) == (date(2027, 3, 1), -1250, "Koffiebar",
                                                                     "Koffie vergadering")


@pytest.mark.parametrize(("name", "separator", "kept", "layout"), [
    ("abnamro.TAB", "\t", 7, 8), ("triodos.csv", ",", 7, 8), ("asn.csv", ",", 17, 19)])
def test_a_row_cut_short_names_the_row_and_the_layout_s_columns(name: str, separator: str, kept: int,
                                                                 layout: int) -> None:
    rows = list(csv.reader((HERE / name).read_text(encoding="utf-8").splitlines(), delimiter=separator))
    rows[1] = rows[1][:kept]  # the second row, cut after ``kept`` columns
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\n").writerows(rows)
    with pytest.raises(StatementError) as caught:
        parse_statement(out.getvalue().encode(), name)
    assert str(caught.value) == f"{name}: row 2 has {kept} columns, not {layout}"
