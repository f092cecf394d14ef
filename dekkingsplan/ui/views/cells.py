"""How a cell is typed in: the kind of value a field holds, which tells the table which editor to give it."""

from __future__ import annotations

from enum import Enum


class Editor(Enum):
    """Which editor the delegate gives a cell."""

    NONE = "none"
    TEXT = "text"
    AMOUNT = "amount"
    MONTH = "month"
    DATE = "date"
    DATES = "dates"
    PERCENT = "percent"
    NUMBER = "number"
    CHOICE = "choice"
    SPECIFICATION = "specification"
    CHECK = "check"
