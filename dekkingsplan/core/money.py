"""Money as integer cents: reading what people type, exact half-up rounding, and formatting at the edge."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache

from dekkingsplan.core.errors import AmountError, shown

Cents = int

# What a plan can mean: no amount of a small organisation's plan comes near a billion euros, and the bound keeps
# every amount, sum and product well inside SQLite's 64-bit integers and Decimal's default precision.
MAX_AMOUNT: Cents = 1_000_000_000_00
TOO_LARGE_EN = "an amount is at most 1000000000.00 (€ 1 billion)"
TOO_LARGE_NL = "een bedrag is hoogstens 1000000000.00 (€\u00a01 miljard)"  # no-break: never € at a line's end
_MAX_DECIMAL = Decimal(MAX_AMOUNT).scaleb(-2)

_MINUS = ("-", "\u2212", "\u2013")


def round_div(top: int, bottom: int) -> int:
    """``top / bottom`` (bottom > 0) rounded to the nearest integer, halves away from zero: the one rounding
    rule of every amount (``round_half_up`` on a fraction written as numerator and denominator)."""
    if top >= 0:
        return (2 * top + bottom) // (2 * bottom)
    return -((-2 * top + bottom) // (2 * bottom))


@lru_cache(maxsize=4096)
def exact(value: Decimal) -> Fraction:
    """A decimal as the exact fraction it is (``0.35`` is 7/20). Probabilities, indexations and factors repeat
    over a plan's lines and both are immutable: each is worked out once."""
    return Fraction(value)


def round_half_up(value: Fraction | int) -> int:
    """Round an exact value to the nearest integer, halves away from zero."""
    if isinstance(value, int):
        return value
    return round_div(value.numerator, value.denominator)


def round_ratio(value: Fraction, places: int = 4) -> Decimal:
    """A ratio rounded half up to ``places`` decimals, as a Decimal with exactly that many."""
    scale = 10**places
    return Decimal(round_half_up(value * scale)).scaleb(-places).quantize(Decimal(1).scaleb(-places))


def ratio_str(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.4f}"


def _is_grouped(text: str, sep: str) -> bool:
    return bool(re.fullmatch(rf"[0-9]{{1,3}}(?:\{sep}[0-9]{{3}})+", text))


def _bad(text: str, en: str, nl: str) -> AmountError:
    return AmountError(f"'{shown(text)}' is not an amount: {en}", f"'{shown(text)}' is geen bedrag: {nl}")


def parse_amount(text: str, *, allow_negative: bool = False, point_decimals: bool = True) -> Cents:
    """Read an amount as people type it — ``1.234,56``, ``1234,56``, ``€ 1.234,56``, ``1234.56``, ``1234``,
    ``€ 850,-`` — into cents. Anything ambiguous or malformed is refused with a clear sentence.

    ``point_decimals=False`` is the Dutch reading: a point marks thousands, so ``1.39`` (a point with one or two
    digits after it and no comma) could be € 1,39 or € 139 — it is asked about instead of guessed."""
    original = text
    s = text.strip().replace("\u00a0", " ")
    negative = False
    if s[:1] in _MINUS:
        negative, s = True, s[1:].strip()
    if s.startswith("€"):
        s = s[1:].strip()
    elif s.endswith("€"):
        s = s[:-1].strip()
    if s.upper().startswith("EUR"):
        s = s[3:].strip()
    if s[:1] in _MINUS and not negative:
        negative, s = True, s[1:].strip()
    if s.endswith((",-", ".-", ",--", ".--")):
        s = s[: s.rindex(s[-3] if s.endswith("--") else s[-2])]
    if not s:
        raise _bad(original, "it is empty", "het is leeg")
    if negative and not allow_negative:
        raise _bad(original, "it may not be negative", "het mag niet negatief zijn")
    if re.search(r"[^0-9.,]", s):  # ASCII digits only: int() would also read Arabic or full-width ones
        raise _bad(original, "use only digits 0-9, a comma or a point",
                   "gebruik alleen cijfers 0-9, een komma of een punt")
    if s[0] not in "0123456789" or s[-1] not in "0123456789":
        raise _bad(original, "it must begin and end with a digit", "het moet met een cijfer beginnen en eindigen")

    commas, dots = s.count(","), s.count(".")
    units, fraction = s, ""
    if commas and dots:
        decimal_sep = "," if s.rindex(",") > s.rindex(".") else "."
        thousands = "." if decimal_sep == "," else ","
        if s.count(decimal_sep) != 1:
            raise _bad(original, "more than one decimal separator", "meer dan één decimaalteken")
        units, fraction = s.split(decimal_sep)
        if not _is_grouped(units, thousands):
            raise _bad(original, "the thousands are not grouped by three", "de duizendtallen staan niet per drie")
        units = units.replace(thousands, "")
    elif commas or dots:
        sep = "," if commas else "."
        parts = s.split(sep)
        if len(parts) == 2 and len(parts[1]) in (1, 2) and sep == "." and not point_decimals:
            cents_reading = f"{parts[0]},{parts[1].ljust(2, '0')}"
            whole_reading = parts[0] + parts[1]
            raise AmountError(
                f"'{shown(original)}' could be two amounts: € {cents_reading.replace(',', '.')} or "
                f"€ {whole_reading}? Write {cents_reading} or {whole_reading}",
                f"'{shown(original)}' kan twee bedragen zijn: bedoelt u €\u00a0{cents_reading} of "
                f"€\u00a0{whole_reading}? "
                f"Schrijf {cents_reading} of {whole_reading}")
        if len(parts) == 2 and len(parts[1]) in (1, 2):
            units, fraction = parts
        elif len(parts) == 2 and len(parts[1]) == 3 and sep == ",":
            raise _bad(original, "three decimals, or a thousands comma? Write 1234 or 12,34",
                       "drie decimalen, of een komma voor duizendtallen? Schrijf 1234 of 12,34")
        elif _is_grouped(s, sep):
            units = s.replace(sep, "")
        elif len(parts) == 2 and len(parts[1]) > 3:
            raise _bad(original, "more than two decimals", "meer dan twee decimalen")
        else:
            where_nl = "de komma's staan" if commas else "de punten staan"
            raise _bad(original, f"the {'commas' if commas else 'points'} are in the wrong places",
                       f"{where_nl} op de verkeerde plaats")
    if len(fraction) > 2:
        raise _bad(original, "more than two decimals", "meer dan twee decimalen")
    if len(units.lstrip("0")) > 10:
        raise _bad(original, TOO_LARGE_EN, TOO_LARGE_NL)
    cents = int(units) * 100 + int(fraction.ljust(2, "0") or 0)
    if cents > MAX_AMOUNT:
        raise _bad(original, TOO_LARGE_EN, TOO_LARGE_NL)
    return -cents if negative else cents


