"""What the Organisatie screen shows and keeps: the organisation's fields as a treasurer reads them (an IBAN in
groups of four), what is wrong with a value as it is typed, the values typed wrong that are kept (not saved) until
corrected, the reserve amounts read as typed, and the plan's years. No widgets here: the screen gives each field
its label and shows the sentences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from dekkingsplan.core.edits import Settings
from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.model import LegalForm, Organisation, Plan
from dekkingsplan.core.money import Cents
from dekkingsplan.core.validation import check_organisation, check_years, displayed, normalised
from dekkingsplan.ui.views.cells import read_amount

# the text fields of Organisation, in the order of the form
TEXT_FIELDS = ("name", "kvk", "rsin", "iban", "address", "postcode", "city", "email", "website", "contact")
# the plan's amounts on this screen; the opening reserve may be negative (a debt at the start)
AMOUNT_FIELDS = ("opening_reserve", "reserve_target")


def legal_forms() -> list[LegalForm | None]:
    """The choices of the legal form: not given, then core's forms (the screen words them by core's names)."""
    return [None, *LegalForm]


class OrganisationView:
    """The organisation's fields over a plan that changes with every edit, in the window's language (for the
    sentences of core's checks and for reading amounts). What was typed wrong is held here, per field, so that
    another field's edit (which refreshes the screen) does not wipe it."""

    def __init__(self, plan: Callable[[], Plan], language: Callable[[], str] = lambda: "nl") -> None:
        self.plan = plan
        self.language = language
        self.held: dict[str, str] = {}  # key -> the text as typed, not saved because it is wrong

    # --- the organisation's text fields ------------------------------------------------------------------

    def saved_text(self, key: str) -> str:
        """The saved value as a treasurer reads it: an IBAN in groups of four, a postcode as 2511 AB."""
        return displayed(key, getattr(self.plan().organisation, key) or "")

    def text(self, key: str) -> str:
        """What the field shows: the text held while it is wrong, else the saved value."""
        return self.held[key] if key in self.held else self.saved_text(key)

    def candidate(self, key: str, typed: str) -> Organisation:
        """The organisation with the typed value (kept as core keeps it: a compact IBAN; empty is absent, but the
        name is always text)."""
        text = normalised(key, typed.strip())
        candidate = replace(self.plan().organisation, **{key: text or None})
        return replace(candidate, name=candidate.name or "") if key == "name" else candidate

    def problem(self, key: str, typed: str) -> str | None:
        """What is wrong with the typed value, in core's words; None when it may be saved."""
        found = [p for p in check_organisation(self.candidate(key, typed)) if p.place == f"organisation.{key}"]
        return None if not found else (found[0].en if self.language() == "en" else found[0].nl)

    def commit(self, key: str, typed: str) -> Organisation | None:
        """The organisation to save when the typed value is right (held no longer); None when it is wrong: then
        it is held, to stay in its field until corrected."""
        if self.problem(key, typed) is not None:
            self.held[key] = typed
            return None
        self.held.pop(key, None)
        return self.candidate(key, typed)

    def differs(self, key: str, typed: str) -> bool:
        """Whether the typed text is another value than the one saved (spacing and case of an IBAN aside)."""
        return normalised(key, typed.strip()) != (getattr(self.plan().organisation, key) or "")

    # --- the plan's amounts and years ---------------------------------------------------------------------

    def saved_amount(self, key: str) -> Cents:
        return getattr(self.plan(), key)

    def read(self, key: str, typed: str) -> tuple[Cents | None, str | None]:
        """(cents, None) for an amount as typed, (None, why) for text that is none. An empty reserve target is
        0 (the board wants none)."""
        text = (typed or "0") if key == "reserve_target" else typed
        try:
            return read_amount(text, self.language(), allow_negative=key == "opening_reserve"), None
        except DekkingsplanError as exc:
            return None, exc.text(self.language())

    def commit_amount(self, key: str, typed: str) -> Settings | None:
        """The plan's settings with the typed amount; None when it is no amount (then it is held)."""
        cents, _why = self.read(key, typed)
        if cents is None:
            self.held[key] = typed
            return None
        self.held.pop(key, None)
        return replace(Settings.of(self.plan()), **{key: cents})

    def release(self, key: str) -> None:
        """A value typed wrong is given up (the field is filled another way)."""
        self.held.pop(key, None)

    def with_target(self, cents: Cents) -> Settings:
        return replace(Settings.of(self.plan()), reserve_target=cents)

    def years_problem(self, first: int, last: int) -> str | None:
        found = check_years(first, last)
        return None if not found else (found[0].en if self.language() == "en" else found[0].nl)

    def with_years(self, first: int, last: int) -> Settings | None:
        """The plan's settings with these years; None when they cannot be the plan's (``years_problem`` says why)."""
        if self.years_problem(first, last) is not None:
            return None
        return replace(Settings.of(self.plan()), first_year=first, last_year=last)

    def unsaved(self) -> list[tuple[str, str, str]]:
        """(field, as typed, why) of every value kept in its field because it is wrong."""
        found = []
        for key, typed in self.held.items():
            why = self.read(key, typed)[1] if key in AMOUNT_FIELDS else self.problem(key, typed)
            found.append((key, typed, why or ""))
        return found
