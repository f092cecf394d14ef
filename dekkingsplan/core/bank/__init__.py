"""Bank statements: reading CAMT.053, MT940 and the Dutch banks' CSV exports, and assigning their transactions.

``read_statement(path)`` (in ``core.bank.read``) gives a ``Statement`` of ``Transaction`` records with an
identity each; ``core.bank.assign`` matches them to the plan's lines by its ``bank_rules``. Pure Python: the
parsers use the standard library's XML parser (a DTD, the way to entity expansion, is refused before it
parses) and the ``mt-940`` package, nothing of Qt.
"""
