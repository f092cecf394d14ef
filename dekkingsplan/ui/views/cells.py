"""How a value is typed in: the kind of value a field holds (which tells the table which editor to give it), and
reading what a treasurer types — amounts, months, dates, percentages, a choice, ja/nee — into values. The rules a
value must keep are core's, checked when the edit is applied."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.money import Cents, parse_amount
from dekkingsplan.core.months import Month, parse_date, parse_month


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


# --- reading what was typed (the edge: the rules themselves are checked by core when the edit is applied) -------


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_amount(text: str, lang: str, *, allow_negative: bool = False) -> Cents:
    """An amount typed in the window: in Dutch a point marks thousands, so ``1.39`` is asked about (€ 1,39 or
    € 139?) rather than guessed; in English it is a decimal point."""
    return parse_amount(text, allow_negative=allow_negative, point_decimals=lang == "en")


def read_month(text: str) -> Month | None:
    return None if blank(text) else parse_month(text)


def read_date(text: str) -> date | None:
    return None if blank(text) else parse_date(text)


def read_dates(text: str) -> tuple[date, ...]:
    """Dates separated by commas or semicolons (``1 okt 2027, 1 nov 2028``); dates without spaces in them may
    also be separated by spaces (``2027-10-01 2028-11-01``)."""
    found: list[date] = []
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        try:
            found.append(parse_date(part))
        except DekkingsplanError:
            if " " not in part:
                raise
            found.extend(parse_date(p) for p in part.split())
    return tuple(sorted(found))


def read_decimal(text: str, *, what_nl: str, what_en: str, example: str, negative: bool = False) -> Decimal:
    """A number as people type it (``2,5``, ``2.5``, ``2,5%``), with at most two decimals."""
    cleaned = text.strip().removesuffix("%").strip()
    try:
        hundredths = parse_amount(cleaned, allow_negative=negative)
    except DekkingsplanError:
        raise DekkingsplanError(f"'{text.strip()}' is not {what_en} like {example}",
                                f"'{text.strip()}' is geen {what_nl} zoals {example}") from None
    return Decimal(hundredths) / 100


def read_percentage(text: str, *, negative: bool = False) -> Decimal | None:
    if blank(text):
        return None
    return read_decimal(text, what_nl="percentage", what_en="a percentage", example="2,5", negative=negative)


def read_check(text: str) -> bool:
    """A check box's value as a spreadsheet or a treasurer writes it: ja/nee, yes/no, x, 1/0, waar/onwaar."""
    wanted = text.strip().casefold()
    if wanted in ("ja", "yes", "x", "1", "waar", "true"):
        return True
    if wanted in ("nee", "no", "", "0", "onwaar", "false"):
        return False
    raise DekkingsplanError(f"'{text.strip()}' is not ja or nee", f"'{text.strip()}' is geen ja of nee")


def read_choice(text: str, choices: Iterable[tuple[str, Any]]) -> Any:
    """The value of the choice whose words (as the list shows them) or value ``text`` is, in any case."""
    wanted = text.strip().casefold()
    for words, value in choices:
        if wanted in (str(words).casefold(), str(value).casefold()):
            return value
    raise DekkingsplanError(f"'{text.strip()}' is not one of the choices", f"'{text.strip()}' is geen van de keuzes")


def number_text(value: Decimal | None, lang: str) -> str:
    """``2,5`` (nl) or ``2.5`` (en), without trailing zeros."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if lang == "nl" else text

