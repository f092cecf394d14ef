"""What the treasurer calls each kind of thing, in Dutch and English: one table, read through ``label``.

Every screen, export and command names a basis, category, source type, status, legal form, deadline kind or
built-in scenario through ``label(member, lang)``, and a scenario of the plan through ``scenario_name``.
"""

from __future__ import annotations

from enum import Enum

from dekkingsplan.core.deadlines import DeadlineKind
from dekkingsplan.core.model import Base, Basis, Category, LegalForm, Plan, SourceType, Status, VatTreatment

# member: (Dutch, English). Read through ``label``, which looks a member up by its kind too: the members are
# strings, so ``Category.OTHER`` and ``SourceType.OTHER`` are equal as keys.
_TABLE: list[tuple[Enum, tuple[str, str]]] = [
    (Basis.ONCE, ("eenmalig", "once")),
    (Basis.MONTHLY, ("per maand", "per month")),
    (Basis.PER_YEAR, ("per jaar", "per year")),
    (Basis.TOTAL, ("totaal over periode", "total over period")),
    (Category.PERSONNEL, ("personeel", "personnel")),
    (Category.VOLUNTEERS, ("vrijwilligers", "volunteers")),
    (Category.HOUSING, ("huisvesting", "housing")),
    (Category.ACTIVITIES, ("activiteiten", "activities")),
    (Category.ORGANISATION, ("organisatie en overhead", "organisation and overhead")),
    (Category.COMMUNICATION, ("communicatie", "communication")),
    (Category.OTHER, ("overig", "other")),
    (SourceType.SUBSIDY, ("subsidie", "subsidies")),
    (SourceType.FUND, ("fondsen", "funds")),
    (SourceType.DONATION, ("giften en donaties", "gifts and donations")),
    (SourceType.RENTAL, ("verhuur", "rental")),
    (SourceType.OWN_INCOME, ("eigen inkomsten", "own income")),
    (SourceType.CONTRACT, ("opdrachten", "contracts")),
    (SourceType.OTHER, ("overig", "other")),
    (Status.PLANNED, ("nog aan te vragen", "to apply for")),
    (Status.APPLIED, ("aangevraagd", "applied")),
    (Status.COMMITTED, ("toegezegd", "committed")),
    (Status.RECEIVED, ("ontvangen", "received")),
    (Status.REJECTED, ("afgewezen", "rejected")),
    (LegalForm.STICHTING, ("stichting", "foundation (stichting)")),
    (LegalForm.VERENIGING, ("vereniging", "association (vereniging)")),
    (LegalForm.OTHER, ("anders", "other")),
    (DeadlineKind.APPLY_BY, ("aanvragen vóór", "apply by")),
    (DeadlineKind.DECISION_EXPECTED, ("besluit verwacht", "decision expected")),
    (DeadlineKind.REPORT_DUE, ("verantwoording inleveren", "report due")),
    (VatTreatment.EXCLUDED, ("bedragen exclusief btw", "amounts excluding VAT")),
    (VatTreatment.INCLUDED, ("bedragen inclusief btw", "amounts including VAT")),
    (VatTreatment.COMPENSABLE, ("bedragen exclusief btw (btw compensabel)", "amounts excluding VAT (VAT recoverable)")),
    (Base.SECURED, ("Zeker", "Secured")),
    (Base.EXPECTED, ("Verwacht", "Expected")),
    (Base.MAXIMUM, ("Maximaal", "Maximum")),
]
NAMES: dict[tuple[type, str], tuple[str, str]] = {(type(member), member.value): pair for member, pair in _TABLE}


def label(member: Enum, lang: str = "nl") -> str:
    """``label(Status.APPLIED, "nl")`` is ``aangevraagd``; any language but English is Dutch."""
    nl, en = NAMES[type(member), member.value]
    return en if lang == "en" else nl


def labels(kind: type[Enum], lang: str = "nl") -> dict[Enum, str]:
    """Every member of ``kind`` with its label, in the enum's order: ``labels(Category)``."""
    return {member: label(member, lang) for member in kind}


def scenario_name(plan: Plan, scenario_id: str, lang: str = "nl") -> str:
    """A built-in scenario by its name in ``lang``, a plan's own by the name the treasurer gave it."""
    if scenario_id in Base.__members__.values():
        return label(Base(scenario_id), lang)
    scenario = plan.scenario(scenario_id)
    return scenario.name if scenario is not None else scenario_id
