"""Months (``YYYY-MM``) and dates (``YYYY-MM-DD``) as the plan writes them."""

from __future__ import annotations

import re
from collections import namedtuple

from dekkingsplan.core.errors import DekkingsplanError, shown

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~2 ms) on the way to a command's output
if TYPE_CHECKING:  # pragma: no cover
    from datetime import date

# The years a plan, a month or a date may name: wide enough for any plan, narrow enough that a day after the
# last date (a calendar event's end) still exists.
FIRST_YEAR, LAST_YEAR = 1900, 2200

MONTH_NAMES_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


class Month(namedtuple("Month", ("year", "month"))):  # noqa: PYI024 - typing.NamedTuple imports typing (~2 ms)
    """A calendar month; orders and subtracts like a number of months."""

    __slots__ = ()
    year: int
    month: int

    @property
    def index(self) -> int:
        return self.year * 12 + self.month - 1

    @classmethod
    def from_index(cls, index: int) -> Month:
        return cls(index // 12, index % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def plus(self, months: int) -> Month:
        return Month.from_index(self.index + months)


def months_between(start: Month, end: Month) -> int:
    """Number of months from ``start`` to ``end``, both included."""
    return end.index - start.index + 1


# month names as people type them, Dutch and English, full or shortened (``sep``, ``sept``, ``september``)
_MONTH_WORDS: dict[str, int] = {}
for _number, _names in enumerate((
        ("januari", "january"), ("februari", "february"), ("maart", "march", "mrt"), ("april",),
        ("mei", "may"), ("juni", "june"), ("juli", "july"), ("augustus", "august"),
        ("september", "sept"), ("oktober", "october", "okt"), ("november",), ("december",)), start=1):
    for _name in _names:
        _MONTH_WORDS[_name] = _number
        _MONTH_WORDS.setdefault(_name[:3], _number)


def month_number(word: str) -> int | None:
    """``okt``, ``okt.``, ``Oktober``, ``Oct`` -> 10; None for a word that is no month."""
    return _MONTH_WORDS.get(word.strip().rstrip(".").casefold())


def parse_month(text: str) -> Month:
    """``2026-09``, also as people type them: ``2026-9``, ``9-2026``, ``09/2026``, ``sep 2026``,
    ``september 2026``."""
    s = text.strip()
    m = re.fullmatch(r"([0-9]{4})[-/]([0-9]{1,2})", s) or None
    if m:
        year, month = int(m.group(1)), int(m.group(2))
    elif m := re.fullmatch(r"([0-9]{1,2})[-/]([0-9]{4})", s):
        month, year = int(m.group(1)), int(m.group(2))
    elif (m := re.fullmatch(r"([a-zA-Z]+\.?) ?([0-9]{4})", s)) and month_number(m.group(1)) is not None:
        month, year = month_number(m.group(1)) or 0, int(m.group(2))
    else:
        raise DekkingsplanError(f"'{shown(text)}' is not a month like 2026-09 or sep 2026",
                                f"'{shown(text)}' is geen maand zoals 2026-09 of sep 2026")
    if not 1 <= month <= 12:
        raise DekkingsplanError(f"'{shown(text)}': there is no month {month}",
                                f"'{shown(text)}': maand {month} bestaat niet")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DekkingsplanError(f"'{shown(text)}': year {year} is out of range ({FIRST_YEAR}-{LAST_YEAR})",
                                f"'{shown(text)}': jaar {year} valt buiten bereik ({FIRST_YEAR}-{LAST_YEAR})")
    return Month(year, month)


def parse_strict_month(text: str) -> Month:
    """The interchange form only: exactly ``YYYY-MM``."""
    if len(text) == 7 and text[4] == "-" and text.isascii() and text[:4].isdigit() and text[5:].isdigit():
        year, month = int(text[:4]), int(text[5:])
        if 1 <= month <= 12 and FIRST_YEAR <= year <= LAST_YEAR:
            return Month(year, month)  # else the long way, which says what is wrong
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}", text):
        raise DekkingsplanError(f"'{shown(text)}' is not a month like 2026-09",
                                f"'{shown(text)}' is geen maand zoals 2026-09")
    return parse_month(text)


def parse_date(text: str) -> date:
    """``2026-03-01``; people may also type ``1-3-2026``, ``01-03-2026``, ``1 mrt 2026`` or ``1 maart 2026``."""
    from datetime import date  # here: a plan without dates, and its command, need no datetime

    s = text.strip()
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", s):
            return check_date_year(date.fromisoformat(s), text)
        m = re.fullmatch(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})", s)
        if m:
            return check_date_year(date(int(m.group(3)), int(m.group(2)), int(m.group(1))), text)
        m = re.fullmatch(r"([0-9]{1,2}) ?([a-zA-Z]+\.?) ?([0-9]{4})", s)
        if m and month_number(m.group(2)) is not None:
            return check_date_year(date(int(m.group(3)), month_number(m.group(2)) or 0, int(m.group(1))), text)
    except ValueError as exc:
        if isinstance(exc, DekkingsplanError):
            raise
        raise DekkingsplanError(f"'{shown(text)}' is not a valid date",
                                f"'{shown(text)}' is geen bestaande datum") from exc
    raise DekkingsplanError(f"'{shown(text)}' is not a date like 2026-03-01 or 1 mrt 2026",
                            f"'{shown(text)}' is geen datum zoals 2026-03-01 of 1 mrt 2026")


def parse_strict_date(text: str) -> date:
    if (len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii() and text[:4].isdigit()
            and text[5:7].isdigit() and text[8:].isdigit() and FIRST_YEAR <= int(text[:4]) <= LAST_YEAR):
        from datetime import date

        try:
            return date(int(text[:4]), int(text[5:7]), int(text[8:]))
        except ValueError:
            pass  # no such day: the long way says so
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise DekkingsplanError(f"'{shown(text)}' is not a date like 2026-03-01",
                                f"'{shown(text)}' is geen datum zoals 2026-03-01")
    return parse_date(text)


def check_date_year(value: date, text: str | None = None) -> date:
    """A date within the years a plan may name (see ``FIRST_YEAR``)."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        written = shown(text if text is not None else value.isoformat())
        raise DekkingsplanError(f"'{written}': year {value.year} is out of range ({FIRST_YEAR}-{LAST_YEAR})",
                                f"'{written}': jaar {value.year} valt buiten bereik ({FIRST_YEAR}-{LAST_YEAR})")
    return value
