"""The plan model: organisation, projects, cost lines, sources and scenarios, as plain immutable records.

Lines are frozen records (``records.Record``, which behave as frozen dataclasses): an edit replaces a line with a
changed copy (``dataclasses.replace``), which is what makes undo a matter of keeping the old record. The ``Plan``
itself is the one mutable container.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from dekkingsplan.core.money import Cents, exact, round_half_up
from dekkingsplan.core.months import Month
from dekkingsplan.core.records import Record, field

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (~2 ms) on the way to a command's output
if TYPE_CHECKING:  # pragma: no cover
    from datetime import date  # the type of a source's dates; datetime is loaded where a date is read


class LegalForm(StrEnum):
    STICHTING = "stichting"
    VERENIGING = "vereniging"
    OTHER = "other"


class Basis(StrEnum):
    ONCE = "once"
    MONTHLY = "monthly"
    PER_YEAR = "per_year"
    TOTAL = "total"


class Category(StrEnum):
    PERSONNEL = "personnel"
    VOLUNTEERS = "volunteers"
    HOUSING = "housing"
    ACTIVITIES = "activities"
    ORGANISATION = "organisation"
    COMMUNICATION = "communication"
    OTHER = "other"


class SourceType(StrEnum):
    SUBSIDY = "subsidy"
    FUND = "fund"
    DONATION = "donation"
    RENTAL = "rental"
    OWN_INCOME = "own_income"
    CONTRACT = "contract"
    OTHER = "other"


class Status(StrEnum):
    PLANNED = "planned"
    APPLIED = "applied"
    COMMITTED = "committed"
    RECEIVED = "received"
    REJECTED = "rejected"


class VatTreatment(StrEnum):
    """How the plan's amounts relate to BTW (VAT), printed on every funder document."""

    EXCLUDED = "excluded"
    INCLUDED = "included"
    COMPENSABLE = "compensable"


class Target(StrEnum):
    SOURCES = "sources"
    COSTS = "costs"


class Base(StrEnum):
    """The built-in scenarios, which are also the bases of the plan's own: how much of a source counts."""

    SECURED = "secured"  # committed and received money only
    EXPECTED = "expected"  # each source times its probability
    MAXIMUM = "maximum"  # everything not rejected


DEFAULT_PROBABILITY: dict[Status, Fraction] = {
    Status.PLANNED: Fraction(1, 4),
    Status.APPLIED: Fraction(1, 2),
    Status.COMMITTED: Fraction(1),
    Status.RECEIVED: Fraction(1),
    Status.REJECTED: Fraction(0),
}

_COUNTED_IN_FULL = frozenset({Status.REJECTED, Status.COMMITTED, Status.RECEIVED})  # none or all, whatever was typed

# A planned subsidy or fund application is suggested this many months before its start (DESIGN.md).
DEFAULT_LEAD_MONTHS = 4
BANK_RULE_KEYS = ("iban", "counterparty", "description")

BUILTIN_SCENARIOS: tuple[str, ...] = tuple(Base)  # the ids of the built-in scenarios, in the order shown

SOURCE_MATCH_KEYS = ("id", "type", "funder", "project", "status")
COST_MATCH_KEYS = ("id", "category", "project")


class Organisation(Record):
    """The organisation the plan is for, with the registration details a fund asks for."""

    name: str
    legal_form: LegalForm | None = None
    kvk: str | None = None
    rsin: str | None = None
    iban: str | None = None
    anbi: bool | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    email: str | None = None
    website: str | None = None
    contact: str | None = None
    vat: VatTreatment | None = None


class Project(Record):
    """A project within the plan; lines and sources may belong to one."""

    id: str
    name: str
    description: str | None = None


class Line(Record):
    """What cost lines and sources share: an amount on a basis over a period."""

    id: str
    name: str
    amount: Cents | None = None
    basis: Basis = Basis.PER_YEAR
    start: Month | None = None
    end: Month | None = None
    indexation: Decimal | None = None
    project: str | None = None
    in_kind: bool = False
    note: str | None = None
    actuals: dict[int, Cents] = field(default_factory=dict, hash=False)
    actual_notes: dict[int, str] = field(default_factory=dict, hash=False)
    quantity: Decimal | None = None
    unit: str | None = None
    rate: Cents | None = None

    @property
    def has_specification(self) -> bool:
        return self.quantity is not None and self.rate is not None

    @property
    def specified_amount(self) -> Cents | None:
        """quantity × rate, rounded half up to cents; None without a specification."""
        if not self.has_specification:
            return None
        return round_half_up(exact(self.quantity) * self.rate)  # type: ignore[arg-type]

    @property
    def value(self) -> Cents:
        """The amount the rules use: ``amount``, or quantity × rate where the amount is left out."""
        if self.amount is not None:
            return self.amount
        spec = self.specified_amount
        return spec if spec is not None else 0


class CostLine(Line):
    """A line of the budget (Begroting): a cost in one of the categories."""

    category: Category = Category.OTHER


