"""Errors that carry a place and one clear sentence, in English and in Dutch."""

from __future__ import annotations

from decimal import Decimal

from dekkingsplan.core.records import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~2 ms) on the way to a command's output
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any

SHOWN_LIMIT = 40  # characters of a bad value a message repeats; the rest is cut
LINE_LIMIT = 1000  # characters of a whole message on the command line


def _escaped(ch: str) -> str:
    """One character as it may appear in a one-line message: line breaks and other controls, and lone
    surrogates (which no terminal can print), escaped as Python writes them."""
    if ch == "\t" or ch.isprintable():  # no printable character is a control, separator or surrogate
        return ch
    import unicodedata  # only for the rare character that is not printable

    if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
        return repr(ch)[1:-1]
    return ch


def one_line(text: str, limit: int = LINE_LIMIT) -> str:
    """``text`` on one printable line: controls escaped, cut at ``limit`` characters with an ellipsis."""
    out = "".join(_escaped(ch) for ch in text[: limit * 2])
    return out if len(out) <= limit else out[: limit - 1] + "…"


def shown(value: Any, limit: int = SHOWN_LIMIT) -> str:
    """A bad value as a message repeats it: text on one line, cut after ``limit`` characters; anything else by
    its kind only (a list nested a thousand deep must not be written out)."""
    if isinstance(value, str):
        return one_line(value, limit)
    if isinstance(value, bool | int):
        return str(value) if value.bit_length() < 128 else "a number of many digits"
    if isinstance(value, Decimal):
        return one_line(str(value), limit)
    kind = {list: "a list", dict: "an object", float: "a number"}.get(type(value))
    return kind or type(value).__name__


class Problem(Record, kw_only=False):
    """One thing wrong with a plan, at a place such as ``sources[3].end``."""

    place: str
    en: str
    nl: str

    def text(self, lang: str = "en") -> str:
        message = self.nl if lang == "nl" else self.en
        return one_line(f"{self.place}: {message}" if self.place else message)

    def __str__(self) -> str:
        return self.text("en")


class DekkingsplanError(ValueError):
    """A bad value or a bad file; ``str()`` is the English sentence, ``text("nl")`` the Dutch one."""

    def __init__(self, en: str, nl: str | None = None, *, place: str = "") -> None:
        self.place = place
        self.en = en
        self.nl = nl if nl is not None else en
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        message = self.nl if lang == "nl" else self.en
        return one_line(f"{self.place}: {message}" if self.place else message)

    def at(self, place: str) -> DekkingsplanError:
        """The same error, placed (``sources[3].amount``)."""
        joined = f"{place}.{self.place}" if self.place and not self.place.startswith("[") else place + self.place
        return type(self)(self.en, self.nl, place=joined)

    def as_problem(self) -> Problem:
        return Problem(self.place, self.en, self.nl)


class AmountError(DekkingsplanError):
    """An amount that cannot be read, or that is ambiguous."""


class PlanError(DekkingsplanError):
    """A plan that breaks the rules; carries every problem found."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], *, source: str = "") -> None:
        self.problems = tuple(problems)
        self.source = source
        first = self.problems[0] if self.problems else Problem("", "invalid plan", "ongeldig plan")
        more_en = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        more_nl = f" (en nog {len(self.problems) - 1})" if len(self.problems) > 1 else ""
        prefix = f"{source}: " if source else ""
        ValueError.__init__(self, one_line(prefix + first.text("en") + more_en))
        self.place = first.place
        self.en = first.en + more_en
        self.nl = first.nl + more_nl

    def text(self, lang: str = "en") -> str:
        prefix = f"{self.source}: " if self.source else ""
        first = self.problems[0] if self.problems else Problem("", self.en, self.nl)
        more = len(self.problems) - 1
        tail = ""
        if more > 0:
            tail = f" (en nog {more})" if lang == "nl" else f" (and {more} more)"
        return one_line(prefix + first.text(lang) + tail)
