"""A small evaluator for the formulas the workbook writes (SUM of a range, + and −, cell and name references),
so that tests can check the sums without a spreadsheet program. LibreOffice checks them for real elsewhere."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

_TOKEN = re.compile(r"\s*(?:(SUM)\(([^)]*)\)|((?:'(?:[^']|'')+'!)?\$?[A-Z]{1,3}\$?\d+\b)"
                    r"|([A-Za-z_]\w*)|([+-]))")


def _split_ref(ref: str, sheet: str) -> tuple[str, str]:
    if "!" in ref:
        name, cell = ref.rsplit("!", 1)
        if name.startswith("'"):
            name = name[1:-1].replace("''", "'")
        return name, cell.replace("$", "")
    return sheet, ref.replace("$", "")


class Evaluator:
    def __init__(self, workbook: Any) -> None:
        self.wb = workbook
        self.names = {}
        for name, dn in workbook.defined_names.items():
            (sheet, cell), = list(dn.destinations)
            self.names[name] = (sheet, cell.replace("$", ""))

    def name(self, defined: str) -> Decimal:
        sheet, cell = self.names[defined]
        return self.cell(sheet, cell)

    def cell(self, sheet: str, ref: str) -> Decimal:
        value = self.wb[sheet][ref].value
        if value is None:
            return Decimal(0)
        if isinstance(value, str):
            if value.startswith("=") and self.wb[sheet][ref].data_type == "f":
                return self.formula(sheet, value[1:])
            raise ValueError(f"{sheet}!{ref} holds text {value!r}, not a number")
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)

    def formula(self, sheet: str, text: str) -> Decimal:
        # the contingency: ROUND((sum of subtotals)*PCT/100,2), rounded half away from zero as spreadsheets do
        contingency = re.fullmatch(r"ROUND\(\((.+)\)\*([\d.]+)/100,2\)", text)
        if contingency:
            inner = self.formula(sheet, contingency.group(1)) * Decimal(contingency.group(2)) / 100
            return inner.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        total, sign, pos = Decimal(0), 1, 0
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if not m or m.end() == pos:
                raise ValueError(f"cannot read formula {text!r} at {pos}")
            pos = m.end()
            if m.group(5):
                sign = 1 if m.group(5) == "+" else -1
                continue
            if m.group(1):
                value = self.range_sum(sheet, m.group(2))
            elif m.group(3):
                value = self.cell(*_split_ref(m.group(3), sheet))
            else:
                value = self.name(m.group(4))
            total += sign * value
            sign = 1
        return total

    def range_sum(self, sheet: str, text: str) -> Decimal:
        first, last = text.split(":")
        ws = self.wb[sheet]
        total = Decimal(0)
        for row in ws[first.replace("$", ""):last.replace("$", "")]:
            for c in row:
                total += self.cell(sheet, c.coordinate)
        return total


def cents(value: Decimal | float | int | None) -> int:
    """A euro figure as read from a cell, in cents, exactly (a float read back keeps its two decimals)."""
    if value is None:
        raise AssertionError("the cell has no value: was the workbook recalculated?")
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    result = exact * 100
    assert result == result.to_integral_value(), f"{value} has more than two decimals"
    return int(result)