def decimal_to_cents(value: Decimal, *, allow_negative: bool = False) -> Cents:
    """Exact conversion of a Decimal with at most two decimals into cents."""
    if not value.is_finite():
        raise AmountError("not a number", "geen getal")
    if abs(value) > _MAX_DECIMAL:  # before quantize, which fails beyond 28 digits
        raise AmountError(TOO_LARGE_EN, TOO_LARGE_NL)
    if value != value.quantize(Decimal("0.01"), rounding="ROUND_DOWN"):
        raise AmountError("more than two decimals", "meer dan twee decimalen")
    if value < 0 and not allow_negative:
        raise AmountError("may not be negative", "mag niet negatief zijn")
    return int(value * 100)


def parse_plain_amount(text: str, *, allow_negative: bool = False) -> Cents:
    """Read the interchange form of an amount (``"1234.50"``, ``"-80"``): a point, at most two decimals."""
    s = text.strip()
    whole, point, part = (s[1:] if s[:1] == "-" else s).partition(".")
    if (whole.isascii() and whole.isdigit() and len(whole) <= 12
            and (not point or (part.isascii() and part.isdigit() and len(part) <= 2))):
        # the common case in a few string operations; anything else goes the long way below, which says what
        # is wrong (ASCII digits only: isdigit() alone also takes other scripts' digits)
        cents = int(whole) * 100 + (int(part.ljust(2, "0")) if point else 0)
        if cents > MAX_AMOUNT:
            raise AmountError(TOO_LARGE_EN, TOO_LARGE_NL)
        if s[:1] == "-" and cents:
            if not allow_negative:
                raise AmountError("may not be negative", "mag niet negatief zijn")
            return -cents
        return cents
    if re.fullmatch(r"-?[0-9]+\.[0-9]{3,}", text.strip()):
        raise AmountError("more than two decimals", "meer dan twee decimalen")
    if not re.fullmatch(r"-?[0-9]+(\.[0-9]{1,2})?", text.strip()):
        raise AmountError(f"'{shown(text)}' is not an amount like \"1234.50\"",
                          f"'{shown(text)}' is geen bedrag zoals \"1234.50\"")
    try:
        return decimal_to_cents(Decimal(text.strip()), allow_negative=allow_negative)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise AmountError(f"'{shown(text)}' is not an amount", f"'{shown(text)}' is geen bedrag") from exc


def cents_to_str(cents: Cents) -> str:
    """The interchange form: ``"-1234.50"``, always two decimals, a point, no grouping."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


def cents_to_decimal(cents: Cents) -> Decimal:
    return Decimal(cents).scaleb(-2)


def format_amount(cents: Cents, lang: str = "nl", *, symbol: bool = True) -> str:
    """``€ 1.234,56`` (nl) or ``€1,234.56`` (en); without symbol ``1.234,56``. The Dutch space after the euro
    sign is a no-break space (as the locale data has it): a line never ends between ``€`` and its figure."""
    # Babel's locale data is some 30 ms of imports: the window's first paint shows no amount written this way
    from babel.numbers import format_currency, format_decimal

    locale = "nl_NL" if lang == "nl" else "en_GB"
    value = cents_to_decimal(cents)
    if symbol:
        return format_currency(value, "EUR", locale=locale)
    return format_decimal(value, format="#,##0.00", locale=locale)


def format_ratio(value: Decimal | None, lang: str = "nl") -> str:
    """A ratio as a percentage for people: ``64,2%``."""
    if value is None:
        return "–"
    pct = (value * 100).quantize(Decimal("0.1"))
    text = f"{pct:.1f}%"
    return text.replace(".", ",") if lang == "nl" else text
