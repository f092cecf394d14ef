"""Any transactions written as CAMT.053, as ING's CSV (thousands points, decimal commas, a running balance) or as
MT940 are read back exactly, with the balance holding."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dekkingsplan.core.bank.read import parse_statement
from tests.core.bank.writers import camt, ing_csv, mt940

IBANS = ["NL44RABO0123456789", "NL75ABNA0555555555", "NL32INGB0007777777", "NL12TRIO0198765432"]
WORDS = ["huur", "gift", "contributie", "factuur", "termijn", "koffie", "zaal", "maart", "2027", "nr", "ëvent"]

transactions = st.lists(st.tuples(
    st.dates(date(2026, 1, 1), date(2028, 12, 31)),
    st.integers(-10**9, 10**9).filter(bool),
    st.builds(lambda first, last: f"{first} {last}", st.sampled_from(["Stichting", "J.", "Bakkerij", "Café"]),
              st.sampled_from(["Voorbeeld", "Van Dam", "De Hoek", "Ons Huis"])),
    st.sampled_from(IBANS),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join),
), min_size=1, max_size=20).map(lambda rows: sorted(rows, key=lambda r: r[0]))


@pytest.mark.parametrize("writer", [camt, ing_csv, mt940], ids=["CAMT.053", "ING CSV", "MT940"])
@settings(max_examples=40, deadline=None)
@given(rows=transactions)
def test_what_is_written_is_read_back(writer, rows) -> None:
    statement = parse_statement(writer(rows), "afschrift")
    assert [(t.date, t.amount, t.counterparty, t.iban, t.description) for t in statement.transactions] == rows
    assert statement.balanced is True
    assert len({t.id for t in statement.transactions}) == len(rows)