class Source(Line):
    """A line of the coverage (Dekking): income from a funder, with its status and deadlines."""

    type: SourceType = SourceType.OTHER
    funder: str | None = None
    status: Status = Status.PLANNED
    probability: Decimal | None = None
    apply_by: date | None = None
    decision_expected: date | None = None
    report_due: tuple[date, ...] = ()
    lead_months: int | None = None  # None: DEFAULT_LEAD_MONTHS

    @property
    def weight_expected(self) -> Fraction:
        """The weight in Verwacht. A commitment is a commitment: committed and received sources count in full
        whatever probability was typed before, so that Zeker never exceeds Verwacht (issue 2's rule)."""
        if self.status in _COUNTED_IN_FULL:
            return DEFAULT_PROBABILITY[self.status]
        if self.probability is not None:
            return exact(self.probability)
        return DEFAULT_PROBABILITY[self.status]


class Adjustment(Record):
    """A scenario's change: a factor on the matching lines from one year to another."""

    target: Target
    match: dict[str, str] = field(default_factory=dict, hash=False)
    from_year: int | None = None
    to_year: int | None = None
    factor: Decimal = Decimal(1)

    def applies_to(self, line: Line, year: int) -> bool:
        if self.from_year is not None and year < self.from_year:
            return False
        if self.to_year is not None and year > self.to_year:
            return False
        return self.matches(line)

    def matches(self, line: Line) -> bool:
        """The line is of the target kind and every match key equals the line's field (any year)."""
        if self.target == Target.SOURCES and not isinstance(line, Source):
            return False
        if self.target == Target.COSTS and not isinstance(line, CostLine):
            return False
        for key, wanted in self.match.items():
            have = getattr(line, key, None)
            if have is None or str(have) != wanted:
                return False
        return True


class Scenario(Record):
    """A plan-made scenario: a built-in one as its base, with adjustments on top."""

    id: str
    name: str
    base: Base = Base.EXPECTED
    adjustments: tuple[Adjustment, ...] = ()

    def __post_init__(self) -> None:
        # a plan file or JSON gives the base as text; one that is no base stays text for validation to name
        if not isinstance(self.base, Base) and self.base in Base._value2member_map_:
            object.__setattr__(self, "base", Base(self.base))


class BankRule(Record):
    """Where a bank transaction goes: every given key of ``match`` must match (``iban`` exactly, normalised;
    ``counterparty`` and ``description`` as case-insensitive parts); ``line`` is a cost line's or source's id."""

    match: dict[str, str] = field(default_factory=dict, hash=False)
    line: str = ""


class BankTransaction(Record):
    """A bank transaction already read into the actual figures, kept so that it is never read twice.

    ``id`` is the bank's reference or a hash of the transaction's fields; ``amount`` is signed (credit +);
    ``line`` is where it went (None: read, left unassigned)."""

    id: str
    date: date
    amount: Cents
    line: str | None = None


class Plan(Record, frozen=False):
    """The whole plan: the one mutable container of the immutable records."""

    organisation: Organisation
    first_year: int
    last_year: int
    opening_reserve: Cents = 0
    reserve_target: Cents = 0
    projects: list[Project] = field(default_factory=list)
    costs: list[CostLine] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    scenarios: list[Scenario] = field(default_factory=list)
    bank_rules: list[BankRule] = field(default_factory=list)
    bank_transactions: list[BankTransaction] = field(default_factory=list)

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)

    @property
    def first_month(self) -> Month:
        return Month(self.first_year, 1)

    @property
    def last_month(self) -> Month:
        return Month(self.last_year, 12)

    def project(self, project_id: str) -> Project | None:
        return next((p for p in self.projects if p.id == project_id), None)

    def cost(self, line_id: str) -> CostLine | None:
        return next((c for c in self.costs if c.id == line_id), None)

    def source(self, line_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == line_id), None)

    def scenario(self, scenario_id: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.id == scenario_id), None)

    def scenario_ids(self) -> list[str]:
        return list(BUILTIN_SCENARIOS) + [s.id for s in self.scenarios]

    def copy(self) -> Plan:
        return Plan(
            organisation=self.organisation,
            first_year=self.first_year,
            last_year=self.last_year,
            opening_reserve=self.opening_reserve,
            reserve_target=self.reserve_target,
            projects=list(self.projects),
            costs=list(self.costs),
            sources=list(self.sources),
            scenarios=list(self.scenarios),
            bank_rules=list(self.bank_rules),
            bank_transactions=list(self.bank_transactions),
        )


def new_id(existing: set[str] | list[str], stem: str) -> str:
    """A short id not yet taken: ``stem``, ``stem-2``, ``stem-3`` ..."""
    import unicodedata

    taken = set(existing)
    # the documented id characters are ASCII: "Coördinatie" becomes "coordinatie", "ĳs" "ijs"
    ascii_stem = unicodedata.normalize("NFKD", stem.lower()).encode("ascii", "ignore").decode("ascii")
    base = "".join(ch if ch.isalnum() else "-" for ch in ascii_stem).strip("-") or "regel"
    base = base[:24].strip("-") or "regel"
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
